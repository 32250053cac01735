/**
 * The SchedulerWorker's props checked and resolved into the settings its manifests are rendered
 * from. Every problem is recorded in `problems` (the caller throws them all at once), in the order
 * of the props, so the error lists them as the props read.
 */
import { bucketName, logLevel, metricsPrefix, queueName, s3Endpoint, s3Region } from '../../contracts/rules';
import { clusterLocalSuffix } from '../../contracts/namespaces';
import { clusterCidrProblem, DEFAULT_CLUSTER_CIDRS } from '../../contracts/target-allow-list';
import { WORKER_ENV, WORKER_RANGES, WorkerPlainEnvName, WorkerSecretEnvName } from '../../contracts/worker-env';
import {
  allowListEntry, checkDuration, checkMetadataMap, humanDuration, imageReference, integerIn, PropProblems,
} from '../core/validation';
import { IPlatformScope } from '../platform/scope';
import { checkImagePullSecrets, checkSecretKeyRef, resolveResources, SecretKeyRef } from '../workload';
import { checkKnownKeys } from '../core/prop-keys';
import { SCHEDULER_WORKER_KEYS, SCHEDULER_WORKER_TRANSFORMS_KEYS, SchedulerWorkerProps } from './scheduler-worker-props';
import { ResolvedWorker } from './worker-manifests';

/** What the SchedulerWorker settles itself before the props are resolved (its names and counts). */
export type WorkerIdentity = Pick<ResolvedWorker, 'name' | 'namespace' | 'catalogConfigMapName' | 'image' | 'replicas'>;

