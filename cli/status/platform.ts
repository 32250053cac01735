import type { V1Pod } from '@kubernetes/client-node';
import { CATALOG_CHECKSUM_ANNOTATION } from 'calvin-runtime/contracts';
import { ClusterReader, ForbiddenError, LiveObject } from '../kube/cluster';
import { ExpectedPlatform, ExpectedWorker, KOURIER, MANAGED_BY, ObjectRef } from './expected';

/** The platform's own parts: the trigger worker, its catalog, the ingress, and drift between output and cluster. */
export interface PlatformStatus {
  readonly ready: boolean;
  readonly workers: readonly WorkerStatus[];
  readonly kourier: { readonly found: boolean; readonly address: string | null };
  /** In the synthesized output, not in the cluster. */
  readonly missing: readonly string[];
  /** Labelled managed-by calvin-runtime in the cluster, no longer in the output. */
  readonly not_synthesized: readonly string[];
  /** Kinds of the output the user may not read (the read-only ClusterRole lacks them): not compared. */
  readonly unchecked_kinds: readonly string[];
  readonly problems: readonly string[];
}

export interface WorkerStatus {
  readonly name: string;
  readonly namespace: string;
  readonly replicas: { readonly ready: number; readonly desired: number };
  readonly catalog_checksum: string | null;
  /** Pods whose catalog checksum differs from the synthesized one: they run a stale catalog. */
  readonly stale_pods: readonly string[];
}

export async function platformStatus(cluster: ClusterReader, expected: ExpectedPlatform): Promise<PlatformStatus> {
  const [workers, kourier, drift] = await Promise.all([
    Promise.all(expected.workers.map((worker) => workerStatus(cluster, worker))),
    cluster.get('v1', 'Service', KOURIER.namespace, KOURIER.name),
    objectDrift(cluster, expected.objects),
  ]);
  const ingress = (kourier?.status?.loadBalancer?.ingress ?? []) as Array<{ ip?: string; hostname?: string }>;
  const address = ingress.map((entry) => entry.ip ?? entry.hostname).find((value) => value !== undefined) ?? null;
  const problems = [
    ...workers.flatMap((worker) => [
      ...(worker.replicas.ready < worker.replicas.desired ? [`worker ${worker.namespace}/${worker.name}: ${worker.replicas.ready}/${worker.replicas.desired} replicas ready — kubectl describe deploy -n ${worker.namespace} ${worker.name}`] : []),
      ...(worker.stale_pods.length > 0 ? [`worker ${worker.namespace}/${worker.name}: pods ${worker.stale_pods.join(', ')} run a stale trigger catalog (checksum differs from the synthesized one) — deploy the output; the Deployment rolls them`] : []),
    ]),
    ...(kourier ? (address ? [] : [`Kourier's Service ${KOURIER.namespace}/${KOURIER.name} has no load balancer address yet — check the cloud load balancer`]) : [`Kourier's Service ${KOURIER.namespace}/${KOURIER.name} is not in the cluster — install Knative's Kourier ingress`]),
    ...drift.missing.map((ref) => `missing from the cluster: ${ref} — deploy the synthesized output`),
  ];
  return { ready: problems.length === 0, workers, kourier: { found: kourier !== null, address }, ...driftNames(drift), problems };
}

async function workerStatus(cluster: ClusterReader, worker: ExpectedWorker): Promise<WorkerStatus> {
  const [deployment, pods] = await Promise.all([
    cluster.get('apps/v1', 'Deployment', worker.namespace, worker.name),
    cluster.pods(worker.namespace, worker.podSelector),
  ]);
  const stale = worker.checksum === null ? [] : pods
    .filter((pod: V1Pod) => !pod.metadata?.deletionTimestamp && pod.metadata?.annotations?.[CATALOG_CHECKSUM_ANNOTATION] !== worker.checksum)
    .map((pod) => pod.metadata?.name ?? '?');
  return {
    name: worker.name,
    namespace: worker.namespace,
    replicas: { ready: Number(deployment?.status?.readyReplicas ?? 0), desired: worker.replicas },
    catalog_checksum: worker.checksum,
    stale_pods: stale,
  };
}

interface Drift {
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly unchecked: readonly string[];
}

/**
 * Every synthesized object is looked up; every kind the output has is listed by the managed-by
 * label in the output's namespaces, to find what the cluster still holds but the output dropped.
 */
async function objectDrift(cluster: ClusterReader, objects: readonly ObjectRef[]): Promise<Drift> {
  const refName = (ref: ObjectRef): string => `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
  const unchecked = new Set<string>();
  /** A kind the user may not read is noted and skipped: the rest of the comparison still holds. */
  const readable = async <T>(ref: { apiVersion: string; kind: string }, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      unchecked.add(`${ref.kind} (${ref.apiVersion})`);
      return undefined;
    }
  };
  const present = await Promise.all(objects.map((ref) => readable(ref, () => cluster.get(ref.apiVersion, ref.kind, ref.namespace, ref.name))));
  const missing = objects.filter((_, index) => present[index] === null).map(refName);
  const expected = new Set(objects.map(refName));
  const scopes = new Map<string, { apiVersion: string; kind: string; namespace?: string }>();
  for (const ref of objects) scopes.set(`${ref.apiVersion}|${ref.kind}|${ref.namespace ?? ''}`, { apiVersion: ref.apiVersion, kind: ref.kind, namespace: ref.namespace });
  const listed = await Promise.all([...scopes.values()].map(async (scope) => {
    const items: LiveObject[] = await readable(scope, () => cluster.list(scope.apiVersion, scope.kind, scope.namespace, MANAGED_BY)) ?? [];
    return items.map((item) => refName({ apiVersion: scope.apiVersion, kind: scope.kind, namespace: item.metadata?.namespace, name: item.metadata?.name ?? '?' }));
  }));
  const extra = [...new Set(listed.flat())].filter((name) => !expected.has(name)).sort();
  return { missing, extra, unchecked: [...unchecked].sort() };
}

function driftNames(drift: Drift): { missing: readonly string[]; not_synthesized: readonly string[]; unchecked_kinds: readonly string[] } {
  return { missing: drift.missing, not_synthesized: drift.extra, unchecked_kinds: drift.unchecked };
}
