import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { s3ClientConfig, S3Settings } from '../contracts/s3-env';
import { ObjectStore } from './record-sink';

/** The record sinks' S3 (DigitalOcean Spaces) writer. */
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

/** An S3 client for the worker's settings (the settings themselves are the contract's). */
export function createS3Client(config: S3Settings, options: { readonly maxAttempts: number; readonly requestTimeoutMs: number }): S3Client {
  return new S3Client(s3ClientConfig(config, options));
}
