import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { ExecutionRecord } from '../../contracts/execution-record';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import {
  catalogTrigger, ReceivedRequest, RealParts, removeDir, startRealParts, stopRealParts, tempDir, within, WorkerProcess, workerEnv, writeCatalog,
} from './harness';
import { S3Proxy } from './s3-proxy';
import { recordsOfFields } from '../../worker/record-stream';

/**
 * SIGKILL of worker processes against redis-server, s3rver and an HTTP target: the records of
 * every request that reached the target end up in S3 exactly once. Counted at the target and in
 * S3, never in the workers' own counters.
 */

let parts: RealParts;
let dir: string;
const processes: WorkerProcess[] = [];
const connections: Redis[] = [];

beforeAll(async () => {
  parts = await startRealParts();
});
afterAll(() => stopRealParts(parts));
beforeEach(() => {
  dir = tempDir();
  parts.target.requests.length = 0;
  parts.target.handler = (_req, res) => res.writeHead(200).end();
});
afterEach(() => {
  processes.splice(0).forEach((p) => p.kill());
  for (const connection of connections.splice(0)) connection.disconnect();
  removeDir(dir);
});

function start(env: Record<string, string>): WorkerProcess {
  const worker = new WorkerProcess(env);
  processes.push(worker);
  return worker;
}

/** The attempt a request was, as its record names it: `<trigger id>@<scheduled at>#<retry count>`. */
const requestKey = (r: ReceivedRequest): string => `${String(r.headers['calvin-trigger-id'])}@${String(r.headers['calvin-scheduled-at'])}#${Number(r.headers['calvin-attempt']) - 1}`;
const recordKey = (r: ExecutionRecord): string => `${r.workspace_id}/${r.job_name}@${r.scheduled_at}#${r.retry_count}`;

async function recordsInS3(prefix: string): Promise<{ keys: string[]; records: ExecutionRecord[] }> {
  const objects = await parts.s3.objects(prefix);
  return { keys: [...objects.keys()], records: [...objects.values()].flat() };
}

/**
 * Every request has one attempt record and every attempt record one request; no record is in S3
 * twice. A tick may reach the target twice with the same ids (a replica killed after its request
 * and record but before BullMQ completed the job, or one whose event loop stalled past its lock on
 * a loaded machine: the documented duplicate), and then each request has its own record: counted
 * per attempt, records and requests must match. `missed` records (ticks nobody sent while no
 * replica ran) are not attempts: whether they are right is the crash-recovery tests' subject, here
 * they only must not repeat.
 */
function expectOneRecordPerRequest(requests: readonly ReceivedRequest[], records: readonly ExecutionRecord[]): void {
  const copies = new Map<string, number>();
  for (const record of records) copies.set(JSON.stringify(record), (copies.get(JSON.stringify(record)) ?? 0) + 1);
  expect([...copies].filter(([, n]) => n > 1)).toEqual([]);
  const attempts = records.filter((record) => record.status !== 'missed');
  const counts = new Map<string, { requests: number; records: number }>();
  const count = (key: string): { requests: number; records: number } => counts.get(key) ?? counts.set(key, { requests: 0, records: 0 }).get(key)!;
  for (const request of requests) count(requestKey(request)).requests++;
  for (const record of attempts) count(recordKey(record)).records++;
  expect([...counts].filter(([, n]) => n.requests !== n.records)).toEqual([]);
  expect(attempts.length).toBe(requests.length);
}

/** The rule: once the last replica stopped gracefully (S3 up), no record waits in the Redis stream. */
async function expectStreamEmpty(streamKey: string): Promise<void> {
  const redis = new Redis(parts.redis.url);
  connections.push(redis);
  expect(await redis.xlen(streamKey)).toBe(0);
}

/**
 * Resolves once every request at the target so far has its record in Redis or S3: the stream is
 * read first, then S3, so a record acknowledged (deleted) in between is found in S3. Waits on new
 * stream entries (XREAD BLOCK), at most `rounds` times.
 */
async function allRecordsStored(streamKey: string, prefix: string, rounds = 40): Promise<void> {
  const redis = new Redis(parts.redis.url);
  connections.push(redis);
  const wanted = new Set(parts.target.requests.map(requestKey));
  let last = '$';
  for (let round = 0; round < rounds; round++) {
    const inStream = (await redis.xrange(streamKey, '-', '+')).flatMap(([, fields]) => recordsOfFields(fields));
    const stored = new Set([...inStream, ...(await recordsInS3(prefix)).records].map(recordKey));
    if ([...wanted].every((key) => stored.has(key))) return;
    const added = await redis.xread('BLOCK', 250, 'STREAMS', streamKey, last);
    last = added?.[0]?.[1]?.at(-1)?.[0] ?? last;
  }
  throw new Error(`the records of ${wanted.size} requests did not reach Redis or S3`);
}

/**
 * SIGKILLs `worker` just after a whole tick (`perTick` requests, every 2 s) has arrived and every
 * request so far has its record stored: nothing is in flight then, so every request must end up
 * with a record. (A request in flight at a SIGKILL has no record: the tick runs again later.)
 */
