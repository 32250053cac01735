/** The SchedulerWorker's props: what a platform sets through `PlatformStackProps.worker`. */
import { Duration } from 'cdk8s';
import { ManifestTransform } from '../core/api-object';
import { propKeys } from '../core/prop-keys';
import { WorkerLogLevel } from '../../contracts/rules';
import { RESOURCE_QUANTITIES_KEYS, ResourceQuantities, SECRET_KEY_REF_KEYS, SecretKeyRef } from '../workload';

/**
 * The Secret with the S3 (Spaces) access key; both keys are read into the worker's AWS_* env.
 * @category Constructs
 */
export interface S3CredentialsSecret {
  /** Secret name, in the system namespace. */
  readonly secret: string;
  /** @default 'access-key-id' */
  readonly accessKeyIdKey?: string;
  /** @default 'secret-access-key' */
  readonly secretAccessKeyKey?: string;
}

/**
 * Where the worker writes its execution records (JSON files, one per flush).
 * @category Constructs
 */
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

/** @category Constructs */
export interface SchedulerWorkerResources {
  /** @default { cpu: '200m', memory: '256Mi' } */
  readonly requests?: ResourceQuantities;
  /** @default { cpu: '500m', memory: '512Mi' } */
  readonly limits?: ResourceQuantities;
}

/**
 * Edits of the final manifests (SST-style escape hatch).
 * @category Constructs
 */
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

/** @category Constructs */
export interface SchedulerWorkerProps {
  /**
   * The worker image; it runs `node lib/worker/main.js` from its WORKDIR (/app) as UID/GID 1000 (the image's `node` user).
   * Required once the platform has a Trigger: no worker image is published for you (synth fails
   * naming `worker.image`). `CalvinPlatform` (calvin-runtime/pulumi) builds the image and sets it.
   * @default none; a platform without Triggers renders the unpublished placeholder 'registry.digitalocean.com/calvin/scheduler-worker:0.1.0'
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
   * The share of `concurrency`, in percent (1–100), that one trigger's requests in flight may hold
   * on a replica (WORKER_TRIGGER_SHARE; at least one request). A tick over it is recorded `missed`,
   * so a trigger whose target hangs cannot starve the others.
   * @default 25
   */
  readonly triggerShare?: number;
  /**
   * The same for all the triggers of one workspace together (WORKER_WORKSPACE_SHARE).
   * @default 50
   */
  readonly workspaceShare?: number;
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
   * The cluster's Pod and Service CIDRs (CLUSTER_CIDRS): an allow-listed host name is called only
   * when it resolves into them (or into a CIDR of `allowTargets`), never to loopback, link-local or
   * another special-purpose address. Set them to your cluster's own ranges (the DOKS cluster's
   * `clusterSubnet` and `serviceSubnet`); left unset under the Pulumi component
   * (`calvin-runtime/pulumi`), they are filled from the cluster it creates.
   * @default ['10.244.0.0/16', '10.245.0.0/16']
   */
  readonly clusterCidrs?: string[];
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

/** The objects `transform` can reach. */
export const SCHEDULER_WORKER_TRANSFORMS_KEYS = propKeys<SchedulerWorkerTransforms>('SchedulerWorkerTransforms', {
  deployment: true, service: true, podDisruptionBudget: true, catalogConfigMaps: true,
});

/** The keys of SchedulerWorkerProps and its parts (an unknown key is refused at synth). */
export const SCHEDULER_WORKER_KEYS = propKeys<SchedulerWorkerProps>('SchedulerWorkerProps', {
  image: true, replicas: true, port: true, concurrency: true, queueName: true, logLevel: true,
  resources: propKeys<SchedulerWorkerResources>('SchedulerWorkerResources', { requests: RESOURCE_QUANTITIES_KEYS, limits: RESOURCE_QUANTITIES_KEYS }),
  redisUrlSecret: SECRET_KEY_REF_KEYS, signingSecret: SECRET_KEY_REF_KEYS,
  s3CredentialsSecret: propKeys<S3CredentialsSecret>('S3CredentialsSecret', { secret: true, accessKeyIdKey: true, secretAccessKeyKey: true }),
  metrics: propKeys<SchedulerWorkerMetrics>('SchedulerWorkerMetrics', {
    bucket: true, endpoint: true, region: true, prefix: true, flushCount: true, flushInterval: true,
  }),
  allowTargets: true, clusterCidrs: true, triggerShare: true, workspaceShare: true, terminationGracePeriod: true, shutdownGrace: true,
  imagePullSecrets: true, labels: true,
  transform: SCHEDULER_WORKER_TRANSFORMS_KEYS,
});
