/** QueueWorker's props. */
import { Duration } from 'cdk8s';
import { ManifestTransform } from '../core/api-object';
import { WorkloadProbeSpec } from '../workload';
import { EVENT_WORKER_CONTAINER_KEYS, EventWorkerContainerProps } from './event-worker-props';
import { KeyRule, propKeys } from '../core/prop-keys';

/**
 * What sets the replica count: `queue` a KEDA ScaledObject on the queue's depth (scales to zero),
 * `cpu` an autoscaling/v2 HPA on CPU utilization (clusters without KEDA), `none` a fixed count.
 */
export type QueueWorkerScaling = 'queue' | 'cpu' | 'none';
export const QUEUE_WORKER_SCALINGS: readonly QueueWorkerScaling[] = ['queue', 'cpu', 'none'];

/**
 * What to do about delayed jobs at zero replicas. BullMQ moves a delayed job to the waiting list
 * only from a running Worker, so with no replica a delayed job would never become due.
 * `wake` keeps one replica while the queue's delayed set is not empty; `ignore` does not (for
 * queues that never delay a job, or with `minReplicas` ≥ 1).
 */
export type QueueWorkerDelayedJobs = 'wake' | 'ignore';
export const QUEUE_WORKER_DELAYED_JOBS: readonly QueueWorkerDelayedJobs[] = ['wake', 'ignore'];

/** Edits of the final manifests (SST-style escape hatch). */
export interface QueueWorkerTransforms {
  /** @default none */
  readonly deployment?: ManifestTransform;
  /** @default none */
  readonly scaledObject?: ManifestTransform;
  /** @default none */
  readonly triggerAuthentication?: ManifestTransform;
  /** @default none */
  readonly horizontalPodAutoscaler?: ManifestTransform;
  /** @default none */
  readonly podDisruptionBudget?: ManifestTransform;
}

export interface QueueWorkerProps extends EventWorkerContainerProps {
  /** The BullMQ queue the worker consumes (its name, as given to `new Worker(name, …)`). */
  readonly queue: string;
  /**
   * BullMQ's key prefix (the `prefix` option of the Queue and the Worker).
   * @default 'bull'
   */
  readonly prefix?: string;
  /** @default 'queue' */
  readonly scaling?: QueueWorkerScaling;
  /**
   * Fewest replicas (`queue`: 0 scales to zero; `cpu`: at least 1, an HPA cannot reach zero).
   * @default 0 with `scaling: 'queue'`, 1 with `scaling: 'cpu'`
   */
  readonly minReplicas?: number;
  /** @default 10 */
  readonly maxReplicas?: number;
  /**
   * Replicas with `scaling: 'none'` (the other scalings leave the count to their autoscaler).
   * @default 1
   */
  readonly replicas?: number;
  /**
   * Waiting jobs (plain and prioritized) per replica: KEDA runs ceil(waiting / jobsPerReplica).
   * @default 10
   */
  readonly jobsPerReplica?: number;
  /**
   * Waiting jobs above which KEDA wakes the worker from zero (it activates when the count exceeds this).
   * @default 0
   */
  readonly activation?: number;
  /** @default 'wake' */
  readonly delayedJobs?: QueueWorkerDelayedJobs;
  /**
   * How often KEDA reads the queue (1 second to 1 hour).
   * @default Duration.seconds(30)
   */
  readonly pollingInterval?: Duration;
  /**
   * How long the queue stays empty before KEDA scales to `minReplicas` 0 (1 second to 1 day).
   * @default Duration.minutes(5)
   */
  readonly cooldown?: Duration;
  /**
   * Replicas KEDA keeps when reading the queue fails 3 times in a row (Redis unreachable), so
   * waiting jobs are still worked on once it answers again.
   * @default 1
   */
  readonly fallbackReplicas?: number;
  /**
   * Target average CPU utilization (percent of the request) with `scaling: 'cpu'` (the seed's 70 %).
   * @default 70
   */
  readonly cpuUtilization?: number;
  /**
   * The container's port (named `http`), for probes and metrics.
   * @default no port
   */
  readonly port?: number;
  /**
   * The path where the container serves Prometheus metrics on `port` (e.g. your HTTP server
   * answering with BullMQ's `queue.exportPrometheusMetrics()`). With the platform's `monitoring`,
   * a PodMonitor scrapes every queue worker that sets it. Needs `port`.
   * @default not scraped
   */
  readonly metricsPath?: string;
  /** @default no liveness probe */
  readonly liveness?: WorkloadProbeSpec;
  /** @default no readiness probe */
  readonly readiness?: WorkloadProbeSpec;
  /** @default none */
  readonly transform?: QueueWorkerTransforms;
}

/** The keys of QueueWorkerProps: an unknown key is refused at synth (constructs/core/prop-keys.ts). */
export const QUEUE_WORKER_KEYS = propKeys<QueueWorkerProps>('QueueWorkerProps', {
  ...EVENT_WORKER_CONTAINER_KEYS.keys as { readonly [K in keyof Required<EventWorkerContainerProps>]: KeyRule },
  queue: true, prefix: true, scaling: true, minReplicas: true, maxReplicas: true, replicas: true, jobsPerReplica: true,
  activation: true, delayedJobs: true, pollingInterval: true, cooldown: true, fallbackReplicas: true, cpuUtilization: true,
  port: true, metricsPath: true, liveness: true, readiness: true,
  transform: propKeys<QueueWorkerTransforms>('QueueWorkerTransforms', {
    deployment: true, scaledObject: true, triggerAuthentication: true, horizontalPodAutoscaler: true, podDisruptionBudget: true,
  }),
});
