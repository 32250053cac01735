/**
 * `npm run bench:worker`: the scheduler worker against a ceiling measured in the same run, on one
 * redis-server, one s3rver and one 127.0.0.1 HTTP target, workers in their own processes:
 *  (a) bare BullMQ, no-op processor: jobs/s (the ceiling);
 *  (b) the worker dispatching the same number of jobs as HTTP POSTs, metrics on (to s3rver): executions/s, b/a;
 *  (c) fire lateness (request received − nominal time), 1,000 triggers due every second, 2 worker processes;
 *  (d) worker RSS idle and under (c)'s load.
 * Medians of ROUNDS rounds for (a)/(b). Targets: b/a ≥ 0.5, lateness p99 ≤ 100 ms, idle RSS ≤ 80 MB.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  catalogTrigger, RedisServer, removeDir, S3Server, startRedis, startS3, tempDir, within, workerEnv, WorkerProcess, writeCatalog,
} from '../test/worker/harness';
import { tickJobOptions, TickJobData, triggerRevision } from '../worker/schedulers';

const JOBS = Number(process.env.BENCH_JOBS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 100;
const LATENCY_TRIGGERS = 1000;
const BURST_SECONDS = 30;
const STRESS_SECONDS = 10;
const WARMUP_SECONDS = 3;
/** The compiled worker (`npm run bench:worker` builds first), with the image's Node options. */
const WORKER_PROCESS = { built: true, nodeOptions: (process.env.WORKER_NODE_OPTIONS ?? '').split(' ').filter(Boolean) };

/** bench/target.ts in its own process. */
class Target {
  private constructor(private readonly proc: ChildProcess, public readonly url: string) {}

  public static async start(): Promise<Target> {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'target.ts')], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const port = await within(20_000, new Promise<string>((resolve) => proc.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()))), 'target to listen');
    return new Target(proc, `http://127.0.0.1:${port}`);
  }

  public async reset(): Promise<void> {
    await fetch(`${this.url}/__reset`);
  }

  /** Waits (long poll) until `count` requests have arrived, then returns [receivedAt, scheduledAt, url] of each. */
  public async received(count: number, timeoutMs: number): Promise<Array<[number, string, string]>> {
    await within(timeoutMs, fetch(`${this.url}/__await?count=${count}`, { signal: AbortSignal.timeout(timeoutMs) }), `${count} requests at the target`);
    return (await fetch(`${this.url}/__stats`)).json() as Promise<Array<[number, string, string]>>;
  }

  public stop(): void {
    this.proc.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(values: number[]): { requests: number; p50Ms: number; p99Ms: number; maxMs: number } {
  return { requests: values.length, p50Ms: percentile(values, 50), p99Ms: percentile(values, 99), maxMs: Math.max(...values) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function fill(redis: RedisServer, queueName: string, data: (i: number) => object, opts: object): Promise<void> {
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection });
  for (let start = 0; start < JOBS; start += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, JOBS - start) }, (_, k) => ({ name: 'bench', data: data(start + k), opts })));
  }
  await queue.close();
  connection.disconnect();
}

/** (a) jobs/s of a bare BullMQ worker with a no-op processor. */
async function bareBullmq(redis: RedisServer): Promise<number> {
  const queueName = `bare-${Date.now()}`;
  await fill(redis, queueName, (i) => ({ i }), tickJobOptions(catalogTrigger({ url: 'http://127.0.0.1/' })));
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bare-bullmq.ts')], {
    env: { ...process.env, REDIS_URL: redis.url, QUEUE_NAME: queueName, COUNT: String(JOBS), CONCURRENCY: String(CONCURRENCY), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const code = await within(150_000, new Promise<number | null>((resolve) => child.once('exit', resolve)), 'bare BullMQ run');
  if (code !== 0) throw new Error(`bare BullMQ run exited ${code}`);
  const { first, last, count } = JSON.parse(out) as { first: number; last: number; count: number };
  return (count - 1) / ((last - first) / 1000);
}

/** (b) executions/s of the real worker: each job a signed POST to the target, each attempt a metrics record. */
async function workerThroughput(redis: RedisServer, s3: S3Server, target: Target): Promise<number> {
  const dir = tempDir();
  try {
    writeCatalog(join(dir, 'triggers.json'), []);
    const env = workerEnv({ redis, s3, dir, env: { WORKER_CONCURRENCY: String(CONCURRENCY), METRICS_PREFIX: `bench-b-${Date.now()}/`, SIGNING_SECRETS: `whsec_${Buffer.alloc(32, 7).toString('base64')}` } });
    // A huge starting deadline: these jobs were queued before the worker started, and must still fire.
    const trigger = catalogTrigger({ url: `${target.url}/bench`, startingDeadlineMs: 86_400_000 });
    const data: TickJobData = { trigger, revision: triggerRevision(trigger) };
    await fill(redis, env.QUEUE_NAME, () => data, tickJobOptions(trigger));
    await target.reset();
    const worker = new WorkerProcess({ ...env, LOG_LEVEL: 'warn' }, WORKER_PROCESS);
    try {
      const requests = await target.received(JOBS, 150_000);
      const first = requests[0][0];
      const last = requests[JOBS - 1][0];
      return (JOBS - 1) / ((last - first) / 1000);
    } finally {
      await worker.stop(30_000);
    }
  } finally {
    removeDir(dir);
  }
}

async function rssMb(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1]) / 2 ** 20;
}

