import { Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { fireTimesBetween } from '../contracts/schedule';
import { CatalogTrigger } from '../contracts/trigger-catalog';
import { MAX_RETRY_AFTER_MS } from './backoff';
import { AttemptOutcome, PreparedAttempt, TriggerDispatcher } from './dispatcher';
import { FairShare } from './fair-share';
import { ExecutionRecord } from '../contracts/execution-record';
import { RecordSink } from './record-sink';
import { WorkerMetrics } from './observability';
import { nominalTimeOf, SCHEDULE_LEAD_MS, tickJobId, TickJobData } from './schedulers';
import { HoldGate } from './hold-gate';
import { TickMarkers } from './tick-markers';

/** A failed attempt that BullMQ should retry; carries the server's Retry-After for the backoff. */
export class RetryableAttemptError extends Error {
  public constructor(message: string, public readonly retryAfterMs?: number) {
    super(message);
    this.name = 'RetryableAttemptError';
  }
}

/** At most this many swallowed ticks are recorded one by one after an outage; the rest are counted. */
const MAX_SWALLOWED_RECORDS = 100;
/** How long a request waits on its tick's `sent` marker when Redis is slow; past it, the request leaves anyway. */
const CLAIM_SEND_WAIT_MS = 1000;

// Takes the lock, or keeps it if this tick already holds it (a retry); refreshes the TTL either way.
const ACQUIRE = `local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return v`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export interface TriggerRunnerOptions {
  readonly dispatcher: TriggerDispatcher;
  readonly sink: RecordSink;
  readonly metrics: WorkerMetrics;
  readonly logger: Logger;
  /** For the concurrency: forbid locks. */
  readonly redis: Redis;
  readonly lockPrefix: string;
  /** Enqueues jobs for ticks that have none (schedulers.ts backfillTicks on the worker's queue). */
  readonly backfill: (data: TickJobData, times: readonly number[]) => Promise<void>;
  /** Where held ticks wait for their nominal time. @default a HoldGate with its defaults */
  readonly holdGate?: HoldGate;
  /** Each trigger's and workspace's share of the concurrency. @default no limit */
  readonly fairShare?: FairShare;
}

/** Never settles: the job of an attempt abandoned at shutdown is left locked, to be handed on when its lock expires. */
const ABANDONED = new Promise<never>(() => undefined);

/**
 * Runs one attempt of one tick: the BullMQ processor. Holds an early job until its nominal time,
 * records ticks an outage swallowed, refuses to start past the starting deadline or while a
 * `forbid` trigger's previous run is in flight, sends the request and records the attempt. A
 * retryable failure is thrown for BullMQ to retry with the trigger's backoff; a final one is
 * thrown as UnrecoverableError.
 */
export class TriggerRunner {
  /** Whether each tick was sent or recorded missed (see tick-markers.ts). */
  public readonly markers: TickMarkers;
  private readonly holdGate: HoldGate;
  private abandoned = false;

  public constructor(private readonly options: TriggerRunnerOptions) {
    this.markers = new TickMarkers({ redis: options.redis, prefix: options.lockPrefix });
    this.holdGate = options.holdGate ?? new HoldGate();
  }

  public readonly process = async (job: Job<TickJobData>): Promise<void> => {
    const { trigger } = job.data;
    const nominal = nominalTimeOf(job);
    const attempt = job.attemptsMade + 1;
    const jobId = job.id ?? tickJobId(trigger.id, nominal);
    // Taken again after its holder stopped renewing the lock (a replica that crashed or froze).
    const resumed = attempt === 1 && job.attemptsStarted > 1;
    if (this.abandoned) return ABANDONED;
    const unfair = this.options.fairShare?.refusal(trigger);
    if (unfair) return this.overShare(trigger, jobId, nominal, attempt, unfair);

    // Built while the job is held, so only the request is left at the nominal time.
    const prepared = await this.options.dispatcher.prepare({ trigger, scheduledAt: nominal, attempt });
    let sentBefore = false;
    let claimed = false;
    if (attempt === 1) {
      // Only a scheduler's tick has a next tick BullMQ computed from the time it was taken: now is
      // later than that, so the window covers every skipped tick (and maybe the next job's, which
      // the enqueue leaves alone). Done before the wait: at the nominal time only the request is left.
      if (job.repeatJobKey) await this.handleSwallowedTicks(job.data, nominal, Date.now() + SCHEDULE_LEAD_MS, resumed);
      // A held tick claims its `sent` marker during the hold, not after it: a burst's requests then
      // leave without a Redis round trip each. Dying before the request left is the case a resumed
      // job already covers (it sends again). A `forbid` trigger claims after its lock, as before.
      if (nominal > Date.now() && trigger.concurrency !== 'forbid') {
        if (!(await this.claimSend(trigger, jobId, nominal, resumed))) return;
        claimed = true;
      }
      await this.holdGate.until(nominal);
      if (this.abandoned) return ABANDONED;
      const lateness = Date.now() - nominal;
      this.options.metrics.lateness.observe(Math.max(0, lateness) / 1000);
      if (lateness > trigger.startingDeadlineMs) {
        // Claimed as sent before the hold, so nobody records it missed: it must be sent, late.
        if (claimed) this.options.logger.warn({ trigger: trigger.id, job: jobId, lateness }, 'sending a claimed tick past its starting deadline: the process stalled during the hold');
        else if (!(await this.lateStart(trigger, jobId, nominal, lateness, resumed))) return;
        sentBefore = true;
      }
    }
    const lockKey = `${this.options.lockPrefix}:running:${trigger.id}`;
    if (trigger.concurrency === 'forbid') {
      const holder = await this.options.redis.eval(ACQUIRE, 1, lockKey, jobId, String(lockTtlMs(trigger)));
      if (holder !== 1) {
        await this.missedUnlessSent(trigger, jobId, nominal, `the previous run (${String(holder)}) is still in flight and concurrency is forbid`);
        return;
      }
    }
    if (attempt === 1 && !sentBefore && !claimed && !(await this.claimSend(trigger, jobId, nominal, resumed))) return;

    const startedAt = new Date();
    const outcome = 'kind' in prepared ? prepared : await this.sendFairly(prepared);
    if (this.abandoned) {
      // The grace ended during this attempt: it is recorded (an aborted one as a failure saying so), never
      // retried here, and its job is left locked; another replica sends the tick again with the same ids.
      await this.record(trigger, jobId, nominal, startedAt, attempt, outcome.kind === 'success' ? outcome : { ...outcome, error: `aborted at the end of the shutdown grace (SHUTDOWN_GRACE_MS): ${outcome.error}` }).catch(() => undefined);
      return ABANDONED;
    }
    await this.record(trigger, jobId, nominal, startedAt, attempt, outcome);

    const last = attempt >= trigger.retry.attempts;
    if (outcome.kind === 'success' || outcome.kind === 'final' || last) {
      if (trigger.concurrency === 'forbid') await this.options.redis.eval(RELEASE, 1, lockKey, jobId);
    }
    if (outcome.kind === 'success') {
      this.options.metrics.runs.inc({ outcome: 'success' });
      return;
    }
    if (outcome.kind === 'final' || last) {
      this.options.metrics.runs.inc({ outcome: 'failure' });
      throw new UnrecoverableError(outcome.error);
    }
    throw new RetryableAttemptError(outcome.error, outcome.retryAfterMs);
  };

  /**
   * At the end of the shutdown grace (the dispatcher aborts what is in flight): the attempts still
   * running are recorded (aborted ones as failures) but neither completed nor retried here: their
   * jobs stay locked until the lock expires, when another replica takes them as resumed jobs and
   * sends them again with the same ids. Held ticks not yet sent are simply left.
   */
  public abandon(): void {
    this.abandoned = true;
  }

  private async sendFairly(prepared: PreparedAttempt): Promise<AttemptOutcome> {
    this.options.fairShare?.enter(prepared.trigger);
    try {
      return await this.options.dispatcher.send(prepared);
    } finally {
      this.options.fairShare?.leave(prepared.trigger);
    }
  }

  /** A tick over its trigger's or workspace's share: a first attempt is recorded missed, a retry as a final failure. */
  private async overShare(trigger: CatalogTrigger, jobId: string, nominal: number, attempt: number, error: string): Promise<void> {
    if (attempt === 1) return this.missedUnlessSent(trigger, jobId, nominal, error);
    await this.record(trigger, jobId, nominal, new Date(), attempt, { kind: 'final', httpStatus: null, durationMs: 0, error });
    throw new UnrecoverableError(error);
  }

  /**
   * A first attempt past the starting deadline: missed, unless it was sent already. A job resumed
   * from a replica that stopped and had claimed it is sent again (true), with the same ids, as a
   * redelivery; a tick another job sent (a backfill racing its scheduler's job) is left alone.
   */
  private async lateStart(trigger: CatalogTrigger, jobId: string, nominal: number, lateness: number, resumed: boolean): Promise<boolean> {
    const ttl = tickMarkerTtlMs(trigger);
    if (resumed && Date.now() - nominal >= ttl) {
      // Its marker is gone: whether the stopped holder sent it can no longer be told, so no record.
      this.options.logger.warn({ trigger: trigger.id, job: jobId, scheduledAt: new Date(nominal).toISOString(), lateness }, 'tick outcome unknown: resumed after its marker expired; neither sent nor recorded');
      return false;
    }
    const claim = await this.markers.claimMissed(trigger.id, nominal, ttl);
    if (claim === 'sent' && resumed) {
      this.options.logger.info({ trigger: trigger.id, job: jobId, lateness }, 'resending a tick a stopped replica had claimed (same webhook-id)');
      return true;
    }
    if (claim === 'claimed') await this.missed(trigger, jobId, nominal, `started ${lateness} ms after its scheduled time; the starting deadline is ${trigger.startingDeadlineMs} ms`);
    return false;
  }

  /** Records the tick missed unless some replica sent it (or already recorded it). */
  private async missedUnlessSent(trigger: CatalogTrigger, jobId: string, nominal: number, error: string): Promise<void> {
    if ((await this.markers.claimMissed(trigger.id, nominal, tickMarkerTtlMs(trigger))) === 'claimed') await this.missed(trigger, jobId, nominal, error);
  }

  /**
   * Marks the tick sent before its first request leaves; false when it must not be sent: recorded
   * missed, or sent by another job of the same tick (a resumed job sends again: its stopped holder
   * may have claimed it and died before the request left). A Redis that does not answer in time
   * does not hold the request back: the claim still runs when Redis is back.
   */
  private async claimSend(trigger: CatalogTrigger, jobId: string, nominal: number, resumed: boolean): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), CLAIM_SEND_WAIT_MS);
    });
    try {
      const claim = await Promise.race([this.markers.claimSend(trigger.id, nominal, tickMarkerTtlMs(trigger)), slow]);
      if (claim === 'slow') this.options.logger.warn({ trigger: trigger.id, job: jobId }, 'tick marker not written in time; sending anyway');
      if (claim === 'slow' || claim === 'claimed' || (claim === 'sent' && resumed)) return true;
      this.options.logger.info({ trigger: trigger.id, job: jobId }, claim === 'missed' ? 'tick already recorded missed; not sent' : 'tick already sent by another job; not sent again');
      return false;
    } catch (error) {
      this.options.logger.warn({ trigger: trigger.id, job: jobId, err: (error as Error).message }, 'tick marker not written; sending anyway');
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves once the record is durable (the job counts as done only after). */
  private async record(trigger: CatalogTrigger, jobId: string, nominal: number, startedAt: Date, attempt: number, outcome: AttemptOutcome): Promise<void> {
    const status = outcome.kind === 'success' ? 'success' : 'failure';
    this.options.metrics.executions.inc({ status });
    this.options.metrics.attemptDuration.observe(outcome.durationMs / 1000);
    const record: ExecutionRecord = {
      ...base(trigger, jobId, nominal),
      timestamp: startedAt.toISOString(),
      status,
      duration_ms: outcome.durationMs,
      http_status: outcome.httpStatus,
      retry_count: attempt - 1,
      ...(outcome.kind === 'success' ? {} : { error: outcome.error }),
    };
    await this.options.sink.record(record);
    if (outcome.kind !== 'success') {
      this.options.logger.warn({ trigger: trigger.id, job: jobId, attempt, of: trigger.retry.attempts, httpStatus: outcome.httpStatus, error: outcome.error, retry: outcome.kind === 'retryable' && attempt < trigger.retry.attempts }, 'trigger attempt failed');
    }
  }

  private async missed(trigger: CatalogTrigger, jobId: string, nominal: number, error: string): Promise<void> {
    this.options.metrics.executions.inc({ status: 'missed' });
    this.options.metrics.runs.inc({ outcome: 'missed' });
    await this.options.sink.record({ ...base(trigger, jobId, nominal), timestamp: new Date().toISOString(), status: 'missed', duration_ms: 0, http_status: null, retry_count: 0, error });
    this.options.logger.warn({ trigger: trigger.id, job: jobId, scheduledAt: new Date(nominal).toISOString(), error }, 'trigger tick missed');
  }

  /**
   * BullMQ creates a scheduler's next job when it takes the current one, for the first tick after
   * that moment, so ticks in between get no job: after an outage or a backlog, or when a replica
   * died between taking a job and creating the next (then the chain resumes with the recovered
   * job). Such ticks still within their starting deadline are enqueued; the others are recorded
   * missed, each only if its marker can be claimed as missed. Ticks that did have a job are safe:
   * their job id is taken (the enqueue is a no-op) and a sent one's marker says so.
   */
  private async handleSwallowedTicks(data: TickJobData, nominal: number, nextComputedAfter: number, resumed: boolean): Promise<void> {
    const { trigger } = data;
    // Ticks are whole seconds apart at least: nothing can fall in less than a second after this one.
    if (nextComputedAfter < nominal + 1000) return;
    const { times, more } = fireTimesBetween(trigger.schedule, trigger.timezone, nominal, nextComputedAfter + 1, MAX_SWALLOWED_RECORDS);
    const now = Date.now();
    const ttl = tickMarkerTtlMs(trigger);
    const inTime = times.filter((t) => now - t <= trigger.startingDeadlineMs);
    // After a resumed job, the ticks that follow it may have been sent by their own jobs: a marker
    // older than its lifetime may be gone, so such ticks are left unrecorded rather than guessed.
    const late = times.filter((t) => now - t > trigger.startingDeadlineMs && (!resumed || now - t < ttl));
    const unknown = times.length - inTime.length - late.length;
    if (unknown > 0) this.options.logger.warn({ trigger: trigger.id, ticks: unknown }, 'tick outcome unknown: resumed after the markers of the ticks that followed expired; not recorded');
    let claimed: number[];
    try {
      if (inTime.length > 0) {
        await this.options.backfill(data, inTime);
        this.options.logger.info({ trigger: trigger.id, ticks: inTime.map((t) => new Date(t).toISOString()) }, 'ticks that may have no job enqueued (an existing job id is left alone)');
      }
      claimed = await this.markers.claimMissedMany(trigger.id, late, ttl);
    } catch (error) {
      this.options.logger.warn({ trigger: trigger.id, ticks: times.length, err: (error as Error).message }, 'ticks without a job neither enqueued nor recorded');
      return;
    }
    for (const time of claimed) await this.missed(trigger, tickJobId(trigger.id, time), time, 'no worker took this tick in time (an outage or a backlog); BullMQ schedules past it');
    if (more > 0) this.options.logger.warn({ trigger: trigger.id, more }, 'more swallowed ticks than recorded');
  }
}

function base(trigger: CatalogTrigger, jobId: string, nominal: number): Pick<ExecutionRecord, 'workspace_id' | 'job_id' | 'job_name' | 'trigger_url' | 'trigger_method' | 'scheduled_at'> {
  return {
    workspace_id: trigger.workspace,
    job_id: jobId,
    job_name: trigger.name,
    trigger_url: trigger.url,
    trigger_method: trigger.method,
    scheduled_at: new Date(nominal).toISOString(),
  };
}

/**
 * How long a tick's sent/missed marker lives: past every moment its own job can still claim it
 * (the starting deadline, then every attempt and pause of the run). A job resumed later than this
 * cannot tell whether its stopped holder sent it, and records nothing.
 */
export function tickMarkerTtlMs(trigger: CatalogTrigger): number {
  return trigger.startingDeadlineMs + lockTtlMs(trigger);
}

/** Long enough to cover every attempt and pause of one run; a crashed holder frees the trigger after it. */
function lockTtlMs(trigger: CatalogTrigger): number {
  const { attempts, maxDelayMs } = trigger.retry;
  return Math.min(trigger.timeoutMs * attempts + Math.max(maxDelayMs, 0) * (attempts - 1) + 60_000, 2 * MAX_RETRY_AFTER_MS);
}
