import { Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { fireTimesBetween } from '../contracts/schedule';
import { CatalogTrigger } from '../contracts/trigger-catalog';
import { MAX_RETRY_AFTER_MS } from './backoff';
import { AttemptOutcome, TriggerDispatcher } from './dispatcher';
import { ExecutionRecord } from '../contracts/execution-record';
import { RecordSink } from './record-sink';
import { WorkerMetrics } from './observability';
import { nominalTimeOf, SCHEDULE_LEAD_MS, tickJobId, TickJobData } from './schedulers';

/** A failed attempt that BullMQ should retry; carries the server's Retry-After for the backoff. */
export class RetryableAttemptError extends Error {
  public constructor(message: string, public readonly retryAfterMs?: number) {
    super(message);
    this.name = 'RetryableAttemptError';
  }
}

/** At most this many swallowed ticks are recorded one by one after an outage; the rest are counted. */
const MAX_SWALLOWED_RECORDS = 100;

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
}

/**
 * Runs one attempt of one tick: the BullMQ processor. Holds an early job until its nominal time,
 * records ticks an outage swallowed, refuses to start past the starting deadline or while a
 * `forbid` trigger's previous run is in flight, sends the request and records the attempt. A
 * retryable failure is thrown for BullMQ to retry with the trigger's backoff; a final one is
 * thrown as UnrecoverableError.
 */
export class TriggerRunner {
  public constructor(private readonly options: TriggerRunnerOptions) {}

  public readonly process = async (job: Job<TickJobData>): Promise<void> => {
    const { trigger } = job.data;
    const nominal = nominalTimeOf(job);
    const attempt = job.attemptsMade + 1;
    const jobId = job.id ?? tickJobId(trigger.id, nominal);

    // Built while the job is held, so only the request is left at the nominal time.
    const prepared = await this.options.dispatcher.prepare({ trigger, scheduledAt: nominal, attempt });
    if (attempt === 1) {
      // Only a scheduler's tick has a next tick BullMQ computed from the time it started. Recorded
      // before the wait: at the nominal time only the request itself should be left to do.
      if (job.repeatJobKey) await this.recordSwallowedTicks(trigger, nominal, (job.processedOn ?? Date.now()) + SCHEDULE_LEAD_MS);
      const wait = nominal - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const lateness = Date.now() - nominal;
      this.options.metrics.lateness.observe(Math.max(0, lateness) / 1000);
      if (lateness > trigger.startingDeadlineMs) {
        await this.missed(trigger, jobId, nominal, `started ${lateness} ms after its scheduled time; the starting deadline is ${trigger.startingDeadlineMs} ms`);
        return;
      }
    }
    const lockKey = `${this.options.lockPrefix}:running:${trigger.id}`;
    if (trigger.concurrency === 'forbid') {
      const holder = await this.options.redis.eval(ACQUIRE, 1, lockKey, jobId, String(lockTtlMs(trigger)));
      if (holder !== 1) {
        await this.missed(trigger, jobId, nominal, `the previous run (${String(holder)}) is still in flight and concurrency is forbid`);
        return;
      }
    }

    const startedAt = new Date();
    const outcome = 'kind' in prepared ? prepared : await this.options.dispatcher.send(prepared);
    await this.record(trigger, jobId, nominal, startedAt, attempt, outcome);

    const last = attempt >= trigger.retry.attempts;
    if (outcome.kind === 'success' || outcome.kind === 'final' || last) {
      if (trigger.concurrency === 'forbid') await this.options.redis.eval(RELEASE, 1, lockKey, jobId);
    }
    if (outcome.kind === 'success') return;
    if (outcome.kind === 'final' || last) throw new UnrecoverableError(outcome.error);
    throw new RetryableAttemptError(outcome.error, outcome.retryAfterMs);
  };

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
    await this.options.sink.record({ ...base(trigger, jobId, nominal), timestamp: new Date().toISOString(), status: 'missed', duration_ms: 0, http_status: null, retry_count: 0, error });
    this.options.logger.warn({ trigger: trigger.id, job: jobId, scheduledAt: new Date(nominal).toISOString(), error }, 'trigger tick missed');
  }

  /**
   * BullMQ computes a scheduler's next tick from the time its current job starts, so ticks that
   * fell inside a worker outage never get a job. They are recorded as missed here, bounded.
   */
  private async recordSwallowedTicks(trigger: CatalogTrigger, nominal: number, nextComputedAfter: number): Promise<void> {
    // Ticks are whole seconds apart at least: nothing can fall in less than a second after this one.
    if (nextComputedAfter < nominal + 1000) return;
    const { times, more } = fireTimesBetween(trigger.schedule, trigger.timezone, nominal, nextComputedAfter + 1, MAX_SWALLOWED_RECORDS);
    for (const time of times) await this.missed(trigger, tickJobId(trigger.id, time), time, 'no worker took this tick in time (an outage or a backlog); BullMQ schedules past it');
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

/** Long enough to cover every attempt and pause of one run; a crashed holder frees the trigger after it. */
function lockTtlMs(trigger: CatalogTrigger): number {
  const { attempts, maxDelayMs } = trigger.retry;
  return Math.min(trigger.timeoutMs * attempts + Math.max(maxDelayMs, 0) * (attempts - 1) + 60_000, 2 * MAX_RETRY_AFTER_MS);
}