/**
 * (c) + (d): 1,000 triggers on 2 worker processes, lateness at the target, RSS by scraping /metrics.
 * `schedule` '*\/5 * * * * *' is the burst the figure is about (all 1,000 due on the same second, every
 * 5 s); '* * * * * *' is a sustained stress (1,000 requests every second) reported beside it.
 */
async function lateness(redis: RedisServer, s3: S3Server, target: Target, schedule: string, seconds: number): Promise<{ lateness: number[]; received: number[]; idleRss: number[]; loadRss: number[] }> {
  const dir = tempDir();
  const workers: WorkerProcess[] = [];
  try {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, []);
    const prefix = `bench-c-${Date.now()}/`;
    const env = workerEnv({ redis, s3, dir, env: { WORKER_CONCURRENCY: String(LATENCY_TRIGGERS), METRICS_PREFIX: prefix } });
    for (const id of ['bench-1', 'bench-2']) workers.push(new WorkerProcess({ ...env, WORKER_ID: id }, WORKER_PROCESS));
    const ports = (await Promise.all(workers.map((w) => w.waitForLog('scheduler worker started', 30_000)))).map((line) => Number(line.port));
    // Idle: started, connected, nothing due.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleRss = await Promise.all(ports.map(rssMb));

    await target.reset();
    const loadRss: number[] = [];
    writeCatalog(file, Array.from({ length: LATENCY_TRIGGERS }, (_, i) => catalogTrigger({ name: `t${i}`, url: `${target.url}/t${i}`, schedule })));
    const started = Date.now();
    for (let s = 0; s < WARMUP_SECONDS + seconds; s++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      loadRss.push(...(await Promise.all(ports.map(rssMb))));
    }
    const from = Math.ceil(started / 1000) * 1000 + WARMUP_SECONDS * 1000;
    const measured = (await target.received(0, 10_000)).filter(([, scheduledAt]) => Date.parse(scheduledAt) >= from);
    const perTick = new Map<string, number>();
    for (const [, scheduledAt, url] of measured) perTick.set(`${url}@${scheduledAt}`, (perTick.get(`${url}@${scheduledAt}`) ?? 0) + 1);
    const duplicates = [...perTick.values()].filter((n) => n > 1).length;
    if (duplicates > 0) throw new Error(`${duplicates} ticks fired more than once`);
    if (process.env.BENCH_DEBUG) {
      const byTick = new Map<string, number[]>();
      for (const [receivedAt, scheduledAt] of measured) byTick.set(scheduledAt, [...(byTick.get(scheduledAt) ?? []), receivedAt - Date.parse(scheduledAt)]);
      for (const [tick, values] of [...byTick].sort()) process.stderr.write(`${tick} n=${values.length} min=${Math.min(...values)} p50=${percentile(values, 50)} p90=${percentile(values, 90)} max=${Math.max(...values)}\n`);
    }
    // Fire lateness as the worker records it (attempt start − nominal time), from its S3 metrics,
    // which the stop below flushes; and arrival lateness as the target saw it.
    await Promise.all(workers.splice(0).map((w) => w.stop(30_000)));
    const records = [...(await s3.objects(prefix)).values()].flat().filter((r) => Date.parse(r.scheduled_at) >= from && r.status === 'success');
    return {
      lateness: records.map((r) => Date.parse(r.timestamp) - Date.parse(r.scheduled_at)),
      received: measured.map(([receivedAt, scheduledAt]) => receivedAt - Date.parse(scheduledAt)),
      idleRss,
      loadRss,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop(30_000).catch(() => w.kill())));
    removeDir(dir);
  }
}

