import { once } from 'node:events';
import { createServer } from 'node:http';
import { ExecutionRecord, partitionOf } from '../../contracts/execution-record';
import { MetricsSink, MetricsSinkOptions } from '../../worker/metrics-sink';
import { S3ObjectStore } from '../../worker/s3-store';
import { listenOnLoopback, S3Server, startS3, within } from './harness';

/**
 * The metrics sink against a real s3rver (startS3): objects are listed and parsed back from it.
 * Every wait is on the sink's events (`flushed`, `flushFailed`, `dropped`), bounded by within().
 */

let s3: S3Server;
let stores: S3ObjectStore[] = [];
let sinks: MetricsSink[] = [];

beforeEach(async () => {
  s3 = await startS3();
});
afterEach(async () => {
  jest.useRealTimers();
  // Stop retry timers before the server goes.
  await Promise.all(sinks.map((sink) => sink.close(0)));
  sinks = [];
  for (const store of stores) store.destroy();
  stores = [];
  s3.destroy();
  await s3.stop();
});

function store(): S3ObjectStore {
  const s = new S3ObjectStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  stores.push(s);
  return s;
}

function sink(options: Partial<MetricsSinkOptions> = {}): MetricsSink {
  const s = new MetricsSink({ store: store(), prefix: 'metrics/', flushCount: 3, flushIntervalMs: 600_000, bufferMax: 1000, workerId: 'worker-a', retryDelayMs: 100, maxRetryDelayMs: 400, ...options });
  sinks.push(s);
  return s;
}

let serial = 0;
function record(timestamp = new Date().toISOString(), overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  serial++;
  return {
    workspace_id: 'ws',
    job_id: `repeat:ws/tick:${serial}`,
    job_name: 'tick',
    trigger_url: 'http://127.0.0.1:1/hook',
    trigger_method: 'POST',
    timestamp,
    status: serial % 3 === 0 ? 'failure' : 'success',
    duration_ms: serial,
    http_status: serial % 3 === 0 ? 503 : 200,
    retry_count: 0,
    scheduled_at: timestamp,
    ...(serial % 3 === 0 ? { error: 'HTTP 503' } : {}),
    ...overrides,
  };
}

/** Resolves with the `flushed` (key, count) events once `total` records have been written. */
function flushedRecords(s: MetricsSink, total: number, ms = 10_000): Promise<Array<{ key: string; count: number }>> {
  const events: Array<{ key: string; count: number }> = [];
  return within(ms, new Promise((resolve) => {
    const listener = (key: string, count: number): void => {
      events.push({ key, count });
      if (events.reduce((sum, e) => sum + e.count, 0) >= total) {
        s.off('flushed', listener);
        resolve(events);
      }
    };
    s.on('flushed', listener);
  }), `${total} records to be flushed`);
}

/** Resolves after `count` `flushFailed` events. */
function flushFailures(s: MetricsSink, count: number, ms = 10_000): Promise<Error[]> {
  const errors: Error[] = [];
  return within(ms, new Promise((resolve) => {
    const listener = (error: Error): void => {
      errors.push(error);
      if (errors.length >= count) {
        s.off('flushFailed', listener);
        resolve(errors);
      }
    };
    s.on('flushFailed', listener);
  }), `${count} failed flushes`);
}

const byJobId = (records: readonly ExecutionRecord[]): ExecutionRecord[] => [...records].sort((a, b) => a.job_id.localeCompare(b.job_id));

async function allStoredRecords(): Promise<ExecutionRecord[]> {
  return [...(await s3.objects()).values()].flat();
}

test('flushes by count: the 3rd record writes one object with exactly those records', async () => {
  const s = sink({ flushCount: 3 });
  const records = [record(), record(), record()];
  s.record(records[0]);
  s.record(records[1]);
  // A flush takes the buffer synchronously, so an early flush would show here.
  expect(s.size).toBe(2);
  const flushed = once(s, 'flushed');
  s.record(records[2]);
  const [key, count] = await within(10_000, flushed, 'the count flush');
  expect(count).toBe(3);
  expect(s.size).toBe(0);
  const objects = await s3.objects();
  expect([...objects.keys()]).toEqual([key]);
  expect(objects.get(key)).toEqual(records);
});

test('flushes by interval when the count is not reached', async () => {
  const s = sink({ flushCount: 1000, flushIntervalMs: 300 });
  const records = [record(), record()];
  const flushed = once(s, 'flushed');
  const start = Date.now();
  s.record(records[0]);
  s.record(records[1]);
  expect(s.size).toBe(2);
  const [key, count] = await within(5000, flushed, 'the interval flush');
  // A timer never fires early: the interval was honoured, not skipped.
  expect(Date.now() - start).toBeGreaterThanOrEqual(295);
  expect(count).toBe(2);
  expect((await s3.objects()).get(key)).toEqual(records);
});

