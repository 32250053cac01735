import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { calvin } from '../cli/capture';
import {
  catalogTrigger, freePort, removeDir, S3Server, startS3, TargetServer, tempDir, within, workerEnv, WorkerProcess, writeCatalog,
} from './harness';

/**
 * A `?password=` REDIS_URL (issue 11): ioredis logs in with it, so the start log line and
 * `calvin queues` must redact it as they redact `user:password@`. Against a real redis-server
 * that requires that password.
 */

const PASSWORD = 'qu3ry-Pa55-ZX81';
let redisProc: ChildProcess;
let redisPort: number;
let s3: S3Server;
let target: TargetServer;
let dir: string;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  redisPort = await freePort();
  dir = tempDir('calvin-redis-pass-');
  redisProc = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(redisPort), '--requirepass', PASSWORD, '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await within(10_000, new Promise<void>((resolve, reject) => {
    redisProc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    redisProc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
  }), 'redis-server to accept connections');
  [s3, target] = await Promise.all([startS3(), new TargetServer().listen()]);
});
afterAll(async () => {
  worker?.kill();
  s3?.destroy();
  const exited = redisProc && redisProc.exitCode === null ? once(redisProc, 'exit') : undefined;
  redisProc?.kill('SIGTERM');
  await Promise.all([exited && within(10_000, exited, 'redis-server to exit'), s3?.stop(), target?.close()]);
  removeDir(dir);
});

test('the worker logs in with ?password= and its start log line shows ?password=***', async () => {
  const redisUrl = `redis://127.0.0.1:${redisPort}/0?password=${PASSWORD}`;
  // Every second: a process that starts slowly (a loaded machine) still meets its next tick.
  const schedule = '* * * * * *';
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/fired`, schedule })]);
  const env = workerEnv({ redis: { url: redisUrl, port: redisPort, pid: undefined, start: async () => undefined, stop: async () => undefined }, s3, dir });
  worker = new WorkerProcess(env);
  const started = await worker.waitForLog('scheduler worker started', 20_000);
  expect(started.redis).toBe(`redis://127.0.0.1:${redisPort}/0?password=***`);
  // Logged in for real: the tick goes through Redis and fires.
  await target.waitForRequests(1, 15_000, (r) => r.url === '/fired');
  expect(await worker.stop()).toBe(0);
  expect(worker.lines.join('\n')).not.toContain(PASSWORD);
});

test('calvin queues shows the same redacted URL', async () => {
  const wrong = await within(10_000, calvin(['queues'], { env: { REDIS_URL: `redis://127.0.0.1:${redisPort}/0?password=not-${PASSWORD}` } }), 'the wrong-password error');
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toMatch(new RegExp(`^error: cannot reach Redis at redis://127\\.0\\.0\\.1:${redisPort}/0\\?password=\\*\\*\\*: `));
  expect(wrong.stderr + wrong.stdout).not.toContain(PASSWORD);

  const nobody = await freePort();
  const unreachable = await within(10_000, calvin(['queues'], { env: { REDIS_URL: `redis://127.0.0.1:${nobody}?db=0&password=${PASSWORD}` } }), 'the unreachable-Redis error');
  expect(unreachable.code).toBe(1);
  expect(unreachable.stderr).toBe(`error: cannot reach Redis at redis://127.0.0.1:${nobody}?db=0&password=***: connect ECONNREFUSED 127.0.0.1:${nobody}\n`);
});
