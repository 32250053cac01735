import type { CatalogTrigger } from 'calvin-runtime/contracts';
import { CliError, CliIo } from '../io';
import { checkRecord } from '../metrics/aggregate';
import { DAY_MS, HOUR_MS, hourPartitions } from '../metrics/range';
import { readMetrics } from '../metrics/reader';
import { metricsS3Client, metricsSourceFromEnv } from '../metrics/s3-source';
import { nextFireTimes } from '../schedule-text';

/** One trigger's line in `calvin status`. */
export interface TriggerStatus {
  readonly id: string;
  readonly schedule: string;
  readonly timezone: string;
  readonly enabled: boolean;
  readonly next_fire: string | null;
  /** The latest record's outcome and time, from the worker's records in S3; null when none was read. */
  readonly last_run: { readonly status: string; readonly timestamp: string } | null;
  readonly last_success: string | null;
  /** Enabled, and no success in the last two periods (the records were read). */
  readonly late: boolean;
}

export interface TriggersStatus {
  /** Why the records were not read (no S3_BUCKET, an S3 error); null when they were. */
  readonly records_unread: string | null;
  readonly triggers: readonly TriggerStatus[];
}

/** Longest look back: a daily trigger's two periods, with room; weekly triggers are judged on 8 days. */
const MAX_LOOKBACK_MS = 8 * DAY_MS;

/**
 * Next fire time from the schedule; last run and last success from the execution records the
 * worker writes to S3, by the `calvin metrics` reader: one read over the longest trigger's two
 * periods (at least an hour, at most 8 days), each trigger judged on its own two periods.
 */
export async function triggersStatus(triggers: readonly CatalogTrigger[], io: CliIo, nowMs: number): Promise<TriggersStatus> {
  const periods = new Map(triggers.map((trigger) => [trigger.id, periodOf(trigger, nowMs)]));
  let lastRuns: LastRuns | null = null;
  let unread: string | null = null;
  if (triggers.length > 0 && io.env.S3_BUCKET) {
    const lookback = Math.min(MAX_LOOKBACK_MS, Math.max(HOUR_MS, ...[...periods.values()].map((period) => 2 * period)));
    try {
      lastRuns = await readLastRuns(io, { fromMs: nowMs - lookback, toMs: nowMs });
    } catch (error) {
      unread = error instanceof CliError ? error.message : String(error);
    }
  } else if (triggers.length > 0) {
    unread = 'S3_BUCKET is not set (the worker\'s S3 variables, as for calvin metrics)';
  }
  return {
    records_unread: unread,
    triggers: triggers.map((trigger) => {
      const next = trigger.enabled ? nextFireTimes(trigger.schedule, trigger.timezone, nowMs, 1)[0] : undefined;
      const runs = lastRuns?.of(trigger);
      const lastSuccess = runs?.lastSuccessMs;
      const twoPeriods = 2 * (periods.get(trigger.id) ?? DAY_MS);
      return {
        id: trigger.id,
        schedule: trigger.schedule,
        timezone: trigger.timezone,
        enabled: trigger.enabled,
        next_fire: next === undefined ? null : new Date(next).toISOString(),
        last_run: runs?.last ? { status: runs.last.status, timestamp: new Date(runs.last.ms).toISOString() } : null,
        last_success: lastSuccess === undefined ? null : new Date(lastSuccess).toISOString(),
        late: lastRuns !== null && trigger.enabled && (lastSuccess === undefined || nowMs - lastSuccess > twoPeriods),
      };
    }),
  };
}

/** The gap between the next two fire times. */
function periodOf(trigger: CatalogTrigger, nowMs: number): number {
  const [first, second] = nextFireTimes(trigger.schedule, trigger.timezone, nowMs, 2);
  return first !== undefined && second !== undefined ? second - first : DAY_MS;
}

async function readLastRuns(io: CliIo, range: { fromMs: number; toMs: number }): Promise<LastRuns> {
  const source = metricsSourceFromEnv(io.env);
  const client = metricsS3Client(source);
  const sink = new LastRuns(range);
  try {
    await readMetrics({ client, source, partitions: hourPartitions(range), concurrency: 8, aggregate: sink, signal: io.signal });
  } finally {
    client.destroy();
  }
  return sink;
}

interface Runs {
  last?: { status: string; ms: number };
  lastSuccessMs?: number;
}

/** Folds records into each trigger's latest run and latest success; nothing else is kept. */
class LastRuns {
  public recordsRead = 0;
  private readonly byTrigger = new Map<string, Runs>();

  public constructor(private readonly range: { fromMs: number; toMs: number }) {}

  public add(value: unknown): void {
    this.recordsRead++;
    const checked = checkRecord(value);
    if (!checked || checked.timestampMs < this.range.fromMs || checked.timestampMs >= this.range.toMs) return;
    const { record, timestampMs } = checked;
    const key = `${record.workspace_id}/${record.job_name}`;
    const runs = this.byTrigger.get(key) ?? {};
    if (!runs.last || timestampMs >= runs.last.ms) runs.last = { status: record.status, ms: timestampMs };
    if (record.status === 'success' && (runs.lastSuccessMs === undefined || timestampMs > runs.lastSuccessMs)) runs.lastSuccessMs = timestampMs;
    this.byTrigger.set(key, runs);
  }

  public of(trigger: CatalogTrigger): Runs | undefined {
    return this.byTrigger.get(`${trigger.workspace}/${trigger.name}`);
  }
}
