import { CatalogRetry } from '../../contracts/trigger-catalog';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs } from '../../worker/backoff';

const retry = (overrides: Partial<CatalogRetry> = {}): CatalogRetry => ({ attempts: 10, baseDelayMs: 1000, maxDelayMs: 60_000, jitter: false, ...overrides });

describe('retryDelayMs', () => {
  test('without jitter: exponential from baseDelayMs, capped at maxDelayMs', () => {
    const policy = retry({ maxDelayMs: 10_000 });
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(policy, n))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    // 0 failed attempts is treated as the first delay, never a fraction of it.
    expect(retryDelayMs(policy, 0)).toBe(1000);
  });

  test('other bases double the same way; a zero base never waits', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(retry({ baseDelayMs: 250, maxDelayMs: 800 }), n))).toEqual([250, 500, 800]);
    expect(retryDelayMs(retry({ baseDelayMs: 0, maxDelayMs: 0 }), 5)).toBe(0);
  });

  test('without jitter the random source is not consulted', () => {
    let calls = 0;
    retryDelayMs(retry(), 3, undefined, () => {
      calls++;
      return 0.5;
    });
    expect(calls).toBe(0);
  });

  test('equal jitter: uniform in [delay/2, delay], driven by the injected random', () => {
    const policy = retry({ jitter: true, maxDelayMs: 10_000 });
    expect(retryDelayMs(policy, 1, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(policy, 1, undefined, () => 1)).toBe(1000);
    expect(retryDelayMs(policy, 1, undefined, () => 0.5)).toBe(750);
    expect(retryDelayMs(policy, 3, undefined, () => 0)).toBe(2000);
    expect(retryDelayMs(policy, 3, undefined, () => 1)).toBe(4000);
    // Past the cap, the jitter is around the cap.
    expect(retryDelayMs(policy, 9, undefined, () => 0)).toBe(5000);
    expect(retryDelayMs(policy, 9, undefined, () => 1)).toBe(10_000);
    for (let i = 0; i <= 100; i++) {
      const delay = retryDelayMs(policy, 2, undefined, () => i / 100);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });

  test('Retry-After wins only when it asks for longer', () => {
    const policy = retry();
    expect(retryDelayMs(policy, 1, 5000)).toBe(5000);
    expect(retryDelayMs(policy, 1, 500)).toBe(1000);
    expect(retryDelayMs(policy, 3, 0)).toBe(4000);
    expect(retryDelayMs(retry({ jitter: true }), 1, 3000, () => 0)).toBe(3000);
    expect(retryDelayMs(retry({ jitter: true }), 1, 100, () => 0)).toBe(500);
  });

  test('Retry-After is capped at an hour', () => {
    expect(MAX_RETRY_AFTER_MS).toBe(3_600_000);
    expect(retryDelayMs(retry(), 1, 24 * 3_600_000)).toBe(3_600_000);
    expect(retryDelayMs(retry(), 1, 3_600_001)).toBe(3_600_000);
    expect(retryDelayMs(retry(), 1, 3_599_999)).toBe(3_599_999);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  test('delta-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('86400', now)).toBe(86_400_000);
  });

  test('an HTTP date, as milliseconds from now; a past date is 0', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0);
  });

  test('the first of repeated headers is used', () => {
    expect(parseRetryAfter(['3', '60'], now)).toBe(3000);
  });

  test('absent or garbage is undefined', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter([], now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('in a minute', now)).toBeUndefined();
    expect(parseRetryAfter('10 seconds', now)).toBeUndefined();
  });

  // BUG: anything V8's lenient Date.parse accepts is read as a date, so the malformed delta-seconds
  // "-1" and "1.5" come back as 0 ms instead of undefined ("undefined if absent or bad").
  test('malformed delta-seconds ("-1", "1.5") are bad values, not dates', () => {
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
  });
});
