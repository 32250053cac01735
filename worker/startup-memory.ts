import { setFlagsFromString } from 'node:v8';
import type { Logger } from 'pino';

/** V8's `gc` function, present when node runs with `--expose-gc` (the image's CMD does). */
type ExposedGc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * V8's default `--bytecode-old-age` (`node --v8-options`; test/worker/startup-memory.test.ts checks
 * it against the running Node): full collections a function's bytecode survives unexecuted before
 * V8 drops it (recompiled lazily at its next call).
 */
export const V8_BYTECODE_OLD_AGE = 6;

/** What one startup collection released, for the log. */
export interface StartupCollection {
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
 * Gives back the memory the start left behind, once the worker is started. Loading and running the
 * bundle's top level grows V8's young generation to 8 MiB and fills the old one with garbage, and
 * V8 never collects it on its own while the worker idles: its memory reducer sees the start's
 * allocation rate and waits, 8 s at a time (`--trace-memory-reducer`), and nothing is allocated fast
 * enough for a scavenge. One memory-reducing full collection (the kind V8 runs on a low-memory
 * notification: the young generation back to its initial size, old pages compacted and unmapped)
 * takes 50–100 ms once and brings an idle replica's RSS down by ~11 MB (docs/worker-performance.md,
 * "Idle memory"). For that collection only, bytecode is dropped after one unexecuted collection
 * instead of six: the modules' top-level code and what only the start ran (~0.8 MB). Afterwards
 * V8's default applies again, so code that runs once per burst keeps its bytecode between bursts.
 * Without `--expose-gc` (tests, `npm run worker`) it does nothing and returns undefined.
 */
export function releaseStartupMemory(logger: Logger): StartupCollection | undefined {
  const gc = (globalThis as { gc?: ExposedGc }).gc;
  if (typeof gc !== 'function') return undefined;
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
  const collection: StartupCollection = {
    heapMbBefore: mb(before.heapTotal), heapMbAfter: mb(after.heapTotal), rssMbBefore: mb(before.rss), rssMbAfter: mb(after.rss), ms,
  };
  logger.info(collection, 'startup memory released');
  return collection;
}
