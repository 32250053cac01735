import { join } from 'node:path';
import { verifyTriggerRequest, generateSigningSecret } from '../../constructs/webhook-signature';
import { TriggerWorker } from '../../worker/trigger-worker';
import { catalogTrigger, RedisServer, removeDir, S3Server, startRedis, startS3, TargetServer, tempDir, within, workerConfig, writeCatalog } from './harness';

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
let worker: TriggerWorker | undefined;

beforeAll(async () => {
  [redis, s3, target] = await Promise.all([startRedis(), startS3(), new TargetServer().listen()]);
});
afterAll(async () => {
  s3?.destroy();
  await Promise.all([redis?.stop(), s3?.stop(), target?.close()]);
});
beforeEach(() => {
  dir = tempDir();
  target.requests.length = 0;
  target.handler = (_req, res) => res.writeHead(200).end('ok');
});
afterEach(async () => {
  if (worker) await within(15_000, worker.stop(), 'worker to stop');
  worker = undefined;
  removeDir(dir);
});

test('a 6-field schedule fires every second, on the second, signed, with tick headers', async () => {
  const secret = generateSigningSecret();
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/hook?x=1` })]);
  worker = new TriggerWorker({ config: workerConfig({ redis, s3, dir, env: { SIGNING_SECRETS: secret } }) });
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
