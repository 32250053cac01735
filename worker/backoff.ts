import { CatalogRetry } from '../constructs/trigger-catalog';

/** A server may ask for at most this long a pause (Retry-After) before we stop honouring it as is. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * The delay before the next attempt after `failedAttempts` failures (1 = after the first attempt):
 * exponential from `baseDelayMs`, capped at `maxDelayMs`, with equal jitter (uniform in
 * [delay/2, delay]) so replicas that failed together do not retry together. A server's Retry-After
 * wins when it asks for longer (up to an hour).
 */
export function retryDelayMs(retry: CatalogRetry, failedAttempts: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  const jittered = retry.jitter ? exponential / 2 + random() * (exponential / 2) : exponential;
  const delay = Math.round(jittered);
  return retryAfterMs === undefined ? delay : Math.max(delay, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP-date; undefined if absent or bad. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
