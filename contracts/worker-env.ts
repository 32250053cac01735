import { bucketName, decimalIn, logLevel, metricsPrefix, queueName, Rule, s3Endpoint, s3Region } from './rules';
import type { SecretKeyRef } from './secret-key-ref';
import { clusterCidrsProblems, DEFAULT_CLUSTER_CIDRS } from './target-allow-list';
import { signingSecretProblem } from './webhook-signature';

/**
 * The worker's environment, declared once: the `SchedulerWorker` construct renders its container
 * env from this (in this order), the worker reads `process.env` with it (worker/config.ts),
 * `calvin metrics` reads the S3 part with it (s3-env.ts), the Pulumi stack creates the Secrets of
 * the `secret` variables, and docs/worker.md's table is generated from it (`npm run generate`).
 */

/** The worker image SchedulerWorker and the Pulumi stack deploy unless told otherwise. */
export const DEFAULT_WORKER_IMAGE = 'registry.digitalocean.com/calvin/scheduler-worker:0.1.0';

/**
 * Where the Deployment mounts the catalog: one projected volume of every shard ConfigMap (a
 * directory mount, so updates reach the pod), read by the worker as one catalog.
 */
export const CATALOG_MOUNT_PATH = '/etc/calvin/catalog';
/** Where the Deployment mounts the Secrets that secret headers read, one folder per Secret. */
export const SECRET_HEADERS_DIR = '/var/run/secrets/calvin/headers';
/**
 * Where the Deployment mounts the worker's ServiceAccount token (`token`) and the cluster's CA
 * (`ca.crt`), only when a trigger reads a Secret of another namespace (a tenant's) through the
 * Kubernetes API.
 */
export const KUBERNETES_API_DIR = '/var/run/secrets/calvin/kubernetes';

export type { SecretKeyRef } from './secret-key-ref';

export interface WorkerEnvVar {
  /** What the variable means (docs/worker.md's table). */
  readonly description: string;
  /** What the worker uses when the variable is unset or blank. */
  readonly default?: string;
  /** docs/worker.md's default column when there is no `default`: why it may be missing, or that it must not. */
  readonly unsetMeans?: string;
  /** Set, the variable is required and this says what is expected (the worker refuses to start without it). */
  readonly required?: string;
  /** Why a value is refused. A `secret` variable's message never includes the value. */
  readonly check?: Rule;
  /** The value as a problem may show it (for values that can carry credentials). */
  readonly display?: (value: string) => string;
  /** The SchedulerWorker sets it from a Secret key: this one unless its props name another. */
  readonly secret?: SecretKeyRef;
  /** The SchedulerWorker sets it from this pod field (downward API). */
  readonly podField?: string;
  /** The SchedulerWorker prop it comes from (docs/worker.md); the Deployment sets the variable. */
  readonly prop?: string;
  /** What SchedulerWorker sets when its prop is unset, where that differs from `default`. */
  readonly platformDefault?: string;
}

const REDIS_URL_FORMAT = 'redis://[user:password@]host:port[/db] or rediss://… for TLS';

