import { WORKER_METRICS } from '../../contracts/metrics';
import { APP_LABEL, KEDA_METRICS, KNATIVE_QUEUE_PROXY_METRICS, KUBE_STATE_METRICS } from './external-metrics';
import { Matchers, quantile, rate, selector, sum } from './promql';
import { appErrorRate, triggerFailureRate } from './queries';

/** One alerting rule as PrometheusRule holds it. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: { readonly severity: 'critical' | 'warning' };
  readonly annotations: { readonly summary: string; readonly description: string };
}

export interface AlertGroup {
  readonly name: string;
  readonly rules: AlertRule[];
}

/** The thresholds (resolved) and where the platform's workloads are, for the rules. */
export interface AlertContext {
  readonly triggerFailureRatio: number;
  readonly attemptP95Seconds: number;
  readonly latenessP99Seconds: number;
  readonly recordBacklog: number;
  readonly appErrorRatio: number;
  readonly appP95Seconds: number;
  /** Selects the worker's series (its namespace). */
  readonly worker: Matchers;
  readonly workerNamespace: string;
  readonly workerDeployment: string;
  /** Selects the apps' queue-proxy series (their namespaces). */
  readonly apps: Matchers;
  /** The KEDA-scaled QueueWorkers (their ScaledObjects) and the jobs each may have waiting. */
  readonly queueWorkers: readonly ScaledWorkload[];
  /** The JobRunners (their ScaledJobs) and the stream lag each may have. */
  readonly jobRunners: readonly ScaledWorkload[];
  /** The tenants' namespaces (each has its ResourceQuota). */
  readonly tenantNamespaces: readonly string[];
  readonly quotaUsedRatio: number;
}

/** A ScaledObject or ScaledJob as the rules and panels select its KEDA series. */
export interface ScaledWorkload {
  readonly namespace: string;
  readonly name: string;
  /** The triggers (KEDA's `scaler` label) whose values are summed: a queue's wait and prioritized lists. */
  readonly triggers: readonly string[];
  readonly threshold: number;
}

const pct = (ratio: number): string => `${+(ratio * 100).toFixed(2)} %`;

function rule(alert: string, expr: string, forDuration: string, severity: 'critical' | 'warning', summary: string, description: string): AlertRule {
  return { alert, expr, for: forDuration, labels: { severity }, annotations: { summary, description } };
}

/** The scheduler worker's rules: trigger outcomes and timing, the records' way to S3, the catalog. */
export function triggerRules(c: AlertContext): AlertRule[] {
  const m = WORKER_METRICS;
  return [
    rule('CalvinTriggerFailureRate', `(${triggerFailureRate(c.worker, '10m')}) > ${c.triggerFailureRatio}`, '10m', 'critical',
      `More than ${pct(c.triggerFailureRatio)} of trigger runs failed`,
      'Over the last 10 minutes {{ $value | humanizePercentage }} of trigger runs ended failed or missed (by final outcome: a run that succeeded on a retry is a success).'),
    rule('CalvinTriggerAttemptSlow', `${quantile(m.attemptDuration, 0.95, c.worker, '10m')} > ${c.attemptP95Seconds}`, '10m', 'warning',
      `Trigger attempts p95 above ${c.attemptP95Seconds} s`,
      'The 95th percentile of trigger HTTP attempts over 10 minutes is {{ $value | humanizeDuration }}.'),
    rule('CalvinTriggerLate', `${quantile(m.lateness, 0.99, c.worker, '10m')} > ${c.latenessP99Seconds}`, '10m', 'warning',
      `Triggers fire late (p99 above ${c.latenessP99Seconds} s)`,
      'The 99th percentile of how long after its scheduled time a tick\'s first attempt started is {{ $value | humanizeDuration }}.'),
    rule('CalvinRecordFlushFailing', `${sum(rate(m.flushFailures.name, c.worker, '5m'))} > 0`, '15m', 'warning',
      'Execution records are not reaching S3',
      'Flushes of execution records to S3 have failed for 15 minutes; the records wait in the Redis stream.'),
    rule('CalvinRecordsDropped', `${sum(`increase(${selector(m.droppedRecords.name, c.worker)}[10m])`)} > 0`, '0m', 'critical',
      'Execution records were dropped',
      '{{ $value }} execution records were dropped in the last 10 minutes: the stream passed METRICS_BUFFER_MAX while S3 was failing.'),
    rule('CalvinRecordBacklog', `max(${selector(m.bufferSize.name, c.worker)}) > ${c.recordBacklog}`, '15m', 'warning',
      `More than ${c.recordBacklog} execution records wait for S3`,
      '{{ $value }} execution records are in the Redis stream, not yet in S3.'),
    rule('CalvinCatalogRejected', `${sum(`increase(${selector(m.catalogRejections.name, c.worker)}[10m])`)} > 0`, '0m', 'warning',
      'The worker refused a new trigger catalog',
      'A new trigger catalog was invalid; the worker keeps running the last good one. Its log says why.'),
  ];
}

