import { processOrExposedGc } from './v8-gc';

export interface HoldGateOptions {
  /**
   * Runs shortly before a large group of ticks is released, so that the burst of requests that
   * follows does not stop halfway for a garbage collection.
   * @default a young-generation collection (V8's `gc({ type: 'minor' })`), if it can be exposed
   */
  readonly collect?: () => void;
  /** How long before the nominal time the collection runs. @default 150 */
  readonly collectBeforeMs?: number;
  /** The fewest ticks on one nominal time that make a collection worth it. @default 50 */
  readonly collectFrom?: number;
}

interface Group {
  readonly waiters: Array<() => void>;
  readonly timers: NodeJS.Timeout[];
}

/** A collection this close to the release would itself delay the burst: skipped. */
const COLLECT_MIN_LEAD_MS = 40;

/**
 * Where held ticks wait for their nominal time. One timer per nominal time, however many ticks
 * share it (a thousand triggers on the same second are one group), released in the order they
 * arrived, never before the nominal time. Before a large group is released, the young generation
 * is collected: in bench:worker, nearly every burst was followed by one scavenge during the burst
 * (10–80 ms on a loaded 2-core machine), which was the burst's p99.
 */
export class HoldGate {
  private readonly groups = new Map<number, Group>();
  private readonly collect: (() => void) | undefined;
  private readonly collectBeforeMs: number;
  private readonly collectFrom: number;

  public constructor(options: HoldGateOptions = {}) {
    this.collect = 'collect' in options ? options.collect : youngGenerationCollector();
    this.collectBeforeMs = options.collectBeforeMs ?? 150;
    this.collectFrom = options.collectFrom ?? 50;
  }

  /** Nominal times with ticks waiting (tests, metrics). */
  public get pending(): number {
    return this.groups.size;
  }

  /** Resolves at `nominal` (epoch ms), or at once if it has passed. */
  public until(nominal: number): Promise<void> {
    if (nominal <= Date.now()) return Promise.resolve();
    return new Promise((resolve) => {
      let group = this.groups.get(nominal);
      if (!group) {
        group = { waiters: [], timers: [] };
        this.groups.set(nominal, group);
        this.arm(nominal, group);
      }
      group.waiters.push(resolve);
    });
  }

  private arm(nominal: number, group: Group): void {
    const now = Date.now();
    group.timers.push(setTimeout(() => this.releaseWhenDue(nominal), nominal - now));
    const collectIn = nominal - this.collectBeforeMs - now;
    if (this.collect && collectIn > 0) group.timers.push(setTimeout(() => this.collectBefore(nominal, group), collectIn));
  }

  private collectBefore(nominal: number, group: Group): void {
    if (group.waiters.length < this.collectFrom || nominal - Date.now() < COLLECT_MIN_LEAD_MS) return;
    this.collect?.();
  }

  private releaseWhenDue(nominal: number): void {
    // The timer clock can run a millisecond ahead of the wall clock: no request leaves early.
    const early = nominal - Date.now();
    const group = this.groups.get(nominal);
    if (early > 0 && group) {
      group.timers.push(setTimeout(() => this.releaseWhenDue(nominal), early));
      return;
    }
    this.release(nominal);
  }

  private release(nominal: number): void {
    const group = this.groups.get(nominal);
    if (!group) return;
    this.groups.delete(nominal);
    for (const timer of group.timers) clearTimeout(timer);
    for (const resolve of group.waiters) resolve();
  }
}

/** V8's young-generation collection; undefined where V8 refuses to expose `gc`. */
function youngGenerationCollector(): (() => void) | undefined {
  const gc = processOrExposedGc();
  return gc ? () => gc({ type: 'minor' }) : undefined;
}
