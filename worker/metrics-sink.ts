import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ExecutionRecord, executionObjectKey, partitionOf } from '../contracts/execution-record';
import { FlushRetryOptions, FlushTimer } from './flush-timer';
import type { ObjectStore, RecordSink } from './record-sink';

export type { ObjectStore, RecordSink } from './record-sink';

export interface MetricsSinkOptions extends FlushRetryOptions {
  readonly store: ObjectStore;
  /** Key prefix, e.g. `metrics/`. */
  readonly prefix: string;
  /** Flush as soon as this many records are buffered. */
  readonly flushCount: number;
  /** ... or when the oldest buffered record is this old. */
  readonly flushIntervalMs: number;
  /** Most records kept while S3 is failing; older ones are dropped past it (and counted). */
  readonly bufferMax: number;
  /** Part of every key, so replicas never collide. */
  readonly workerId: string;
}

/**
 * The in-memory record sink (`METRICS_DURABLE=false`): what it holds is lost with the process.
 * Buffers execution records and writes them to object storage as JSON arrays, one object per UTC
 * hour partition per flush, at `flushCount` records or `flushIntervalMs`, whichever comes first.
 * A failed write keeps its records and retries with backoff; nothing is dropped unless the buffer
 * passes `bufferMax`, and then the drop is counted.
 *
 * Events: `record` (record), `flushed` (key, count), `flushFailed` (error), `dropped` (count).
 */
export class MetricsSink extends EventEmitter implements RecordSink {
  public readonly durable = false;
  private buffer: ExecutionRecord[] = [];
  private flushing: Promise<void> | undefined;
  private readonly flushTimer: FlushTimer;
  private failures = 0;
  private sequence = 0;
  private closed = false;
  private readonly writes = new AbortController();
  /** Records dropped because the buffer was full, since start. */
  public droppedTotal = 0;
  public flushFailuresTotal = 0;

  public constructor(private readonly options: MetricsSinkOptions) {
    super();
    this.flushTimer = new FlushTimer(() => void this.flush(), options);
  }

  public get size(): number {
    return this.buffer.length;
  }

  /** Needs no connection: records stay in this process until flushed. */
  public attach(): void {}

  public record(record: ExecutionRecord): void {
    this.buffer.push(record);
    this.emit('record', record);
    if (this.buffer.length > this.options.bufferMax) {
      const excess = this.buffer.length - this.options.bufferMax;
      this.buffer.splice(0, excess);
      this.droppedTotal += excess;
      this.emit('dropped', excess);
    }
    if (this.closed) return;
    if (this.buffer.length >= this.options.flushCount && this.failures === 0) void this.flush();
    else this.flushTimer.arm(this.failures === 0 ? this.options.flushIntervalMs : this.flushTimer.retryDelay(this.failures));
  }

  /** Shutdown has begun: writes what is buffered now (what comes later waits for close()). */
  public drain(): void {
    void this.flush();
  }

  /** Writes everything buffered now; resolves when the write settles (it does not throw). */
  public flush(): Promise<void> {
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = undefined;
      if (this.closed) return;
      if (this.failures > 0) this.flushTimer.arm(this.flushTimer.retryDelay(this.failures), true);
      else if (this.buffer.length >= this.options.flushCount) void this.flush();
      else if (this.buffer.length > 0) this.flushTimer.arm(this.options.flushIntervalMs);
    });
    return this.flushing;
  }

  /**
   * Final flush for shutdown: keeps retrying until the buffer is empty or `deadlineMs` passes.
   * Resolves to the number of records that could not be written.
   */
  public async close(deadlineMs: number): Promise<number> {
    this.closed = true;
    this.flushTimer.disarm();
    const until = Date.now() + deadlineMs;
    // A write still running at the deadline is aborted; its records count as unwritten.
    const abortAtDeadline = setTimeout(() => this.writes.abort(new Error('metrics sink closed at its deadline')), deadlineMs);
    try {
      while (this.buffer.length > 0 || this.flushing) {
        await this.flush();
        if (this.buffer.length === 0 || this.writes.signal.aborted) break;
        const wait = Math.min(this.flushTimer.retryDelay(this.failures), until - Date.now());
        if (wait <= 0) break;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    } finally {
      clearTimeout(abortAtDeadline);
    }
    return this.buffer.length;
  }


  private async writeAll(): Promise<void> {
    this.flushTimer.disarm();
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0) return;
    const partitions = new Map<string, ExecutionRecord[]>();
    for (const record of batch) {
      const partition = partitionOf(record.timestamp);
      const list = partitions.get(partition) ?? [];
      list.push(record);
      partitions.set(partition, list);
    }
    const unwritten: ExecutionRecord[] = [];
    for (const [partition, records] of partitions) {
      const key = executionObjectKey(this.options.prefix, partition, Date.now(), this.uniqueSuffix());
      try {
        await this.options.store.putJson(key, JSON.stringify(records), this.writes.signal);
        this.emit('flushed', key, records.length);
      } catch (error) {
        unwritten.push(...records);
        this.flushFailuresTotal++;
        this.emit('flushFailed', error as Error);
      }
    }
    if (unwritten.length > 0) {
      this.failures++;
      // Put them back in front of whatever arrived meanwhile, keeping the bound.
      this.buffer = [...unwritten, ...this.buffer];
      const excess = this.buffer.length - this.options.bufferMax;
      if (excess > 0) {
        this.buffer.splice(0, excess);
        this.droppedTotal += excess;
        this.emit('dropped', excess);
      }
    } else {
      this.failures = 0;
    }
  }

  private uniqueSuffix(): string {
    this.sequence = (this.sequence + 1) % 1_000_000;
    const worker = this.options.workerId.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 63);
    return `${worker}-${String(this.sequence).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
  }
}