/** Problems with a REDIS_URL, without its password. */
const redisUrl: Rule = (v) => {
  let url: URL;
  try {
    url = new URL(String(v));
  } catch {
    return 'is not a URL (expected redis://[user:password@]host:port[/db] or rediss://…)';
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return `scheme "${url.protocol}" is not redis: or rediss:`;
  return url.hostname ? undefined : 'has no host';
};

/**
 * The ranges of the worker's numeric settings, for the env spec below and for the SchedulerWorker
 * props that set them (in milliseconds where the prop is a Duration).
 */
export const WORKER_RANGES = {
  concurrency: { min: 1, max: 5000 },
  sharePercent: { min: 1, max: 100 },
  shutdownGraceMs: { min: 0, max: 600_000 },
  flushCount: { min: 1, max: 100_000 },
  flushIntervalMs: { min: 100, max: 3_600_000 },
  bufferMax: { min: 100, max: 10_000_000 },
  claimIdleMs: { min: 1000, max: 3_600_000 },
} as const;

const inRange = (range: { readonly min: number; readonly max: number }): Rule => decimalIn(range.min, range.max);

/** The variables, in the order the Deployment sets them. */
export const WORKER_ENV = {
  WORKER_ID: {
    description: 'this replica\'s consumer in the records stream\'s group, and part of the in-memory sink\'s object keys; the Deployment sets the pod name', unsetMeans: 'the host name', podField: 'metadata.name',
  },
  PORT: { description: 'health and metrics server; `0` picks a free port', default: '8080', check: decimalIn(0, 65535), prop: 'port' },
  QUEUE_NAME: { description: 'BullMQ queue; platforms sharing one Redis need different names', default: 'calvin-triggers', check: queueName, prop: 'queueName' },
  WORKER_CONCURRENCY: { description: 'jobs in hand per process, 1–5000', default: '200', check: inRange(WORKER_RANGES.concurrency), prop: 'concurrency' },
  WORKER_TRIGGER_SHARE: {
    description: 'the share of `WORKER_CONCURRENCY`, in percent, one trigger\'s requests in flight may hold on a replica (at least one request); '
      + 'a tick over it is recorded `missed`, a retry over it a final failure, so a hung target delays only its own trigger',
    default: '25', check: inRange(WORKER_RANGES.sharePercent), prop: 'triggerShare',
  },
  WORKER_WORKSPACE_SHARE: {
    description: 'the same for all the triggers of one workspace together', default: '50', check: inRange(WORKER_RANGES.sharePercent), prop: 'workspaceShare',
  },
  LOG_LEVEL: { description: '`fatal` … `trace`, `silent`', default: 'info', check: logLevel, prop: 'logLevel' },
  SHUTDOWN_GRACE_MS: { description: 'how long in-flight attempts may finish after SIGTERM; then they are aborted (their ticks left for another replica) and the process exits within a second', default: '25000', check: inRange(WORKER_RANGES.shutdownGraceMs), prop: 'shutdownGrace' },
  TRIGGERS_FILE: {
    description: 'the catalog: a directory of shard files (`triggers.json`, `triggers-<hex>.json`), read as one catalog, or a single catalog file. '
      + 'The directory is watched, and also polled every 2 s, because ConfigMap updates swap a symlink that some watchers miss',
    default: CATALOG_MOUNT_PATH,
    prop: '(the catalog ConfigMaps\' projected mount)',
  },
  SECRET_HEADERS_DIR: { description: '`secretHeaders` values are read from `<dir>/<secret>/<key>`', default: SECRET_HEADERS_DIR, prop: '(the header Secrets\' mounts)' },
  KUBERNETES_API_URL: {
    description: 'the Kubernetes API a secret header with a `namespace` (a tenant\'s Secret) is read from, with the token and CA of `KUBERNETES_API_DIR`',
    unsetMeans: '`https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT` (what the kubelet sets in every pod)',
    check: kubernetesApiUrlProblem,
  },
  KUBERNETES_API_DIR: {
    description: 'folder of the ServiceAccount `token` (read at each request, so a rotated token is used) and the API\'s `ca.crt`',
    default: KUBERNETES_API_DIR,
  },
  TARGET_ALLOW_LIST: {
    description: 'comma-separated IPs, CIDRs, host names or `.suffixes` that may resolve to private addresses ([SSRF guard](#what-happens-on-each-tick))',
    unsetMeans: 'none',
    prop: '`.<appsNamespace>.svc.cluster.local` + `allowTargets`',
  },
  CLUSTER_CIDRS: {
    description: 'the cluster\'s Pod and Service CIDRs, comma-separated: the only private addresses an allow-listed host name may resolve to '
      + '(whatever the name, never loopback, link-local or another special-purpose range)',
    default: DEFAULT_CLUSTER_CIDRS.join(','),
    check: (v) => clusterCidrsProblems(String(v))[0],
    prop: 'clusterCidrs',
  },
  TARGET_DNS_SERVERS: {
    description: 'DNS servers (`ip` or `ip:port`, comma-separated) target names are resolved with, instead of the system resolver: for local runs and tests',
    unsetMeans: 'the system resolver',
    check: (v) => (String(v).split(/[\s,]+/).filter(Boolean).every((s) => /^(\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?|\[[0-9a-f:]+\](:\d{1,5})?)$/i.test(s)) ? undefined : 'is not a list of ip or ip:port'),
  },
  S3_BUCKET: {
    description: 'bucket for the metrics', required: 'the bucket metrics are written to', check: bucketName, prop: 'metrics.bucket', platformDefault: 'calvin-runtime-scheduler',
  },
  S3_ENDPOINT: {
    description: 'origin of an S3-compatible service, e.g. `https://fra1.digitaloceanspaces.com`',
    unsetMeans: 'AWS',
    check: s3Endpoint,
    // The endpoint may carry credentials in its userinfo: a problem never repeats them.
    // Userinfo, a query (`?X-Amz-Signature=…`, `?token=…`) or a fragment may carry a credential.
    display: (value) => (/[@?#]/.test(value) ? redactUrl(value) : value),
    prop: 'metrics.endpoint',
    platformDefault: 'https://fra1.digitaloceanspaces.com',
  },
  S3_REGION: { description: 'Spaces signs with `us-east-1` whatever the datacenter', default: 'us-east-1', check: s3Region, prop: 'metrics.region' },
  S3_FORCE_PATH_STYLE: {
    description: '`true`/`false`', unsetMeans: '`true` when `S3_ENDPOINT` is set',
    check: (v) => (typeof v === 'string' && /^(true|false)$/i.test(v) ? undefined : 'is not true or false'),
  },
  METRICS_PREFIX: { description: 'key prefix; ends with `/`', default: 'metrics/', check: metricsPrefix, prop: 'metrics.prefix' },
  METRICS_FLUSH_COUNT: { description: 'write an object when this many records are buffered…', default: '100', check: inRange(WORKER_RANGES.flushCount), prop: 'metrics.flushCount' },
  METRICS_FLUSH_INTERVAL_MS: {
    description: '…or when the oldest buffered record is this old', default: '60000', check: inRange(WORKER_RANGES.flushIntervalMs), prop: 'metrics.flushInterval',
  },
  METRICS_BUFFER_MAX: {
    description: 'records kept while S3 fails (in the Redis stream, or in memory when `METRICS_DURABLE=false`); older ones past this are dropped, counted and logged',
    default: '100000',
    check: inRange(WORKER_RANGES.bufferMax),
  },
  METRICS_DURABLE: {
    description: '`true`: a job counts as done only once its record is in a Redis stream, flushed to S3 by every replica together '
      + '([execution records](worker-reliability.md#execution-records)); `false`: records wait in the process\'s memory and are lost if it crashes',
    default: 'true',
    check: (v) => (typeof v === 'string' && /^(true|false)$/i.test(v) ? undefined : 'is not true or false'),
  },
  METRICS_CLAIM_IDLE_MS: {
    description: 'how long a replica\'s unacknowledged batch waits before another replica takes it over and writes it (a crashed or stuck flusher)',
    default: '60000',
    check: inRange(WORKER_RANGES.claimIdleMs),
  },
  REDIS_URL: {
    description: '`redis://[user:password@]host:port[/db]`, or `rediss://…` for TLS (DigitalOcean\'s managed Valkey requires it). '
      + 'The Redis must use `maxmemory-policy noeviction` (BullMQ\'s requirement)',
    required: `expected ${REDIS_URL_FORMAT}`,
    check: redisUrl,
    secret: { secret: 'calvin-redis', key: 'url' },
    prop: 'redisUrlSecret',
  },
  REDIS_TLS_CA_FILE: { description: 'PEM file of a private CA for `rediss://` (read and parsed at start)', unsetMeans: 'system CAs' },
  SIGNING_SECRETS: {
    description: 'one `whsec_…` secret, or two separated by a space or comma while rotating. Requests are signed with every secret given. '
      + 'Empty: requests go unsigned and a warning is logged',
    unsetMeans: 'none',
    secret: { secret: 'calvin-trigger-signing', key: 'secrets' },
    prop: 'signingSecret',
  },
  AWS_ACCESS_KEY_ID: {
    description: 'the metrics bucket\'s key; set both or neither', unsetMeans: 'the SDK\'s default chain',
    secret: { secret: 'calvin-spaces', key: 'access-key-id' }, prop: 's3CredentialsSecret.accessKeyIdKey',
  },
  AWS_SECRET_ACCESS_KEY: {
    description: 'the metrics bucket\'s secret key; set both or neither', unsetMeans: 'the SDK\'s default chain',
    secret: { secret: 'calvin-spaces', key: 'secret-access-key' }, prop: 's3CredentialsSecret.secretAccessKeyKey',
  },
} as const satisfies Record<string, WorkerEnvVar>;

export type WorkerEnvName = keyof typeof WORKER_ENV;
/** The variables the Deployment reads from Secret keys (and the Pulumi stack fills). */
export type WorkerSecretEnvName = { [K in WorkerEnvName]: (typeof WORKER_ENV)[K] extends { secret: SecretKeyRef } ? K : never }[WorkerEnvName];
/** The variables the construct sets to plain values from its props. */
export type WorkerPlainEnvName = { [K in WorkerEnvName]: (typeof WORKER_ENV)[K] extends { prop: string } ? ((typeof WORKER_ENV)[K] extends { secret: SecretKeyRef } ? never : K) : never }[WorkerEnvName];

export const WORKER_ENV_NAMES = Object.keys(WORKER_ENV) as WorkerEnvName[];
export const WORKER_SECRET_ENV_NAMES = WORKER_ENV_NAMES.filter((name) => 'secret' in WORKER_ENV[name]) as WorkerSecretEnvName[];

/** The spec of one variable, widened for generic readers. */
export function workerEnvVar(name: WorkerEnvName): WorkerEnvVar {
  return WORKER_ENV[name];
}

/** A Kubernetes container env entry, as the Deployment carries it. */
export type ContainerEnvVar =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly valueFrom: { readonly fieldRef: { readonly fieldPath: string } } }
  | { readonly name: string; readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } } };

