import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { durableBatchKey, ExecutionRecord } from '../contracts/execution-record';
import { FlushRetryOptions, FlushTimer } from './flush-timer';
import { ObjectStore, RecordSink } from './record-sink';
import { AppendBatcher } from './append-batcher';
import { RecordStream, StreamEntry } from './record-stream';

export interface DurableRecordSinkOptions extends FlushRetryOptions {
  readonly store: ObjectStore;
  /** Key prefix, e.g. `metrics/`. */
  readonly prefix: string;
  /** How many local appends wake the flusher. A backlog is read up to 10× this a batch. */
  readonly flushCount: number;
  /** The flusher also wakes this often, so no record waits in the stream much longer. */
  readonly flushIntervalMs: number;
  /** Most records the stream keeps while S3 fails; the oldest entries go past it (their records counted). */
  readonly bufferMax: number;
  /** This replica's consumer name in the group. */
  readonly workerId: string;
  /** The stream's key, e.g. `calvin:<queue>:records`. */
  readonly streamKey: string;
  /** How long a batch pends untouched before another replica takes it over. */
  readonly claimIdleMs: number;
}

/** The consumer group every replica's flusher shares. */
export const RECORD_FLUSHER_GROUP = 'flushers';
/** Batches one wake-up writes at most; the next wake-up goes on (every loop is bounded). */
const MAX_BATCHES_PER_CYCLE = 100;
/** A backlog (after an S3 outage, under a burst) is read this many flush counts at a time: fewer PUTs. */
const BACKLOG_FACTOR = 10;
/** Rounds one cycle goes at most when flushes are asked for while it runs (the next wake-up goes on). */
const MAX_ROUNDS_PER_CYCLE = 100;
/** Bounds every batch read: a pending batch is never larger (whatever another replica's settings). */
const MAX_BATCH = 100_000;

/**
 * The durable record sink: `record()` resolves once the record is in a Redis Stream (so a job
 * counts as done only with its record safe from a crash of this process), and a flusher in every
 * replica writes the stream to S3 through one consumer group. A batch is acknowledged (and deleted
 * from the stream) only after its PUTs succeeded; its object keys derive from its entry ids, so a
 * retry, or a replica claiming a dead one's batch, rewrites the same objects. S3 down: records
 * wait in the stream, up to `bufferMax`.
 */
export class DurableRecordSink extends EventEmitter implements RecordSink {
  public readonly durable = true;
  private stream: RecordStream | undefined;
  private appends: AppendBatcher | undefined;
  private cycle: Promise<void> | undefined;
  private again = false;
  private readonly flushTimer: FlushTimer;
  private appendedSinceFlush = 0;
  private lastClaimCheck = 0;
  private failures = 0;
  private closed = false;
  /** Shutdown has begun: every append flushes, and every cycle claims gone replicas' batches. */
  private draining = false;
  private length = 0;
  /** Records per entry in the last read: a read asks for about `flushCount × BACKLOG_FACTOR` records. */
  private recordsPerEntry = 1;
  private readonly writes = new AbortController();
  public droppedTotal = 0;
  public flushFailuresTotal = 0;

  public constructor(private readonly options: DurableRecordSinkOptions) {
    super();
    this.flushTimer = new FlushTimer(() => void this.flush(), options);
  }

  public get size(): number {
    return this.length;
  }

  public attach(redis: Redis): void {
    this.stream = new RecordStream(redis, this.options.streamKey, RECORD_FLUSHER_GROUP, this.options.workerId);
    this.appends = new AppendBatcher(this.stream, this.options.bufferMax);
    // At once, but only what is pending: a restart under the same name finds its own batch, and
    // dead replicas' batches are claimed. New records wait for the count or the interval.
    this.lastClaimCheck = 0;
    this.cycle = this.runCycles(false).finally(() => this.cycleEnded());
  }

  public async record(record: ExecutionRecord): Promise<void> {
    if (!this.appends) throw new Error('the durable record sink has no Redis connection yet (attach() first)');
    this.emit('record', record);
    const { dropped, length } = await this.appends.add(record);
    this.length = length;
    if (dropped > 0) {
      this.droppedTotal += dropped;
      this.emit('dropped', dropped);
    }
    this.appendedSinceFlush++;
    if ((this.draining || this.appendedSinceFlush >= this.options.flushCount) && this.failures === 0) void this.flush();
    else this.arm(this.failures === 0 ? this.options.flushIntervalMs : this.flushTimer.retryDelay(this.failures));
  }

  /**
   * Shutdown has begun (SIGTERM): what the stream holds goes to S3 now, beside the in-flight
   * attempts, and so does each of their records as it comes; close() is left with the last few.
   */
  public drain(): void {
    this.draining = true;
    void this.flush();
  }

  /** Runs one flush cycle (or asks the running one to go round again); never rejects. */
  public flush(): Promise<void> {
    if (!this.stream) return Promise.resolve();
    if (this.cycle) {
      this.again = true;
      return this.cycle;
    }
    this.cycle = this.runCycles(true).finally(() => this.cycleEnded());
    return this.cycle;
  }