test('records are partitioned by their own UTC hour, not by the flush time', async () => {
  const s = sink({ flushCount: 4 });
  const late7 = record('2024-03-05T07:59:59.999Z');
  const early7 = record('2024-03-05T07:00:00.000Z');
  const at8 = record('2024-03-05T08:00:00.000Z');
  const newYearsEve = record('2023-12-31T23:30:00.000Z');
  const done = flushedRecords(s, 4);
  for (const r of [late7, at8, newYearsEve, early7]) s.record(r);
  const events = await done;
  expect(events.map((e) => e.count).sort()).toEqual([1, 1, 2]);

  const objects = await s3.objects();
  expect(objects.size).toBe(3);
  const byPartition = new Map([...objects].map(([key, records]) => [key.slice(0, key.lastIndexOf('/') + 1), records]));
  expect(byPartition.get('metrics/year=2024/month=03/day=05/hour=07/')).toEqual([late7, early7]);
  expect(byPartition.get('metrics/year=2024/month=03/day=05/hour=08/')).toEqual([at8]);
  expect(byPartition.get('metrics/year=2023/month=12/day=31/hour=23/')).toEqual([newYearsEve]);
  expect(partitionOf('2024-03-05T07:59:59.999+01:00')).toBe('year=2024/month=03/day=05/hour=06');
});

test('keys follow the layout <prefix>year=/month=/day=/hour=/metrics-<ms>-<worker>-<seq>-<hex>.json', async () => {
  const s = sink({ flushCount: 1, prefix: 'runs/v1/', workerId: 'calvin-worker-7d9f' });
  const keys: string[] = [];
  for (let i = 0; i < 3; i++) {
    const flushed = once(s, 'flushed');
    s.record(record());
    keys.push((await within(10_000, flushed, `flush #${i + 1}`))[0] as string);
  }
  const layout = /^runs\/v1\/year=\d{4}\/month=\d{2}\/day=\d{2}\/hour=\d{2}\/metrics-(\d+)-calvin-worker-7d9f-(\d{6})-[0-9a-f]{8}\.json$/;
  for (const key of keys) expect(key).toMatch(layout);
  expect(new Set(keys).size).toBe(3);
  // The sequence counts up per flushed object.
  expect(keys.map((key) => layout.exec(key)![2])).toEqual(['000001', '000002', '000003']);
  expect([...(await s3.objects('runs/v1/')).keys()].sort()).toEqual([...keys].sort());
});

test('a workerId with characters unsafe in a key is sanitized', async () => {
  const s = sink({ flushCount: 1, workerId: 'pod/0_x.y' });
  const flushed = once(s, 'flushed');
  s.record(record());
  const [key] = await within(10_000, flushed, 'a flush');
  expect(key).toMatch(/\/metrics-\d+-pod-0-x-y-000001-[0-9a-f]{8}\.json$/);
});

test('two sinks flushing in the same millisecond never collide', async () => {
  // Only Date is frozen (every timer stays real), so both keys carry the same millisecond.
  const frozen = Date.now();
  jest.useFakeTimers({
    now: frozen,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  });
  const sinksInSameMs = [sink({ flushCount: 1, workerId: 'worker-a' }), sink({ flushCount: 1, workerId: 'worker-b' }), sink({ flushCount: 1, workerId: 'worker-a' })];
  const records = sinksInSameMs.map(() => record(new Date(frozen).toISOString()));
  const flushed = sinksInSameMs.map((s) => once(s, 'flushed'));
  sinksInSameMs.forEach((s, i) => s.record(records[i]));
  const keys = (await within(10_000, Promise.all(flushed), 'three flushes')).map(([key]) => key as string);
  expect(keys.map((key) => /metrics-(\d+)-/.exec(key)![1])).toEqual([String(frozen), String(frozen), String(frozen)]);
  expect(new Set(keys).size).toBe(3);
  const objects = await s3.objects();
  expect(objects.size).toBe(3);
  keys.forEach((key, i) => expect(objects.get(key)).toEqual([records[i]]));
});

test('while S3 is down records are kept, and once it is back everything lands exactly once', async () => {
  const s = sink({ flushCount: 3, retryDelayMs: 100, maxRetryDelayMs: 200 });
  await s3.stop();
  const failures = flushFailures(s, 2);
  const records = Array.from({ length: 10 }, () => record());
  const firstFailure = once(s, 'flushFailed');
  for (const r of records) s.record(r);
  await within(15_000, firstFailure, 'the first failed flush');
  // The failed batch went back to the buffer: nothing lost.
  expect(s.size).toBe(10);
  const errors = await failures;
  expect(errors.every((e) => e instanceof Error)).toBe(true);
  expect(s.flushFailuresTotal).toBeGreaterThanOrEqual(2);
  expect(s.droppedTotal).toBe(0);

  const landed = flushedRecords(s, 10, 15_000);
  await s3.start();
  const events = await landed;
  expect(events.reduce((sum, e) => sum + e.count, 0)).toBe(10);
  expect(s.size).toBe(0);
  const stored = await allStoredRecords();
  expect(stored).toHaveLength(10);
  expect(byJobId(stored)).toEqual(byJobId(records));
});