/**
 * The container env of the worker Deployment in spec order: pod fields, the plain values given, and
 * a secretKeyRef for every Secret variable. Every variable the construct owns must be given, so a
 * variable added to the spec cannot silently stay out of the manifests.
 */
export function workerContainerEnv(values: Readonly<Record<WorkerPlainEnvName, string>>, secrets: Readonly<Record<WorkerSecretEnvName, SecretKeyRef>>): ContainerEnvVar[] {
  return WORKER_ENV_NAMES.flatMap((name): ContainerEnvVar[] => {
    const spec = workerEnvVar(name);
    if (spec.podField) return [{ name, valueFrom: { fieldRef: { fieldPath: spec.podField } } }];
    if (spec.secret) {
      const ref = secrets[name as WorkerSecretEnvName];
      return [{ name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key } } }];
    }
    if (spec.prop) return [{ name, value: values[name as WorkerPlainEnvName] }];
    return [];
  });
}

/** One problem with a variable; `missing` when it is not set at all (the CLI lists those apart). */
export interface EnvProblem {
  readonly name: string;
  readonly message: string;
  readonly missing: boolean;
}

/**
 * Reads variables by the spec: trimmed, blank as unset, the default applied, the rule checked.
 * Problems collect in `problems` (so every one is reported at once); a refused value reads as its
 * default.
 */
