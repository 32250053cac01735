/**
 * `npm run bench:worker-start`: how fast a worker process is ready and how much memory it holds
 * idle. Runs the built worker (`lib/worker/main.js`, what the image runs) against a local
 * redis-server and s3rver, with a catalog of TRIGGERS triggers; for each of ROUNDS fresh processes it
 * measures the time from spawn to the first `/readyz` 200 and the RSS (`/metrics`,
 * process_resident_memory_bytes) once the schedulers are reconciled and 2 s have passed idle.
 * Baseline in the same run: a bare `node -e` process that opens an HTTP server and answers 200.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { catalogTrigger, freePort, removeDir, startRedis, startS3, tempDir, WorkerProcess, workerEnv, writeCatalog } from '../test/worker/harness';

const ROUNDS = 5;
const TRIGGERS = 100;
const READY_DEADLINE_MS = 30_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

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

async function rssMb(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const match = /^process_resident_memory_bytes (\d+)/m.exec(text);
  if (!match) throw new Error('no process_resident_memory_bytes in /metrics');
  return Number(match[1]) / 2 ** 20;
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

async function main(): Promise<void> {
  const redis = await startRedis();
  const s3 = await startS3();
  const dir = tempDir('calvin-worker-start-');
  const ready: number[] = [];
  const bare: number[] = [];
  const rss: number[] = [];
  try {
    writeCatalog(join(dir, 'triggers.json'), Array.from({ length: TRIGGERS }, (_, i) => catalogTrigger({
      id: `bench/t-${i}`, workspace: 'bench', name: `t-${i}`, schedule: '0 0 1 1 *', url: 'http://127.0.0.1:9/',
    })));
    for (let round = 0; round < ROUNDS; round++) {
      const port = await freePort();
      bare.push(await bareNode(port));
      const started = Date.now();
      const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { PORT: String(port) } }), { built: true });
      try {
        ready.push(await firstOk(`http://127.0.0.1:${port}/readyz`, started));
        await worker.waitForLog('schedulers reconciled', READY_DEADLINE_MS);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        rss.push(await rssMb(port));
      } finally {
        await worker.stop();
      }
    }
  } finally {
    await redis.stop();
    await s3.stop();
    removeDir(dir);
  }
  console.log(`| measure (median of ${ROUNDS}) | value |\n|---|---|`);
  console.log(`| bare node HTTP server: spawn → 200 | ${median(bare)} ms |`);
  console.log(`| worker (${TRIGGERS} triggers): spawn → /readyz 200 | ${median(ready)} ms (${(median(ready) / median(bare)).toFixed(1)}× bare) |`);
  console.log(`| worker idle RSS | ${median(rss).toFixed(1)} MB |`);
  console.log(`node ${process.version}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
