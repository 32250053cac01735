import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The worker's Prometheus metrics, on a registry of its own (several workers can share a process in tests). */
export class WorkerMetrics {
  public readonly registry = new Registry();

  public readonly executions = new Counter({
    name: 'calvin_trigger_executions_total',
    help: 'Trigger attempts by outcome: success, failure (each failed attempt) or missed (a tick not sent).',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  public readonly attemptDuration = new Histogram({
    name: 'calvin_trigger_attempt_duration_seconds',
    help: 'Duration of one HTTP attempt, redirects included.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  public readonly lateness = new Histogram({
    name: 'calvin_trigger_lateness_seconds',
    help: "How long after a tick's nominal time its first attempt started.",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 60, 300],
    registers: [this.registry],
  });

  /** Read at scrape time. */
  public bufferSizeSource: () => number = () => 0;

  public readonly bufferSize: Gauge = new Gauge({
    name: 'calvin_metrics_buffer_records',
    help: 'Execution records not yet in S3: the Redis stream\'s length as this replica last saw it (durable sink), or this process\'s buffer (METRICS_DURABLE=false).',
    registers: [this.registry],
    collect: (): void => this.bufferSize.set(this.bufferSizeSource()),
  });

  public readonly flushFailures = new Counter({
    name: 'calvin_metrics_flush_failures_total',
    help: 'Failed flushes of execution records to S3, or of the stream reads they need (the records are kept and retried).',
    registers: [this.registry],
  });

  public readonly droppedRecords = new Counter({
    name: 'calvin_metrics_dropped_records_total',
    help: 'Execution records dropped because the stream (or buffer) passed METRICS_BUFFER_MAX while S3 was failing; counted by the replica whose append dropped them.',
    registers: [this.registry],
  });

  public readonly catalogTriggers = new Gauge({
    name: 'calvin_catalog_triggers',
    help: 'Enabled triggers in the current catalog.',
    registers: [this.registry],
  });

  public readonly catalogRejections = new Counter({
    name: 'calvin_catalog_rejections_total',
    help: 'New catalogs refused as invalid (the last good one kept running).',
    registers: [this.registry],
  });

  public constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }
}