async function killBetweenTicks(worker: WorkerProcess, perTick: number, streamKey: string, prefix: string): Promise<void> {
  await parts.target.waitForRequests((Math.floor(parts.target.requests.length / perTick) + 1) * perTick, 20_000);
  await allRecordsStored(streamKey, prefix);
  worker.kill();
  expect(await within(10_000, worker.exited, 'the killed replica to exit')).toBeNull();
}

test('SIGKILL of one of two replicas mid-run: every request that reached the target has exactly one record in S3', async () => {
  const triggers: CatalogTrigger[] = Array.from({ length: 20 }, (_, i) => catalogTrigger({ name: `k${i}`, schedule: '*/2 * * * * *', url: `${parts.target.url}/k${i}` }));
  writeCatalog(join(dir, 'triggers.json'), triggers);
  const env = workerEnv({ redis: parts.redis, s3: parts.s3, dir, env: { METRICS_PREFIX: 'kill/', METRICS_FLUSH_COUNT: '7', METRICS_CLAIM_IDLE_MS: '1000' } });
  const streamKey = `calvin:${env.QUEUE_NAME}:records`;
  const a = start({ ...env, WORKER_ID: 'replica-a' });
  const b = start({ ...env, WORKER_ID: 'replica-b' });
  await Promise.all([a.waitForLog('scheduler worker started', 20_000), b.waitForLog('scheduler worker started', 20_000)]);

  // With METRICS_DURABLE=false this test fails: the killed replica's buffered records are lost.
  await parts.target.waitForRequests(40, 20_000);
  await killBetweenTicks(a, triggers.length, streamKey, 'kill/');
  const atKill = parts.target.requests.length;

  // The survivor goes on firing (and flushing, and claiming the dead replica's batch), then stops.
  await parts.target.waitForRequests(atKill + 20, 20_000);
  expect(await b.stop(20_000)).toBe(0);
  await expectStreamEmpty(streamKey);

  const { records } = await recordsInS3('kill/');
  expectOneRecordPerRequest(parts.target.requests, records);
}, 90_000);

test('SIGKILL during a flush, after the PUT reached S3 and before its acknowledgement: the survivor rewrites the same key', async () => {
  const proxy = await new S3Proxy(parts.s3.endpoint, parts.s3.bucket).listen();
  try {
    proxy.holdPutResponses = true;
    writeCatalog(join(dir, 'triggers.json'), Array.from({ length: 5 }, (_, i) => catalogTrigger({ name: `f${i}`, schedule: '*/2 * * * * *', url: `${parts.target.url}/f${i}` })));
    // Both through the proxy, which sees every PUT; only the dying replica's first one is held.
    const env = workerEnv({ redis: parts.redis, s3: parts.s3, dir, env: { METRICS_PREFIX: 'flush/', METRICS_FLUSH_COUNT: '5', METRICS_CLAIM_IDLE_MS: '1000', S3_ENDPOINT: proxy.endpoint } });
    const streamKey = `calvin:${env.QUEUE_NAME}:records`;
    const dying = start({ ...env, WORKER_ID: 'dying' });
    const held = await within(30_000, proxy.nextHeld(), 'the flush\'s PUT to reach s3rver');
    expect(held.upstreamStatus).toBe(200);
    await killBetweenTicks(dying, 5, streamKey, 'flush/');
    proxy.release();
    // The object is in S3 already; its records are still pending in the dead consumer's name.
    const before = await parts.s3.objects('flush/');
    expect([...before.keys()]).toEqual([held.key]);

    // The dying replica may have sent the held PUT twice: on a loaded machine the hold can outlast
    // its S3 client's request timeout (15 s), which retries. Only a PUT after these is the survivor's
    // (waiting for "2 PUTs" then stopped the survivor before it had even connected).
    const putsBefore = proxy.puts.filter((key) => key === held.key).length;
    const survivor = start({ ...env, WORKER_ID: 'survivor' });
    await within(20_000, proxy.putsOf(held.key, putsBefore + 1), 'the survivor to write the claimed batch');
    expect(await survivor.stop(20_000)).toBe(0);
    await expectStreamEmpty(streamKey);

    const after = await parts.s3.objects('flush/');
    expect(after.get(held.key)).toEqual(before.get(held.key));
    expect(proxy.puts.filter((key) => key === held.key)).toHaveLength(putsBefore + 1);
    expectOneRecordPerRequest(parts.target.requests, [...after.values()].flat());
  } finally {
    await proxy.close();
  }
}, 90_000);

test('S3 down while the worker runs: records wait in Redis and arrive once S3 is back, one per request', async () => {
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ name: 'down', url: `${parts.target.url}/down` })]);
  const env = workerEnv({ redis: parts.redis, s3: parts.s3, dir, env: { METRICS_PREFIX: 'down/', METRICS_FLUSH_COUNT: '2', LOG_LEVEL: 'debug' } });
  await parts.s3.stop();
  const worker = start(env);
  try {
    await worker.waitForLog('metrics flush failed; records kept for retry', 20_000);
    await parts.target.waitForRequests(4, 10_000);
  } finally {
    await parts.s3.start();
  }
  await worker.waitForLog('metrics flushed', 30_000);
  expect(await worker.stop(20_000)).toBe(0);
  await expectStreamEmpty(`calvin:${env.QUEUE_NAME}:records`);
  const { records } = await recordsInS3('down/');
  expectOneRecordPerRequest(parts.target.requests, records);
}, 60_000);
