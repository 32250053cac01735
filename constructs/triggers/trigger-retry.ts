/** A Trigger's retries: the props and their check (kept apart so that trigger.ts stays readable; re-exported there). */
import { Duration } from 'cdk8s';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import { propKeys } from '../core/prop-keys';
import { checkDuration, humanDuration, integerIn, PropProblems } from '../core/validation';

const MAX_RETRY_DELAY_MS = 3_600_000;
const DEFAULT_MAX_DELAY_MS = 5 * 60_000;

/**
 * Retries of one tick: exponential backoff, `baseDelay × 2^(n-1)` before attempt n+1, capped.
 * @category Constructs
 */
export interface TriggerRetry {
  /**
   * Attempts in total, the first included (1 means no retry). 1 to 20.
   * @default 3
   */
  readonly attempts?: number;
  /**
   * Delay before the second attempt; doubles for each further attempt. At most 1 hour.
   * @default Duration.seconds(1)
   */
  readonly baseDelay?: Duration;
  /**
   * Longest delay between two attempts. At most 1 hour and at least `baseDelay`.
   * @default Duration.minutes(5), or `baseDelay` if that is longer
   */
  readonly maxDelay?: Duration;
  /**
   * Equal jitter: each delay is drawn uniformly from [delay/2, delay], so that many triggers failing
   * together (a target down) do not retry in lockstep.
   * @default true
   */
  readonly jitter?: boolean;
}

export const TRIGGER_RETRY_KEYS = propKeys<TriggerRetry>('TriggerRetry', { attempts: true, baseDelay: true, maxDelay: true, jitter: true });

/** Checks `retry` into `problems` and resolves its defaults (meaningful only if no problem was added). */
export function resolveRetry(problems: PropProblems, retry: TriggerRetry | undefined): CatalogTrigger['retry'] | undefined {
  if (retry !== undefined && (retry === null || typeof retry !== 'object')) {
    problems.add('retry', retry, 'is not an object ({ attempts?, baseDelay?, maxDelay?, jitter? })');
    return undefined;
  }
  problems.check('retry.attempts', retry?.attempts, integerIn(1, 20));
  if (retry?.jitter !== undefined && typeof retry.jitter !== 'boolean') problems.add('retry.jitter', retry.jitter, 'is not a boolean');
  const before = problems.count;
  const baseDelayMs = checkDuration(problems, 'retry.baseDelay', retry?.baseDelay, 0, MAX_RETRY_DELAY_MS) ?? 1000;
  const maxDelayMs = checkDuration(problems, 'retry.maxDelay', retry?.maxDelay, 0, MAX_RETRY_DELAY_MS)
    ?? Math.max(DEFAULT_MAX_DELAY_MS, baseDelayMs);
  if (problems.count === before && maxDelayMs < baseDelayMs) {
    problems.add('retry.maxDelay', humanDuration(maxDelayMs), `is less than retry.baseDelay (${humanDuration(baseDelayMs)})`);
  }
  return { attempts: retry?.attempts ?? 3, baseDelayMs, maxDelayMs, jitter: retry?.jitter ?? true };
}
