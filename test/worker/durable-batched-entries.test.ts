import { Redis } from 'ioredis';
import { ExecutionRecord, partitionOf } from '../../contracts/execution-record';
import { DurableRecordSink, DurableRecordSinkOptions } from '../../worker/record-flusher';
import { RecordStream, recordsOfFields } from '../../worker/record-stream';
import { S3ObjectStore } from '../../worker/s3-store';
import { RedisServer, S3Server, startRedis, startS3, within } from './harness';

/**
 * The records of one append call are one stream entry (issue 24 item 7), against a real
 * redis-server and s3rver: entries written before batches (one record each, left in the stream by
 * a rolling upgrade) are still written to S3 and counted, the bound counts records, and a resent
 * append adds nothing. Every wait is on an event or on `flush()`, bounded by within().
 */

let redis: RedisServer;
let s3: S3Server;
const connections: Redis[] = [];
const sinks: DurableRecordSink[] = [];
const stores: S3ObjectStore[] = [];
const STREAM = 'calvin:q:records';

beforeEach(async () => {
  [redis, s3] = await Promise.all([startRedis(), startS3()]);
});
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close(0)));
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

function sink(options: Partial<DurableRecordSinkOptions> = {}): DurableRecordSink {
  const store = new S3ObjectStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  stores.push(store);
  const s = new DurableRecordSink({
    store, prefix: 'metrics/', flushCount: 1000, flushIntervalMs: 600_000, bufferMax: 1000, workerId: 'worker-a', streamKey: STREAM,
    claimIdleMs: 600_000, retryDelayMs: 100, maxRetryDelayMs: 200, ...options,
  });
  s.on('flushFailed', () => undefined);
  s.attach(connect());
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

async function jobsInS3(): Promise<string[]> {
  return [...(await s3.objects('metrics/')).values()].flat().map((r) => r.job_id).sort();
}

test('entries of one record written before batches (a rolling upgrade) are counted, written to S3 beside batched ones, and leave the stream', async () => {
  const inspector = connect();
  const old = Array.from({ length: 3 }, record);
  // As the worker wrote them before: one XADD per record, fields p and r, no count key.
  for (const r of old) await inspector.xadd(STREAM, '*', 'p', partitionOf(r.timestamp), 'r', JSON.stringify(r));
  const s = sink();
  const batched = Array.from({ length: 20 }, record);
  await Promise.all(batched.map((r) => s.record(r)));
  expect(await inspector.xlen(STREAM)).toBe(4);
  // The bound's count starts from the old entries (one record each).
  expect(s.size).toBe(23);
  const flushedCounts: number[] = [];
  s.on('flushed', (_key: string, n: number) => flushedCounts.push(n));
  await within(15_000, s.flush(), 'a flush');
  expect(await jobsInS3()).toEqual([...old, ...batched].map((r) => r.job_id).sort());
  expect(flushedCounts.reduce((a, b) => a + b, 0)).toBe(23);
  expect(await inspector.xlen(STREAM)).toBe(0);
  expect(s.size).toBe(0);
  expect(await inspector.get(`${STREAM}:count`)).toBe('0');
});

test('an old entry left pending by a replica that predates batches is claimed, once gone, and written', async () => {
  const inspector = connect();
  const old = record();
  await inspector.xgroup('CREATE', STREAM, 'flushers', '0', 'MKSTREAM');
  await inspector.xadd(STREAM, '*', 'p', partitionOf(old.timestamp), 'r', JSON.stringify(old));
  await inspector.xreadgroup('GROUP', 'flushers', 'old-replica', 'COUNT', 10, 'STREAMS', STREAM, '>');
  const s = sink({ workerId: 'new-replica' });
  await s.record(record());
  expect(await within(15_000, s.close(10_000), 'close')).toBe(0);
  expect(await jobsInS3()).toContain(old.job_id);
  expect(await inspector.xlen(STREAM)).toBe(0);
});

test('the bound counts records, not entries: batches past bufferMax drop whole oldest entries, counted by their records', async () => {
  await s3.stop();
  const s = sink({ bufferMax: 50 });
  const dropped: number[] = [];
  s.on('dropped', (n: number) => dropped.push(n));
  const turns = Array.from({ length: 4 }, () => Array.from({ length: 20 }, record));
  // Each turn's 20 records are one append call and one entry.
  for (const turn of turns) await Promise.all(turn.map((r) => s.record(r)));
  const inspector = connect();
  expect(await inspector.xlen(STREAM)).toBe(2);
  expect(dropped.reduce((a, b) => a + b, 0)).toBe(40);
  expect(s.droppedTotal).toBe(40);
  expect(s.size).toBe(40);
  expect((await inspector.xrange(STREAM, '-', '+')).flatMap(([, fields]) => recordsOfFields(fields)).map((r) => r.job_id)).toEqual(turns.slice(2).flat().map((r) => r.job_id));
  await s3.start();
  await within(15_000, s.flush(), 'a flush with S3 back');
  expect(await jobsInS3()).toEqual(turns.slice(2).flat().map((r) => r.job_id).sort());
  expect(s.size).toBe(0);
});

test('one append call never holds more records than the bound, so its entry always fits', async () => {
  await s3.stop();
  const s = sink({ bufferMax: 10 });
  const records = Array.from({ length: 25 }, record);
  await Promise.all(records.map((r) => s.record(r)));
  const inspector = connect();
  const kept = (await inspector.xrange(STREAM, '-', '+')).flatMap(([, fields]) => recordsOfFields(fields));
  expect(kept.length).toBeLessThanOrEqual(10);
  expect(kept.length).toBeGreaterThan(0);
  expect(s.droppedTotal + kept.length).toBe(25);
  expect(s.size).toBe(kept.length);
});

test('the same batch appended again (ioredis resending after a lost reply) adds no entry and no count', async () => {
  const connection = connect();
  const stream = new RecordStream(connection, STREAM, 'flushers', 'c');
  const batch = Array.from({ length: 5 }, record);
  expect(await stream.append(batch, 1000)).toEqual({ dropped: 0, length: 5 });
  expect(await stream.append(batch.map((r) => ({ ...r })), 1000)).toEqual({ dropped: 0, length: 5 });
  expect(await connection.xlen(STREAM)).toBe(1);
  expect(await stream.length()).toBe(5);
});
