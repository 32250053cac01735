/**
 * The worker's Prometheus metrics, defined once: the worker registers them from here
 * (worker/observability.ts), and the alert rules and dashboards (constructs/monitoring/) name them
 * through here, so a renamed metric or label breaks the build, not an alert in production.
 */

/** The Prometheus metric types the worker exports. */
export type MetricType = 'counter' | 'gauge' | 'histogram';

/** One metric family: what `/metrics` shows as `# TYPE` and `# HELP`, its labels and its unit. */
export interface MetricSpec<L extends string = string> {
  /** The family name (a counter's includes `_total`; a histogram's is the base of `_bucket`, `_sum`, `_count`). */
  readonly name: string;
  readonly type: MetricType;
  readonly help: string;
  /** What one unit of the value is (`seconds`, `records`, …), for dashboards' axes. */
  readonly unit: string;
  /** The label names, in the order the worker registers them. */
  readonly labels: readonly L[];
  /** Every value each label takes (the worker creates each series at start, at 0). */
  readonly labelValues?: { readonly [K in L]: readonly string[] };
  /** A histogram's upper bounds, in `unit`s (+Inf is implied). */
  readonly buckets?: readonly number[];
}

/** An attempt's status in `calvin_trigger_executions_total` (as in the execution record). */
export const ATTEMPT_STATUSES = ['success', 'failure', 'missed'] as const;
/** A run's final outcome in `calvin_trigger_runs_total`. */
export const RUN_OUTCOMES = ['success', 'failure', 'missed'] as const;

function spec<const L extends string = never>(s: MetricSpec<L>): MetricSpec<L> {
  return s;
}

/** Every metric the worker registers itself (prom-client's process/runtime ones aside: RUNTIME_METRIC_PREFIXES). */
export const WORKER_METRICS = {
  executions: spec({
    name: 'calvin_trigger_executions_total',
    type: 'counter',
    unit: 'attempts',
    help: 'Trigger attempts by outcome: success, failure (each failed attempt) or missed (a tick not sent).',
    labels: ['status'],
    labelValues: { status: ATTEMPT_STATUSES },
  }),
  runs: spec({
    name: 'calvin_trigger_runs_total',
    type: 'counter',
    unit: 'runs',
    help: 'Trigger runs (one a tick) by final outcome: success (on any attempt), failure (the last attempt failed, or a final error) or missed.',
    labels: ['outcome'],
    labelValues: { outcome: RUN_OUTCOMES },
  }),
  attemptDuration: spec({
    name: 'calvin_trigger_attempt_duration_seconds',
    type: 'histogram',
    unit: 'seconds',
    help: 'Duration of one HTTP attempt, redirects included.',
    labels: [],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 5, 10, 30, 60],
  }),
  lateness: spec({
    name: 'calvin_trigger_lateness_seconds',
    type: 'histogram',
    unit: 'seconds',
    help: "How long after a tick's nominal time its first attempt started.",
    labels: [],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 60, 300],
  }),
  bufferSize: spec({
    name: 'calvin_metrics_buffer_records',
    type: 'gauge',
    unit: 'records',
    help: 'Execution records not yet in S3: the Redis stream\'s length as this replica last saw it (durable sink), or this process\'s buffer (METRICS_DURABLE=false).',
    labels: [],
  }),
  flushFailures: spec({
    name: 'calvin_metrics_flush_failures_total',
    type: 'counter',
    unit: 'flushes',
    help: 'Failed flushes of execution records to S3, or of the stream reads they need (the records are kept and retried).',
    labels: [],
  }),
  droppedRecords: spec({
    name: 'calvin_metrics_dropped_records_total',
    type: 'counter',
    unit: 'records',
    help: 'Execution records dropped because the stream (or buffer) passed METRICS_BUFFER_MAX while S3 was failing; counted by the replica whose append dropped them.',
    labels: [],
  }),
  catalogTriggers: spec({
    name: 'calvin_catalog_triggers',
    type: 'gauge',
    unit: 'triggers',
    help: 'Enabled triggers in the current catalog.',
    labels: [],
  }),
  catalogRejections: spec({
    name: 'calvin_catalog_rejections_total',
    type: 'counter',
    unit: 'catalogs',
    help: 'New catalogs refused as invalid (the last good one kept running).',
    labels: [],
  }),
} as const;

/** prom-client's default metrics (process and Node.js runtime), which the worker also exports. */
export const RUNTIME_METRIC_PREFIXES = ['process_', 'nodejs_'] as const;

/** The runtime metrics the dashboards chart (prom-client's names; present on Linux). */
export const WORKER_RUNTIME_METRICS = {
  cpuSeconds: spec({ name: 'process_cpu_seconds_total', type: 'counter', unit: 'seconds', help: 'Total user and system CPU time spent in seconds.', labels: [] }),
  residentMemory: spec({ name: 'process_resident_memory_bytes', type: 'gauge', unit: 'bytes', help: 'Resident memory size in bytes.', labels: [] }),
} as const;

/** The series names a family exposes: a histogram's `_bucket` (with `le`), `_sum` and `_count`. */
export function seriesNamesOf(metric: MetricSpec): string[] {
  return metric.type === 'histogram' ? [`${metric.name}_bucket`, `${metric.name}_sum`, `${metric.name}_count`] : [metric.name];
}
