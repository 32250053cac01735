import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Queue, Worker } from 'bullmq';
import { runCli } from '../../cli/main';
import { CliIo, OutputStream } from '../../cli/io';
import { freePort, RedisServer, startRedis, within } from '../worker/harness';
import { calvin, ROOT } from './capture';

const QUEUE = 'calvin-triggers';

/** Stdout that resolves `url` as soon as the dashboard prints it: the test waits on that, not on time. */
class UrlWatchingStream implements OutputStream {
  public text = '';
  public readonly url: Promise<string>;
  private found!: (url: string) => void;

  public constructor() {
    this.url = new Promise((resolve) => { this.found = resolve; });
  }

  public write(chunk: string): boolean {
    this.text += chunk;
    const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(this.text);
    if (match) this.found(match[1]);
    return true;
  }
}

/** Starts `calvin queues` in-process; `stop()` aborts it and resolves with its exit code. */
async function startDashboard(redis: RedisServer, args: string[] = []): Promise<{ url: string; stop(): Promise<number>; stdout: UrlWatchingStream }> {
  const abort = new AbortController();
  const stdout = new UrlWatchingStream();
  const stderr = new UrlWatchingStream();
  const io: CliIo = { stdout, stderr, env: { REDIS_URL: redis.url }, cwd: ROOT, signal: abort.signal };
  const exit = runCli(['queues', '--port', '0', ...args], io);
  const url = await within(10_000, Promise.race([stdout.url, exit.then((code) => { throw new Error(`exited ${code}: ${stderr.text}`); })]), 'the dashboard URL');
  return { url, stdout, stop: async () => { abort.abort(); return within(10_000, exit, 'the dashboard to stop'); } };
}

async function refused(host: string, port: number): Promise<boolean> {
  const socket = connect({ host, port });
  try {
    await within(5_000, once(socket, 'connect'), `connect to ${host}:${port}`);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
  } finally {
    socket.destroy();
  }
}

describe('calvin queues', () => {
  let redis: RedisServer;
  let queue: Queue;
  let failedJobId: string;

  beforeAll(async () => {
    redis = await startRedis();
    queue = new Queue(QUEUE, { connection: { url: redis.url } });
    // One failed job, from a real worker that throws.
    const worker = new Worker(QUEUE, async () => { throw new Error('target answered 502'); }, { connection: { url: redis.url } });
    const failed = once(worker, 'failed');
    failedJobId = (await queue.add('acme/nightly', { n: 1 })).id!;
    await within(10_000, failed, 'the job to fail');
    await worker.close();
    // Then, with no worker left: a waiting job, a delayed one, and a job scheduler (its next tick is delayed too).
    await queue.add('acme/now', { n: 2 });
    await queue.add('acme/later', { n: 3 }, { delay: 3_600_000 });
    await queue.upsertJobScheduler('acme/hourly', { pattern: '0 * * * *', tz: 'UTC' }, { name: 'acme/hourly' });
  });

  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });

  test("serves Bull Board on 127.0.0.1 with the queue's real job counts; retry works; Ctrl-C stops it", async () => {
    const dashboard = await startDashboard(redis);
    try {
      expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(dashboard.stdout.text).toBe(`Bull Board for ${QUEUE} at ${dashboard.url} (read-write; Ctrl-C to stop)\n`);
      const page = await fetch(dashboard.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>calvin queues</title>');

      const api = await (await fetch(`${dashboard.url}api/queues?activeQueue=${QUEUE}&status=failed`)).json() as any;
      expect(api.queues).toHaveLength(1);
      expect(api.queues[0]).toMatchObject({ name: QUEUE, readOnlyMode: false, jobSchedulerCount: 1 });
      expect(api.queues[0].counts).toMatchObject({ failed: 1, waiting: 1, delayed: 2, active: 0, completed: 0 });
      expect(api.queues[0].jobs.map((job: any) => [job.id, job.name, job.failedReason])).toEqual([[failedJobId, 'acme/nightly', 'target answered 502']]);

      const retry = await fetch(`${dashboard.url}api/queues/${QUEUE}/${failedJobId}/retry`, { method: 'PUT' });
      expect(retry.status).toBe(204);
      expect(await queue.getJobState(failedJobId)).toBe('waiting');
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
    expect(dashboard.stdout.text.endsWith('stopped\n')).toBe(true);
    expect(await refused('127.0.0.1', Number(new URL(dashboard.url).port))).toBe(true);
  });

  test('--read-only refuses changes', async () => {
    const job = await queue.add('acme/read-only', { n: 4 }, { delay: 3_600_000 });
    const dashboard = await startDashboard(redis, ['--read-only']);
    try {
      expect(dashboard.stdout.text).toContain('(read-only; Ctrl-C to stop)');
      const api = await (await fetch(`${dashboard.url}api/queues`)).json() as any;
      expect(api.queues[0].readOnlyMode).toBe(true);
      const promote = await fetch(`${dashboard.url}api/queues/${QUEUE}/${job.id}/promote`, { method: 'PUT' });
      expect(promote.status).toBeGreaterThanOrEqual(400);
      expect(await queue.getJobState(job.id!)).toBe('delayed');
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
  });

  test('as a process: prints its URL, listens on loopback only, exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn('node', ['--import', 'tsx', 'cli/main.ts', 'queues', '--port', String(port)], {
      cwd: ROOT, env: { PATH: process.env.PATH, REDIS_URL: redis.url }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const stdout = new UrlWatchingStream();
      child.stdout!.on('data', (chunk: Buffer) => stdout.write(chunk.toString()));
      const url = await within(20_000, stdout.url, 'the process to print its URL');
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      expect((await fetch(url)).status).toBe(200);
      const outside = Object.values(networkInterfaces()).flat().find((address) => address && !address.internal && address.family === 'IPv4');
      if (outside) expect(await refused(outside.address, port)).toBe(true);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await within(10_000, exited, 'the process to exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  test('errors: missing REDIS_URL, a bad port, an unreachable Redis (password hidden), a port in use', async () => {
    const missing = await calvin(['queues']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing environment variable:\n  REDIS_URL: ');

    const badPort = await calvin(['queues', '--port', 'abc'], { env: { REDIS_URL: redis.url } });
    expect(badPort).toEqual({ code: 2, stdout: '', stderr: 'error: --port: "abc" is not an integer from 0 to 65535\n' });

    const nobody = await freePort();
    const unreachable = await calvin(['queues'], { env: { REDIS_URL: `redis://worker:s3cret-pass@127.0.0.1:${nobody}` } });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe(`error: cannot reach Redis at redis://worker:***@127.0.0.1:${nobody}: connect ECONNREFUSED 127.0.0.1:${nobody}\n`);

    const dashboard = await startDashboard(redis);
    try {
      const port = new URL(dashboard.url).port;
      const taken = await calvin(['queues', '--port', port], { env: { REDIS_URL: redis.url } });
      expect(taken.code).toBe(1);
      expect(taken.stderr).toBe(`error: port ${port} on 127.0.0.1 is in use; pass another --port (0 picks a free one)\n`);
    } finally {
      await dashboard.stop();
    }
  });
});
