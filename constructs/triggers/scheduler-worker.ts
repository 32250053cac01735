import { ApiObject, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { addManifestTransform, ManifestTransform, TransformableApiObject } from '../core/api-object';
import { IPlatformScope, platformOf } from '../platform/scope';
import { CatalogShard } from '../../contracts/catalog-shards';
import { bucketName, logLevel, metricsPrefix, queueName, s3Endpoint, s3Region, WORKER_LOG_LEVELS, WorkerLogLevel } from '../../contracts/rules';
import { DEFAULT_WORKER_IMAGE, WORKER_ENV, WORKER_RANGES, WorkerPlainEnvName } from '../../contracts/worker-env';
import {
  allowListEntry, CalvinValidationError, checkDuration, checkMetadataMap, humanDuration, imageReference, integerIn, PropProblems,
} from '../core/validation';
import { checkImagePullSecrets, checkSecretKeyRef, resolveResources, ResourceQuantities, SecretKeyRef } from '../workload';
import { WorkerCatalog } from './worker-catalog';
import { syncCatalogShardConfigMaps, workerCatalogConfigMap, workerDeployment, workerService, workerServiceAccount } from './worker-deployment';
import { CATALOG_CHECKSUM_ANNOTATION, catalogShardConfigMapName, ResolvedWorker, SECRET_HEADERS_DIR, sha256, WorkerSecretKeyRef } from './worker-manifests';

export { CATALOG_CHECKSUM_ANNOTATION, DEFAULT_WORKER_IMAGE, SECRET_HEADERS_DIR, WORKER_LOG_LEVELS };
export type { WorkerLogLevel, WorkerSecretKeyRef };

/** The Secret with the S3 (Spaces) access key; both keys are read into the worker's AWS_* env. */
export interface S3CredentialsSecret {
  /** Secret name, in the system namespace. */
  readonly secret: string;
  /** @default 'access-key-id' */
  readonly accessKeyIdKey?: string;
  /** @default 'secret-access-key' */
  readonly secretAccessKeyKey?: string;
}

/** Where the worker writes its execution records (JSON files, one per flush). */
export interface SchedulerWorkerMetrics {
  /** @default 'calvin-runtime-scheduler' */
  readonly bucket?: string;
  /**
   * S3 API origin; a DigitalOcean Spaces region, or any S3-compatible store.
   * @default 'https://fra1.digitaloceanspaces.com'
   */
  readonly endpoint?: string;
  /**
   * Signing region. Spaces takes `us-east-1` whatever the datacenter (the endpoint picks it).
   * @default 'us-east-1'
   */
  readonly region?: string;
  /**
   * Key prefix, ending in '/' (or empty).
   * @default 'metrics/'
   */
  readonly prefix?: string;
  /**
   * Records per file: the worker flushes when this many are buffered…
   * @default 100
   */
  readonly flushCount?: number;
  /**
   * …or when the oldest buffered record is this old (100 ms to 1 hour).
   * @default Duration.minutes(1)
   */
  readonly flushInterval?: Duration;
}

export interface SchedulerWorkerResources {
  /** @default { cpu: '200m', memory: '256Mi' } */
  readonly requests?: ResourceQuantities;
  /** @default { cpu: '500m', memory: '512Mi' } */
  readonly limits?: ResourceQuantities;
}

/** Edits of the final manifests (SST-style escape hatch). */
export interface SchedulerWorkerTransforms {
  /** @default none */
  readonly deployment?: ManifestTransform;
  /** @default none */
  readonly service?: ManifestTransform;
  /** @default none */
  readonly podDisruptionBudget?: ManifestTransform;
  /**
   * Every ConfigMap of the trigger catalog: the one named `catalogConfigMapName` and each shard a
   * large catalog is split into (`catalogShardConfigMapNames()`). Runs after the shard's data is set;
   * changing `data` breaks the catalog the worker reads.
   * @default none
   */
  readonly catalogConfigMaps?: ManifestTransform;
}

export interface SchedulerWorkerProps {
  /**
   * The worker image; it runs `node lib/worker/main.js` from its WORKDIR (/app) as UID/GID 1000 (the image's `node` user).
   * @default 'registry.digitalocean.com/calvin/scheduler-worker:0.1.0'
   */
  readonly image?: string;
  /**
   * Pods. Two, so that a node failure or a rollout never stops the schedules (BullMQ hands every
   * tick to exactly one replica). 0 stops every trigger.
   * @default 2
   */
  readonly replicas?: number;
  /**
   * Merged field by field over the defaults.
   * @default { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } }
   */
  readonly resources?: SchedulerWorkerResources;
  /**
   * Port of the health and metrics server (`/healthz`, `/readyz`, `/metrics`), named `http`.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Jobs in hand per replica (WORKER_CONCURRENCY), 1 to 5000. The worker takes each tick up to 1 s
   * before its time and holds it until then, so this must cover the triggers due in the same second
   * (divided by the replicas) plus the requests still in flight.
   * @default 200
   */
  readonly concurrency?: number;
  /**
   * BullMQ queue name (QUEUE_NAME); two platforms sharing a Redis need different names.
   * @default 'calvin-triggers'
   */
  readonly queueName?: string;
  /** @default 'info' */
  readonly logLevel?: WorkerLogLevel;
  /**
   * Secret key holding the Redis URL (`redis://…` or `rediss://…`, password included).
   * @default { secret: 'calvin-redis', key: 'url' }
   */
  readonly redisUrlSecret?: SecretKeyRef;
  /**
   * Secret key holding the Standard Webhooks signing secret(s): one `whsec_…` value, or two
   * separated by a space while rotating.
   * @default { secret: 'calvin-trigger-signing', key: 'secrets' }
   */
  readonly signingSecret?: SecretKeyRef;
  /**
   * Secret with the S3 access key of the metrics bucket.
   * @default { secret: 'calvin-spaces', accessKeyIdKey: 'access-key-id', secretAccessKeyKey: 'secret-access-key' }
   */
  readonly s3CredentialsSecret?: S3CredentialsSecret;
  /**
   * Metrics bucket and flushing; merged field by field over the defaults.
   * @default { bucket: 'calvin-runtime-scheduler', endpoint: 'https://fra1.digitaloceanspaces.com', region: 'us-east-1', prefix: 'metrics/', flushCount: 100, flushInterval: Duration.minutes(1) }
   */
  readonly metrics?: SchedulerWorkerMetrics;
  /**
   * More TARGET_ALLOW_LIST entries (IPs, CIDRs, host names or '.suffixes') that triggers may call
   * although they resolve to private addresses. `.<appsNamespace>.svc.cluster.local` (the apps'
   * internal URLs) is always on the list.
   * @default []
   */
  readonly allowTargets?: string[];
  /**
   * How long Kubernetes waits after SIGTERM before killing a pod (1 second to 1 hour).
   * @default Duration.seconds(30)
   */
  readonly terminationGracePeriod?: Duration;
  /**
   * How long the worker lets in-flight attempts finish after SIGTERM (SHUTDOWN_GRACE_MS); the
   * rest of `terminationGracePeriod` flushes the metrics. Must be shorter than it. Attempts still
   * running are abandoned and retried by another replica.
   * @default Duration.seconds(25)
   */
  readonly shutdownGrace?: Duration;
  /**
   * Image pull Secrets in the system namespace (the platform's `imagePullSecrets` are in the apps
   * namespace, so they are not reused).
   * @default []
   */
  readonly imagePullSecrets?: string[];
  /**
   * Extra labels on the worker's objects and pods.
   * @default {}
   */
  readonly labels?: Record<string, string>;
  /** @default none */
  readonly transform?: SchedulerWorkerTransforms;
}

const DEFAULT_RESOURCES = { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

/**
 * The platform's scheduler worker in the system namespace: a Deployment running the BullMQ worker,
 * the trigger catalog ConfigMap it reads (every Trigger of the PlatformStack, filled at synth), a
 * ServiceAccount without API token, a PodDisruptionBudget and a metrics Service. PlatformStack
 * creates it (`platform.worker`); configure it through `PlatformStackProps.worker`. It takes the
 * namespace, labels and triggers from the platform it is created in.
 */
export class SchedulerWorker extends Construct {
  /** Name of the Deployment, Service, ServiceAccount and PodDisruptionBudget. */
  public readonly name = 'scheduler-worker';
  public readonly namespace: string;
  /**
   * The ConfigMap holding the catalog (key `triggers.json`) while it fits in one; a bigger catalog
   * is split into ConfigMaps `<this>-<hex prefix>` (`catalogShardConfigMapNames()`).
   */
  public readonly catalogConfigMapName: string;
  public readonly image: string;
  public readonly replicas: number;
  /**
   * The objects' ApiObjects, for `addJsonPatch` and `addDependency` (patches on the cdk8s-plus ones
   * are rendered through cdk8s-plus' typed converters: see docs/worker.md); the PodDisruptionBudget
   * is a plain ApiObject, as cdk8s-plus-28 has no construct for it.
   */
  public readonly deployment: ApiObject;
  public readonly service: ApiObject;
  public readonly configMap: ApiObject;
  public readonly serviceAccount: ApiObject;
  public readonly podDisruptionBudget: ApiObject;
  /** The same objects as cdk8s-plus constructs (add env, volumes, annotations with their API). */
  public readonly deploymentResource: kplus.Deployment;
  public readonly serviceResource: kplus.Service;
  public readonly configMapResource: kplus.ConfigMap;
  public readonly serviceAccountResource: kplus.ServiceAccount;
  /**
   * The Secret keys the worker's environment reads, by variable (`REDIS_URL`, `SIGNING_SECRETS`,
   * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`). Whoever creates those Secrets (the Pulumi stack)
   * reads the names from here instead of repeating them.
   */
  public readonly secretEnv: Readonly<Record<string, SecretKeyRef>>;
  /** The plain environment the worker gets, by variable (`S3_BUCKET`, `S3_ENDPOINT`, `METRICS_PREFIX`, …). */
  public readonly env: Readonly<Record<string, string>>;

  private readonly catalog: WorkerCatalog;

  public constructor(scope: Construct, id: string, props: SchedulerWorkerProps = {}) {
    super(scope, id);
    const platform = platformOf(this);
    this.catalog = new WorkerCatalog(() => platform.triggers);
    const problems = new PropProblems(this);
    this.namespace = platform.systemNamespace;
    this.catalogConfigMapName = `${this.name}-triggers`;
    this.image = props.image ?? DEFAULT_WORKER_IMAGE;
    this.replicas = props.replicas ?? 2;
    const resolved = resolveWorker(problems, this, props, platform);
    problems.throwIfAny();
    this.secretEnv = Object.fromEntries(Object.entries(resolved.secretEnv).map(([name, ref]) => [name, { ...ref }]));
    this.env = { ...resolved.env };

    const rendered = () => this.catalog.forRendering() ?? this.checkedCatalog();
    const catalog = { catalogShards: () => rendered().sharding.shards, catalogChecksum: () => sha256(rendered().text), catalogEntries: () => rendered().entries };
    this.serviceAccountResource = workerServiceAccount(this, resolved);
    this.configMapResource = workerCatalogConfigMap(this, resolved, catalog);
    this.deploymentResource = workerDeployment(this, resolved, this.serviceAccountResource, this.configMapResource, catalog);
    this.serviceAccount = ApiObject.of(this.serviceAccountResource);
    this.configMap = ApiObject.of(this.configMapResource);
    this.deployment = ApiObject.of(this.deploymentResource);
    addManifestTransform(this.deployment, props.transform?.deployment);
    addManifestTransform(this.configMap, props.transform?.catalogConfigMaps);
    // cdk8s-plus-28 has no PodDisruptionBudget construct.
    this.podDisruptionBudget = new TransformableApiObject(this, 'PodDisruptionBudget', {
      ...kplus.k8s.KubePodDisruptionBudget.GVK,
      metadata: { name: this.name, namespace: this.namespace, labels: { ...resolved.podLabels } },
      spec: {
        // maxUnavailable, not minAvailable: with 2 replicas both keep one pod up during a drain, but
        // minAvailable 1 would block every drain forever when replicas is set to 1 (or 0).
        maxUnavailable: 1,
        selector: { matchLabels: { ...resolved.selectorLabels } },
        // A crash-looping pod protects nothing; let drains evict it.
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
      },
      transform: props.transform?.podDisruptionBudget,
    });
    this.serviceResource = workerService(this, resolved);
    this.service = ApiObject.of(this.serviceResource);
    addManifestTransform(this.service, props.transform?.service);
    for (const object of [this.serviceAccount, this.configMap, this.deployment, this.podDisruptionBudget, this.service]) {
      object.addDependency(platform.systemNamespaceObject);
    }
    this.deployment.addDependency(this.serviceAccount, this.configMap);
    let synced: readonly CatalogShard[] | undefined;
    this.node.addValidation({
      validate: () => {
        const checked = this.catalog.validate();
        const shards = checked.problems.length === 0 ? checked.sharding.shards : synced;
        if (shards !== synced) syncCatalogShardConfigMaps(this, resolved, shards!, { dependencies: [platform.systemNamespaceObject], deployment: this.deployment, transform: props.transform?.catalogConfigMaps });
        synced = shards;
        return [...checked.problems];
      },
    });
  }

  /** The catalog's ConfigMaps: `catalogConfigMapName` alone until the catalog outgrows one. */
  public catalogShardConfigMapNames(): string[] {
    return this.checkedCatalog().sharding.shards.map((shard) => catalogShardConfigMapName(this.catalogConfigMapName, shard.prefix));
  }

  /**
   * The whole catalog as one document: what the ConfigMap carries while it fits in one, and what
   * the pod template's checksum is of. Throws when it is not what the worker accepts (see
   * `catalogProblems`).
   */
  public catalogJson(): string {
    return this.checkedCatalog().text;
  }

  /**
   * Why the catalog would not load in the worker: its own validator's problems (a trigger's
   * `transform` may have broken an entry) and entries too big for any shard (one ConfigMap). cdk8s
   * runs this before it writes anything, so synth fails rather than the worker.
   */
  public catalogProblems(): string[] {
    return [...this.catalog.check().problems];
  }

  /** The checked catalog; throws when it is not what the worker accepts. */
  private checkedCatalog() {
    const checked = this.catalog.check();
    if (checked.problems.length > 0) throw new CalvinValidationError(checked.problems.map((p) => `${this.node.path}: ${p}`));
    return checked;
  }
}

/** The objects `transform` can reach (SchedulerWorkerTransforms' keys). */
const TRANSFORMABLE: ReadonlyArray<keyof SchedulerWorkerTransforms> = ['deployment', 'service', 'podDisruptionBudget', 'catalogConfigMaps'];

/** A transform that is not a function, or under a name nothing has, would fail or do nothing at synth. */
function checkTransforms(problems: PropProblems, transform: unknown): void {
  if (transform === undefined) return;
  if (transform === null || typeof transform !== 'object') {
    problems.add('transform', transform, `is not an object of functions (${TRANSFORMABLE.join(', ')})`);
    return;
  }
  for (const [name, fn] of Object.entries(transform)) {
    if (!(TRANSFORMABLE as readonly string[]).includes(name)) problems.add(`transform.${name}`, typeof fn === 'function' ? 'a function' : fn, `is not one of ${TRANSFORMABLE.join(', ')}`);
    else if (fn !== undefined && typeof fn !== 'function') problems.add(`transform.${name}`, fn, 'is not a function');
  }
}

function resolveWorker(problems: PropProblems, worker: SchedulerWorker, props: SchedulerWorkerProps, platform: IPlatformScope): ResolvedWorker {
  problems.check('image', props.image, imageReference);
  checkTransforms(problems, props.transform);
  problems.check('replicas', props.replicas, integerIn(0, 100));
  // Not PORT's own range: the env accepts 0 (a free port, for local runs), a Deployment needs a fixed one.
  problems.check('port', props.port, integerIn(1, 65535));
  problems.check('concurrency', props.concurrency, integerIn(WORKER_RANGES.concurrency.min, WORKER_RANGES.concurrency.max));
  problems.check('queueName', props.queueName, queueName);
  problems.check('logLevel', props.logLevel, logLevel);
  const { requests, limits } = resolveResources(problems, 'resources', props.resources, DEFAULT_RESOURCES);
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
  const s3Given: unknown = props.s3CredentialsSecret;
  checkSecretKeyRef(problems, 's3CredentialsSecret', s3Given === undefined || (s3Given !== null && typeof s3Given === 'object') ? s3 : s3Given,
    { ...inSystemNamespace, keyFields: ['accessKeyIdKey', 'secretAccessKeyKey'] });

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
  const flushIntervalMs = checkDuration(problems, 'metrics.flushInterval', props.metrics?.flushInterval, WORKER_RANGES.flushIntervalMs.min, WORKER_RANGES.flushIntervalMs.max) ?? Number(WORKER_ENV.METRICS_FLUSH_INTERVAL_MS.default);

  const allowList = [`.${platform.appsNamespace}.svc.cluster.local`];
  (props.allowTargets ?? []).forEach((entry, i) => {
    problems.check(`allowTargets[${i}]`, entry, allowListEntry);
    if (!allowList.includes(entry)) allowList.push(entry);
  });

  const gracePeriodMs = checkDuration(problems, 'terminationGracePeriod', props.terminationGracePeriod, 1000, 3_600_000);
  if (gracePeriodMs !== undefined && gracePeriodMs % 1000 !== 0) {
    problems.add('terminationGracePeriod', humanDuration(gracePeriodMs), 'is not a whole number of seconds');
  }
  const shutdownGraceMs = checkDuration(problems, 'shutdownGrace', props.shutdownGrace, WORKER_RANGES.shutdownGraceMs.min, WORKER_RANGES.shutdownGraceMs.max) ?? Number(WORKER_ENV.SHUTDOWN_GRACE_MS.default);
  const terminationGracePeriodSeconds = Math.ceil((gracePeriodMs ?? 30_000) / 1000);
  if (shutdownGraceMs >= terminationGracePeriodSeconds * 1000) {
    problems.add('shutdownGrace', humanDuration(shutdownGraceMs),
      `is not shorter than terminationGracePeriod (${humanDuration(terminationGracePeriodSeconds * 1000)}); the worker needs the rest to flush its metrics before it is killed`);
  }
  checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
  checkMetadataMap(problems, 'labels', props.labels, 'labels');

  const selectorLabels = { 'app.kubernetes.io/name': worker.name };
  const port = props.port ?? Number(WORKER_ENV.PORT.default);
  return {
    name: worker.name,
    namespace: worker.namespace,
    catalogConfigMapName: worker.catalogConfigMapName,
    image: worker.image,
    replicas: worker.replicas,
    port,
    requests,
    limits,
    selectorLabels,
    podLabels: { ...platform.labels, ...props.labels, ...selectorLabels, 'app.kubernetes.io/component': 'trigger-scheduler' },
    imagePullSecrets: props.imagePullSecrets ?? [],
    terminationGracePeriodSeconds,
    env: {
      PORT: String(port),
      QUEUE_NAME: props.queueName ?? WORKER_ENV.QUEUE_NAME.default,
      WORKER_CONCURRENCY: String(props.concurrency ?? WORKER_ENV.WORKER_CONCURRENCY.default),
      LOG_LEVEL: props.logLevel ?? WORKER_ENV.LOG_LEVEL.default,
      SHUTDOWN_GRACE_MS: String(shutdownGraceMs),
      TRIGGERS_FILE: WORKER_ENV.TRIGGERS_FILE.default,
      SECRET_HEADERS_DIR: WORKER_ENV.SECRET_HEADERS_DIR.default,
      TARGET_ALLOW_LIST: allowList.join(','),
      S3_BUCKET: metrics.bucket,
      S3_ENDPOINT: metrics.endpoint,
      S3_REGION: metrics.region,
      METRICS_PREFIX: metrics.prefix,
      METRICS_FLUSH_COUNT: String(metrics.flushCount),
      METRICS_FLUSH_INTERVAL_MS: String(flushIntervalMs),
    } satisfies Record<WorkerPlainEnvName, string>,
    secretEnv: {
      REDIS_URL: redis,
      SIGNING_SECRETS: signing,
      AWS_ACCESS_KEY_ID: { secret: s3.secret, key: s3.accessKeyIdKey },
      AWS_SECRET_ACCESS_KEY: { secret: s3.secret, key: s3.secretAccessKeyKey },
    },
  };
}
