import { hostname } from 'node:os';
import { signingSecretProblem } from '../constructs/webhook-signature';
import { parseAllowList, TargetAllowList } from './target-guard';

/** Everything the worker reads from its environment, validated once at start. */
export interface WorkerConfig {
  readonly redisUrl: string;
  /** PEM CA bundle file for `rediss://` servers whose certificate is not from a public CA. */
  readonly redisTlsCaFile?: string;
  readonly triggersFile: string;
  readonly secretHeadersDir: string;
  readonly queueName: string;
  readonly concurrency: number;
  readonly port: number;
  readonly workerId: string;
  readonly signingSecrets: readonly string[];
  readonly allowList: TargetAllowList;
  readonly shutdownGraceMs: number;
  readonly logLevel: string;
  readonly s3: {
    readonly bucket: string;
    readonly endpoint?: string;
    readonly region: string;
    readonly forcePathStyle: boolean;
    readonly accessKeyId?: string;
    readonly secretAccessKey?: string;
  };
  readonly metrics: {
    readonly prefix: string;
    readonly flushCount: number;
    readonly flushIntervalMs: number;
    readonly bufferMax: number;
  };
}

/** Thrown when the environment is unusable; `problems` lists every problem, not just the first. */
export class WorkerConfigError extends Error {
  public constructor(public readonly problems: readonly string[]) {
    super(`invalid worker configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'WorkerConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The environment variables the worker reads, with their defaults (README's table is built from this). */
export const WORKER_ENV_DEFAULTS = {
  TRIGGERS_FILE: '/etc/calvin/catalog/triggers.json',
  SECRET_HEADERS_DIR: '/var/run/secrets/calvin/headers',
  QUEUE_NAME: 'calvin-triggers',
  WORKER_CONCURRENCY: '200',
  PORT: '8080',
  S3_REGION: 'us-east-1',
  METRICS_PREFIX: 'metrics/',
  METRICS_FLUSH_COUNT: '100',
  METRICS_FLUSH_INTERVAL_MS: '60000',
  METRICS_BUFFER_MAX: '100000',
  SHUTDOWN_GRACE_MS: '25000',
  LOG_LEVEL: 'info',
} as const;

/**
 * Reads and validates the worker's environment. Secret values (REDIS_URL's password, the S3 secret
 * key, signing secrets) are never echoed in problems.
 */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const problems: string[] = [];
  const read = (name: keyof typeof WORKER_ENV_DEFAULTS): string => (env[name]?.trim() || WORKER_ENV_DEFAULTS[name]);
  const int = (name: keyof typeof WORKER_ENV_DEFAULTS, min: number, max: number): number => {
    const raw = read(name);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name}: "${raw}" is not an integer from ${min} to ${max}`);
      return Number(WORKER_ENV_DEFAULTS[name]);
    }
    return value;
  };

  const redisUrl = env.REDIS_URL?.trim() ?? '';
  if (!redisUrl) problems.push('REDIS_URL: is not set (expected redis://[user:password@]host:port[/db] or rediss://… for TLS)');
  else {
    try {
      const url = new URL(redisUrl);
      if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') problems.push(`REDIS_URL: scheme "${url.protocol}" is not redis: or rediss:`);
      if (!url.hostname) problems.push('REDIS_URL: has no host');
    } catch {
      problems.push('REDIS_URL: is not a URL (expected redis://[user:password@]host:port[/db] or rediss://…)');
    }
  }

  const s3Env = readS3Env(env);
  problems.push(...s3Env.problems.map((problem) => `${problem.name}: ${problem.message}`));

  const signingSecrets = (env.SIGNING_SECRETS ?? '').split(/[\s,]+/).filter(Boolean);
  if (signingSecrets.length > 2) problems.push(`SIGNING_SECRETS: has ${signingSecrets.length} secrets; at most 2 (the current one and the next, while rotating)`);
  signingSecrets.forEach((secret, index) => {
    const problem = signingSecretProblem(secret);
    if (problem) problems.push(`SIGNING_SECRETS: secret #${index + 1} ${problem}`);
  });

  const allowList = parseAllowList(env.TARGET_ALLOW_LIST ?? '');
  problems.push(...allowList.problems.map((p) => `TARGET_ALLOW_LIST: ${p}`));

  const logLevel = read('LOG_LEVEL');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL: "${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);

  const queueName = read('QUEUE_NAME');
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(queueName)) problems.push(`QUEUE_NAME: "${queueName}" is not 1–100 letters, digits, '_', '.' or '-'`);

  const config: WorkerConfig = {
    redisUrl,
    redisTlsCaFile: env.REDIS_TLS_CA_FILE?.trim() || undefined,
    triggersFile: read('TRIGGERS_FILE'),
    secretHeadersDir: read('SECRET_HEADERS_DIR'),
    queueName,
    concurrency: int('WORKER_CONCURRENCY', 1, 5000),
    port: int('PORT', 0, 65535),
    workerId: env.WORKER_ID?.trim() || hostname(),
    signingSecrets,
    allowList: allowList.list,
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 0, 600_000),
    logLevel,
    s3: s3Env.s3,
    metrics: {
      prefix: s3Env.prefix,
      flushCount: int('METRICS_FLUSH_COUNT', 1, 100_000),
      flushIntervalMs: int('METRICS_FLUSH_INTERVAL_MS', 100, 3_600_000),
      bufferMax: int('METRICS_BUFFER_MAX', 100, 10_000_000),
    },
  };
  if (problems.length > 0) throw new WorkerConfigError(problems);
  return config;
}

