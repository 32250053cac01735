import { join } from 'node:path';
import { verifyTriggerRequest, generateSigningSecret } from '../../contracts/webhook-signature';
import { TriggerWorker } from '../../worker/trigger-worker';
import { catalogTrigger, RedisServer, S3Server, TargetServer, useRealParts, within, workerConfig, writeCatalog } from './harness';

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const { track } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

test('a 6-field schedule fires every second, on the second, signed, with tick headers', async () => {
  const secret = generateSigningSecret();
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/hook?x=1` })]);
  const worker = track(new TriggerWorker({ config: workerConfig({ redis, s3, dir, env: { SIGNING_SECRETS: secret } }) }));
  await worker.start();
  const requests = await target.waitForRequests(4, 8000);
  const ticks = requests.slice(0, 4).map((r) => Date.parse(String(r.headers['calvin-scheduled-at'])));
  for (const [i, tick] of ticks.entries()) {
    expect(tick % 1000).toBe(0);
    if (i > 0) expect(tick - ticks[i - 1]).toBe(1000);
  }
  for (const request of requests.slice(0, 4)) {
    const lateness = request.receivedAt - Date.parse(String(request.headers['calvin-scheduled-at']));
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThan(250);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/hook?x=1');
    expect(request.body).toBe('{"hello":"world"}');
    expect(request.headers['calvin-trigger-id']).toBe('ws/tick');
    expect(request.headers['calvin-attempt']).toBe('1');
    expect(request.headers['idempotency-key']).toBe(request.headers['webhook-id']);
    const verified = verifyTriggerRequest({ headers: request.headers, body: request.body, secret });
    expect(verified.triggerId).toBe('ws/tick');
  }
  expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(requests.length);
});

// The in-memory sink names objects by worker and sequence; the durable one by its batch's stream entry ids.
test.each([
  { durable: 'false', prefix: 'layout/', key: /^layout\/year=\d{4}\/month=\d{2}\/day=\d{2}\/hour=\d{2}\/metrics-\d{13}-pod-a-\d{6}-[0-9a-f]{8}\.json$/ },
  { durable: 'true', prefix: 'layout-durable/', key: /^layout-durable\/year=\d{4}\/month=\d{2}\/day=\d{2}\/hour=\d{2}\/metrics-\d{13}-b[0-9a-f]{32}\.json$/ },
])('each attempt lands in S3 with exactly the seed\'s fields plus scheduled_at (and error on failure), under its UTC hour (METRICS_DURABLE=$durable)', async ({ durable, prefix, key: keyPattern }) => {
  let calls = 0;
  target.handler = (_req, res) => res.writeHead(++calls === 1 ? 500 : 200).end();
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/m`, retry: { attempts: 2, baseDelayMs: 50, maxDelayMs: 50, jitter: false } })]);
  const worker = track(new TriggerWorker({ config: workerConfig({ redis, s3, dir, env: { METRICS_PREFIX: prefix, WORKER_ID: 'pod-a', METRICS_DURABLE: durable } }) }));
  await worker.start();
  await target.waitForRequests(3, 6000);
  await within(15_000, worker.stop(), 'worker to stop');

  const objects = await s3.objects(prefix);
  const records = [...objects.values()].flat();
  expect(records.length).toBeGreaterThanOrEqual(3);
  for (const [key, batch] of objects) {
    expect(key).toMatch(keyPattern);
    for (const record of batch) {
      const t = new Date(record.timestamp);
      const pad = (n: number): string => String(n).padStart(2, '0');
      expect(key).toContain(`year=${t.getUTCFullYear()}/month=${pad(t.getUTCMonth() + 1)}/day=${pad(t.getUTCDate())}/hour=${pad(t.getUTCHours())}/`);
    }
  }
  const seedFields = ['workspace_id', 'job_id', 'job_name', 'trigger_url', 'trigger_method', 'timestamp', 'status', 'duration_ms', 'http_status', 'retry_count', 'scheduled_at'];
  const failure = records.find((r) => r.status === 'failure')!;
  expect(Object.keys(failure).sort()).toEqual([...seedFields, 'error'].sort());
  expect(failure).toMatchObject({ workspace_id: 'ws', job_name: 'tick', trigger_url: `${target.url}/m`, trigger_method: 'POST', http_status: 500, retry_count: 0, error: 'HTTP 500' });
  expect(failure.job_id).toMatch(/^repeat:ws\/tick:\d+$/);
  const retried = records.find((r) => r.job_id === failure.job_id && r.retry_count === 1)!;
  expect(retried.status).toBe('success');
  expect(Object.keys(retried).sort()).toEqual([...seedFields].sort());
  expect(typeof retried.duration_ms).toBe('number');
  expect(Date.parse(retried.timestamp)).toBeGreaterThanOrEqual(Date.parse(retried.scheduled_at));
});