export class WorkerEnvReader {
  public readonly problems: EnvProblem[] = [];

  public constructor(private readonly env: Readonly<Record<string, string | undefined>>) {}

  /** The value, or the default ('' when there is none). */
  public text(name: WorkerEnvName): string {
    const spec = workerEnvVar(name);
    const raw = this.env[name]?.trim();
    if (!raw) {
      if (spec.required) this.problem(name, `is not set (${spec.required})`, true);
      return spec.default ?? '';
    }
    const problem = spec.check?.(raw);
    if (problem === undefined) return raw;
    const shown = spec.display ? spec.display(raw) : raw;
    this.problem(name, spec.secret ? problem : `${JSON.stringify(shown)} ${problem}`);
    return spec.default ?? '';
  }

  /** The value if set, else undefined (for variables whose absence means something). */
  public optional(name: WorkerEnvName): string | undefined {
    return this.env[name]?.trim() ? this.text(name) || undefined : undefined;
  }

  public integer(name: WorkerEnvName): number {
    return Number(this.text(name));
  }

  public problem(name: string, message: string, missing = false): void {
    this.problems.push({ name, message, missing });
  }
}

/** Problems with a SIGNING_SECRETS value (1, or 2 while rotating), never echoing it. */
export function signingSecretsProblems(secrets: readonly string[]): string[] {
  const problems = secrets.length > 2 ? [`has ${secrets.length} secrets; at most 2 (the current one and the next, while rotating)`] : [];
  secrets.forEach((secret, index) => {
    const problem = signingSecretProblem(secret);
    if (problem) problems.push(`secret #${index + 1} ${problem}`);
  });
  return problems;
}

