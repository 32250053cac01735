/** How a record sink waits after failed flushes. */
export interface FlushRetryOptions {
  /** First retry delay after a failed flush; doubles up to `maxRetryDelayMs`. @default 1000 */
  readonly retryDelayMs?: number;
  /** @default 60000 */
  readonly maxRetryDelayMs?: number;
}

/**
 * A record sink's next flush: at most one armed at a time, unref'd so that it never keeps the
 * process alive, and the doubling delay after failed flushes. Both sinks (in memory and durable)
 * flush on a count or a timer and back off the same way.
 */
export class FlushTimer {
  private timer: NodeJS.Timeout | undefined;

  public constructor(private readonly flush: () => void, private readonly retry: FlushRetryOptions) {}

  /** Flushes after `delayMs`; a flush already armed stays unless `replace`. */
  public arm(delayMs: number, replace = false): void {
    if (this.timer && !replace) return;
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, delayMs);
    this.timer.unref();
  }

  public disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The wait after `failures` failed flushes in a row. */
  public retryDelay(failures: number): number {
    const base = this.retry.retryDelayMs ?? 1000;
    return Math.min(this.retry.maxRetryDelayMs ?? 60_000, base * 2 ** Math.max(0, failures - 1));
  }
}
