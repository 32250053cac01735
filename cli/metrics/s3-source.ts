import { S3Client } from '@aws-sdk/client-s3';
import { WORKER_ENV_DEFAULTS } from '../../worker/config';
import { CliError, EXIT_PROBLEMS, EXIT_USAGE, MissingEnvError } from '../io';

/** Where the worker's metrics are: read from the same environment variables as the worker. */
export interface MetricsSource {
  readonly bucket: string;
  readonly endpoint?: string;
  readonly region: string;
  readonly forcePathStyle: boolean;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly prefix: string;
}

/**
 * The worker's S3 rules (worker/config.ts), minus everything but S3: S3_BUCKET is required,
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY come as a pair, the rest have the worker's defaults.
 * Missing variables are reported together (exit 2); so are malformed ones.
 */
export function metricsSourceFromEnv(env: NodeJS.ProcessEnv): MetricsSource {
  const missing: Array<{ name: string; why: string }> = [];
  const problems: string[] = [];
  const bucket = env.S3_BUCKET?.trim() ?? '';
  if (!bucket) missing.push({ name: 'S3_BUCKET', why: 'the bucket the worker writes its metrics to' });
  else if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problems.push(`S3_BUCKET: "${bucket}" is not a bucket name (3–63 lowercase letters, digits, '.' and '-')`);

  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim() || undefined;
  if (accessKeyId && !secretAccessKey) missing.push({ name: 'AWS_SECRET_ACCESS_KEY', why: 'AWS_ACCESS_KEY_ID is set: set both or neither' });
  if (secretAccessKey && !accessKeyId) missing.push({ name: 'AWS_ACCESS_KEY_ID', why: 'AWS_SECRET_ACCESS_KEY is set: set both or neither' });

  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  // The endpoint may carry credentials in its userinfo; a problem message must not repeat them.
  if (endpoint && !/^https?:\/\/[^/@]+\/?$/.test(endpoint)) {
    problems.push(`S3_ENDPOINT: "${endpoint.includes('@') ? '(redacted)' : endpoint}" is not an http(s) origin such as https://fra1.digitaloceanspaces.com`);
  }
  const forcePathStyleRaw = env.S3_FORCE_PATH_STYLE?.trim().toLowerCase();
  if (forcePathStyleRaw && !['true', 'false'].includes(forcePathStyleRaw)) problems.push(`S3_FORCE_PATH_STYLE: "${env.S3_FORCE_PATH_STYLE}" is not true or false`);
  const prefix = env.METRICS_PREFIX?.trim() || WORKER_ENV_DEFAULTS.METRICS_PREFIX;
  if (prefix.startsWith('/') || (prefix !== '' && !prefix.endsWith('/'))) problems.push(`METRICS_PREFIX: "${prefix}" must not start with '/' and must end with '/' (e.g. "metrics/")`);

  if (missing.length > 0) {
    // Malformed values ride along, so that one run shows everything there is to fix.
    const alsoInvalid = problems.length > 0 ? `invalid:\n  ${problems.join('\n  ')}\n` : '';
    throw new MissingEnvError(missing, `${alsoInvalid}calvin metrics reads the worker's S3 settings: S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, METRICS_PREFIX.`);
  }
  if (problems.length > 0) throw new CliError(`invalid environment:\n  ${problems.join('\n  ')}`, EXIT_USAGE);
  return {
    bucket,
    endpoint,
    region: env.S3_REGION?.trim() || WORKER_ENV_DEFAULTS.S3_REGION,
    // As in the worker: a custom endpoint (Spaces, MinIO, s3rver) is addressed by path unless told otherwise.
    forcePathStyle: forcePathStyleRaw ? forcePathStyleRaw === 'true' : endpoint !== undefined,
    accessKeyId,
    secretAccessKey,
    prefix,
  };
}

/**
 * The worker's client settings (worker/s3-store.ts): checksums only when an operation requires
 * them, which S3-compatible servers need, and request timeouts that throw instead of hanging.
 */
export function metricsS3Client(source: MetricsSource): S3Client {
  return new S3Client({
    region: source.region,
    endpoint: source.endpoint,
    forcePathStyle: source.forcePathStyle,
    credentials: source.accessKeyId && source.secretAccessKey
      ? { accessKeyId: source.accessKeyId, secretAccessKey: source.secretAccessKey }
      : undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    requestHandler: { requestTimeout: 30_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
  });
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
