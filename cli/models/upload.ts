import * as fs from 'node:fs';
import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, PutObjectCommand, S3Client, UploadPartCommand,
} from '@aws-sdk/client-s3';

/**
 * S3's smallest part (every part but the last) and the size from which lib-storage's Upload, and
 * this, switch to a multipart upload: 5 MiB.
 */
export const MIN_PART_BYTES = 5 * 1024 * 1024;
/** S3 allows at most 10,000 parts: 500 MB fits in 100 parts of 5 MiB. */
const MAX_PARTS = 10_000;

export interface UploadTarget {
  readonly client: S3Client;
  readonly bucket: string;
  readonly key: string;
}

export interface UploadOptions {
  readonly partBytes?: number;
  readonly onProgress?: (sentBytes: number, totalBytes: number) => void;
  readonly signal?: AbortSignal;
}

/** Uploads `file`: one PUT below the part size, else a multipart upload (aborted if any part fails). Resolves to the number of parts. */
export async function uploadFile(target: UploadTarget, file: string, size: number, options: UploadOptions = {}): Promise<number> {
  const partBytes = Math.max(options.partBytes ?? MIN_PART_BYTES, MIN_PART_BYTES, Math.ceil(size / MAX_PARTS));
  const { client, bucket, key } = target;
  if (size < partBytes) {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: fs.readFileSync(file), ContentLength: size }), { abortSignal: options.signal });
    options.onProgress?.(size, size);
    return 1;
  }
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }), { abortSignal: options.signal });
  try {
    const parts: Array<{ ETag: string; PartNumber: number }> = [];
    const fd = fs.openSync(file, 'r');
    try {
      let sent = 0;
      for (let number = 1; sent < size; number++) {
        const length = Math.min(partBytes, size - sent);
        const body = Buffer.alloc(length);
        fs.readSync(fd, body, 0, length, sent);
        const { ETag } = await client.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber: number, Body: body, ContentLength: length }), { abortSignal: options.signal });
        parts.push({ ETag: ETag!, PartNumber: number });
        sent += length;
        options.onProgress?.(sent, size);
      }
    } finally {
      fs.closeSync(fd);
    }
    await client.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }), { abortSignal: options.signal });
    return parts.length;
  } catch (error) {
    // An unfinished upload's parts are billed until aborted.
    await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId })).catch(() => undefined);
    throw error;
  }
}
