import type { Redis } from 'ioredis';

/** The prefix of a queue's runner keys (forbid locks, tick markers) in Redis. */
export function runnerKeyPrefix(queueName: string): string {
  return `calvin:${queueName}`;
}

/**
 * One Redis key per tick (trigger id + nominal time) that says how the tick ended: `sent` (some
 * replica let a request for it leave, or was about to) or `missed` (some replica recorded it as
 * missed). Whoever sets it first wins (`SET NX`), so the two outcomes exclude each other whatever
 * the order of crashes, stalled-job recoveries, retries and restarts: a `missed` record is written
 * only by the one caller that turned an absent marker into `missed`, and a request leaves only
 * after its caller found the marker absent or `sent`.
 */
export const TICK_SENT = 'sent';
export const TICK_MISSED = 'missed';

/** What a claim found: the claim won (`claimed`), or the tick already ended one way or the other. */
export type TickClaim = 'claimed' | typeof TICK_SENT | typeof TICK_MISSED;

export interface TickMarkersOptions {
  readonly redis: Redis;
  /** Key prefix, e.g. `calvin:<queue>`. */
  readonly prefix: string;
}

export class TickMarkers {
  public constructor(private readonly options: TickMarkersOptions) {}

  public key(triggerId: string, nominal: number): string {
    return `${this.options.prefix}:tick:${triggerId}:${nominal}`;
  }

  /**
   * Marks the tick sent unless it is already recorded missed. `sent` back means a replica that
   * stopped had claimed it: the caller sends again, with the same ids (at-least-once).
   */
  public async claimSend(triggerId: string, nominal: number, ttlMs: number): Promise<TickClaim> {
    return this.claim(this.key(triggerId, nominal), TICK_SENT, ttlMs);
  }

  /** Marks the tick missed unless some replica has sent it (or already recorded it missed). */
  public async claimMissed(triggerId: string, nominal: number, ttlMs: number): Promise<TickClaim> {
    return this.claim(this.key(triggerId, nominal), TICK_MISSED, ttlMs);
  }

  /** claimMissed for many ticks in one round trip; the ticks whose claim won, in order. */
  public async claimMissedMany(triggerId: string, nominals: readonly number[], ttlMs: number): Promise<number[]> {
    if (nominals.length === 0) return [];
    const pipeline = this.options.redis.pipeline();
    for (const nominal of nominals) pipeline.call('SET', this.key(triggerId, nominal), TICK_MISSED, 'PX', String(ttlMs), 'NX', 'GET');
    const results = (await pipeline.exec()) ?? [];
    return nominals.filter((_, i) => {
      const [error, previous] = results[i] ?? [new Error('no reply')];
      if (error) throw error;
      return previous === null;
    });
  }

  /** The marker as it stands (tests and logs). */
  public async get(triggerId: string, nominal: number): Promise<string | null> {
    return this.options.redis.get(this.key(triggerId, nominal));
  }

  private async claim(key: string, value: string, ttlMs: number): Promise<TickClaim> {
    // SET NX GET (Redis 7): one round trip that both claims and says who won.
    const previous = await this.options.redis.call('SET', key, value, 'PX', String(ttlMs), 'NX', 'GET') as string | null;
    if (previous === null) return 'claimed';
    return previous === TICK_MISSED ? TICK_MISSED : TICK_SENT;
  }
}
