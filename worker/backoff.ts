import { CatalogRetry } from '../contracts/trigger-catalog';

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

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const HTTP_DATE = new RegExp([
  `^${DAY}, \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$`, // IMF-fixdate
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT$`, // RFC 850
  `^${DAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$`, // asctime
].join('|'));

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP-date; undefined if absent or bad. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000;
  // Only the three HTTP-date forms: V8's Date.parse would also take "-1" or "1.5" as dates.
  if (!HTTP_DATE.test(text.trim())) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