/** One problem with an S3 variable; `missing` when it is not set at all (the CLI lists those apart). */
export interface S3EnvProblem {
  readonly name: string;
  readonly message: string;
  readonly missing: boolean;
}

/**
 * The S3 part of the worker's environment (bucket, endpoint, region, path style, keys, metrics
 * prefix). `calvin metrics` reads the worker's records with the same variables, through this.
 */
export function readS3Env(env: NodeJS.ProcessEnv): { s3: WorkerConfig['s3']; prefix: string; problems: S3EnvProblem[] } {
  const problems: S3EnvProblem[] = [];
  const problem = (name: string, message: string, missing = false): void => {
    problems.push({ name, message, missing });
  };
  const bucket = env.S3_BUCKET?.trim() ?? '';
  if (!bucket) problem('S3_BUCKET', 'is not set (the bucket metrics are written to)', true);
  else if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problem('S3_BUCKET', `"${bucket}" is not a bucket name (3–63 lowercase letters, digits, '.' and '-')`);
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  // The endpoint may carry credentials in its userinfo: a problem never repeats them.
  if (endpoint && !/^https?:\/\/[^/@]+\/?$/.test(endpoint)) problem('S3_ENDPOINT', `"${endpoint.includes('@') ? redactUrl(endpoint) : endpoint}" is not an http(s) origin such as https://fra1.digitaloceanspaces.com`);
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim() || undefined;
  if (accessKeyId && !secretAccessKey) problem('AWS_SECRET_ACCESS_KEY', 'is not set, but AWS_ACCESS_KEY_ID is (set both or neither)', true);
  if (secretAccessKey && !accessKeyId) problem('AWS_ACCESS_KEY_ID', 'is not set, but AWS_SECRET_ACCESS_KEY is (set both or neither)', true);
  const forcePathStyleRaw = env.S3_FORCE_PATH_STYLE?.trim().toLowerCase();
  if (forcePathStyleRaw && !['true', 'false'].includes(forcePathStyleRaw)) problem('S3_FORCE_PATH_STYLE', `"${env.S3_FORCE_PATH_STYLE}" is not true or false`);
  const prefix = env.METRICS_PREFIX?.trim() || WORKER_ENV_DEFAULTS.METRICS_PREFIX;
  if (prefix.startsWith('/') || (prefix !== '' && !prefix.endsWith('/'))) problem('METRICS_PREFIX', `"${prefix}" must not start with '/' and must end with '/' (e.g. "metrics/")`);
  return {
    s3: {
      bucket,
      endpoint,
      region: env.S3_REGION?.trim() || WORKER_ENV_DEFAULTS.S3_REGION,
      // A custom endpoint (Spaces, MinIO, s3rver) is addressed by path unless told otherwise.
      forcePathStyle: forcePathStyleRaw ? forcePathStyleRaw === 'true' : endpoint !== undefined,
      accessKeyId,
      secretAccessKey,
    },
    prefix,
    problems,
  };
}

/** REDIS_URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable)';
  }
}