  private cycleEnded(): void {
    this.cycle = undefined;
    if (this.closed) return;
    this.arm(this.failures > 0 ? this.flushTimer.retryDelay(this.failures) : Math.min(this.options.flushIntervalMs, this.options.claimIdleMs), true);
  }

  /**
   * Writes what it can until the stream holds nothing this replica could write, or the deadline.
   * A PUT still running at the deadline is aborted: its batch stays pending for another replica.
   */
  public async close(deadlineMs: number): Promise<number> {
    this.closed = true;
    this.flushTimer.disarm();
    // Redis commands wait for a reconnect forever (the worker's connection retries without end):
    // everything here is raced against the deadline, and a PUT is aborted at it.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.writes.abort(new Error('record sink closed at its deadline'));
        resolve();
      }, deadlineMs);
    });
    const until = Date.now() + deadlineMs;
    const bounded = (promise: Promise<unknown>): Promise<unknown> => Promise.race([promise.catch(() => undefined), deadline]);
    try {
      // A cycle that started before the close would not claim gone replicas' batches: a closing one follows it.
      if (this.cycle) await bounded(this.cycle);
      for (let round = 0; round < 1000 && Date.now() < until && !this.writes.signal.aborted; round++) {
        await bounded(this.flush());
        if (this.failures === 0 || this.writes.signal.aborted) break;
        await bounded(new Promise((resolve) => setTimeout(resolve, Math.min(this.flushTimer.retryDelay(this.failures), until - Date.now()))));
      }
      if (!this.writes.signal.aborted && this.stream) {
        await bounded(this.stream.forgetSelf());
        await bounded(this.stream.length().then((length) => {
          this.length = length;
        }));
      }
    } finally {
      clearTimeout(timer);
    }
    return this.length;
  }

  private async runCycles(readNew: boolean): Promise<void> {
    // Bounded; a closing cycle goes round too, so an append that came during it is not left behind.
    for (let round = 0; round < MAX_ROUNDS_PER_CYCLE; round++) {
      this.again = false;
      if (readNew) this.appendedSinceFlush = 0;
      try {
        await this.writeBatches(readNew);
        this.failures = 0;
      } catch (error) {
        this.failures++;
        this.flushFailuresTotal++;
        this.emit('flushFailed', error as Error);
        return;
      }
      // A flush asked for meanwhile goes round once more, new records included.
      readNew = true;
      if (!this.again) return;
    }
  }

  /** Own pending batch first, then a dead replica's, then (if `readNew`) new records; bounded. */
  private async writeBatches(readNew: boolean): Promise<void> {
    const stream = this.stream!;
    await stream.ensureGroup();
    for (let batches = 0; batches < MAX_BATCHES_PER_CYCLE; batches++) {
      let batch = await stream.ownPending(MAX_BATCH);
      // Closing, every gone replica's batch is claimed (one a round): no record of a stopped fleet stays in Redis.
      if (batch.length === 0 && (this.closed || this.draining || Date.now() - this.lastClaimCheck >= this.options.claimIdleMs)) {
        this.lastClaimCheck = Date.now();
        if (await stream.claimOneDeadBatch(this.options.claimIdleMs, MAX_BATCH)) batch = await stream.ownPending(MAX_BATCH);
      }
      if (batch.length === 0 && readNew) batch = await this.readNew(stream);
      if (batch.length === 0) {
        this.length = await stream.length();
        return;
      }
      await this.put(batch);
      this.length = await stream.ack(batch);
    }
  }

  /**
   * New entries, about `flushCount × BACKLOG_FACTOR` records: an entry holds the records of one
   * append call, so the count asked for (in entries) follows the records per entry last read.
   */
  private async readNew(stream: RecordStream): Promise<StreamEntry[]> {
    const records = this.options.flushCount * BACKLOG_FACTOR;
    const entries = await stream.readNew(Math.max(1, Math.min(MAX_BATCH, Math.round(records / this.recordsPerEntry))));
    const read = entries.reduce((sum, entry) => sum + entry.count, 0);
    if (read > 0) this.recordsPerEntry = read / entries.length;
    return entries;
  }

  /** One object per hour partition of the batch; every key from the batch's ids alone. */
  private async put(batch: readonly StreamEntry[]): Promise<void> {
    const ids = batch.map((entry) => entry.id);
    const partitions = new Map<string, { json: string[]; count: number }>();
    for (const entry of batch) {
      // Trimmed past the bound after it was read: already counted as dropped by whoever trimmed it.
      if (entry.partition === undefined || entry.json === undefined) continue;
      const part = partitions.get(entry.partition) ?? partitions.set(entry.partition, { json: [], count: 0 }).get(entry.partition)!;
      // An entry's json is its records joined by commas: the object is the same array as before batches.
      part.json.push(entry.json);
      part.count += entry.count;
    }
    for (const [partition, { json, count }] of partitions) {
      const key = durableBatchKey(this.options.prefix, partition, ids);
      await this.options.store.putJson(key, `[${json.join(',')}]`, this.writes.signal);
      this.emit('flushed', key, count);
    }
  }

  private arm(delayMs: number, replace = false): void {
    if (!this.closed) this.flushTimer.arm(delayMs, replace);
  }
}
