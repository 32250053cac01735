import type { ExecutionRecord } from '../contracts/execution-record';
import type { RecordStream } from './record-stream';

/**
 * Most records one append call (and so one stream entry) carries: a burst is split, each part one
 * call. Never more than the stream's bound, so one entry alone always fits in it.
 */
const MAX_BATCH = 500;

interface Waiting {
  readonly record: ExecutionRecord;
  resolve(result: { dropped: number; length: number }): void;
  reject(error: Error): void;
}

/**
 * Gathers the records appended in one event-loop turn (the jobs whose answers came in together)
 * into one append call and one stream entry: Redis runs one script, one mark and one XADD for all
 * of them instead of one each, and the flusher reads and deletes one entry (bench:worker, issue 24
 * item 7). Each record() still resolves only once Redis has its record.
 */
export class AppendBatcher {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private readonly maxBatch: number;

  public constructor(private readonly stream: RecordStream, private readonly maxLength: number) {
    this.maxBatch = Math.max(1, Math.min(MAX_BATCH, maxLength));
  }

  /** Resolves once `record` is in the stream; `dropped` counts a batch's trimmed entries once. */
  public add(record: ExecutionRecord): Promise<{ dropped: number; length: number }> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ record, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the I/O callbacks of this turn: every job that finished in it has appended by then.
    setImmediate(() => this.send());
  }

  private send(): void {
    this.scheduled = false;
    const batch = this.waiting.splice(0, this.maxBatch);
    if (this.waiting.length > 0) this.schedule();
    this.stream.append(batch.map((w) => w.record), this.maxLength).then(
      ({ dropped, length }) => batch.forEach((w, i) => w.resolve({ dropped: i === 0 ? dropped : 0, length })),
      (error: Error) => batch.forEach((w) => w.reject(error)),
    );
  }
}
