import { setFlagsFromString } from 'node:v8';
import type { Logger } from 'pino';
import { processGc, V8Gc } from './v8-gc';


/**
 * V8's default `--bytecode-old-age` (`node --v8-options`; test/worker/unit-idle-memory.test.ts checks
 * it against the running Node): full collections a function's bytecode survives unexecuted before
 * V8 drops it (recompiled lazily at its next call).
 */
export const V8_BYTECODE_OLD_AGE = 6;

/** What one memory-reducing collection released, for the log. */
export interface MemoryCollection {
  /** V8 heap pages held before and after, MiB. */
  readonly heapMbBefore: number;
  readonly heapMbAfter: number;
  /** Resident set size before and after, MiB. */
  readonly rssMbBefore: number;
  readonly rssMbAfter: number;
  /** Main thread time the collection took, ms. */
  readonly ms: number;
}

const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * One memory-reducing full collection (the kind V8 runs on a low-memory notification: the young
 * generation back to its initial size, old pages compacted and unmapped). For that collection only,
 * bytecode is dropped after one unexecuted collection instead of six (what only the start, or only
 * a past load, ran); afterwards V8's default applies again, so code that runs once per burst keeps
 * its bytecode between bursts.
 */
function collect(gc: V8Gc): MemoryCollection {
  const before = process.memoryUsage();
  const started = performance.now();
  setFlagsFromString('--bytecode-old-age=1');
  try {
    gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } finally {
    setFlagsFromString(`--bytecode-old-age=${V8_BYTECODE_OLD_AGE}`);
  }
  const ms = Math.round(performance.now() - started);
  const after = process.memoryUsage();
  return { heapMbBefore: mb(before.heapTotal), heapMbAfter: mb(after.heapTotal), rssMbBefore: mb(before.rss), rssMbAfter: mb(after.rss), ms };
}

/**
 * Gives back the memory the start left behind, once the worker is started. Loading and running the
 * bundle's top level grows V8's young generation to 8 MiB and fills the old one with garbage, and
 * V8 never collects it on its own while the worker idles: its memory reducer sees the start's
 * allocation rate and waits, 8 s at a time (`--trace-memory-reducer`), and nothing is allocated fast
 * enough for a scavenge. The collection takes 50–100 ms once and brings an idle replica's RSS down by
 * ~15 MB (docs/worker-performance.md, "Idle memory"). Without `--expose-gc` (tests, `npm run
 * worker`) it does nothing and returns undefined.
 */
export function releaseStartupMemory(logger: Logger): MemoryCollection | undefined {
  const gc = processGc();
  if (!gc) return undefined;
  const collection = collect(gc);
  logger.info(collection, 'startup memory released');
  return collection;
}

/** When {@link compactWhenIdle} collects. */
export interface IdleCompactionOptions {
  /**
   * How often the event loop's utilization is sampled, ms.
   * @default 10_000
   */
  readonly intervalMs?: number;
  /**
   * Utilization of the last interval (0–1) under which the worker counts as idle. An idle worker
   * measured 0.2–0.4%; one firing 500 ticks a second, 50–60%.
   * @default 0.01
   */
  readonly maxUtilization?: number;
  /**
   * Growth of V8's heap since the last collection, MiB, that makes one worth its pause.
   * @default 16
   */
  readonly minGrowthMb?: number;
  /**
   * While this says true, no collection starts (the worker holds ticks for their nominal time: one
   * is due within the schedule lead, and a pause of up to a quarter second must not fall on it).
   * @default never
   */
  readonly deferWhile?: () => boolean;
}

/**
 * After load, collects again once the worker is idle. A burst grows V8's young generation up to
 * its 64 MiB semi-spaces and the old one with the burst's garbage, and V8 keeps both while nothing
 * allocates (a replica measured 250–275 MB idle after 15 s of 500 ticks a second). An interval
 * whose event loop was busy less than `maxUtilization`, with the heap grown by `minGrowthMb` since
 * the last collection, gets one memory-reducing collection. Returns the function that stops it;
 * without `--expose-gc` it does nothing.
 */
export function compactWhenIdle(logger: Logger, options: IdleCompactionOptions = {}): () => void {
  const gc = processGc();
  if (!gc) return () => undefined;
  const { intervalMs = 10_000, maxUtilization = 0.01, minGrowthMb = 16, deferWhile = () => false } = options;
  let heapAfterLast = process.memoryUsage().heapTotal;
  let since = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, since);
    since = now;
    if (utilization >= maxUtilization || process.memoryUsage().heapTotal - heapAfterLast < minGrowthMb * 2 ** 20 || deferWhile()) return;
    const collection = collect(gc);
    heapAfterLast = process.memoryUsage().heapTotal;
    // The collection's own pause is not load.
    since = performance.eventLoopUtilization();
    logger.info({ ...collection, utilization: Math.round(utilization * 10_000) / 10_000 }, 'idle memory released');
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
