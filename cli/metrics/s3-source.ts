import { S3Client } from '@aws-sdk/client-s3';
import { readS3Env, s3ClientConfig, S3Settings } from 'calvin-runtime/contracts';
import { CliError, EXIT_PROBLEMS, EXIT_USAGE, MissingEnvError } from '../io';
import { credentialsConfigured, envSource, METRICS_ENV_NAMES } from './s3-env-help';

/** Where the worker's metrics are: the worker's S3 settings and key prefix. */
export type MetricsSource = S3Settings & { readonly prefix: string };

/**
 * The worker's own S3 variables, read by the worker's own rules (readS3Env): what is not set is
 * listed together (exit 2), malformed values ride along so that one run shows all there is to fix.
 */
export function metricsSourceFromEnv(env: NodeJS.ProcessEnv): MetricsSource {
  const { s3, prefix, problems } = readS3Env(env);
  const missing = problems.filter((problem) => problem.missing).map((problem) => ({ name: problem.name, why: withSource(problem.name, problem.message) }));
  // Checked now, not when the SDK fails its first request with CredentialsProviderError.
  if (!credentialsConfigured(env)) {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const) missing.push({ name, why: withSource(name, 'is not set (the metrics bucket\'s key)') });
  }
  const invalid = problems.filter((problem) => !problem.missing).map((problem) => `${problem.name}: ${problem.message}`);
  if (missing.length > 0) {
    const alsoInvalid = invalid.length > 0 ? `invalid:\n  ${invalid.join('\n  ')}\n` : '';
    throw new MissingEnvError(missing, `${alsoInvalid}calvin metrics reads the worker's S3 settings: ${METRICS_ENV_NAMES.join(', ')} (see calvin metrics --help); `
      + 'the key may also come from AWS_PROFILE or ~/.aws/credentials.');
  }
  if (invalid.length > 0) throw new CliError(`invalid environment:\n  ${invalid.join('\n  ')}`, EXIT_USAGE);
  return { ...s3, prefix };
}

/** `<message>; <where the worker's value comes from>` for the variables calvin metrics reads. */
function withSource(name: string, message: string): string {
  return (METRICS_ENV_NAMES as readonly string[]).includes(name) ? `${message}; ${envSource(name as typeof METRICS_ENV_NAMES[number])}` : message;
}

/** The worker's client, with more patience: a reader can wait, and retrying a GET is harmless. */
export function metricsS3Client(source: MetricsSource): S3Client {
  return new S3Client(s3ClientConfig(source, { maxAttempts: 3, requestTimeoutMs: 30_000 }));
}

/** Hints for the S3 error codes a reader meets most; the code itself is always printed too. */
const HINTS: Record<string, string> = {
  NoSuchBucket: 'check S3_BUCKET (and S3_ENDPOINT / S3_REGION)',
  AccessDenied: 'the key needs s3:ListBucket and s3:GetObject on the bucket',
  InvalidAccessKeyId: 'check AWS_ACCESS_KEY_ID',
  SignatureDoesNotMatch: 'check AWS_SECRET_ACCESS_KEY',
  ECONNREFUSED: 'is S3_ENDPOINT reachable?',
  ENOTFOUND: 'is S3_ENDPOINT\'s host name right?',
};

/**
 * `cannot list s3://bucket/prefix: NoSuchBucket The specified bucket does not exist (check …)`.
 * The secret key is cut out of whatever the SDK or the server said, in case one echoes it.
 */
export function s3Failure(action: string, source: MetricsSource, key: string, error: unknown): CliError {
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string }; $metadata?: { httpStatusCode?: number } };
  // After its retries the SDK wraps network errors ("AWS SDK error wrapper for Error: connect ECONNREFUSED …") and drops their code.
  let message = (e?.message ?? String(error)).replace(/^AWS SDK error wrapper for (?:\w*Error: )?/, '');
  const networkCode = e?.code ?? e?.cause?.code ?? /\bE[A-Z]{4,}\b/.exec(message)?.[0];
  const code = e?.name && e.name !== 'Error' ? e.name : networkCode ?? 'Error';
  if (source.secretAccessKey) message = message.split(source.secretAccessKey).join('***');
  const status = e?.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  const hint = HINTS[code] ?? HINTS[networkCode ?? ''];
  return new CliError(`cannot ${action} s3://${source.bucket}/${key}: ${code}${status} ${message}${hint ? ` — ${hint}` : ''}`, EXIT_PROBLEMS);
}
