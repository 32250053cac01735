import { EXECUTION_STATUSES, type ExecutionRecord } from 'calvin-runtime/contracts';
import { BucketLayout, TimeRange } from './range';

/**
 * Exact nearest-rank percentiles from a count per distinct duration: memory grows with the number
 * of distinct millisecond values (a few thousand in practice), never with the number of records.
 */
export class DurationCounts {
  private readonly counts = new Map<number, number>();
  private total = 0;

  public add(durationMs: number): void {
    const key = Math.max(0, Math.round(durationMs));
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total++;
  }

  public get size(): number {
    return this.total;
  }

  /** p50, p95 and max: the ceil(p/100·n)-th smallest duration; null when there is none. */
  public summary(): DurationSummary {
    if (this.total === 0) return { p50: null, p95: null, max: null };
    const sorted = [...this.counts.keys()].sort((a, b) => a - b);
    const nearestRank = (percent: number): number => {
      // Integer arithmetic: 0.95 * n in floating point can land just above an integer and skip a rank.
      const rank = Math.max(1, Math.ceil((percent * this.total) / 100));
      let seen = 0;
      for (const duration of sorted) {
        seen += this.counts.get(duration)!;
        if (seen >= rank) return duration;
      }
      return sorted[sorted.length - 1];
    };
    return { p50: nearestRank(50), p95: nearestRank(95), max: sorted[sorted.length - 1] };
  }
}

export interface DurationSummary {
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
}

export interface LastFailure {
  readonly timestamp: string;
  readonly status: 'failure' | 'missed';
  readonly http_status: number | null;
  readonly retry_count: number;
  readonly error: string | null;
  readonly job_id: string;
  readonly scheduled_at: string | null;
}

/** One trigger's (or the whole workspace's) numbers, as printed by --json. */
export interface ExecutionStats {
  /** First attempts of ticks that ran (retry_count 0, status success or failure). */
  readonly runs: number;
  /** Successful attempts, retries included. */
  readonly ok_attempts: number;
  /** Failed attempts, retries included. */
  readonly failed_attempts: number;
  /** Attempts with retry_count > 0, successful or not. */
  readonly retry_attempts: number;
  readonly missed_ticks: number;
  /**
   * Runs whose final outcome was a success: a run stops at its first successful attempt, so each
   * successful attempt ends one run (a tick that succeeded on its retry is one success).
   */
  readonly succeeded_runs: number;
  /**
   * The headline: succeeded_runs / (runs + missed_ticks), by each run's final outcome (a missed
   * tick counts against it, as in the worker's calvin_trigger_runs_total); null when there was no
   * tick. At the range's start a retry can succeed for a run whose first attempt is outside it:
   * the rate is capped at 1.
   */
  readonly success_rate: number | null;
  /** ok_attempts / (ok_attempts + failed_attempts), every attempt counted; null when there was no attempt. */
  readonly attempt_success_rate: number | null;
  /** Nearest-rank percentiles over every successful and failed attempt. */
  readonly duration_ms: DurationSummary;
  /** The failure or missed tick with the latest timestamp. */
  readonly last_failure: LastFailure | null;
}

export interface TriggerStats extends ExecutionStats {
  readonly trigger: string;
}

export interface SeriesBucket {
  readonly start: string;
  readonly success: number;
  readonly failure: number;
  readonly missed: number;
  /** Over the bucket's successful and failed attempts; null when it has none. */
  readonly duration_ms: DurationSummary;
}

export interface MetricsSeries {
  readonly bucket: string;
  readonly bucket_ms: number;
  readonly buckets: readonly SeriesBucket[];
}

/** A record that passed the shape check, with its timestamp parsed once. */
interface CheckedRecord {
  readonly record: ExecutionRecord;
  readonly timestampMs: number;
}

const STATUSES = new Set<string>(EXECUTION_STATUSES);

/** Only what the numbers depend on is checked; anything else the worker adds later is ignored. */
export function checkRecord(value: unknown): CheckedRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as ExecutionRecord;
  if (typeof record.workspace_id !== 'string' || typeof record.job_name !== 'string' || typeof record.timestamp !== 'string') return undefined;
  if (!STATUSES.has(record.status) || typeof record.duration_ms !== 'number' || !Number.isFinite(record.duration_ms)) return undefined;
  if (typeof record.retry_count !== 'number') return undefined;
  const timestampMs = Date.parse(record.timestamp);
  return Number.isNaN(timestampMs) ? undefined : { record, timestampMs };
}

class StatsAccumulator {
  private runs = 0;
  private ok = 0;
  private failed = 0;
  private retries = 0;
  private missed = 0;
  private readonly durations = new DurationCounts();
  private last: CheckedRecord | undefined;

