import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WORKER_ENV, WorkerEnvVar } from 'calvin-runtime/contracts';

/**
 * Where `calvin metrics`' variables come from, said from the worker's environment spec (one
 * definition: WORKER_ENV): the PlatformStack prop or Secret key that sets each in the worker, so a
 * person knows what to copy into their shell.
 */
export const METRICS_ENV_NAMES = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_FORCE_PATH_STYLE', 'METRICS_PREFIX', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;
type MetricsEnvName = typeof METRICS_ENV_NAMES[number];

/** `the worker's Secret calvin-spaces, key access-key-id` or `PlatformStackProps.worker.metrics.bucket, default "…"`. */
export function envSource(name: MetricsEnvName): string {
  const spec: WorkerEnvVar = WORKER_ENV[name];
  if (spec.secret) return `in the worker: Secret ${spec.secret.secret}, key ${spec.secret.key} (system namespace; PlatformStackProps.worker.${spec.prop})`;
  const fallback = spec.platformDefault ?? spec.default;
  const prop = spec.prop ? `PlatformStackProps.worker.${spec.prop}` : undefined;
  const unset = fallback !== undefined ? `default "${fallback}"` : spec.unsetMeans ? `unset: ${spec.unsetMeans.replace(/`/g, '')}` : undefined;
  return ['in the worker:', [prop, unset].filter(Boolean).join(', ')].join(' ');
}

/** The --help section: each variable, what it is and where the worker's value comes from. */
export function metricsEnvHelp(): string {
  const width = Math.max(...METRICS_ENV_NAMES.map((n) => n.length));
  const lines = METRICS_ENV_NAMES.map((name) => `  ${name.padEnd(width)}  ${WORKER_ENV[name].description.replace(/`/g, '')}; ${envSource(name)}`);
  return ['Environment (the worker\'s own S3 settings; set them as the platform sets them for the worker):', ...lines,
    '  The key may also come from AWS_PROFILE or ~/.aws/credentials (the AWS SDK\'s files).'].join('\n');
}

/**
 * Whether the AWS SDK could find credentials without asking the network: the access key pair, a
 * profile, a web identity or container credentials, or a shared credentials/config file. (The
 * instance metadata service is not counted: a laptop or CI machine has none, and the SDK would
 * only fail late with CredentialsProviderError.)
 */
export function credentialsConfigured(env: NodeJS.ProcessEnv): boolean {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_SECRET_ACCESS_KEY) return true; // a half pair is reported by readS3Env
  if (env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) return true;
  const home = env.HOME ?? os.homedir();
  const files = [env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(home, '.aws', 'credentials'), env.AWS_CONFIG_FILE ?? path.join(home, '.aws', 'config')];
  return files.some((file) => fs.existsSync(file));
}
