import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3Settings } from '../contracts/s3-env';
import { ObjectStore } from './metrics-sink';

/**
 * The metrics sink's S3 (DigitalOcean Spaces) writer. Checksums are computed only when an
 * operation requires them: with the SDK's default (always), uploads to S3-compatible servers
 * (s3rver here, and Spaces at times) were stored with the aws-chunked framing inside the object.
 */
export class S3ObjectStore implements ObjectStore {
  private readonly client: S3Client;

  public constructor(private readonly config: S3Settings) {
    // The sink retries whole batches with its own backoff; one SDK retry covers a dropped socket.
    this.client = createS3Client(config, { maxAttempts: 2, requestTimeoutMs: 15_000 });
  }

  public async putJson(key: string, body: string, signal?: AbortSignal): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: key, Body: body, ContentType: 'application/json' }), { abortSignal: signal });
  }

  public destroy(): void {
    this.client.destroy();
  }
}

/**
 * An S3 client for the worker's settings; `calvin metrics` reads with one too. Checksums only when
 * required (see above); request timeouts that throw, since without throwOnRequestTimeout the SDK
 * only warns and a silent endpoint holds a call forever.
 */
export function createS3Client(config: S3Settings, options: { readonly maxAttempts: number; readonly requestTimeoutMs: number }): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.accessKeyId && config.secretAccessKey
      ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
      : undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: options.maxAttempts,
    requestHandler: { requestTimeout: options.requestTimeoutMs, connectionTimeout: 5_000, throwOnRequestTimeout: true },
  });
}