/** SIGNING_SECRETS split: whitespace or commas between secrets. */
export function splitSigningSecrets(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/**
 * Query parameter names whose values are credentials, matched case-insensitively anywhere in the
 * name: ioredis logs in with `?password=`, presigned and SAS URLs carry `X-Amz-Signature`, `sig`,
 * `X-Amz-Credential`, `X-Amz-Security-Token`, and services take `token`, `api_key`, `secret`,
 * `auth`, `session`. A substring match over-redacts now and then (`keyPrefix`), which in a log line
 * costs nothing; `sig` alone is matched as a whole word so that `design` or `signal` stay readable.
 */
const CREDENTIAL_PARAM = /pass|pwd|token|secret|key|auth|credential|session|cookie|signature|(^|[^a-z])sig($|[^a-z])/i;

/**
 * A URL without its credentials, for logs and problems: the password (or a lone user name, which is
 * how many services spell a token), every credential-named query parameter's value, and the
 * fragment (OAuth implicit flows put tokens there). Everything else is kept to tell URLs apart.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    else if (parsed.username) parsed.username = '***';
    const params = [...parsed.searchParams];
    if (params.some(([name]) => CREDENTIAL_PARAM.test(name))) {
      parsed.search = new URLSearchParams(params.map(([name, value]): [string, string] => [name, CREDENTIAL_PARAM.test(name) ? '***' : value])).toString();
    }
    if (parsed.hash) parsed.hash = '***';
    return parsed.toString();
  } catch {
    return '(unparseable)';
  }
}

/**
 * KUBERNETES_API_URL: an https origin, or plain http to this machine only (a `kubectl proxy`, a
 * test's server): the worker sends its ServiceAccount token with every request.
 */
function kubernetesApiUrlProblem(v: unknown): string | undefined {
  const expected = 'is not an https origin (e.g. https://10.245.0.1:443), nor http to loopback (127.0.0.1, ::1, localhost)';
  if (!/^https?:\/\/[^/@?#]+\/?$/.test(String(v))) return expected;
  const url = new URL(String(v));
  if (url.protocol === 'https:') return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host) ? undefined : expected;
}