async function main(): Promise<void> {
  const [redis, s3, target] = await Promise.all([startRedis(), startS3(), Target.start()]);
  try {
    const bare: number[] = [];
    const worker: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      bare.push(await bareBullmq(redis));
      worker.push(await workerThroughput(redis, s3, target));
      process.stderr.write(`round ${round}/${ROUNDS}: bare ${bare[round - 1].toFixed(0)} jobs/s, worker ${worker[round - 1].toFixed(0)} executions/s\n`);
    }
    // BENCH_SKIP_LATENESS=1: throughput only (for profiling runs).
    const skip = { lateness: [0], received: [0], idleRss: [0], loadRss: [0] };
    const burst = process.env.BENCH_SKIP_LATENESS ? skip : await lateness(redis, s3, target, '*/5 * * * * *', BURST_SECONDS);
    const stress = process.env.BENCH_SKIP_LATENESS ? skip : await lateness(redis, s3, target, '* * * * * *', STRESS_SECONDS);
    const { idleRss } = burst;
    const loadRss = [...burst.loadRss, ...stress.loadRss];
    const a = median(bare);
    const b = median(worker);
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      jobs: JOBS,
      rounds: ROUNDS,
      concurrency: CONCURRENCY,
      a_bareBullmqJobsPerS: Math.round(a),
      b_workerExecutionsPerS: Math.round(b),
      ratio_b_over_a: Number((b / a).toFixed(2)),
      c_lateness: summary(burst.lateness),
      c_arrival: summary(burst.received),
      c_stressLateness: summary(stress.lateness),
      c_stressArrival: summary(stress.received),
      d_rssMb: { idle: idleRss.map((v) => Number(v.toFixed(1))), underLoadMax: Number(Math.max(...loadRss).toFixed(1)) },
      rawRounds: { bare: bare.map(Math.round), worker: worker.map(Math.round) },
    };
    const table = [
      '| measure | value | target |',
      '|---|---|---|',
      `| (a) bare BullMQ, no-op processor (ceiling), median of ${ROUNDS} | ${result.a_bareBullmqJobsPerS} jobs/s | — |`,
      `| (b) worker: signed HTTP POST + metrics to S3, median of ${ROUNDS} | ${result.b_workerExecutionsPerS} executions/s | — |`,
      `| b/a | ${result.ratio_b_over_a} | ≥ 0.5 |`,
      `| (c) fire lateness (attempt start − nominal) p50 / p99 / max: ${LATENCY_TRIGGERS} triggers due on the same second (every 5 s), 2 workers, ${burst.lateness.length} attempts | ${result.c_lateness.p50Ms} / ${result.c_lateness.p99Ms} / ${result.c_lateness.maxMs} ms | p99 ≤ 100 ms |`,
      `| (c) arrival lateness at the one-process target, same run | ${result.c_arrival.p50Ms} / ${result.c_arrival.p99Ms} / ${result.c_arrival.maxMs} ms | — |`,
      `| (c, stress) fire lateness with all ${LATENCY_TRIGGERS} due every second (1,000 req/s sustained), ${stress.lateness.length} attempts | ${result.c_stressLateness.p50Ms} / ${result.c_stressLateness.p99Ms} / ${result.c_stressLateness.maxMs} ms | — |`,
      `| (c, stress) arrival lateness at the target | ${result.c_stressArrival.p50Ms} / ${result.c_stressArrival.p99Ms} / ${result.c_stressArrival.maxMs} ms | — |`,
      `| (d) worker RSS idle (each of 2) | ${result.d_rssMb.idle.join(' / ')} MB | ≤ 80 MB |`,
      `| (d) worker RSS under (c)'s loads, max | ${result.d_rssMb.underLoadMax} MB | — |`,
    ].join('\n');
    console.log(table);
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', `worker-${result.date.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    s3.destroy();
    target.stop();
    await Promise.all([redis.stop(), s3.stop()]);
  }
}

main().then(() => process.exit(0), (error: Error) => {
  console.error(error);
  process.exit(1);
});
