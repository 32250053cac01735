import { once } from 'node:events';
import { Redis } from 'ioredis';
import { durableBatchKey, ExecutionRecord, partitionOf } from '../../contracts/execution-record';
import { DurableRecordSink, DurableRecordSinkOptions } from '../../worker/record-flusher';
import { recordsOfFields } from '../../worker/record-stream';
import { S3ObjectStore } from '../../worker/s3-store';
import { RedisServer, S3Server, startRedis, startS3, within } from './harness';
import { S3Proxy } from './s3-proxy';

/**
 * The durable record sink against a real redis-server and s3rver: the stream, the consumer group,
 * claims of a dead flusher's batch (through a proxy that holds a PUT's answer), S3 and Redis
 * outages. Every wait is on an event or on `flush()`, bounded by within().
 */

let redis: RedisServer;
let s3: S3Server;
const connections: Redis[] = [];
const sinks: DurableRecordSink[] = [];
const stores: S3ObjectStore[] = [];

beforeEach(async () => {
  [redis, s3] = await Promise.all([startRedis(), startS3()]);
});
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((sink) => sink.close(0)));
  for (const connection of connections.splice(0)) connection.disconnect();
  for (const store of stores.splice(0)) store.destroy();
  s3.destroy();
  await Promise.all([redis.stop(), s3.stop()]);
});

function connect(): Redis {
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null, retryStrategy: () => 50 });
  connection.on('error', () => undefined);
  connections.push(connection);
  return connection;
}

