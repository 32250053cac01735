/**
 * What the event-driven workers' pods and their KEDA scalers agree on: the environment a
 * QueueWorker's and a JobRunner's container gets, and the Redis keys BullMQ keeps a queue's jobs
 * in (the ScaledObject counts them; the test checks them against the installed BullMQ).
 */

/** The environment of a QueueWorker's container (a BullMQ Worker reads its queue from these). */
export const QUEUE_WORKER_ENV = Object.freeze({
  /** `redis://…` / `rediss://…`, from the connection Secret's `url` key. */
  redisUrl: 'REDIS_URL',
  /** The BullMQ queue name. */
  queue: 'QUEUE_NAME',
  /** BullMQ's key prefix (its `prefix` option). */
  prefix: 'QUEUE_PREFIX',
} as const);

/** The environment of a JobRunner's container: the stream helper (`calvin-runtime/streams`) reads it. */
export const STREAM_RUNNER_ENV = Object.freeze({
  redisUrl: 'REDIS_URL',
  /** The stream's key. */
  stream: 'STREAM_NAME',
  /** The consumer group the runners read as. */
  group: 'STREAM_GROUP',
  /** This runner's consumer name within the group (the pod's name: unique per Job pod). */
  consumer: 'STREAM_CONSUMER',
  /** Milliseconds an entry stays pending before another runner may claim it (a crashed runner's entry). */
  claimIdleMs: 'STREAM_CLAIM_IDLE_MS',
} as const);

/** BullMQ's default key prefix (its `prefix` option). */
export const BULLMQ_DEFAULT_PREFIX = 'bull';

/**
 * The keys of a BullMQ queue's not-yet-started jobs (BullMQ 5 and 6: `QueueKeys.getKeys`): plain
 * jobs wait in a list, prioritized ones in a sorted set, delayed ones in a sorted set scored by
 * when they become due (a running Worker moves them on; nothing else does).
 */
export function bullmqQueueKeys(queue: string, prefix: string = BULLMQ_DEFAULT_PREFIX) {
  const key = (type: string) => `${prefix}:${queue}:${type}`;
  return { wait: key('wait'), prioritized: key('prioritized'), delayed: key('delayed') } as const;
}

/**
 * A QueueWorker's pods that serve Prometheus metrics carry this label (value `true`) and their
 * path in the annotation below; Monitoring's PodMonitor selects the label and relabels
 * `__metrics_path__` from the annotation (Prometheus' Kubernetes discovery exposes it as
 * `__meta_kubernetes_pod_annotation_<name with non-alphanumerics as _>`).
 */
export const EVENT_WORKER_METRICS_LABEL = 'calvin-runtime.dev/metrics';
export const EVENT_WORKER_METRICS_PATH_ANNOTATION = 'calvin-runtime.dev/metrics-path';

/** The label on a QueueWorker's and a JobRunner's objects naming the kind (`calvin workers` reads it). */
export const EVENT_WORKER_KIND_LABEL = 'calvin-runtime.dev/worker-kind';
export const EVENT_WORKER_KINDS = Object.freeze({ queueWorker: 'queue-worker', jobRunner: 'job-runner' } as const);