test('past bufferMax while S3 is down, the oldest records are dropped and counted', async () => {
  // A long retry delay: nothing retries by itself during the test.
  const s = sink({ flushCount: 3, bufferMax: 5, retryDelayMs: 600_000, maxRetryDelayMs: 600_000 });
  await s3.stop();
  const drops: number[] = [];
  s.on('dropped', (count: number) => drops.push(count));
  const records = Array.from({ length: 8 }, () => record());
  records.slice(0, 3).forEach((r) => s.record(r));
  // The 3rd record started a flush; wait for it to fail and put its records back.
  await within(15_000, s.flush(), 'the failed flush');
  expect(s.flushFailuresTotal).toBe(1);
  expect(s.size).toBe(3);
  records.slice(3).forEach((r) => s.record(r));
  expect(drops).toEqual([1, 1, 1]);
  expect(s.droppedTotal).toBe(3);
  expect(s.size).toBe(5);

  await s3.start();
  const landed = flushedRecords(s, 5);
  await within(15_000, s.flush(), 'the flush after S3 is back');
  await landed;
  expect(s.size).toBe(0);
  // The newest five landed; the three oldest are gone.
  expect(byJobId(await allStoredRecords())).toEqual(byJobId(records.slice(3)));
});

test('close(deadline) flushes what is buffered and reports nothing left', async () => {
  const s = sink({ flushCount: 1000, flushIntervalMs: 600_000 });
  const records = [record(), record(), record(), record()];
  records.forEach((r) => s.record(r));
  expect(s.size).toBe(4);
  expect(await within(10_000, s.close(5000), 'close')).toBe(0);
  expect(s.size).toBe(0);
  expect(byJobId(await allStoredRecords())).toEqual(byJobId(records));
});

test('close(deadline) with S3 down gives up at the deadline and reports what it could not write', async () => {
  const s = sink({ flushCount: 1000, flushIntervalMs: 600_000, retryDelayMs: 50, maxRetryDelayMs: 100 });
  await s3.stop();
  [record(), record()].forEach((r) => s.record(r));
  const failed = flushFailures(s, 1);
  expect(await within(15_000, s.close(300), 'close with S3 down')).toBe(2);
  await failed;
  expect(s.size).toBe(2);
});

test('a failed batch put back in front of newer records keeps the bound, dropping the oldest', async () => {
  const s = sink({ flushCount: 3, bufferMax: 5, retryDelayMs: 600_000, maxRetryDelayMs: 600_000 });
  await s3.stop();
  const drops: number[] = [];
  s.on('dropped', (count: number) => drops.push(count));
  const records = Array.from({ length: 8 }, () => record());
  records.slice(0, 3).forEach((r) => s.record(r)); // starts a flush of these three
  const inFlight = s.flush();
  records.slice(3).forEach((r) => s.record(r)); // five more while it is in flight: within the bound
  expect(s.size).toBe(5);
  expect(drops).toEqual([]);
  await within(15_000, inFlight, 'the failed flush');
  // 3 put back + 5 newer = 8 > 5: the three oldest go.
  expect(drops).toEqual([3]);
  expect(s.droppedTotal).toBe(3);
  expect(s.size).toBe(5);
  await s3.start();
  await within(15_000, s.flush(), 'the flush after S3 is back');
  expect(byJobId(await allStoredRecords())).toEqual(byJobId(records.slice(3)));
});

// BUG: close(deadlineMs) bounds only the pauses between retries, not a write in flight. Against an
// S3 endpoint that accepts connections but never answers (a network partition), close(300) waits
// for the S3 client's own timeouts (requestTimeout 15 s x maxAttempts 2), far past its deadline
// and past the pod's termination grace period.
test('close(deadline) returns by its deadline even when a write hangs', async () => {
  const sockets = new Set<import('node:net').Socket>();
  const blackhole = createServer(() => undefined); // accepts, reads, never answers
  blackhole.on('connection', (socket) => sockets.add(socket));
  const port = await listenOnLoopback(blackhole);
  const hanging = new S3ObjectStore({
    bucket: s3.bucket, endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
  });
  const s = new MetricsSink({ store: hanging, prefix: 'metrics/', flushCount: 1000, flushIntervalMs: 600_000, bufferMax: 1000, workerId: 'w', retryDelayMs: 50, maxRetryDelayMs: 100 });
  s.record(record());
  s.record(record());
  const closing = s.close(300);
  try {
    expect(await within(3000, closing, 'close(300) against a hanging S3')).toBe(2);
  } finally {
    // Unblock the hanging write so nothing outlives the test.
    hanging.destroy();
    for (const socket of sockets) socket.destroy();
    blackhole.closeAllConnections();
    await new Promise<void>((resolve) => blackhole.close(() => resolve()));
    await within(10_000, closing, 'close to finish once the write fails').catch(() => undefined);
  }
});
