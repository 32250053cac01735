import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { MetricSpec, WORKER_METRICS } from '../contracts/metrics';

/**
 * The worker's Prometheus metrics, on a registry of its own (several workers can share a process in
 * tests). Names, help, labels and buckets come from the metrics contract (contracts/metrics.ts).
 */
export class WorkerMetrics {
  public readonly registry = new Registry();

  public readonly executions = counter(this.registry, WORKER_METRICS.executions);
  /** Counted once a run, when its outcome is final (a tick that succeeded on a retry is one success). */
  public readonly runs = counter(this.registry, WORKER_METRICS.runs);
  public readonly attemptDuration = histogram(this.registry, WORKER_METRICS.attemptDuration);
  public readonly lateness = histogram(this.registry, WORKER_METRICS.lateness);

  /** Read at scrape time. */
  public bufferSizeSource: () => number = () => 0;

  public readonly bufferSize: Gauge = new Gauge({
    ...common(WORKER_METRICS.bufferSize),
    registers: [this.registry],
    collect: (): void => this.bufferSize.set(this.bufferSizeSource()),
  });

  public readonly flushFailures = counter(this.registry, WORKER_METRICS.flushFailures);
  public readonly droppedRecords = counter(this.registry, WORKER_METRICS.droppedRecords);
  public readonly catalogTriggers = new Gauge({ ...common(WORKER_METRICS.catalogTriggers), registers: [this.registry] });
  public readonly catalogRejections = counter(this.registry, WORKER_METRICS.catalogRejections);

  public constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }
}

function common<L extends string>(metric: MetricSpec<L>): { name: string; help: string; labelNames: L[] } {
  return { name: metric.name, help: metric.help, labelNames: [...metric.labels] };
}

/**
 * A counter whose every labelled series exists from the start at 0: a rate over a series that
 * appears only with its first event misses that event, and a ratio of two such rates is wrong.
 */
function counter<L extends string>(registry: Registry, metric: MetricSpec<L>): Counter<L> {
  const made = new Counter({ ...common(metric), registers: [registry] });
  const [label] = metric.labels;
  if (label && metric.labelValues) {
    for (const value of metric.labelValues[label]) made.inc({ [label]: value } as Partial<Record<L, string>>, 0);
  }
  return made;
}

function histogram<L extends string>(registry: Registry, metric: MetricSpec<L>): Histogram<L> {
  return new Histogram({ ...common(metric), buckets: [...(metric.buckets ?? [])], registers: [registry] });
}
