/**
 * BENCH_DEBUG=1 output of `bench:worker` (on stderr): where the time of a late tick went, per tick:
 * arrivals at the target, when its jobs were taken from Redis, when their attempts started, and what
 * the workers warned about (with WORKER_NODE_OPTIONS=--trace-gc, their GC pauses too).
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { ExecutionRecord } from '../contracts/execution-record';
import type { RedisServer } from '../test/worker/harness';
import type { TickJobData } from '../worker/schedulers';
import { percentile } from './stats';

export const DEBUG = Boolean(process.env.BENCH_DEBUG);

/** Arrival lateness at the target per tick: `[receivedAt, scheduledAt]` pairs. */
export function debugArrivals(measured: ReadonlyArray<readonly [number, string, ...unknown[]]>): void {
  const byTick = new Map<string, number[]>();
  for (const [receivedAt, scheduledAt] of measured) byTick.set(scheduledAt, [...(byTick.get(scheduledAt) ?? []), receivedAt - Date.parse(scheduledAt)]);
  for (const [tick, values] of [...byTick].sort()) process.stderr.write(`${tick} n=${values.length} min=${Math.min(...values)} p50=${percentile(values, 50)} p90=${percentile(values, 90)} max=${Math.max(...values)}\n`);
}

/** Attempt starts per tick, and the longest gap between consecutive starts (one pause shows as one gap). */
export function debugStarts(records: readonly ExecutionRecord[]): void {
  const starts = new Map<string, number[]>();
  for (const r of records) starts.set(r.scheduled_at, [...(starts.get(r.scheduled_at) ?? []), Date.parse(r.timestamp) - Date.parse(r.scheduled_at)]);
  for (const [tick, values] of [...starts].sort()) {
    values.sort((x, y) => x - y);
    let gap = 0;
    let gapAt = 0;
    for (let i = 1; i < values.length; i++) if (values[i] - values[i - 1] > gap) [gap, gapAt] = [values[i] - values[i - 1], values[i - 1]];
    process.stderr.write(`start ${tick} n=${values.length} p50=${percentile(values, 50)} p90=${percentile(values, 90)} p99=${percentile(values, 99)} max=${values[values.length - 1]} longest gap ${gap} ms after ${gapAt} ms\n`);
  }
}

/** What each worker warned about, with the first time each was said; its reconcile lines; its GC pauses ≥ 10 ms. */
export function debugWorkerLogs(workers: ReadonlyArray<readonly string[]>): void {
  for (const [i, lines] of workers.entries()) {
    const said = new Map<string, { count: number; first: string }>();
    for (const line of lines) {
      try {
        const entry = JSON.parse(line) as { level: number; msg: string; time: number };
        if (entry.msg === 'schedulers reconciled') process.stderr.write(`worker ${i + 1}: ${line}\n`);
        if (entry.level < 40) continue;
        const seen = said.get(entry.msg) ?? { count: 0, first: new Date(entry.time).toISOString() };
        said.set(entry.msg, { ...seen, count: seen.count + 1 });
      } catch { /* not a log line */ }
    }
    process.stderr.write(`worker ${i + 1} warnings: ${JSON.stringify(Object.fromEntries(said))}\n`);
    const pauses = lines.filter((line) => / ms: (Scavenge|Mark-Compact)/.test(line) && Number(/, ([\d.]+) \/ [\d.]+ ms/.exec(line)?.[1] ?? 0) >= 10);
    if (pauses.length > 0) process.stderr.write(`worker ${i + 1} GC pauses ≥ 10 ms:\n  ${pauses.join('\n  ')}\n`);
  }
}

/** BENCH_DEBUG: when each measured tick's job was taken from Redis (processedOn), against its nominal time. */
export async function debugTakenAt(redis: RedisServer, queueName: string, from: number): Promise<void> {
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue<TickJobData>(queueName, { connection });
  try {
    const jobs = (await queue.getJobs(['completed'], 0, -1)).filter((job) => job.opts.prevMillis && job.opts.prevMillis + 1500 >= from);
    const byTick = new Map<number, number[]>();
    for (const job of jobs) {
      const nominal = job.opts.prevMillis! + 1500;
      byTick.set(nominal, [...(byTick.get(nominal) ?? []), (job.processedOn ?? 0) - nominal]);
    }
    for (const [tick, taken] of [...byTick].sort((x, y) => x[0] - y[0])) {
      process.stderr.write(`taken ${new Date(tick).toISOString()} n=${taken.length} min=${Math.min(...taken)} p50=${percentile(taken, 50)} p99=${percentile(taken, 99)} max=${Math.max(...taken)} ms (relative to nominal)\n`);
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
