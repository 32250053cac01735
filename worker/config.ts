import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { readS3Env, S3Settings } from '../contracts/s3-env';
import {
  signingSecretsProblems, splitSigningSecrets, WORKER_ENV, WORKER_ENV_NAMES, WorkerEnvName, WorkerEnvReader, workerEnvVar,
} from '../contracts/worker-env';
import { splitList } from '../contracts/target-allow-list';
import { kubernetesApiUrl } from './kubernetes-secrets';
import { parseAllowList, TargetAllowList } from './target-guard';

/** Everything the worker reads from its environment, validated once at start. */
export interface WorkerConfig {
  readonly redisUrl: string;
  /** PEM CA bundle file for `rediss://` servers whose certificate is not from a public CA. */
  readonly redisTlsCaFile?: string;
  /** Its certificates, read and parsed at start (a missing or non-PEM file is a config problem). */
  readonly redisTlsCa?: Buffer;
  /** TRIGGERS_FILE: a directory of catalog shards (the Deployment's projected volume) or a single catalog file. */
  readonly triggersFile: string;
  readonly secretHeadersDir: string;
  /** Where a tenant's Secrets are read (undefined: unknown; reading one is then an error naming it). */
  readonly kubernetesApi: { readonly url: string | undefined; readonly dir: string };
  readonly queueName: string;
  readonly concurrency: number;
  /** WORKER_TRIGGER_SHARE and WORKER_WORKSPACE_SHARE: percentages of `concurrency`. */
  readonly shares: { readonly triggerPercent: number; readonly workspacePercent: number };
  readonly port: number;
  readonly workerId: string;
  readonly signingSecrets: readonly string[];
  readonly allowList: TargetAllowList;
  /** TARGET_DNS_SERVERS: resolve target names with these servers; empty, the system resolver. */
  readonly dnsServers: readonly string[];
  readonly shutdownGraceMs: number;
  readonly logLevel: string;
  readonly s3: S3Settings;
  readonly metrics: {
    readonly prefix: string;
    readonly flushCount: number;
    readonly flushIntervalMs: number;
    readonly bufferMax: number;
    /** Records go through a Redis stream (a crash loses none) rather than process memory. */
    readonly durable: boolean;
    readonly claimIdleMs: number;
  };
}

/** Thrown when the environment is unusable; `problems` lists every problem, not just the first. */
export class WorkerConfigError extends Error {
  public constructor(public readonly problems: readonly string[]) {
    super(`invalid worker configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'WorkerConfigError';
  }
}

/** The worker's defaults, by variable (from the contract's spec). */
export const WORKER_ENV_DEFAULTS = Object.fromEntries(WORKER_ENV_NAMES.flatMap((name) => {
  const value = workerEnvVar(name).default;
  return value === undefined ? [] : [[name, value]];
})) as { readonly [K in WorkerEnvName as (typeof WORKER_ENV)[K] extends { default: string } ? K : never]: string };

/**
 * Reads and validates the worker's environment by the contract's spec (contracts/worker-env.ts).
 * Secret values (REDIS_URL's password, the S3 secret key, signing secrets) are never echoed in
 * problems. The order of the reads is the order problems are listed in.
 */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const reader = new WorkerEnvReader(env);
  const redisUrl = reader.text('REDIS_URL');
  const s3Env = readS3Env(env, reader);

  const signingSecrets = splitSigningSecrets(env.SIGNING_SECRETS ?? '');
  for (const problem of signingSecretsProblems(signingSecrets)) reader.problem('SIGNING_SECRETS', problem);

  const clusterCidrs = splitList(reader.text('CLUSTER_CIDRS'));
  const allowList = parseAllowList(env.TARGET_ALLOW_LIST ?? '', clusterCidrs);
  for (const problem of allowList.problems) reader.problem('TARGET_ALLOW_LIST', problem);
  const dnsServers = splitList(reader.optional('TARGET_DNS_SERVERS') ?? '');

  const redisTlsCaFile = reader.optional('REDIS_TLS_CA_FILE');
  const logLevel = reader.text('LOG_LEVEL');
  const queueName = reader.text('QUEUE_NAME');
  const config: WorkerConfig = {
    redisUrl,
    redisTlsCaFile,
    redisTlsCa: redisTlsCaFile === undefined ? undefined : readCaFile(reader, redisTlsCaFile),
    triggersFile: reader.text('TRIGGERS_FILE'),
    secretHeadersDir: reader.text('SECRET_HEADERS_DIR'),
    kubernetesApi: { url: kubernetesApiUrl(env, reader.optional('KUBERNETES_API_URL')), dir: reader.text('KUBERNETES_API_DIR') },
    queueName,
    concurrency: reader.integer('WORKER_CONCURRENCY'),
    shares: { triggerPercent: reader.integer('WORKER_TRIGGER_SHARE'), workspacePercent: reader.integer('WORKER_WORKSPACE_SHARE') },
    port: reader.integer('PORT'),
    workerId: reader.optional('WORKER_ID') ?? hostname(),
    signingSecrets,
    allowList: allowList.list,
    dnsServers,
    shutdownGraceMs: reader.integer('SHUTDOWN_GRACE_MS'),
    logLevel,
    s3: s3Env.s3,
    metrics: {
      prefix: s3Env.prefix,
      flushCount: reader.integer('METRICS_FLUSH_COUNT'),
      flushIntervalMs: reader.integer('METRICS_FLUSH_INTERVAL_MS'),
      bufferMax: reader.integer('METRICS_BUFFER_MAX'),
      durable: reader.text('METRICS_DURABLE').toLowerCase() === 'true',
      claimIdleMs: reader.integer('METRICS_CLAIM_IDLE_MS'),
    },
  };
  if (reader.problems.length > 0) throw new WorkerConfigError(reader.problems.map((p) => `${p.name}: ${p.message}`));
  return config;
}

/**
 * REDIS_TLS_CA_FILE read and parsed like the other settings: a missing file, or one holding no
 * PEM certificate or a broken one, is a problem (exit 78), named without the file's contents.
 */
function readCaFile(reader: WorkerEnvReader, file: string): Buffer | undefined {
  let pem: Buffer;
  try {
    pem = readFileSync(file);
  } catch (error) {
    reader.problem('REDIS_TLS_CA_FILE', `${JSON.stringify(file)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a PEM file of CA certificates`);
    return undefined;
  }
  const blocks = pem.toString('latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    reader.problem('REDIS_TLS_CA_FILE', `${JSON.stringify(file)} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    return undefined;
  }
  const broken = blocks.findIndex((block) => {
    try {
      return !new X509Certificate(block);
    } catch {
      return true;
    }
  });
  if (broken >= 0) {
    reader.problem('REDIS_TLS_CA_FILE', `${JSON.stringify(file)}: certificate #${broken + 1} is not a valid X.509 certificate`);
    return undefined;
  }
  return pem;
}
