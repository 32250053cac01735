import type { S3Client } from '@aws-sdk/client-s3';
import { s3ClientConfig, S3Settings } from '../contracts/s3-env';
import { ObjectStore } from './record-sink';

type S3Sdk = typeof import('@aws-sdk/client-s3');
let sdk: S3Sdk | undefined;

/**
 * The AWS SDK is loaded at the first write, not at start: it is the largest part of the worker's
 * code after BullMQ and undici (about 1 MB of the bundle and 10 MB of RSS once loaded), and an idle
 * replica never writes. The image's bundle keeps it in a file of its own for the same reason
 * (scripts/bundle-worker.mjs).
 */
function s3Sdk(): S3Sdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sdk ??= require('@aws-sdk/client-s3') as S3Sdk;
  return sdk;
}

/** The record sinks' S3 (DigitalOcean Spaces) writer. */
export class S3ObjectStore implements ObjectStore {
  private client: S3Client | undefined;

  public constructor(private readonly config: S3Settings) {}

  /** Loads the SDK and makes the client now (at the start of a shutdown: the load takes the grace's time, not its tail's). */
  public prepare(): S3Client {
    // The sink retries whole batches with its own backoff; one SDK retry covers a dropped socket.
    this.client ??= createS3Client(this.config, { maxAttempts: 2, requestTimeoutMs: 15_000 });
    return this.client;
  }

  public async putJson(key: string, body: string, signal?: AbortSignal): Promise<void> {
    this.prepare();
    await this.client!.send(new (s3Sdk().PutObjectCommand)({ Bucket: this.config.bucket, Key: key, Body: body, ContentType: 'application/json' }), { abortSignal: signal });
  }

  public destroy(): void {
    this.client?.destroy();
  }
}

/** An S3 client for the worker's settings (the settings themselves are the contract's). */
export function createS3Client(config: S3Settings, options: { readonly maxAttempts: number; readonly requestTimeoutMs: number }): S3Client {
  return new (s3Sdk().S3Client)(s3ClientConfig(config, options));
}
