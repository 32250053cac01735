import { EnvProblem, WorkerEnvReader } from './worker-env';

/** Where the worker's execution records are: the S3 part of its environment. */
export interface S3Settings {
  readonly bucket: string;
  readonly endpoint?: string;
  readonly region: string;
  readonly forcePathStyle: boolean;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
}

/**
 * The S3 part of the worker's environment (bucket, endpoint, region, path style, keys, metrics
 * prefix), read by the worker spec. The worker reads it at start and `calvin metrics` reads the
 * worker's records with the same variables, through this.
 */
export function readS3Env(env: Readonly<Record<string, string | undefined>>, reader = new WorkerEnvReader(env)): { s3: S3Settings; prefix: string; problems: EnvProblem[] } {
  const first = reader.problems.length;
  const bucket = reader.text('S3_BUCKET');
  const endpoint = reader.optional('S3_ENDPOINT');
  const region = reader.text('S3_REGION');
  const accessKeyId = reader.optional('AWS_ACCESS_KEY_ID');
  const secretAccessKey = reader.optional('AWS_SECRET_ACCESS_KEY');
  if (accessKeyId && !secretAccessKey) reader.problem('AWS_SECRET_ACCESS_KEY', 'is not set, but AWS_ACCESS_KEY_ID is (set both or neither)', true);
  if (secretAccessKey && !accessKeyId) reader.problem('AWS_ACCESS_KEY_ID', 'is not set, but AWS_SECRET_ACCESS_KEY is (set both or neither)', true);
  const forcePathStyle = reader.optional('S3_FORCE_PATH_STYLE')?.toLowerCase();
  const prefix = reader.text('METRICS_PREFIX');
  return {
    // A custom endpoint (Spaces, MinIO, s3rver) is addressed by path unless told otherwise.
    s3: { bucket, endpoint, region, forcePathStyle: forcePathStyle ? forcePathStyle === 'true' : endpoint !== undefined, accessKeyId, secretAccessKey },
    prefix,
    problems: reader.problems.slice(first),
  };
}

/**
 * The S3 client settings for `settings`, shared by the worker and `calvin metrics` (each passes it
 * to `new S3Client(…)` of its own SDK copy; contracts/ loads no SDK). Checksums only when an
 * operation requires them: with the SDK's default (always), uploads to S3-compatible servers
 * (s3rver, Spaces at times) were stored with the aws-chunked framing inside the object. Request
 * timeouts throw: without `throwOnRequestTimeout` the SDK only warns and a silent endpoint holds a
 * call forever.
 */
export function s3ClientConfig(settings: S3Settings, options: { readonly maxAttempts: number; readonly requestTimeoutMs: number }) {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey
      ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
      : undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
    maxAttempts: options.maxAttempts,
    requestHandler: { requestTimeout: options.requestTimeoutMs, connectionTimeout: 5_000, throwOnRequestTimeout: true },
  };
}
