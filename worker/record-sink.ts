import type { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { ExecutionRecord } from '../contracts/execution-record';

/** Where flushed batches go: S3 in production (s3-store.ts). */
export interface ObjectStore {
  /** Writes one object; `signal` aborts a write still running at the shutdown deadline. */
  putJson(key: string, body: string, signal?: AbortSignal): Promise<void>;
}

/**
 * Where the worker's execution records go on their way to S3. Two implementations: the durable
 * one (record-flusher.ts, the default), where `record()` resolves once the record is in a Redis
 * Stream, and the in-memory one (metrics-sink.ts), where records live in the process until a
 * flush (`METRICS_DURABLE=false`, kept to measure the durable path against).
 *
 * Events: `record` (record), `flushed` (key, count), `flushFailed` (error), `dropped` (count).
 */
export interface RecordSink extends EventEmitter {
  /** Whether a record survives the process once `record()` has resolved. */
  readonly durable: boolean;
  /** Records not yet in S3 (the stream's length for the durable sink, as last seen). */
  readonly size: number;
  /** Gives the sink the worker's Redis connection (the durable sink needs it before `record()`). */
  attach(redis: Redis): void;
  /** Resolves once the record is as safe as this sink makes it (the job counts as done after). */
  record(record: ExecutionRecord): Promise<void> | void;
  /** Writes what can be written now; resolves when that settles (it does not throw). */
  flush(): Promise<void>;
  /** Shutdown has begun: write what there is now and, until close(), each record as it comes. */
  drain(): void;
  /**
   * Last flush for shutdown, bounded by `deadlineMs`. Resolves to the number of records not in S3
   * (lost with the process for the in-memory sink; left in the stream for the durable one).
   */
  close(deadlineMs: number): Promise<number>;
}
