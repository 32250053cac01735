/**
 * `npm run bench:catalog`: one worker fleet (2 processes, the Deployment's default) on a sharded
 * catalog of 1,000 (the baseline) and 10,000 triggers. The catalog is synthesized by the real
 * SchedulerWorker (its shard ConfigMaps) and written as the kubelet writes the projected volume.
 * For each of ROUNDS rounds and sizes, against a local redis-server (flushed between rounds):
 * - time from spawning both processes to all schedulers in place (both logged "schedulers
 *   reconciled" and Redis holds one job scheduler per trigger);
 * - of which the catalog's part: reading and checking the shard directory (CatalogSource.start);
 * - Redis `used_memory` then (minus the empty server's);
 * - idle CPU of each process over WINDOW_MS (from its own /metrics, process_cpu_seconds_total),
 *   with no tick due (yearly schedules), after SETTLE_MS.
 * The workers run from the sources through tsx (`--import tsx`), as the worker tests do.
 * Reports medians. Idle CPU includes the catalog poll (every 2 s, reading and hashing every shard).
 */
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Testing } from 'cdk8s';
import { Redis } from 'ioredis';
import { PlatformStack, Trigger } from '../constructs';
import { freePort, removeDir, startRedis, startS3, tempDir, WorkerProcess, workerEnv } from '../test/worker/harness';
import { KubeletVolume } from '../test/worker/kubelet-volume';
import { CatalogSource } from '../worker/catalog-source';
import { median } from './stats';
import { workerMetric } from './control';

const SIZES = [1000, 10_000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REPLICAS = 2;
const SETTLE_MS = 3000;
const WINDOW_MS = 10_000;
const RECONCILE_DEADLINE_MS = 300_000;

interface Round {
  readonly shards: number;
  readonly reconcileMs: number;
  /** Reading and checking the shard directory (CatalogSource.start, in this process): the catalog's part of the start. */
  readonly catalogLoadMs: number;
  readonly redisMb: number;
  readonly idleCpuPercent: number[];
}

/** The shard files the SchedulerWorker synthesizes for `count` triggers in 400 workspaces. */
function synthesizedShards(count: number): Record<string, string> {
  const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'bench.example.com', worker: { image: 'registry.digitalocean.com/bench/scheduler-worker:0.1.0' } });
  for (let i = 0; i < count; i++) {
    new Trigger(platform, `t-${i}`, {
      workspace: `tenant-${i % 400}`, schedule: `${i % 60} ${i % 24} 1 1 *`, url: `http://127.0.0.1:9/tenant-${i % 400}/jobs/${i}`,
      body: { job: i, kind: 'refresh' }, headers: { 'X-Job': String(i) },
    });
  }
  const configMaps = Testing.synth(platform).filter((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith(platform.worker.catalogConfigMapName));
  return Object.assign({}, ...configMaps.map((cm) => cm.data ?? {}));
}

function cpuSeconds(port: number): Promise<number> {
  return workerMetric(port, 'process_cpu_seconds_total');
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
}

async function catalogLoadMs(dir: string): Promise<number> {
  const source = new CatalogSource({ path: dir });
  const started = process.hrtime.bigint();
  await source.start();
  source.stop();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function round(env: (port: number) => Record<string, string>, count: number, redis: Redis, emptyBytes: number): Promise<Omit<Round, 'shards' | 'catalogLoadMs'>> {
  const ports = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  const started = Date.now();
  const workers = ports.map((port) => new WorkerProcess(env(port)));
  try {
    await Promise.all(workers.map((w) => w.waitForLog('schedulers reconciled', RECONCILE_DEADLINE_MS)));
    const reconcileMs = Date.now() - started;
    const queue = new Queue(env(0).QUEUE_NAME, { connection: redis });
    const schedulers = await queue.getJobSchedulersCount();
    if (schedulers !== count) throw new Error(`${schedulers} job schedulers for ${count} triggers`);
    const redisMb = (await usedMemory(redis) - emptyBytes) / 2 ** 20;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const before = await Promise.all(ports.map(cpuSeconds));
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const after = await Promise.all(ports.map(cpuSeconds));
    return { reconcileMs, redisMb, idleCpuPercent: after.map((a, i) => ((a - before[i]) * 1000 * 100) / WINDOW_MS) };
  } finally {
    await Promise.all(workers.map((w) => w.stop(60_000)));
  }
}

async function main(): Promise<void> {
  const redisServer = await startRedis();
  const s3 = await startS3();
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  const dir = tempDir('calvin-catalog-bench-');
  const results = new Map<number, Round[]>();
  try {
    for (const count of SIZES) {
      const volume = new KubeletVolume(join(dir, `catalog-${count}`));
      const files = synthesizedShards(count);
      volume.write(files);
      for (let r = 0; r < ROUNDS; r++) {
        await redis.flushall();
        const emptyBytes = await usedMemory(redis);
        const base = workerEnv({ redis: redisServer, s3, dir, env: { TRIGGERS_FILE: volume.dir, LOG_LEVEL: 'info' } });
        const measured = await round((port) => ({ ...base, PORT: String(port) }), count, redis, emptyBytes);
        const loadMs = await catalogLoadMs(volume.dir);
        results.set(count, [...(results.get(count) ?? []), { shards: Object.keys(files).length, catalogLoadMs: loadMs, ...measured }]);
      }
    }
  } finally {
    redis.disconnect();
    s3.destroy();
    await Promise.all([redisServer.stop(), s3.stop()]);
    removeDir(dir);
  }
  report(results);
}

function report(results: Map<number, Round[]>): void {
  console.log(`| triggers | shard files | start → all schedulers in place (ms) | of which the catalog load (ms) | per trigger (ms) | Redis used_memory (MB) | per trigger (KB) | idle CPU per worker (% of a core) |`);
  console.log('|---|---|---|---|---|---|---|---|');
  const rows = [...results].map(([count, rounds]) => ({
    count, shards: rounds[0].shards, ms: median(rounds.map((r) => r.reconcileMs)), loadMs: median(rounds.map((r) => r.catalogLoadMs)), mb: median(rounds.map((r) => r.redisMb)),
    cpu: median(rounds.flatMap((r) => r.idleCpuPercent)),
  }));
  for (const r of rows) {
    console.log(`| ${r.count} | ${r.shards} | ${r.ms} | ${r.loadMs.toFixed(0)} | ${(r.ms / r.count).toFixed(2)} | ${r.mb.toFixed(1)} | ${((r.mb * 1024) / r.count).toFixed(2)} | ${r.cpu.toFixed(2)} |`);
  }
  const [small, big] = rows;
  console.log(`\n${big.count / small.count}× the triggers: reconcile ×${(big.ms / small.ms).toFixed(2)}, Redis ×${(big.mb / small.mb).toFixed(2)}, idle CPU ×${(big.cpu / small.cpu).toFixed(2)}`);
  console.log(`medians of ${ROUNDS} rounds × ${REPLICAS} workers; idle window ${WINDOW_MS / 1000} s after ${SETTLE_MS / 1000} s; node ${process.version}, ${require('node:os').cpus().length} cores`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
