import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { EVENT_WORKER_KIND_LABEL, EVENT_WORKER_KINDS } from '../../contracts/event-workers';
import { ITenantScope, TENANT_SCOPE } from '../platform/scope';
import { ScaledWorkload } from './alert-rules';

/**
 * What the rules and dashboards are about beyond the worker and the apps, found in the construct
 * tree at synth (tenants and workers are added after Monitoring): the QueueWorkers' ScaledObjects,
 * the JobRunners' ScaledJobs and the tenants. By their manifests and scope brands, not by class, so
 * monitoring does not load the workers' and tenants' modules (they load the platform, which loads this).
 */

/** BullMQ's keys of waiting jobs (contracts/event-workers.ts bullmqQueueKeys: `<prefix>:<queue>:wait` and `:prioritized`). */
const WAITING_KEY_SUFFIXES = [':wait', ':prioritized'];

function manifestsOf(root: IConstruct, kind: string, workerKind: string): any[] {
  return root.node.findAll()
    .filter((c): c is ApiObject => c instanceof ApiObject && c.kind === kind)
    .map((o) => o.toJson())
    .filter((m) => m.metadata?.labels?.[EVENT_WORKER_KIND_LABEL] === workerKind);
}

/**
 * Each KEDA-scaled QueueWorker (its waiting-job triggers; default threshold: its maxReplicaCount ×
 * the jobs per replica its formula targets) and each JobRunner (default threshold: its maxReplicaCount
 * × lagCount). Read from the synthesized objects, so a transform that changes them is followed.
 */
export function scaledWorkloadsOf(root: IConstruct): { queueWorkers: ScaledWorkload[]; jobRunners: ScaledWorkload[] } {
  const queueWorkers = manifestsOf(root, 'ScaledObject', EVENT_WORKER_KINDS.queueWorker).map((m) => ({
    namespace: m.metadata.namespace,
    name: m.metadata.name,
    triggers: (m.spec.triggers as any[]).filter((t) => WAITING_KEY_SUFFIXES.some((suffix) => String(t.metadata?.listName).endsWith(suffix))).map((t) => String(t.name)),
    threshold: Number(m.spec.maxReplicaCount) * Number(m.spec.advanced?.scalingModifiers?.target ?? m.spec.triggers[0]?.metadata?.listLength),
  }));
  const jobRunners = manifestsOf(root, 'ScaledJob', EVENT_WORKER_KINDS.jobRunner).map((m) => ({
    namespace: m.metadata.namespace,
    name: m.metadata.name,
    triggers: [],
    threshold: Number(m.spec.maxReplicaCount) * Number(m.spec.triggers[0]?.metadata?.lagCount),
  }));
  return { queueWorkers, jobRunners };
}

/** The namespaces of the platform's tenants (each holds its ResourceQuota). */
export function tenantNamespacesOf(root: IConstruct): string[] {
  return root.node.findAll()
    .filter((c): c is IConstruct & ITenantScope => (c as unknown as Record<symbol, unknown>)[TENANT_SCOPE] === true)
    .map((tenant) => tenant.appsNamespace);
}
