/** QueueWorker's props checked and resolved, every problem recorded at once. */
import { bullmqQueueKeys, BULLMQ_DEFAULT_PREFIX } from '../../contracts/event-workers';
import { queueName } from '../../contracts/rules';
import { checkDuration, integerIn, oneOf, PropProblems } from '../core/validation';
import { ResolvedQueueScaling } from './queue-scaling';
import {
  QUEUE_WORKER_DELAYED_JOBS, QUEUE_WORKER_SCALINGS, QueueWorkerProps, QueueWorkerScaling,
} from './queue-worker-props';

/** BullMQ's prefix is the first part of every key; a Redis Cluster hash tag (`{…}`) is allowed. */
function queuePrefix(v: unknown): string | undefined {
  return typeof v === 'string' && /^[A-Za-z0-9_.:{}-]{1,100}$/.test(v) ? undefined : 'is not 1 to 100 letters, digits, \'_\', \'.\', \':\', \'{\', \'}\' or \'-\'';
}

/** An absolute URL path Prometheus can request: no query, fragment or whitespace. */
function metricsPath(v: unknown): string | undefined {
  return typeof v === 'string' && /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,200}$/.test(v) ? undefined : "is not an absolute path such as '/metrics' (no query, fragment or spaces)";
}

/** Props that only one scaling reads; given with another they would be silently ignored. */
const ONLY_WITH: Record<string, QueueWorkerScaling[]> = {
  replicas: ['none'],
  minReplicas: ['queue', 'cpu'],
  maxReplicas: ['queue', 'cpu'],
  jobsPerReplica: ['queue'],
  activation: ['queue'],
  delayedJobs: ['queue'],
  pollingInterval: ['queue'],
  cooldown: ['queue'],
  fallbackReplicas: ['queue'],
  cpuUtilization: ['cpu'],
};

export interface ResolvedQueueWorker {
  readonly scaling: QueueWorkerScaling;
  readonly prefix: string;
  readonly queue: ResolvedQueueScaling;
  readonly replicas: number;
  readonly cpuUtilization: number;
}

export function resolveQueueWorker(problems: PropProblems, props: QueueWorkerProps): ResolvedQueueWorker {
  const scaling = props.scaling ?? 'queue';
  problems.check('scaling', scaling, oneOf(QUEUE_WORKER_SCALINGS));
  if (props.queue === undefined) problems.add('queue', props.queue, 'is required (the BullMQ queue name)');
  problems.check('queue', props.queue, queueName);
  problems.check('prefix', props.prefix, queuePrefix);
  for (const [prop, scalings] of Object.entries(ONLY_WITH)) {
    if ((props as unknown as Record<string, unknown>)[prop] !== undefined && !scalings.includes(scaling)) {
      problems.add(prop, (props as unknown as Record<string, unknown>)[prop], `is read only with scaling ${scalings.map((s) => `"${s}"`).join(' or ')} (scaling is "${scaling}")`);
    }
  }
  const minReplicas = props.minReplicas ?? (scaling === 'cpu' ? 1 : 0);
  const maxReplicas = props.maxReplicas ?? 10;
  problems.check('minReplicas', props.minReplicas, integerIn(scaling === 'cpu' ? 1 : 0, 1000));
  problems.check('maxReplicas', props.maxReplicas, integerIn(1, 1000));
  if (minReplicas > maxReplicas) problems.add('minReplicas', minReplicas, `is more than maxReplicas (${maxReplicas})`);
  problems.check('replicas', props.replicas, integerIn(0, 1000));
  problems.check('jobsPerReplica', props.jobsPerReplica, integerIn(1, 1_000_000));
  problems.check('activation', props.activation, integerIn(0, 1_000_000));
  problems.check('delayedJobs', props.delayedJobs, oneOf(QUEUE_WORKER_DELAYED_JOBS));
  problems.check('cpuUtilization', props.cpuUtilization, integerIn(1, 100));
  const fallbackReplicas = props.fallbackReplicas ?? Math.min(1, maxReplicas);
  problems.check('fallbackReplicas', props.fallbackReplicas, integerIn(0, 1000));
  if (fallbackReplicas > maxReplicas) problems.add('fallbackReplicas', fallbackReplicas, `is more than maxReplicas (${maxReplicas})`);
  const jobsPerReplica = props.jobsPerReplica ?? 10;
  const activation = props.activation ?? 0;
  const delayedJobs = props.delayedJobs ?? 'wake';
  const comparable = integerIn(1, 1_000_000)(jobsPerReplica) === undefined;
  if (comparable && scaling === 'queue' && delayedJobs === 'wake' && minReplicas === 0 && activation >= jobsPerReplica) {
    problems.add('activation', activation, `must be less than jobsPerReplica (${jobsPerReplica}) while delayedJobs is "wake" and minReplicas 0: `
      + 'a delayed job counts as one replica\'s worth of jobs, which must wake the worker');
  }
  const pollingMs = checkDuration(problems, 'pollingInterval', props.pollingInterval, 1000, 3_600_000);
  const cooldownMs = checkDuration(problems, 'cooldown', props.cooldown, 1000, 86_400_000);
  for (const [field, ms] of [['pollingInterval', pollingMs], ['cooldown', cooldownMs]] as const) {
    if (ms !== undefined && ms % 1000 !== 0) problems.add(field, `${ms} ms`, 'is not a whole number of seconds (KEDA counts in seconds)');
  }
  problems.check('metricsPath', props.metricsPath, metricsPath);
  if (props.metricsPath !== undefined && props.port === undefined) problems.add('metricsPath', props.metricsPath, 'needs port (the container port that serves it)');
  const prefix = props.prefix ?? BULLMQ_DEFAULT_PREFIX;
  return {
    scaling,
    prefix,
    replicas: props.replicas ?? 1,
    cpuUtilization: props.cpuUtilization ?? 70,
    queue: {
      keys: bullmqQueueKeys(props.queue, prefix),
      minReplicas,
      maxReplicas,
      jobsPerReplica,
      activation,
      delayedJobs,
      pollingIntervalSeconds: (pollingMs ?? 30_000) / 1000,
      cooldownSeconds: (cooldownMs ?? 300_000) / 1000,
      fallbackReplicas,
    },
  };
}
