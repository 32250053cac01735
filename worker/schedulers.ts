import { createHash } from 'node:crypto';
import { JobsOptions, Queue, RepeatOptions } from 'bullmq';
import { nextFireTime } from '../contracts/schedule';
import { CatalogTrigger, TriggerCatalog } from '../contracts/trigger-catalog';

/**
 * BullMQ job schedulers, one per enabled trigger, kept in step with the catalog.
 *
 * Precision: each tick's job is due `SCHEDULE_LEAD_MS` before its nominal time, and the runner
 * holds it until the nominal time. BullMQ's delayed-job promotion adds tens of milliseconds, and a
 * thousand triggers due on the same second take a while to pull from Redis; the lead absorbs both,
 * so the HTTP request leaves at the nominal time. Half a second more than a whole second: schedules
 * fire on whole seconds, and a tick's job is taken (and the next one created) at the half second in
 * between, away from the moment a burst of requests leaves.
 */
export const SCHEDULE_LEAD_MS = 1500;

/** What a tick's job carries: the trigger as the catalog had it when the scheduler was written. */
export interface TickJobData {
  readonly trigger: CatalogTrigger;
  /** Hash of `trigger`: tells the reconciler whether a scheduler is current. */
  readonly revision: string;
  /**
   * The nominal time of a tick enqueued by the runner rather than by a scheduler: a tick a broken
   * or delayed chain of scheduler jobs skipped (see backfillTicks).
   */
  readonly nominal?: number;
}

/**
 * BullMQ's repeat strategy (set on both the Queue and the Worker): the next tick after `millis`,
 * moved `SCHEDULE_LEAD_MS` earlier. BullMQ calls it with the previous job's due time, which is
 * itself early by the lead, hence the shift back before asking the cron parser.
 */
export function leadRepeatStrategy(millis: number, opts: RepeatOptions): number | undefined {
  const next = nextFireTime(opts.pattern ?? '', opts.tz ?? 'UTC', millis + SCHEDULE_LEAD_MS);
  return next === undefined ? undefined : next - SCHEDULE_LEAD_MS;
}

/** The nominal time of a tick job (a plain job added by hand fires "now", its creation time). */
export function nominalTimeOf(job: { opts: { prevMillis?: number }; timestamp: number; repeatJobKey?: string; data?: { nominal?: number } }): number {
  if (typeof job.data?.nominal === 'number') return job.data.nominal;
  return job.repeatJobKey && job.opts.prevMillis ? job.opts.prevMillis + SCHEDULE_LEAD_MS : job.timestamp;
}

/**
 * Enqueues one job per tick at `times` (nominal ms), due `SCHEDULE_LEAD_MS` early like a
 * scheduler's, under the id BullMQ gives that tick: a tick that already has a job (waiting,
 * active or kept after completion) is not added again.
 */
export async function backfillTicks(queue: Queue<TickJobData>, trigger: CatalogTrigger, revision: string, times: readonly number[]): Promise<void> {
  if (times.length === 0) return;
  const now = Date.now();
  await queue.addBulk(times.map((nominal) => ({
    name: trigger.id,
    data: { trigger, revision, nominal },
    opts: { ...tickJobOptions(trigger), jobId: tickJobId(trigger.id, nominal), delay: Math.max(0, nominal - SCHEDULE_LEAD_MS - now) },
  })));
}

/** The job id BullMQ gives the tick of `triggerId` at nominal time `at`. */
export function tickJobId(triggerId: string, at: number): string {
  return `repeat:${triggerId}:${at - SCHEDULE_LEAD_MS}`;
}

export function triggerRevision(trigger: CatalogTrigger): string {
  return createHash('sha256').update(JSON.stringify(trigger)).digest('hex').slice(0, 16);
}

export function tickJobOptions(trigger: CatalogTrigger): JobsOptions {
  return {
    attempts: trigger.retry.attempts,
    backoff: { type: 'trigger' },
    // Kept a while, by count and age, so a completed tick's id still exists when a slow replica
    // re-upserts: BullMQ deduplicates ticks by job id.
    removeOnComplete: { age: 3600, count: 10_000 },
    removeOnFail: { age: 24 * 3600, count: 10_000 },
  };
}

/**
 * Scheduler writes in flight at once while reconciling: each is one round trip, and 10,000 of them
 * one after the other kept a new fleet from firing for seconds (the first ticks of a large catalog
 * change came late).
 */
const RECONCILE_CONCURRENCY = 32;

/** Runs `run` over `items`, at most `limit` at a time; rejects with the first failure. */
async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export interface ReconcileResult {
  readonly added: string[];
  readonly updated: string[];
  readonly removed: string[];
  readonly unchanged: number;
}

/**
 * Upserts a scheduler for every enabled trigger whose definition changed and removes schedulers
 * whose trigger is gone or disabled. Safe to run from several replicas at once: scheduler ids are
 * the trigger ids, an upsert of an identical definition is skipped, and each tick's job id is
 * deterministic, so racing replicas converge on one job per tick.
 */
export async function reconcileSchedulers(queue: Queue, catalog: TriggerCatalog): Promise<ReconcileResult> {
  const desired = new Map(catalog.triggers.filter((t) => t.enabled).map((t) => [t.id, t]));
  const existing = new Map((await queue.getJobSchedulers(0, -1, true)).map((s) => [s.key, s]));
  const changed = [...desired].filter(([id, trigger]) => {
    const current = existing.get(id);
    const currentData = current?.template?.data as TickJobData | undefined;
    return !(current && current.pattern === trigger.schedule && current.tz === trigger.timezone && currentData?.revision === triggerRevision(trigger));
  });
  await eachLimited(changed, RECONCILE_CONCURRENCY, async ([id, trigger]) => {
    const data: TickJobData = { trigger, revision: triggerRevision(trigger) };
    await queue.upsertJobScheduler(id, { pattern: trigger.schedule, tz: trigger.timezone }, { name: trigger.id, data, opts: tickJobOptions(trigger) });
  });
  const removed = [...existing.keys()].filter((id) => !desired.has(id));
  await eachLimited(removed, RECONCILE_CONCURRENCY, async (id) => {
    await queue.removeJobScheduler(id);
  });
  return {
    added: changed.filter(([id]) => !existing.has(id)).map(([id]) => id),
    updated: changed.filter(([id]) => existing.has(id)).map(([id]) => id),
    removed,
    unchanged: desired.size - changed.length,
  };
}
