import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc` function (the options the worker uses). */
export type V8Gc = (options: { type: 'major' | 'minor'; execution?: 'sync'; flavor?: 'last-resort' }) => void;

/** The process's `gc`, present when node runs with `--expose-gc` (the image's CMD does). */
export function processGc(): V8Gc | undefined {
  const gc = (globalThis as { gc?: V8Gc }).gc;
  return typeof gc === 'function' ? gc : undefined;
}

/**
 * The process's `gc`, else one exposed at run time for a context of its own, with the flag turned
 * off again so that no later context (a test file's) finds a `gc` it did not ask for. Undefined
 * where V8 refuses.
 */
export function processOrExposedGc(): V8Gc | undefined {
  const own = processGc();
  if (own) return own;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as V8Gc | undefined;
    return typeof gc === 'function' ? gc : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