function store(endpoint = s3.endpoint): S3ObjectStore {
  const s = new S3ObjectStore({ bucket: s3.bucket, endpoint, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  stores.push(s);
  return s;
}

const STREAM = 'calvin:q:records';

function sink(options: Partial<DurableRecordSinkOptions> = {}, connection = connect()): DurableRecordSink {
  const s = new DurableRecordSink({
    store: store(), prefix: 'metrics/', flushCount: 5, flushIntervalMs: 600_000, bufferMax: 1000, workerId: 'worker-a', streamKey: STREAM,
    claimIdleMs: 600_000, retryDelayMs: 100, maxRetryDelayMs: 200, ...options,
  });
  s.on('flushFailed', () => undefined);
  s.attach(connection);
  sinks.push(s);
  return s;
}

let serial = 0;
function record(): ExecutionRecord {
  serial++;
  const timestamp = new Date().toISOString();
  return {
    workspace_id: 'ws', job_id: `repeat:ws/tick:${serial}`, job_name: 'tick', trigger_url: 'http://127.0.0.1:1/hook', trigger_method: 'POST',
    timestamp, status: 'success', duration_ms: 1, http_status: 200, retry_count: 0, scheduled_at: timestamp,
  };
}

/** Resolves once `total` records have been flushed by `s`. */
function flushed(s: DurableRecordSink, total: number, ms = 15_000): Promise<string[]> {
  const keys: string[] = [];
  let count = 0;
  return within(ms, new Promise((resolve) => {
    s.on('flushed', (key: string, n: number) => {
      keys.push(key);
      count += n;
      if (count >= total) resolve(keys);
    });
  }), `${total} records flushed (got ${count})`);
}

/** Every record in S3, by job id, with how often each appears. */
async function recordsInS3(): Promise<{ objects: number; jobs: Map<string, number> }> {
  const objects = await s3.objects('metrics/');
  const jobs = new Map<string, number>();
  for (const records of objects.values()) for (const r of records) jobs.set(r.job_id, (jobs.get(r.job_id) ?? 0) + 1);
  return { objects: objects.size, jobs };
}

test('record() resolves with the record in the stream; a batch goes to one key derived from its entry ids and leaves the stream', async () => {
  const s = sink({ flushCount: 1000 });
  const inspector = connect();
  const records = Array.from({ length: 5 }, record);
  for (const r of records) await s.record(r);
  const entries = await inspector.xrange(STREAM, '-', '+');
  expect(entries.flatMap(([, fields]) => recordsOfFields(fields)).map((r) => r.job_id)).toEqual(records.map((r) => r.job_id));
  expect(s.size).toBe(5);
  const done = flushed(s, 5);
  await s.flush();
  const [key] = await done;
  expect(key).toBe(durableBatchKey('metrics/', partitionOf(records[0].timestamp), entries.map(([id]) => id)));
  const objects = await s3.objects('metrics/');
  expect([...objects.keys()]).toEqual([key]);
  expect(objects.get(key)!.map((r) => r.job_id)).toEqual(records.map((r) => r.job_id));
  expect(await inspector.xlen(STREAM)).toBe(0);
  expect(s.size).toBe(0);
});

test('the same record appended twice (a command resent after a lost reply) is in the stream once', async () => {
  const s = sink({ flushCount: 1000 });
  const inspector = connect();
  const r = record();
  await s.record(r);
  await s.record({ ...r });
  const retry = { ...r, retry_count: 1 };
  await s.record(retry);
  const entries = await inspector.xrange(STREAM, '-', '+');
  expect(entries.flatMap(([, fields]) => recordsOfFields(fields))).toEqual([r, retry]);
  expect(s.size).toBe(2);
});

/** redis-server's calls of each command so far (INFO commandstats; a script's own calls included). */
async function calls(connection: Redis): Promise<Record<string, number>> {
  const text = await connection.info('commandstats');
  return Object.fromEntries([...text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map((m) => [m[1], Number(m[2])]));
}

test('the records of one event-loop turn go to Redis in one append call; each record() resolves once its record is in the stream', async () => {
  const s = sink({ flushCount: 1000 });
  const inspector = connect();
  await s.flush(); // the attach cycle's reads, out of the count
  // The first append loads the script (EVALSHA refused with NOSCRIPT, then EVAL): out of the count too.
  const first = record();
  await s.record(first);
  const before = await calls(inspector);
  const records = Array.from({ length: 50 }, record);
  await Promise.all(records.map(async (r) => {
    await s.record(r);
    // Resolved only with the record in the stream.
    expect((await inspector.xrange(STREAM, '-', '+')).some(([, fields]) => recordsOfFields(fields).some((inStream) => inStream.job_id === r.job_id))).toBe(true);
  }));
  const after = await calls(inspector);
  const ran = (name: string): number => (after[name] ?? 0) - (before[name] ?? 0);
  // One script call, one mark and one stream entry for the 50; before, 50 entries, and before that
  // each record was a call, a mark, an XLEN and an XADD.
  expect(ran('evalsha') + ran('eval')).toBe(1);
  expect(ran('set')).toBe(1);
  expect(ran('xadd')).toBe(1);
  expect(ran('xlen')).toBe(0);
  const entries = await inspector.xrange(STREAM, '-', '+');
  expect(entries).toHaveLength(2);
  expect(entries.flatMap(([, fields]) => recordsOfFields(fields)).map((r) => r.job_id)).toEqual([first, ...records].map((r) => r.job_id));
  expect(s.size).toBe(51);
});

test('flushCount appends wake the flusher without waiting for the interval', async () => {
  const s = sink({ flushCount: 5 });
  const done = flushed(s, 5);
  for (let i = 0; i < 5; i++) await s.record(record());
  await done;
  expect((await recordsInS3()).jobs.size).toBe(5);
});

test('a flusher that dies between its PUT and its acknowledgement: another replica claims the same batch and rewrites the same key', async () => {
  const proxy = await new S3Proxy(s3.endpoint, s3.bucket).listen();
  try {
    proxy.holdPutResponses = true;
    const deadConnection = connect();
    const dying = new DurableRecordSink({
      store: store(proxy.endpoint), prefix: 'metrics/', flushCount: 5, flushIntervalMs: 600_000, bufferMax: 1000, workerId: 'dying', streamKey: STREAM, claimIdleMs: 600_000,
    });
    dying.on('flushFailed', () => undefined);
    dying.attach(deadConnection);
    for (let i = 0; i < 5; i++) await dying.record(record());
    const held = await within(10_000, proxy.nextHeld(), 'the dying flusher\'s PUT to reach s3rver');
    expect(held.upstreamStatus).toBe(200);
    // Its process is gone: no more commands from it, ever.
    deadConnection.disconnect();

    const survivor = sink({ workerId: 'survivor', claimIdleMs: 1000 });
    const [key] = await flushed(survivor, 5);
    expect(key).toBe(held.key);
    const { objects, jobs } = await recordsInS3();
    expect(objects).toBe(1);
    expect(jobs.size).toBe(5);
    expect([...jobs.values()].every((n) => n === 1)).toBe(true);
    expect(await connect().xlen(STREAM)).toBe(0);
    // The dead consumer is forgotten once it has nothing pending.
    await survivor.flush();
    proxy.release();
    await dying.close(0);
  } finally {
    await proxy.close();
  }
});

test('two replicas flushing one stream write every record exactly once', async () => {
  const a = sink({ workerId: 'a', flushCount: 7 });
  const b = sink({ workerId: 'b', flushCount: 7 });
  for (let i = 0; i < 60; i++) await (i % 2 === 0 ? a : b).record(record());
  await Promise.all([a.flush(), b.flush()]);
  await Promise.all([a.flush(), b.flush()]);
  const { jobs } = await recordsInS3();
  expect(jobs.size).toBe(60);
  expect([...jobs.values()].every((n) => n === 1)).toBe(true);
  expect(await connect().xlen(STREAM)).toBe(0);
});

test('S3 down: records wait in the stream, failures are counted, and they arrive once S3 is back', async () => {
  await s3.stop();
  const s = sink({ flushCount: 3 });
  const failed = once(s, 'flushFailed');
  for (let i = 0; i < 4; i++) await s.record(record());
  await within(15_000, failed, 'a failed flush');
  expect(s.flushFailuresTotal).toBeGreaterThan(0);
  expect(await connect().xlen(STREAM)).toBe(4);
  const arrived = flushed(s, 4);
  await s3.start();
  await arrived;
  const { jobs } = await recordsInS3();
  expect(jobs.size).toBe(4);
  expect([...jobs.values()].every((n) => n === 1)).toBe(true);
});

test('past bufferMax the stream drops its oldest records, counted once; the rest are written when S3 is back', async () => {
  await s3.stop();
  const s = sink({ flushCount: 1000, bufferMax: 10 });
  const dropped: number[] = [];
  s.on('dropped', (n: number) => dropped.push(n));
  const records = Array.from({ length: 14 }, record);
  for (const r of records) await s.record(r);
  expect(dropped.reduce((a, b) => a + b, 0)).toBe(4);
  expect(s.droppedTotal).toBe(4);
  expect(s.size).toBe(10);
  expect(await connect().xlen(STREAM)).toBe(10);
  await s3.start();
  await s.flush();
  const { jobs } = await recordsInS3();
  expect([...jobs.keys()].sort()).toEqual(records.slice(4).map((r) => r.job_id).sort());
});

test('Redis restarted without data: the records in the stream are lost; the group is recreated and later records are written', async () => {
  await s3.stop();
  const s = sink({ flushCount: 1000 });
  const before = [record(), record(), record()];
  for (const r of before) await s.record(r);
  await redis.stop();
  await redis.start();
  const after = [record(), record()];
  for (const r of after) await within(15_000, s.record(r), 'an append after the restart');
  await s3.start();
  await within(15_000, s.flush(), 'a flush after the restart');
  const { jobs } = await recordsInS3();
  expect([...jobs.keys()].sort()).toEqual(after.map((r) => r.job_id).sort());
});

test('close() writes what is in the stream within its deadline and reports what is left', async () => {
  const s = sink({ flushCount: 1000 });
  for (let i = 0; i < 12; i++) await s.record(record());
  expect(await within(15_000, s.close(10_000), 'close')).toBe(0);
  expect((await recordsInS3()).jobs.size).toBe(12);
});

test('close() with Redis gone returns by its deadline, reporting the records it could not write (they stay in the stream)', async () => {
  const s = sink({ flushCount: 1000 });
  for (let i = 0; i < 3; i++) await s.record(record());
  await redis.stop();
  const started = Date.now();
  expect(await within(5_000, s.close(500), 'close with Redis gone')).toBe(3);
  expect(Date.now() - started).toBeLessThan(2_000);
});
