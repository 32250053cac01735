/**
 * `npm run bench:worker-start`: how fast a worker process is ready and how much memory it holds
 * idle. Against a local redis-server and s3rver, with a catalog of TRIGGERS triggers, for each of
 * ROUNDS fresh processes of each variant it measures the time from spawn to the first `/readyz` 200
 * and the RSS (`/metrics`, process_resident_memory_bytes) once the schedulers are reconciled and
 * 2 s have passed idle. Variants: the tsc output (`lib/worker/main.js`), the esbuild bundle
 * (`dist-worker/main.js`, `npm run bundle:worker`) and the bundle with the Node flags of the
 * Dockerfile's CMD and the runtime stage's ENV (what the image runs). Baseline in the same run: a
 * bare `node -e` process that opens an HTTP server and answers 200.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { imageRuntime, imageWorkerProcess, WORKER_BUNDLE } from './image';
import { catalogTrigger, freePort, removeDir, startRedis, startS3, tempDir, WorkerProcess, workerEnv, writeCatalog } from '../test/worker/harness';
import { median } from './stats';
import { rssMb } from './control';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TRIGGERS = 100;
const READY_DEADLINE_MS = 30_000;
const ROOT = join(__dirname, '..');

/** Polls `url` every 5 ms until it answers 200 (a process has no event for "port open" we can hear). */
async function firstOk(url: string, started: number): Promise<number> {
  while (Date.now() - started < READY_DEADLINE_MS) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return Date.now() - started;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${url} not ready within ${READY_DEADLINE_MS} ms`);
}


async function bareNode(port: number): Promise<number> {
  const started = Date.now();
  const child = spawn(process.execPath, ['-e', `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`]);
  try {
    return await firstOk(`http://127.0.0.1:${port}/`, started);
  } finally {
    child.kill('SIGKILL');
  }
}

interface Variant {
  readonly name: string;
  readonly options: ConstructorParameters<typeof WorkerProcess>[1];
}

async function main(): Promise<void> {
  const { nodeFlags: flags, env: imageEnv } = imageRuntime();
  const variants: Variant[] = [
    { name: 'lib/worker/main.js (tsc)', options: { built: true } },
    { name: 'dist-worker/main.js (bundle)', options: { isolated: { entry: [WORKER_BUNDLE], cwd: ROOT } } },
    { name: `bundle + image CMD flags and ENV (${[...flags, ...Object.keys(imageEnv)].join(' ') || 'none'})`, options: imageWorkerProcess() },
    // BENCH_BASELINE=<dir>: another checkout's bundle with its own CMD flags and ENV, in the same rounds.
    ...(process.env.BENCH_BASELINE ? [{ name: `baseline ${process.env.BENCH_BASELINE}: bundle + its CMD flags and ENV`, options: imageWorkerProcess([], process.env.BENCH_BASELINE) }] : []),
  ];
  const redis = await startRedis();
  const s3 = await startS3();
  const dir = tempDir('calvin-worker-start-');
  const bare: number[] = [];
  const ready = variants.map((): number[] => []);
  const rss = variants.map((): number[] => []);
  try {
    writeCatalog(join(dir, 'triggers.json'), Array.from({ length: TRIGGERS }, (_, i) => catalogTrigger({
      id: `bench/t-${i}`, workspace: 'bench', name: `t-${i}`, schedule: '0 0 1 1 *', url: 'http://127.0.0.1:9/',
    })));
    // Rounds interleave the variants, so that load from elsewhere on the machine hits each alike.
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(await bareNode(await freePort()));
      for (const [v, variant] of variants.entries()) {
        const port = await freePort();
        const started = Date.now();
        const worker = new WorkerProcess({ ...process.env as Record<string, string>, ...workerEnv({ redis, s3, dir, env: { PORT: String(port) } }) }, variant.options);
        try {
          ready[v].push(await firstOk(`http://127.0.0.1:${port}/readyz`, started));
          await worker.waitForLog('schedulers reconciled', READY_DEADLINE_MS);
          await new Promise((resolve) => setTimeout(resolve, 2000));
          rss[v].push(await rssMb(port));
        } finally {
          await worker.stop();
        }
      }
    }
  } finally {
    await redis.stop();
    await s3.stop();
    removeDir(dir);
  }
  console.log(`| measure (median of ${ROUNDS}) | spawn → 200 | idle RSS |\n|---|---|---|`);
  console.log(`| bare node HTTP server | ${median(bare)} ms | — |`);
  for (const [v, variant] of variants.entries()) {
    console.log(`| worker (${TRIGGERS} triggers), ${variant.name}: /readyz | ${median(ready[v])} ms (${(median(ready[v]) / median(bare)).toFixed(1)}× bare) | ${median(rss[v]).toFixed(1)} MB (${rss[v].map((x) => x.toFixed(0)).join(', ')}) |`);
  }
  console.log(`node ${process.version}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
