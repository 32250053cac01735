/** JobRunner's props checked and resolved, every problem recorded at once. */
import { Duration } from 'cdk8s';
import { checkDuration, humanDuration, integerIn, oneOf, PropProblems } from '../core/validation';
import { JOB_RUNNER_SCALING_STRATEGIES, JobRunnerProps, JobRunnerScalingStrategy } from './job-runner-props';

const DAY_MS = 86_400_000;

/** A stream key or group name: printable, no whitespace (they are Redis arguments and env values). */
function streamName(v: unknown): string | undefined {
  return typeof v === 'string' && /^[\x21-\x7e]{1,256}$/.test(v) ? undefined : 'is not 1 to 256 printable ASCII characters without spaces';
}

export interface ResolvedJobRunner {
  readonly group: string;
  readonly entriesPerJob: number;
  readonly activationLag: number;
  readonly maxJobs: number;
  readonly pollingIntervalSeconds: number;
  readonly scalingStrategy: JobRunnerScalingStrategy;
  readonly activeDeadline: Duration;
  readonly backoffLimit: number;
  readonly ttlAfterFinished: Duration;
  readonly successfulJobsHistoryLimit: number;
  readonly failedJobsHistoryLimit: number;
  readonly claimIdleMs: number;
}

export function resolveJobRunner(problems: PropProblems, props: JobRunnerProps, name: string): ResolvedJobRunner {
  if (props.stream === undefined) problems.add('stream', props.stream, 'is required (the Redis Stream\'s key)');
  problems.check('stream', props.stream, streamName);
  problems.check('group', props.group, streamName);
  problems.check('entriesPerJob', props.entriesPerJob, integerIn(1, 10_000));
  problems.check('activationLag', props.activationLag, integerIn(0, 1_000_000));
  problems.check('maxJobs', props.maxJobs, integerIn(1, 1000));
  problems.check('scalingStrategy', props.scalingStrategy, oneOf(JOB_RUNNER_SCALING_STRATEGIES));
  problems.check('backoffLimit', props.backoffLimit, integerIn(0, 100));
  problems.check('successfulJobsHistoryLimit', props.successfulJobsHistoryLimit, integerIn(0, 1000));
  problems.check('failedJobsHistoryLimit', props.failedJobsHistoryLimit, integerIn(0, 1000));
  const pollingMs = checkDuration(problems, 'pollingInterval', props.pollingInterval, 1000, 3_600_000);
  if (pollingMs !== undefined && pollingMs % 1000 !== 0) problems.add('pollingInterval', `${pollingMs} ms`, 'is not a whole number of seconds (KEDA counts in seconds)');
  const deadlineMs = checkDuration(problems, 'activeDeadline', props.activeDeadline, 1000, 7 * DAY_MS) ?? 3_600_000;
  checkDuration(problems, 'ttlAfterFinished', props.ttlAfterFinished, 0, 7 * DAY_MS);
  const claimIdleMs = checkDuration(problems, 'claimIdle', props.claimIdle, 1000, 7 * DAY_MS) ?? 300_000;
  if (claimIdleMs >= deadlineMs) {
    problems.add('claimIdle', humanDuration(claimIdleMs), `must be shorter than activeDeadline (${humanDuration(deadlineMs)}): a retried pod must be able to claim its predecessor's entry`);
  }
  return {
    group: props.group ?? name,
    entriesPerJob: props.entriesPerJob ?? 1,
    activationLag: props.activationLag ?? 0,
    maxJobs: props.maxJobs ?? 10,
    pollingIntervalSeconds: (pollingMs ?? 30_000) / 1000,
    scalingStrategy: props.scalingStrategy ?? 'default',
    activeDeadline: props.activeDeadline ?? Duration.hours(1),
    backoffLimit: props.backoffLimit ?? 2,
    ttlAfterFinished: props.ttlAfterFinished ?? Duration.minutes(10),
    successfulJobsHistoryLimit: props.successfulJobsHistoryLimit ?? 5,
    failedJobsHistoryLimit: props.failedJobsHistoryLimit ?? 5,
    claimIdleMs,
  };
}
