import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { runCli } from '../../cli/main';
import { CliError, CliIo, OutputStream } from '../../cli/io';
import { startQueuesDashboard } from '../../cli/queues-dashboard';
import { freePort, RedisServer, startRedis, within } from '../worker/harness';
import { calvin, ROOT } from './capture';

const QUEUE = 'calvin-triggers';

/** Output that resolves `url` as soon as the dashboard prints it: the tests wait on that, not on time. */
class WatchingStream implements OutputStream {
  public text = '';
  public readonly url: Promise<string>;
  private found!: (url: string) => void;
  private readonly waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];

  public constructor() {
    this.url = new Promise((resolve) => { this.found = resolve; });
  }

  public write(chunk: string): boolean {
    this.text += chunk;
    const match = /at (http:\/\/127\.0\.0\.1:\d+\/\S*) /.exec(this.text);
    if (match) this.found(match[1]);
    for (const waiter of [...this.waiters]) {
      if (waiter.pattern.test(this.text)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    return true;
  }

  /** Resolves once the text (so far or later) matches `pattern`. */
  public waitFor(pattern: RegExp, ms: number): Promise<void> {
    if (pattern.test(this.text)) return Promise.resolve();
    return within(ms, new Promise<void>((resolve) => this.waiters.push({ pattern, resolve })), `output matching ${pattern}`);
  }
}

interface RunningDashboard {
  readonly url: string;
  readonly stdout: WatchingStream;
  readonly stderr: WatchingStream;
  /** Aborts the signal (Ctrl-C) and resolves with runCli's exit code. */
  stop(): Promise<number>;
}

/** `calvin queues --port 0 …` in-process, with a signal the test controls. */
async function startDashboard(redisUrl: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunningDashboard> {
  const abort = new AbortController();
  const stdout = new WatchingStream();
  const stderr = new WatchingStream();
  const io: CliIo = { stdout, stderr, env: { REDIS_URL: redisUrl, ...env }, cwd: ROOT, signal: abort.signal };
  const exit = runCli(['queues', '--port', '0', ...args], io);
  const url = await within(10_000, Promise.race([stdout.url, exit.then((code) => { throw new Error(`exited ${code}: ${stderr.text}`); })]), 'the dashboard URL');
  return { url, stdout, stderr, stop: async () => { abort.abort(); return within(10_000, exit, 'the dashboard to stop'); } };
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

/** A job that a real worker picked up and failed; the worker is gone afterwards. */
async function failedJob(queue: Queue, name: string, redisUrl: string): Promise<string> {
  const worker = new Worker(queue.name, async () => { throw new Error('target answered 502'); }, { connection: { url: redisUrl } });
  try {
    const id = (await queue.add(name, { n: 1 })).id!;
    await within(10_000, new Promise<void>((resolve) => worker.on('failed', (job) => { if (job?.id === id) resolve(); })), `job ${id} to fail`);
    return id;
  } finally {
    await worker.close();
  }
}

async function apiQueues(url: string, query = ''): Promise<any[]> {
  const response = await fetch(`${url}api/queues${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { queues: any[] }).queues;
}

describe('calvin queues', () => {
  let redis: RedisServer;
  let queue: Queue;
  let failedJobId: string;
  const cleanups: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    redis = await startRedis();
    queue = new Queue(QUEUE, { connection: { url: redis.url } });
    failedJobId = await failedJob(queue, 'acme/nightly', redis.url);
    // With no worker left, these stay where they are: waiting, delayed, and a job scheduler (its next tick is delayed too).
    await queue.add('acme/now', { n: 2 });
    await queue.add('acme/later', { n: 3 }, { delay: 3_600_000 });
    await queue.upsertJobScheduler('acme/hourly', { pattern: '0 * * * *', tz: 'UTC' }, { name: 'acme/hourly' });
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await queue?.close();
    await redis?.stop();
  });

  test("serves Bull Board on 127.0.0.1 with the queue's exact job counts; retry works; Ctrl-C closes it", async () => {
    const dashboard = await startDashboard(redis.url);
    try {
      expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(dashboard.stdout.text).toBe(`Bull Board for ${QUEUE} at ${dashboard.url} (read-write; Ctrl-C to stop)\n`);
      const page = await fetch(dashboard.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('<title>calvin queues</title>');
      expect(html).toContain('<base href="/" />');
      // The UI's own bundle is served too, not just the page around it.
      const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(new URL(script!, dashboard.url))).status).toBe(200);

      const [listed, ...others] = await apiQueues(dashboard.url, `?activeQueue=${QUEUE}&status=failed`);
      expect(others).toEqual([]);
      expect(listed).toMatchObject({ name: QUEUE, readOnlyMode: false, allowRetries: true, jobSchedulerCount: 1 });
      // delayed: the delayed job and the scheduler's next tick.
      expect(listed.counts).toEqual({ active: 0, completed: 0, delayed: 2, failed: 1, prioritized: 0, waiting: 1, 'waiting-children': 0 });
      expect(listed.jobs.map((job: any) => [job.id, job.name, job.failedReason])).toEqual([[failedJobId, 'acme/nightly', 'target answered 502']]);

      const retry = await fetch(`${dashboard.url}api/queues/${QUEUE}/${failedJobId}/retry`, { method: 'PUT' });
      expect(retry.status).toBe(204);
      expect(await queue.getJobState(failedJobId)).toBe('waiting');
      expect((await apiQueues(dashboard.url))[0].counts).toMatchObject({ failed: 0, waiting: 2 });
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
    expect(dashboard.stdout.text.endsWith('stopped\n')).toBe(true);
    expect(dashboard.stderr.text).toBe('');
    expect(await refused('127.0.0.1', Number(new URL(dashboard.url).port))).toBe(true);
  });

  test('--read-only refuses the same retry; --queue is repeatable and replaces QUEUE_NAME', async () => {
    const other = new Queue('calvin-other', { connection: { url: redis.url } });
    cleanups.push(() => other.close());
    const otherFailed = await failedJob(other, 'acme/weekly', redis.url);
    const dashboard = await startDashboard(redis.url, ['--read-only', '--queue', QUEUE, '--queue', 'calvin-other'], { QUEUE_NAME: 'ignored' });
    try {
      expect(dashboard.stdout.text).toBe(`Bull Board for ${QUEUE}, calvin-other at ${dashboard.url} (read-only; Ctrl-C to stop)\n`);
      const listed = await apiQueues(dashboard.url);
      expect(listed.map((q) => [q.name, q.readOnlyMode, q.allowRetries])).toEqual([[QUEUE, true, false], ['calvin-other', true, false]]);
      expect(listed[1].counts).toMatchObject({ failed: 1 });

      const retry = await fetch(`${dashboard.url}api/queues/calvin-other/${otherFailed}/retry`, { method: 'PUT' });
      expect(retry.status).toBe(405);
      expect(await other.getJobState(otherFailed)).toBe('failed');
      const clean = await fetch(`${dashboard.url}api/queues/calvin-other/clean/failed`, { method: 'PUT' });
      expect(clean.status).toBe(405);
      expect(await other.getJobCounts('failed')).toEqual({ failed: 1 });
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
  });

  test('QUEUE_NAME picks the queue when --queue is not given', async () => {
    const dashboard = await startDashboard(redis.url, [], { QUEUE_NAME: 'calvin-staging' });
    try {
      expect(dashboard.stdout.text).toContain('Bull Board for calvin-staging at');
      expect((await apiQueues(dashboard.url)).map((q) => q.name)).toEqual(['calvin-staging']);
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
  });

  test('startQueuesDashboard mounts the board under a base path', async () => {
    const dashboard = await startQueuesDashboard({ redisUrl: redis.url, queueNames: [QUEUE], port: 0, readOnly: true, basePath: 'ops/queues' });
    cleanups.push(() => dashboard.close());
    try {
      expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ops\/queues\/$/);
      expect(await (await fetch(dashboard.url)).text()).toContain('<base href="/ops/queues/" />');
      expect((await apiQueues(dashboard.url))[0].name).toBe(QUEUE);
      expect((await fetch(new URL('/api/queues', dashboard.url))).status).toBe(404);
    } finally {
      await dashboard.close();
    }
  });

  test('startQueuesDashboard with a port it cannot listen on rejects with a CliError and leaves no Redis connection open', async () => {
    // A connection left open keeps reconnecting, so a program that catches the error would never exit.
    const lonely = await startRedis();
    cleanups.push(() => lonely.stop());
    const admin = new Redis(lonely.url, { connectionName: 'test-admin' });
    cleanups.push(async () => admin.disconnect());
    const othersConnected = async (): Promise<number> => (await admin.client('LIST') as string).trim().split('\n').filter((line) => !line.includes(' name=test-admin ')).length;

    const started = startQueuesDashboard({ redisUrl: lonely.url, queueNames: [QUEUE], port: 70000, readOnly: true });
    await expect(started).rejects.toThrow(CliError);
    await expect(started).rejects.toThrow(/^cannot listen on 127\.0\.0\.1:70000: .*70000/);
    // No event says the server saw the socket close: ask it again, one round trip at a time, for at most 5 s.
    const deadline = Date.now() + 5_000;
    let others = await othersConnected();
    while (others > 0 && Date.now() < deadline) others = await othersConnected();
    expect(others).toBe(0);
  });

  test('--base-path on the command line mounts it there, and a path with ".." is a usage error', async () => {
    const dashboard = await startDashboard(redis.url, ['--base-path', 'ops']);
    try {
      expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ops\/$/);
      expect((await apiQueues(dashboard.url))[0].name).toBe(QUEUE);
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
    const bad = await calvin(['queues', '--base-path', '../up'], { env: { REDIS_URL: redis.url } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('base path "../up" is not made of plain path segments');
  });

  test('Redis going away: one warning without the password, and Ctrl-C still exits 0', async () => {
    const lonely = await startRedis();
    cleanups.push(() => lonely.stop());
    const admin = new Redis(lonely.url);
    await admin.config('SET', 'requirepass', 's3cret-pass');
    admin.disconnect();
    const url = lonely.url.replace('redis://', 'redis://:s3cret-pass@');
    const dashboard = await startDashboard(url);
    try {
      await lonely.stop();
      await dashboard.stderr.waitFor(/lost Redis/, 10_000);
      expect(dashboard.stderr.text).toMatch(new RegExp(`^warning: lost Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${lonely.port}: .+; reconnecting \\(the board shows errors until it is back\\)\\n$`));
      expect(dashboard.stderr.text).not.toContain('s3cret-pass');
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
    expect(dashboard.stderr.text.match(/lost Redis/g)).toHaveLength(1);
  });

  test('as a process: prints its URL, listens on loopback only, exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'queues', '--port', String(port)], {
      cwd: ROOT, env: { PATH: process.env.PATH, REDIS_URL: redis.url, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const stdout = new WatchingStream();
      const stderr = new WatchingStream();
      child.stdout!.on('data', (chunk: Buffer) => stdout.write(chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => stderr.write(chunk.toString()));
      const url = await within(20_000, Promise.race([stdout.url, exited.then((code) => { throw new Error(`exited ${code}: ${stderr.text}`); })]), 'the process to print its URL');
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      expect(stdout.text).toBe(`Bull Board for ${QUEUE} at ${url} (read-write; Ctrl-C to stop)\n`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>calvin queues</title>');
      // Loopback only: another local address of this machine is refused.
      const outside = Object.values(networkInterfaces()).flat().find((address) => address && !address.internal && address.family === 'IPv4');
      if (outside) expect(await refused(outside.address, port)).toBe(true);
      else console.warn('no non-loopback IPv4 address on this machine: skipped the outside-address check');

      child.kill('SIGTERM');
      expect(await within(10_000, exited, 'the process to exit')).toBe(0);
      expect(stdout.text.endsWith('stopped\n')).toBe(true);
      expect(stderr.text).toBe('');
      expect(await refused('127.0.0.1', port)).toBe(true);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  test('errors: missing REDIS_URL, bad flags, an unreachable Redis (password hidden), a port in use', async () => {
    const missing = await calvin(['queues']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing environment variable:\n  REDIS_URL: ');

    for (const port of ['abc', '70000', '3.5', '']) {
      const badPort = await calvin(['queues', '--port', port], { env: { REDIS_URL: redis.url } });
      expect(badPort).toEqual({ code: 2, stdout: '', stderr: `error: --port: "${port}" is not an integer from 0 to 65535\n` });
    }
    const badQueue = await calvin(['queues', '--queue', 'a:b'], { env: { REDIS_URL: redis.url } });
    expect(badQueue.code).toBe(2);
    const notRedis = await calvin(['queues'], { env: { REDIS_URL: 'http://127.0.0.1:6379' } });
    expect(notRedis).toEqual({ code: 2, stdout: '', stderr: 'error: REDIS_URL: is not a redis:// or rediss:// URL\n' });

    const nobody = await freePort();
    const unreachable = await within(10_000, calvin(['queues'], { env: { REDIS_URL: `redis://worker:s3cret-pass@127.0.0.1:${nobody}` } }), 'the unreachable-Redis error');
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe(`error: cannot reach Redis at redis://worker:***@127.0.0.1:${nobody}: connect ECONNREFUSED 127.0.0.1:${nobody}\n`);
    expect(unreachable.stderr + unreachable.stdout).not.toContain('s3cret-pass');

    const dashboard = await startDashboard(redis.url);
    try {
      const port = new URL(dashboard.url).port;
      const taken = await calvin(['queues', '--port', port], { env: { REDIS_URL: redis.url } });
      expect(taken).toEqual({ code: 1, stdout: '', stderr: `error: port ${port} on 127.0.0.1 is in use; pass another --port (0 picks a free one)\n` });
    } finally {
      expect(await dashboard.stop()).toBe(0);
    }
  });
});
