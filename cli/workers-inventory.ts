import { EVENT_WORKER_KIND_LABEL, EVENT_WORKER_KINDS, QUEUE_WORKER_ENV, STREAM_RUNNER_ENV } from 'calvin-runtime/contracts';

/**
 * What `calvin workers` shows, read back from synthesized manifests: each QueueWorker (its
 * Deployment) and JobRunner (its ScaledJob), found by the kind label, with what scales it.
 */
export interface WorkerSummary {
  readonly kind: 'queue-worker' | 'job-runner';
  readonly name: string;
  readonly namespace: string;
  /** `keda` (ScaledObject or ScaledJob), `hpa` (CPU), or `fixed`. */
  readonly scaling: 'keda' | 'hpa' | 'fixed';
  readonly minReplicas: number | null;
  readonly maxReplicas: number | null;
  /** What the count follows, in words: the BullMQ queue, the stream and group, CPU, or nothing. */
  readonly source: string;
  readonly image: string;
}

type Manifest = { apiVersion?: unknown; kind?: unknown; metadata?: any; spec?: any };

function isManifest(value: unknown): value is Manifest {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const inNamespace = (object: Manifest, namespace: string) => (object.metadata?.namespace ?? 'default') === namespace;
const targetsDeployment = (object: Manifest, name: string, namespace: string) => inNamespace(object, namespace)
  && object.spec?.scaleTargetRef?.name === name && (object.spec?.scaleTargetRef?.kind ?? 'Deployment') === 'Deployment';

function envOf(container: any): Record<string, string> {
  return Object.fromEntries((container?.env ?? []).filter((e: any) => typeof e.value === 'string').map((e: any) => [e.name, e.value]));
}

function queueWorker(deployment: Manifest, manifests: readonly Manifest[]): WorkerSummary {
  const name = String(deployment.metadata?.name ?? '?');
  const namespace = String(deployment.metadata?.namespace ?? 'default');
  const container = deployment.spec?.template?.spec?.containers?.[0];
  const env = envOf(container);
  const queue = `BullMQ ${env[QUEUE_WORKER_ENV.prefix] ?? 'bull'}:${env[QUEUE_WORKER_ENV.queue] ?? '?'}`;
  const base = { kind: 'queue-worker' as const, name, namespace, image: String(container?.image ?? '?') };
  const scaledObject = manifests.find((o) => o.kind === 'ScaledObject' && String(o.apiVersion).startsWith('keda.sh/') && targetsDeployment(o, name, namespace));
  if (scaledObject) {
    const target = scaledObject.spec?.advanced?.scalingModifiers?.target;
    return {
      ...base, scaling: 'keda', minReplicas: scaledObject.spec?.minReplicaCount ?? 0, maxReplicas: scaledObject.spec?.maxReplicaCount ?? 100,
      source: `${queue} (waiting + prioritized${target ? `, ${target} per replica` : ''})`,
    };
  }
  const hpa = manifests.find((o) => o.kind === 'HorizontalPodAutoscaler' && targetsDeployment(o, name, namespace));
  if (hpa) {
    const cpu = (hpa.spec?.metrics ?? []).find((m: any) => m.resource?.name === 'cpu')?.resource?.target?.averageUtilization;
    return { ...base, scaling: 'hpa', minReplicas: hpa.spec?.minReplicas ?? 1, maxReplicas: hpa.spec?.maxReplicas ?? null, source: `CPU ${cpu ?? '?'} % (${queue})` };
  }
  const replicas = typeof deployment.spec?.replicas === 'number' ? deployment.spec.replicas : 1;
  return { ...base, scaling: 'fixed', minReplicas: replicas, maxReplicas: replicas, source: queue };
}

function jobRunner(scaledJob: Manifest): WorkerSummary {
  const trigger = (scaledJob.spec?.triggers ?? []).find((t: any) => t.type === 'redis-streams');
  const container = scaledJob.spec?.jobTargetRef?.template?.spec?.containers?.[0];
  const env = envOf(container);
  const stream = trigger?.metadata?.stream ?? env[STREAM_RUNNER_ENV.stream] ?? '?';
  const group = trigger?.metadata?.consumerGroup ?? env[STREAM_RUNNER_ENV.group] ?? '?';
  return {
    kind: 'job-runner',
    name: String(scaledJob.metadata?.name ?? '?'),
    namespace: String(scaledJob.metadata?.namespace ?? 'default'),
    scaling: 'keda',
    minReplicas: scaledJob.spec?.minReplicaCount ?? 0,
    maxReplicas: scaledJob.spec?.maxReplicaCount ?? 100,
    source: `stream ${stream}, group ${group} (lag, ${trigger?.metadata?.lagCount ?? '?'} per Job)`,
    image: String(container?.image ?? '?'),
  };
}

/** Every queue worker and job runner, sorted by namespace and name. */
export function workersIn(objects: readonly unknown[]): WorkerSummary[] {
  const manifests = objects.filter(isManifest);
  const kindOf = (o: Manifest) => o.metadata?.labels?.[EVENT_WORKER_KIND_LABEL];
  const workers = [
    ...manifests.filter((o) => o.kind === 'Deployment' && kindOf(o) === EVENT_WORKER_KINDS.queueWorker).map((o) => queueWorker(o, manifests)),
    ...manifests.filter((o) => o.kind === 'ScaledJob' && kindOf(o) === EVENT_WORKER_KINDS.jobRunner).map(jobRunner),
  ];
  return workers.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}
