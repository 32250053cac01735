import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import Redis from 'ioredis';
import { STREAM_RUNNER_ENV } from '../../contracts/event-workers';
import { StreamEntry, StreamRunner, StreamRunnerOptions } from '../../contracts/stream-runner';
import { RedisServer, startRedis } from '../worker/servers';
import { within } from '../worker/waits';

let redis: RedisServer;
let client: Redis;
beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
});
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});

let streams = 0;
// An ioredis client as it is: what docs/workers.md tells a runner to pass.
const runnerOf = (options: Partial<StreamRunnerOptions> & { stream: string }) => new StreamRunner(
  client,
  { group: 'runners', consumer: `c-${Math.random().toString(36).slice(2)}`, claimIdleMs: 60_000, ...options },
);

/** Starts a runner process on `stream` and resolves to the entry it took (it then holds it, unacknowledged). */
async function startChild(stream: string): Promise<{ child: ChildProcess; entry: StreamEntry }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'workers', 'fixtures', 'stream-runner-child.ts')], {
    env: {
      ...process.env, REDIS_URL: redis.url, [STREAM_RUNNER_ENV.stream]: stream, [STREAM_RUNNER_ENV.group]: 'runners',
      [STREAM_RUNNER_ENV.consumer]: 'runner-pod-1', [STREAM_RUNNER_ENV.claimIdleMs]: '60000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const line = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`runner exited (${code}) before taking an entry`)));
  });
  return { child, entry: JSON.parse(await within(20_000, line, 'the runner process to take an entry')) };
}

/** Resolves once `id` has been pending (unacknowledged) for at least `ms`, as Redis counts idle time. */
async function idleFor(stream: string, id: string, ms: number): Promise<void> {
  await within(10_000, (async () => {
    for (;;) {
      const [pending] = await client.xpending(stream, 'runners', id, id, 1) as Array<[string, string, number, number]>;
      if (pending && pending[2] >= ms) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })(), `entry ${id} to be idle ${ms} ms`);
}

describe('StreamRunner (calvin-runtime/streams) against redis-server', () => {
  test('a runner killed before its ack leaves its entry to a second runner, which claims and acks it; nothing is handed out after the ack', async () => {
    const stream = `work-${++streams}`;
    const id = await client.xadd(stream, '*', 'repo', 'acme/api', 'ref', 'main');
    const { child, entry } = await startChild(stream);
    expect(entry).toEqual({ id, fields: { repo: 'acme/api', ref: 'main' }, claimed: false });
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await within(10_000, exited, 'the runner process to die');

    // Not yet stale: a second runner does not take work a live runner may still be doing.
    expect(await runnerOf({ stream }).next()).toBeUndefined();

    const rescuer = runnerOf({ stream, claimIdleMs: 200 });
    await idleFor(stream, id!, 200);
    const claimed = await rescuer.next();
    expect(claimed).toEqual({ id, fields: { repo: 'acme/api', ref: 'main' }, claimed: true });
    expect(await rescuer.ack(claimed!)).toBe(true);
    // Acknowledged once: a second ack finds nothing, and no runner gets the entry again, stale or new.
    expect(await rescuer.ack(claimed!)).toBe(false);
    const late = runnerOf({ stream, claimIdleMs: 0 });
    expect(await late.claimStale()).toBeUndefined();
    expect(await late.readNew()).toBeUndefined();
    expect(await client.xpending(stream, 'runners')).toEqual([0, null, null, null]);
  });

  test('runners reading at once get different entries; a stale entry is taken before new ones; the group is created once', async () => {
    const stream = `work-${++streams}`;
    const a = runnerOf({ stream });
    const b = runnerOf({ stream });
    await a.ensureGroup();
    await b.ensureGroup();
    const ids = [await client.xadd(stream, '*', 'n', '1'), await client.xadd(stream, '*', 'n', '2'), await client.xadd(stream, '*', 'n', '3')];
    const [fromA, fromB] = await Promise.all([a.next(), b.next()]);
    expect([fromA!.id, fromB!.id].sort()).toEqual(ids.slice(0, 2));
    // A runner that takes idle entries at once (claimIdle 0) gets the oldest unacknowledged one before the new third.
    const eager = runnerOf({ stream, claimIdleMs: 0 });
    expect(await eager.next()).toMatchObject({ id: ids[0], claimed: true });
    expect(await a.ack(ids[0]!)).toBe(true);
    expect(await b.ack(ids[1]!)).toBe(true);
    const c = runnerOf({ stream, claimIdleMs: 0 });
    expect(await c.next()).toMatchObject({ id: ids[2], fields: { n: '3' }, claimed: false });
    expect(await c.ack(ids[2]!)).toBe(true);
    expect(await c.next()).toBeUndefined();
  });

  test('options from the pod\'s env; missing ones are named', () => {
    expect(StreamRunner.optionsFromEnv({ STREAM_NAME: 's', STREAM_GROUP: 'g', STREAM_CONSUMER: 'pod-1', STREAM_CLAIM_IDLE_MS: '1000' }))
      .toEqual({ stream: 's', group: 'g', consumer: 'pod-1', claimIdleMs: 1000 });
    expect(() => StreamRunner.optionsFromEnv({ STREAM_NAME: 's', STREAM_CLAIM_IDLE_MS: '5s' }))
      .toThrow('stream runner: STREAM_GROUP is not set; STREAM_CONSUMER is not set; STREAM_CLAIM_IDLE_MS "5s" is not a whole number of milliseconds');
  });
});
