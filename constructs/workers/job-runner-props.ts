/** JobRunner's props. */
import { Duration } from 'cdk8s';
import { ManifestTransform } from '../core/api-object';
import { EVENT_WORKER_CONTAINER_KEYS, EventWorkerContainerProps } from './event-worker-props';
import { KeyRule, propKeys } from '../core/prop-keys';

/** KEDA's ScaledJob scaling strategies (`scalingStrategy.strategy`). */
export type JobRunnerScalingStrategy = 'default' | 'accurate' | 'eager';
export const JOB_RUNNER_SCALING_STRATEGIES: readonly JobRunnerScalingStrategy[] = ['default', 'accurate', 'eager'];

/** Edits of the final manifests (SST-style escape hatch). */
export interface JobRunnerTransforms {
  /** @default none */
  readonly scaledJob?: ManifestTransform;
  /** @default none */
  readonly triggerAuthentication?: ManifestTransform;
}

export interface JobRunnerProps extends EventWorkerContainerProps {
  /** The Redis Stream (its key) the work is added to with XADD. */
  readonly stream: string;
  /**
   * The consumer group the runners read as; KEDA counts its lag (entries not yet delivered to it).
   * @default the runner's name
   */
  readonly group?: string;
  /**
   * Undelivered entries per Job (KEDA's `lagCount`): 1 starts one Job per entry.
   * @default 1
   */
  readonly entriesPerJob?: number;
  /**
   * Lag above which KEDA starts Jobs at all (`activationLagCount`).
   * @default 0
   */
  readonly activationLag?: number;
  /**
   * Jobs running at once at most (KEDA's `maxReplicaCount`; the seed's 8 agents).
   * @default 10
   */
  readonly maxJobs?: number;
  /**
   * How often KEDA reads the lag (1 second to 1 hour).
   * @default Duration.seconds(30)
   */
  readonly pollingInterval?: Duration;
  /** @default 'default' */
  readonly scalingStrategy?: JobRunnerScalingStrategy;
  /**
   * How long a Job may run before Kubernetes stops it (1 second to 7 days).
   * @default Duration.hours(1)
   */
  readonly activeDeadline?: Duration;
  /**
   * Pod retries of a Job. A retry is how a crashed runner's entry is taken up again (the new pod
   * claims it once idle past `claimIdle`), so 0 leaves it to the next Job KEDA starts.
   * @default 2
   */
  readonly backoffLimit?: number;
  /**
   * How long a finished Job (and its pod's logs) is kept (0 to 7 days).
   * @default Duration.minutes(10)
   */
  readonly ttlAfterFinished?: Duration;
  /** @default 5 */
  readonly successfulJobsHistoryLimit?: number;
  /** @default 5 */
  readonly failedJobsHistoryLimit?: number;
  /**
   * How long an entry stays with a runner that has not acknowledged it before another runner may
   * claim it (STREAM_CLAIM_IDLE_MS): longer than a runner takes per entry, shorter than `activeDeadline`.
   * @default Duration.minutes(5)
   */
  readonly claimIdle?: Duration;
  /** @default none */
  readonly transform?: JobRunnerTransforms;
}

/** The keys of JobRunnerProps: an unknown key is refused at synth (constructs/core/prop-keys.ts). */
export const JOB_RUNNER_KEYS = propKeys<JobRunnerProps>('JobRunnerProps', {
  ...EVENT_WORKER_CONTAINER_KEYS.keys as { readonly [K in keyof Required<EventWorkerContainerProps>]: KeyRule },
  stream: true, group: true, entriesPerJob: true, activationLag: true, maxJobs: true, pollingInterval: true, scalingStrategy: true,
  activeDeadline: true, backoffLimit: true, ttlAfterFinished: true, successfulJobsHistoryLimit: true, failedJobsHistoryLimit: true,
  claimIdle: true,
  transform: propKeys<JobRunnerTransforms>('JobRunnerTransforms', { scaledJob: true, triggerAuthentication: true }),
});