const DEFAULT_RESOURCES = { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

const TRANSFORMABLE = Object.keys(SCHEDULER_WORKER_TRANSFORMS_KEYS.keys);

/** Checks the props into `problems` and resolves every default; the settings are meaningful only if no problem was added. */
export function resolveWorker(problems: PropProblems, identity: WorkerIdentity, props: SchedulerWorkerProps, platform: Pick<IPlatformScope, 'appsNamespace' | 'labels'>): ResolvedWorker {
  checkScalars(problems, props);
  const { requests, limits } = resolveResources(problems, 'resources', props.resources, DEFAULT_RESOURCES);
  const secretEnv = resolveSecretEnv(problems, props);
  const metricsEnv = resolveMetricsEnv(problems, props);
  const allowTargets = resolveAllowTargets(problems, props);
  const { terminationGracePeriodSeconds, shutdownGraceMs } = resolveGracePeriods(problems, props);
  checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
  checkMetadataMap(problems, 'labels', props.labels, 'labels');

  const selectorLabels = { 'app.kubernetes.io/name': identity.name };
  const port = props.port ?? Number(WORKER_ENV.PORT.default);
  return {
    ...identity,
    port,
    requests,
    limits,
    selectorLabels,
    allowTargets,
    podLabels: { ...platform.labels, ...props.labels, ...selectorLabels, 'app.kubernetes.io/component': 'trigger-scheduler' },
    imagePullSecrets: props.imagePullSecrets ?? [],
    terminationGracePeriodSeconds,
    env: {
      PORT: String(port),
      QUEUE_NAME: props.queueName ?? WORKER_ENV.QUEUE_NAME.default,
      WORKER_CONCURRENCY: String(props.concurrency ?? WORKER_ENV.WORKER_CONCURRENCY.default),
      WORKER_TRIGGER_SHARE: String(props.triggerShare ?? WORKER_ENV.WORKER_TRIGGER_SHARE.default),
      WORKER_WORKSPACE_SHARE: String(props.workspaceShare ?? WORKER_ENV.WORKER_WORKSPACE_SHARE.default),
      LOG_LEVEL: props.logLevel ?? WORKER_ENV.LOG_LEVEL.default,
      SHUTDOWN_GRACE_MS: String(shutdownGraceMs),
      TRIGGERS_FILE: WORKER_ENV.TRIGGERS_FILE.default,
      SECRET_HEADERS_DIR: WORKER_ENV.SECRET_HEADERS_DIR.default,
      // What is known now; the Deployment renders it again at synth (targetAllowList), when every
      // namespace with apps (a tenant's too) is known.
      TARGET_ALLOW_LIST: targetAllowList([platform.appsNamespace], allowTargets),
      CLUSTER_CIDRS: resolveClusterCidrs(problems, props).join(','),
      ...metricsEnv,
    } satisfies Record<WorkerPlainEnvName, string>,
    secretEnv,
  };
}

function checkScalars(problems: PropProblems, props: SchedulerWorkerProps): void {
  checkKnownKeys(problems, '', props, SCHEDULER_WORKER_KEYS);
  problems.check('image', props.image, imageReference);
  checkTransforms(problems, props.transform);
  problems.check('replicas', props.replicas, integerIn(0, 100));
  // Not PORT's own range: the env accepts 0 (a free port, for local runs), a Deployment needs a fixed one.
  problems.check('port', props.port, integerIn(1, 65535));
  problems.check('concurrency', props.concurrency, integerIn(WORKER_RANGES.concurrency.min, WORKER_RANGES.concurrency.max));
  problems.check('triggerShare', props.triggerShare, integerIn(WORKER_RANGES.sharePercent.min, WORKER_RANGES.sharePercent.max));
  problems.check('workspaceShare', props.workspaceShare, integerIn(WORKER_RANGES.sharePercent.min, WORKER_RANGES.sharePercent.max));
  problems.check('queueName', props.queueName, queueName);
  problems.check('logLevel', props.logLevel, logLevel);
}

/** A transform that is not a function, or under a name nothing has, would fail or do nothing at synth. */
function checkTransforms(problems: PropProblems, transform: unknown): void {
  if (transform === undefined) return;
  if (transform === null || typeof transform !== 'object') {
    problems.add('transform', transform, `is not an object of functions (${TRANSFORMABLE.join(', ')})`);
    return;
  }
  for (const [name, fn] of Object.entries(transform)) {
    // An unknown name is refused by the key check (SCHEDULER_WORKER_KEYS).
    if (TRANSFORMABLE.includes(name) && fn !== undefined && typeof fn !== 'function') problems.add(`transform.${name}`, fn, 'is not a function');
  }
}

function resolveSecretEnv(problems: PropProblems, props: SchedulerWorkerProps): Record<WorkerSecretEnvName, SecretKeyRef> {
  const redis = props.redisUrlSecret ?? WORKER_ENV.REDIS_URL.secret;
  const signing = props.signingSecret ?? WORKER_ENV.SIGNING_SECRETS.secret;
  const s3 = {
    accessKeyIdKey: WORKER_ENV.AWS_ACCESS_KEY_ID.secret.key,
    secretAccessKeyKey: WORKER_ENV.AWS_SECRET_ACCESS_KEY.secret.key,
    ...(props.s3CredentialsSecret ?? { secret: WORKER_ENV.AWS_ACCESS_KEY_ID.secret.secret }),
  };
  const inSystemNamespace = { secretHint: 'a Secret in the system namespace' };
  checkSecretKeyRef(problems, 'redisUrlSecret', redis, inSystemNamespace);
  checkSecretKeyRef(problems, 'signingSecret', signing, inSystemNamespace);
  // Spreading a string or null above would hide what was given; the check names the value itself.
  const s3Given: unknown = props.s3CredentialsSecret;
  checkSecretKeyRef(problems, 's3CredentialsSecret', s3Given === undefined || (s3Given !== null && typeof s3Given === 'object') ? s3 : s3Given,
    { ...inSystemNamespace, keyFields: ['accessKeyIdKey', 'secretAccessKeyKey'] });
  return {
    REDIS_URL: redis,
    SIGNING_SECRETS: signing,
    AWS_ACCESS_KEY_ID: { secret: s3.secret, key: s3.accessKeyIdKey },
    AWS_SECRET_ACCESS_KEY: { secret: s3.secret, key: s3.secretAccessKeyKey },
  };
}

type MetricsEnvName = 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'METRICS_PREFIX' | 'METRICS_FLUSH_COUNT' | 'METRICS_FLUSH_INTERVAL_MS';

function resolveMetricsEnv(problems: PropProblems, props: SchedulerWorkerProps): Record<MetricsEnvName, string> {
  const metrics = {
    bucket: WORKER_ENV.S3_BUCKET.platformDefault,
    endpoint: WORKER_ENV.S3_ENDPOINT.platformDefault,
    region: WORKER_ENV.S3_REGION.default,
    prefix: WORKER_ENV.METRICS_PREFIX.default,
    flushCount: Number(WORKER_ENV.METRICS_FLUSH_COUNT.default),
    ...props.metrics,
  };
  problems.check('metrics.bucket', metrics.bucket, bucketName);
  problems.check('metrics.endpoint', metrics.endpoint, s3Endpoint);
  problems.check('metrics.region', metrics.region, s3Region);
  problems.check('metrics.prefix', metrics.prefix, metricsPrefix);
  problems.check('metrics.flushCount', metrics.flushCount, integerIn(WORKER_RANGES.flushCount.min, WORKER_RANGES.flushCount.max));
  const { min, max } = WORKER_RANGES.flushIntervalMs;
  const flushIntervalMs = checkDuration(problems, 'metrics.flushInterval', props.metrics?.flushInterval, min, max) ?? Number(WORKER_ENV.METRICS_FLUSH_INTERVAL_MS.default);
  return {
    S3_BUCKET: metrics.bucket,
    S3_ENDPOINT: metrics.endpoint,
    S3_REGION: metrics.region,
    METRICS_PREFIX: metrics.prefix,
    METRICS_FLUSH_COUNT: String(metrics.flushCount),
    METRICS_FLUSH_INTERVAL_MS: String(flushIntervalMs),
  };
}

/** The props' allow-list entries, checked. */
function resolveAllowTargets(problems: PropProblems, props: SchedulerWorkerProps): string[] {
  (props.allowTargets ?? []).forEach((entry, i) => {
    problems.check(`allowTargets[${i}]`, entry, allowListEntry);
    // In a pod, loopback is the worker itself (its health server); loopback entries are for a worker run beside its targets.
    if (typeof entry === 'string' && /^(127\.|::1(\/128)?$)/.test(entry)) problems.add(`allowTargets[${i}]`, entry, 'is loopback: in a cluster that is the worker pod itself (loopback entries are only for a worker run beside its targets, through TARGET_ALLOW_LIST)');
  });
  return [...(props.allowTargets ?? [])];
}

/**
 * TARGET_ALLOW_LIST: the in-cluster suffix of every namespace with apps first (the platform's apps
 * namespace, then each tenant's), then the props' entries, without repeats.
 */
export function targetAllowList(appNamespaces: readonly string[], allowTargets: readonly string[]): string {
  return Array.from(new Set([...appNamespaces.map(clusterLocalSuffix), ...allowTargets])).join(',');
}

/** The cluster's Pod and Service ranges, where allow-listed names may resolve to. */
function resolveClusterCidrs(problems: PropProblems, props: SchedulerWorkerProps): readonly string[] {
  const cidrs = props.clusterCidrs ?? DEFAULT_CLUSTER_CIDRS;
  if (!Array.isArray(cidrs) || cidrs.length === 0) problems.add('clusterCidrs', cidrs, 'is not a non-empty list of CIDRs (the cluster\'s Pod and Service ranges)');
  else cidrs.forEach((cidr, i) => problems.check(`clusterCidrs[${i}]`, cidr, clusterCidrProblem));
  return Array.isArray(cidrs) ? cidrs : DEFAULT_CLUSTER_CIDRS;
}

function resolveGracePeriods(problems: PropProblems, props: SchedulerWorkerProps): { terminationGracePeriodSeconds: number; shutdownGraceMs: number } {
  const gracePeriodMs = checkDuration(problems, 'terminationGracePeriod', props.terminationGracePeriod, 1000, 3_600_000);
  if (gracePeriodMs !== undefined && gracePeriodMs % 1000 !== 0) {
    problems.add('terminationGracePeriod', humanDuration(gracePeriodMs), 'is not a whole number of seconds');
  }
  const { min, max } = WORKER_RANGES.shutdownGraceMs;
  const shutdownGraceMs = checkDuration(problems, 'shutdownGrace', props.shutdownGrace, min, max) ?? Number(WORKER_ENV.SHUTDOWN_GRACE_MS.default);
  const terminationGracePeriodSeconds = Math.ceil((gracePeriodMs ?? 30_000) / 1000);
  if (shutdownGraceMs >= terminationGracePeriodSeconds * 1000) {
    problems.add('shutdownGrace', humanDuration(shutdownGraceMs),
      `is not shorter than terminationGracePeriod (${humanDuration(terminationGracePeriodSeconds * 1000)}); the worker needs the rest to flush its metrics before it is killed`);
  }
  return { terminationGracePeriodSeconds, shutdownGraceMs };
}
