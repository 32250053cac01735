import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ObjectStore } from './metrics-sink';
import { WorkerConfig } from './config';

/**
 * The metrics sink's S3 (DigitalOcean Spaces) writer. Checksums are computed only when an
 * operation requires them: with the SDK's default (always), uploads to S3-compatible servers
 * (s3rver here, and Spaces at times) were stored with the aws-chunked framing inside the object.
 */
export class S3ObjectStore implements ObjectStore {
  private readonly client: S3Client;

  public constructor(private readonly config: WorkerConfig['s3']) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // The sink retries whole batches with its own backoff; one SDK retry covers a dropped socket.
      maxAttempts: 2,
      // Without throwOnRequestTimeout the SDK only warns, and a silent endpoint holds a flush forever.
      requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
    });
  }

  public async putJson(key: string, body: string, signal?: AbortSignal): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: key, Body: body, ContentType: 'application/json' }), { abortSignal: signal });
  }

  public destroy(): void {
    this.client.destroy();
  }
}
