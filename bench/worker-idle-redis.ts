/**
 * `npm run bench:worker-idle-redis`: what the crash-recovery lock settings cost Redis at idle.
 * 1,000 triggers that do not fire during the window (a yearly schedule), 2 workers, one
 * redis-server; Redis commands per second over a fixed window (INFO stats and commandstats deltas),
 * with BullMQ's default lock settings and with CRASH_RECOVERY_LOCKS, one after the other in the
 * same run, each on its own queue.
 */
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pino from 'pino';
import {
  catalogTrigger, removeDir, startRedis, startS3, tempDir, within, workerConfig, writeCatalog,
} from '../test/worker/harness';
import { BULLMQ_DEFAULT_LOCKS, CRASH_RECOVERY_LOCKS, JobLockSettings, TriggerWorker } from '../worker/trigger-worker';

const TRIGGERS = Number(process.env.BENCH_TRIGGERS ?? 1000);
const WINDOW_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const WORKERS = 2;

interface Sample {
  readonly total: number;
  /** Calls per command, commands run inside Lua scripts included. */
  readonly calls: Map<string, number>;
}

async function sample(redis: Redis): Promise<Sample> {
  const info = await redis.info('everything');
  const total = Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? NaN);
  const calls = new Map<string, number>();
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1], Number(match[2]));
  return { total, calls };
}

interface Cost {
  readonly commandsPerSecond: number;
  readonly callsPerSecond: number;
  readonly top: Array<[string, number]>;
}

function cost(before: Sample, after: Sample, seconds: number): Cost {
  const deltas = [...after.calls].map(([name, calls]) => [name, (calls - (before.calls.get(name) ?? 0)) / seconds] as [string, number])
    .filter(([name, perSecond]) => perSecond > 0 && name !== 'info');
  return {
    // The bench's own two INFO calls are left out.
    commandsPerSecond: (after.total - before.total - 2) / seconds,
    callsPerSecond: deltas.reduce((sum, [, perSecond]) => sum + perSecond, 0),
    top: deltas.sort((a, b) => b[1] - a[1]).slice(0, 8),
  };
}

async function measure(label: string, locks: JobLockSettings, parts: { redis: Awaited<ReturnType<typeof startRedis>>; s3: Awaited<ReturnType<typeof startS3>>; dir: string }): Promise<Cost> {
  const queueName = `idle-${label}-${Date.now()}`;
  const workers = Array.from({ length: WORKERS }, (_, i) => new TriggerWorker({
    config: workerConfig({ ...parts, env: { QUEUE_NAME: queueName, WORKER_ID: `${label}-${i}` } }),
    logger: pino({ level: 'error' }),
    jobLocks: locks,
  }));
  const admin = new Redis(parts.redis.url);
  try {
    await Promise.all(workers.map((w) => w.start()));
    await Promise.all(workers.map((w) => w.settled()));
    const before = await sample(admin);
    // The window is the measurement itself: nothing to wait on but time.
    await new Promise((resolve) => setTimeout(resolve, WINDOW_SECONDS * 1000));
    const after = await sample(admin);
    return cost(before, after, WINDOW_SECONDS);
  } finally {
    await Promise.all(workers.map((w) => within(20_000, w.stop(), 'worker to stop')));
    admin.disconnect();
  }
}

async function main(): Promise<void> {
  const [redis, s3] = await Promise.all([startRedis(), startS3()]);
  const dir = tempDir('calvin-bench-idle-');
  try {
    // Never due in the window (00:00:00 on January 1st), so the workers are idle.
    writeCatalog(join(dir, 'triggers.json'), Array.from({ length: TRIGGERS }, (_, i) => catalogTrigger({
      workspace: `w${i % 20}`, name: `idle${i}`, url: 'http://127.0.0.1:9/never', schedule: '0 0 0 1 1 *',
    })));
    const results: Array<[string, JobLockSettings, Cost]> = [];
    for (const [label, locks] of [['bullmq-defaults', BULLMQ_DEFAULT_LOCKS], ['crash-recovery', CRASH_RECOVERY_LOCKS]] as const) {
      results.push([label, locks, await measure(label, locks, { redis, s3, dir })]);
    }
    process.stdout.write(`Redis at idle: ${TRIGGERS} triggers, ${WORKERS} workers, ${WINDOW_SECONDS} s window\n`);
    for (const [label, locks, result] of results) {
      process.stdout.write(`  ${label.padEnd(16)} lock ${locks.lockDuration} ms, renew ${locks.lockRenewTime} ms, stalled check ${locks.stalledInterval} ms: `
        + `${result.commandsPerSecond.toFixed(2)} commands/s (total_commands_processed), ${result.callsPerSecond.toFixed(2)} calls/s incl. inside scripts\n`
        + `    ${result.top.map(([name, perSecond]) => `${name} ${perSecond.toFixed(2)}/s`).join(', ')}\n`);
    }
    const [[, , base], [, , recovery]] = results;
    process.stdout.write(`  crash-recovery − defaults: ${(recovery.commandsPerSecond - base.commandsPerSecond).toFixed(2)} commands/s, `
      + `${(recovery.callsPerSecond - base.callsPerSecond).toFixed(2)} calls/s\n`);
  } finally {
    s3.destroy();
    await Promise.all([redis.stop(), s3.stop()]);
    removeDir(dir);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