/** Whether the worker runs at all: no replica available, fewer than desired, or no metrics. */
export function workerRules(c: AlertContext): AlertRule[] {
  const k = KUBE_STATE_METRICS;
  const deployment = { namespace: c.workerNamespace, deployment: c.workerDeployment };
  return [
    rule('CalvinWorkerUnavailable', `${selector(k.deploymentReplicasAvailable.name, deployment)} == 0`, '5m', 'critical',
      'No scheduler worker is available', 'The scheduler worker Deployment has no available replica: no trigger fires.'),
    rule('CalvinWorkerReplicasMissing',
      `${selector(k.deploymentReplicasAvailable.name, deployment)} < ${selector(k.deploymentReplicas.name, deployment)}`, '15m', 'warning',
      'Fewer scheduler worker replicas than desired', '{{ $value }} replicas available, fewer than the Deployment asks for.'),
    rule('CalvinWorkerMetricsAbsent', `absent(${selector(WORKER_METRICS.catalogTriggers.name, c.worker)})`, '10m', 'critical',
      'No scheduler worker metrics', 'Prometheus has no series from the scheduler worker: it is down, or its ServiceMonitor is not selected.'),
  ];
}

/** The apps' rules, from Knative's queue-proxy (every revision's requests). */
export function appRules(c: AlertContext): AlertRule[] {
  const by = ['namespace', APP_LABEL];
  return [
    rule('CalvinAppErrorRate', `(${appErrorRate(c.apps, '10m', by)}) > ${c.appErrorRatio}`, '10m', 'critical',
      `App {{ $labels.${APP_LABEL} }}: more than ${pct(c.appErrorRatio)} 5xx`,
      '{{ $value | humanizePercentage }} of the requests to {{ $labels.namespace }}/{{ $labels.' + APP_LABEL + ' }} over 10 minutes were answered 5xx.'),
    rule('CalvinAppSlow', `${quantile(KNATIVE_QUEUE_PROXY_METRICS.requestDuration, 0.95, c.apps, '10m', by)} > ${c.appP95Seconds}`, '10m', 'warning',
      `App {{ $labels.${APP_LABEL} }}: p95 above ${c.appP95Seconds} s`,
      'The 95th percentile of request durations of {{ $labels.namespace }}/{{ $labels.' + APP_LABEL + ' }} is {{ $value | humanizeDuration }}.'),
  ];
}

/** The series of KEDA's last reading of a workload's triggers (its namespace and name). */
export function kedaValue(type: 'scaledobject' | 'scaledjob', w: Pick<ScaledWorkload, 'namespace' | 'name' | 'triggers'>): string {
  return selector(KEDA_METRICS.scalerValue.name, { type, namespace: w.namespace, scaledObject: w.name, ...(w.triggers.length > 0 ? { scaler: `=~${w.triggers.join('|')}` } : {}) });
}

/**
 * QueueWorkers and JobRunners, from what KEDA's operator reads for them: one alert per kind, each
 * workload with its own threshold (`or` of one comparison each; `or` binds loosest in PromQL).
 */
export function eventWorkerRules(c: AlertContext): AlertRule[] {
  const by = ['namespace', 'scaledObject'];
  const rules: AlertRule[] = [];
  if (c.queueWorkers.length > 0) {
    rules.push(rule('CalvinQueueDepthHigh', c.queueWorkers.map((w) => `${sum(kedaValue('scaledobject', w), by)} > ${w.threshold}`).join(' or '), '15m', 'warning',
      'Queue worker {{ $labels.namespace }}/{{ $labels.scaledObject }}: jobs pile up',
      '{{ $value }} jobs have waited in the queue (BullMQ wait + prioritized, as KEDA reads them) for 15 minutes, more than the threshold: the workers are at their maximum, failing, or KEDA cannot scale them.'));
  }
  if (c.jobRunners.length > 0) {
    rules.push(rule('CalvinStreamLagHigh', c.jobRunners.map((w) => `${`max by (${by.join(', ')}) (${kedaValue('scaledjob', w)})`} > ${w.threshold}`).join(' or '), '15m', 'warning',
      'Job runner {{ $labels.namespace }}/{{ $labels.scaledObject }}: stream entries pile up',
      '{{ $value }} stream entries have not been delivered to the consumer group for 15 minutes, more than the threshold: the runner\'s Jobs are at their maximum, failing, or KEDA cannot start them.'));
  }
  return rules;
}

/** Tenants: a ResourceQuota (any of its resources) nearly used, from kube-state-metrics. */
export function tenantRules(c: AlertContext): AlertRule[] {
  if (c.tenantNamespaces.length === 0) return [];
  const by = ['namespace', 'resourcequota', 'resource'];
  const quota = (type: 'used' | 'hard') => `max by (${by.join(', ')}) (${selector(KUBE_STATE_METRICS.resourceQuota.name, { namespace: `=~${c.tenantNamespaces.join('|')}`, type })})`;
  return [
    rule('CalvinTenantQuotaNearlyUsed', `${quota('used')} / ${quota('hard')} > ${c.quotaUsedRatio}`, '15m', 'warning',
      `Tenant {{ $labels.namespace }}: more than ${pct(c.quotaUsedRatio)} of its {{ $labels.resource }} quota used`,
      '{{ $value | humanizePercentage }} of the tenant\'s {{ $labels.resource }} quota is taken: new pods (a scale-up, a new revision) will be refused once it is full.'),
  ];
}

export function alertGroups(c: AlertContext): AlertGroup[] {
  const groups: AlertGroup[] = [
    { name: 'calvin-triggers', rules: triggerRules(c) },
    { name: 'calvin-worker', rules: workerRules(c) },
    { name: 'calvin-apps', rules: appRules(c) },
    { name: 'calvin-event-workers', rules: eventWorkerRules(c) },
    { name: 'calvin-tenants', rules: tenantRules(c) },
  ];
  // A group without rules is valid, but says nothing: left out.
  return groups.filter((g) => g.rules.length > 0);
}
