import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import { TriggerWorker } from '../../worker/trigger-worker';
import { tickJobId } from '../../worker/schedulers';
import {
  armOneShot, catalogTrigger, RecordCollector, RedisServer, S3Server, TargetServer, useRealParts, within, workerConfig, writeCatalog,
} from './harness';

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
let queueName: string;
const { track } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

/** Starts a worker, then gives it one trigger that fires once, ~2.5 s on; returns the tick's time. */
async function runOnce(overrides: Partial<CatalogTrigger>): Promise<{ at: number; records: RecordCollector; trigger: CatalogTrigger }> {
  const file = join(dir, 'triggers.json');
  writeCatalog(file, []);
  const config = workerConfig({ redis, s3, dir });
  queueName = config.queueName;
  const worker = track(new TriggerWorker({ config }));
  const records = new RecordCollector(worker.sink);
  await worker.start();
  let trigger: CatalogTrigger | undefined;
  const at = await armOneShot([worker], file, (schedule) => [trigger = catalogTrigger({ url: `${target.url}/hook`, schedule, ...overrides })]);
  return { at, records, trigger: trigger! };
}

async function jobState(trigger: CatalogTrigger, at: number): Promise<{ state: string; attemptsMade: number }> {
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection });
  try {
    const job = await queue.getJob(tickJobId(trigger.id, at));
    return { state: job ? await job.getState() : 'missing', attemptsMade: job?.attemptsMade ?? -1 };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

test('5xx is retried with exponential backoff until attempts run out; every attempt is recorded', async () => {
  target.handler = (_req, res) => res.writeHead(503).end('busy');
  const { at, records, trigger } = await runOnce({ retry: { attempts: 3, baseDelayMs: 300, maxDelayMs: 5000, jitter: false } });
  const requests = await target.waitForRequests(3, 10_000);
  const failures = await records.waitFor(3, 5000);

  expect(requests.map((r) => r.headers['calvin-attempt'])).toEqual(['1', '2', '3']);
  // One tick: the same ids and nominal time on every attempt.
  expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
  expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
  expect(requests.every((r) => r.headers['calvin-scheduled-at'] === new Date(at).toISOString())).toBe(true);
  // Backoff: 300 ms, then 600 ms (jitter off).
  const gap1 = requests[1].receivedAt - requests[0].receivedAt;
  const gap2 = requests[2].receivedAt - requests[1].receivedAt;
  expect(gap1).toBeGreaterThanOrEqual(290);
  expect(gap2).toBeGreaterThanOrEqual(590);
  expect(gap2).toBeGreaterThan(gap1);

  expect(failures.map((r) => [r.status, r.retry_count, r.http_status, r.error])).toEqual([
    ['failure', 0, 503, 'HTTP 503'], ['failure', 1, 503, 'HTTP 503'], ['failure', 2, 503, 'HTTP 503'],
  ]);
  expect(await jobState(trigger, at)).toEqual({ state: 'failed', attemptsMade: 3 });
});

test('a 4xx other than 408/429 is a final failure: one attempt, no retry', async () => {
  target.handler = (_req, res) => res.writeHead(404).end('no such endpoint');
  const { at, records, trigger } = await runOnce({ retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, jitter: false } });
  const [failure] = await records.waitFor(1, 10_000);
  expect(failure).toMatchObject({ status: 'failure', http_status: 404, retry_count: 0, error: 'HTTP 404' });
  // The job is failed for good (not delayed for a retry), after exactly one attempt.
  const state = await within(5000, (async () => {
    for (let i = 0; i < 50; i++) {
      const s = await jobState(trigger, at);
      if (s.state === 'failed') return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    return jobState(trigger, at);
  })(), 'job to be failed');
  expect(state).toEqual({ state: 'failed', attemptsMade: 1 });
  expect(target.requests).toHaveLength(1);
});

test('429 with Retry-After waits as long as the server asks, then succeeds', async () => {
  let calls = 0;
  target.handler = (_req, res) => {
    calls++;
    if (calls === 1) res.writeHead(429, { 'retry-after': '1' }).end();
    else res.writeHead(200).end();
  };
  const { records } = await runOnce({ retry: { attempts: 3, baseDelayMs: 50, maxDelayMs: 100, jitter: false } });
  const requests = await target.waitForRequests(2, 10_000);
  expect(requests[1].receivedAt - requests[0].receivedAt).toBeGreaterThanOrEqual(990);
  const [first, second] = await records.waitFor(2, 5000);
  expect(first).toMatchObject({ status: 'failure', http_status: 429, retry_count: 0 });
  expect(second).toMatchObject({ status: 'success', http_status: 200, retry_count: 1 });
  expect(second.error).toBeUndefined();
});

test('an attempt that exceeds its timeout fails as "timed out" and is retried', async () => {
  const held: Array<() => void> = [];
  target.handler = (_req, res) => {
    if (target.requests.length === 1) held.push(() => res.writeHead(200).end());
    else res.writeHead(200).end();
  };
  const { records } = await runOnce({ timeoutMs: 400, retry: { attempts: 2, baseDelayMs: 100, maxDelayMs: 100, jitter: false } });
  const [timedOut, retried] = await records.waitFor(2, 10_000);
  held.forEach((release) => release());
  expect(timedOut).toMatchObject({ status: 'failure', http_status: null, retry_count: 0, error: 'timed out after 400 ms' });
  expect(timedOut.duration_ms).toBeGreaterThanOrEqual(390);
  expect(retried).toMatchObject({ status: 'success', retry_count: 1 });
});