  public add(checked: CheckedRecord): void {
    const { record } = checked;
    if (record.status === 'missed') this.missed++;
    else {
      if (record.retry_count === 0) this.runs++;
      else this.retries++;
      if (record.status === 'success') this.ok++;
      else this.failed++;
      this.durations.add(record.duration_ms);
    }
    if (record.status !== 'success' && (!this.last || isLater(checked, this.last))) this.last = checked;
  }

  public stats(): ExecutionStats {
    const attempts = this.ok + this.failed;
    const ticks = this.runs + this.missed;
    const last = this.last?.record;
    return {
      runs: this.runs,
      ok_attempts: this.ok,
      failed_attempts: this.failed,
      retry_attempts: this.retries,
      missed_ticks: this.missed,
      succeeded_runs: this.ok,
      success_rate: ticks === 0 ? null : Math.min(1, this.ok / ticks),
      attempt_success_rate: attempts === 0 ? null : this.ok / attempts,
      duration_ms: this.durations.summary(),
      last_failure: last ? {
        timestamp: last.timestamp,
        status: last.status as LastFailure['status'],
        http_status: typeof last.http_status === 'number' ? last.http_status : null,
        retry_count: last.retry_count,
        error: typeof last.error === 'string' ? last.error : null,
        job_id: typeof last.job_id === 'string' ? last.job_id : '',
        scheduled_at: typeof last.scheduled_at === 'string' ? last.scheduled_at : null,
      } : null,
    };
  }
}

/** Objects are read concurrently, in no fixed order: ties are broken on the record so the result is the same every run. */
function isLater(a: CheckedRecord, b: CheckedRecord): boolean {
  if (a.timestampMs !== b.timestampMs) return a.timestampMs > b.timestampMs;
  if (a.record.retry_count !== b.record.retry_count) return a.record.retry_count > b.record.retry_count;
  return `${a.record.job_id}\u0000${a.record.error ?? ''}` > `${b.record.job_id}\u0000${b.record.error ?? ''}`;
}

class BucketAccumulator {
  public success = 0;
  public failure = 0;
  public missed = 0;
  public readonly durations = new DurationCounts();
}

/**
 * Folds records in one at a time and keeps only counts: per trigger, for the workspace, and per
 * time bucket. Records of other workspaces, other triggers or outside the range are counted as
 * read and dropped.
 */
export class MetricsAggregate {
  private readonly triggers = new Map<string, StatsAccumulator>();
  private readonly total = new StatsAccumulator();
  private readonly buckets: BucketAccumulator[];
  public recordsRead = 0;
  public recordsMatched = 0;
  public invalidRecords = 0;

  public constructor(
    private readonly workspace: string,
    private readonly range: TimeRange,
    private readonly layout: BucketLayout,
    private readonly trigger?: string,
  ) {
    this.buckets = Array.from({ length: layout.count }, () => new BucketAccumulator());
  }

  public add(value: unknown): void {
    this.recordsRead++;
    const checked = checkRecord(value);
    if (!checked) {
      this.invalidRecords++;
      return;
    }
    const { record, timestampMs } = checked;
    if (record.workspace_id !== this.workspace || timestampMs < this.range.fromMs || timestampMs >= this.range.toMs) return;
    if (this.trigger !== undefined && record.job_name !== this.trigger) return;
    this.recordsMatched++;
    this.total.add(checked);
    let perTrigger = this.triggers.get(record.job_name);
    if (!perTrigger) this.triggers.set(record.job_name, perTrigger = new StatsAccumulator());
    perTrigger.add(checked);
    const bucket = this.buckets[Math.floor((timestampMs - this.layout.firstMs) / this.layout.widthMs)];
    bucket[record.status]++;
    if (record.status !== 'missed') bucket.durations.add(record.duration_ms);
  }

  public summary(): ExecutionStats {
    return this.total.stats();
  }

  /** Sorted by name, so the table and the chart keep their order between runs. */
  public perTrigger(): TriggerStats[] {
    return [...this.triggers.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([trigger, stats]) => ({ trigger, ...stats.stats() }));
  }

  public series(): MetricsSeries {
    return {
      bucket: this.layout.label,
      bucket_ms: this.layout.widthMs,
      buckets: this.buckets.map((bucket, index) => ({
        start: new Date(this.layout.firstMs + index * this.layout.widthMs).toISOString(),
        success: bucket.success,
        failure: bucket.failure,
        missed: bucket.missed,
        duration_ms: bucket.durations.summary(),
      })),
    };
  }
}
