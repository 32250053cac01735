/** Waits for the worker's tests: each bounded by a timeout, so a test whose server died fails instead of hanging. */

/** Rejects with `what` if `promise` does not settle within `ms`. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves once `check()` holds, checking now and again each time one of `sources` reports
 * something (a request at a target, a log line): an event-driven wait, bounded by `timeoutMs`.
 */
export function until(check: () => boolean, sources: Array<(wake: () => void) => () => void>, timeoutMs: number, what: string): Promise<void> {
  if (check()) return Promise.resolve();
  const unsubscribe: Array<() => void> = [];
  return within(timeoutMs, new Promise<void>((resolve) => {
    const wake = (): void => {
      if (check()) resolve();
    };
    for (const source of sources) unsubscribe.push(source(wake));
  }), what).finally(() => unsubscribe.forEach((off) => off()));
}
