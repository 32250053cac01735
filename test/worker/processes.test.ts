import { join } from 'node:path';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import {
  catalogTrigger, RedisServer, S3Server, TargetServer, workerEnv, WorkerProcess, writeCatalog,
  useRealParts,
} from './harness';

/** Workers in their own processes, as replicas run in production. */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const processes = useRealParts((parts) => ({ redis, s3, target, dir } = parts)).processes;

test('two worker processes: every tick of every trigger fires exactly once (50 triggers × 20+ ticks)', async () => {
  const TRIGGERS = 50;
  const TICKS = 20;
  const triggers: CatalogTrigger[] = Array.from({ length: TRIGGERS }, (_, i) => catalogTrigger({ name: `t${String(i).padStart(2, '0')}`, url: `${target.url}/t${i}` }));
  const file = join(dir, 'triggers.json');
  writeCatalog(file, triggers);
  // The in-memory sink names each object after its replica, which is how this test sees that both
  // did work; durable objects are named by content (durable-crash.test.ts covers that path).
  const env = workerEnv({ redis, s3, dir, env: { METRICS_FLUSH_INTERVAL_MS: '1000', METRICS_PREFIX: 'replicas/', METRICS_DURABLE: 'false' } });
  // Both replicas start (and reconcile) at the same moment.
  const a = new WorkerProcess({ ...env, WORKER_ID: 'replica-a' });
  const b = new WorkerProcess({ ...env, WORKER_ID: 'replica-b' });
  processes.push(a, b);
  await Promise.all([a.waitForLog('scheduler worker started', 20_000), b.waitForLog('scheduler worker started', 20_000)]);

  // Halfway, a catalog change upserts every scheduler from both replicas at once (BullMQ has had
  // duplicate-tick bugs on upsert): a new header on every trigger.
  await target.waitForRequests(TRIGGERS * (TICKS / 2), 30_000);
  writeCatalog(file, triggers.map((t) => ({ ...t, headers: { ...t.headers, 'x-version': '2' } })));
  await target.waitForRequests(TRIGGERS * (TICKS + 2), 40_000);
  const [codeA, codeB] = await Promise.all([a.stop(), b.stop()]);
  expect([codeA, codeB]).toEqual([0, 0]);

  const perTick = new Map<string, number>();
  for (const r of target.requests) {
    const key = `${r.headers['calvin-trigger-id']}@${r.headers['calvin-scheduled-at']}`;
    perTick.set(key, (perTick.get(key) ?? 0) + 1);
  }
  const duplicates = [...perTick].filter(([, n]) => n > 1);
  expect(duplicates).toEqual([]);

  // No tick skipped either: each trigger's ticks are consecutive seconds (the catalog change included).
  for (const trigger of triggers) {
    const ticks = target.requests.filter((r) => r.headers['calvin-trigger-id'] === trigger.id)
      .map((r) => Date.parse(String(r.headers['calvin-scheduled-at']))).sort((x, y) => x - y);
    expect(ticks.length).toBeGreaterThanOrEqual(TICKS);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]).filter((gap) => gap !== 1000);
    expect({ trigger: trigger.id, gaps }).toEqual({ trigger: trigger.id, gaps: [] });
  }
  // Both replicas did work, and the new header took effect.
  const keys = [...(await s3.objects('replicas/')).keys()];
  const workers = new Set(keys.map((k) => /metrics-\d+-(replica-[ab])-/.exec(k)?.[1]));
  expect(workers).toEqual(new Set(['replica-a', 'replica-b']));
  expect(target.requests.some((r) => r.headers['x-version'] === '2')).toBe(true);
}, 120_000);

test('SIGTERM: in-flight attempts finish, buffered metrics are flushed, exit code 0', async () => {
  // Responses take 1.5 s, so a request is in flight when SIGTERM arrives.
  target.handler = (_req, res) => setTimeout(() => res.writeHead(200).end(), 1500);
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/slow` })]);
  // Flush thresholds that are never reached while running: only the shutdown flush writes.
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { METRICS_FLUSH_COUNT: '10000', METRICS_FLUSH_INTERVAL_MS: '3600000', WORKER_ID: 'sigterm', METRICS_PREFIX: 'sigterm/' } }));
  processes.push(worker);
  await worker.waitForLog('scheduler worker started', 20_000);
  await target.waitForRequests(2, 10_000);
  expect(await s3.objects('sigterm/')).toEqual(new Map());

  expect(await worker.stop(20_000)).toBe(0);
  const requestsAtExit = target.requests.length;

  const records = [...(await s3.objects('sigterm/')).values()].flat();
  // One record per request sent, each a success: the in-flight ones finished rather than being cut.
  expect(records).toHaveLength(requestsAtExit);
  expect(records.every((r) => r.status === 'success' && r.http_status === 200)).toBe(true);
  expect(worker.lines.some((l) => l.includes('"msg":"scheduler worker stopped"'))).toBe(true);
}, 60_000);

test('a bad environment: the worker refuses to start and lists every problem', async () => {
  const worker = new WorkerProcess({ REDIS_URL: 'http://nope', S3_BUCKET: '', METRICS_FLUSH_COUNT: 'lots', SIGNING_SECRETS: 'whsec_short', PORT: '0' });
  processes.push(worker);
  const line = await worker.waitForLog('invalid worker configuration; refusing to start', 20_000);
  expect(await worker.exited).toBe(78);
  expect(line.problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^REDIS_URL: scheme "http:"/),
    expect.stringMatching(/^S3_BUCKET: is not set/),
    expect.stringMatching(/^METRICS_FLUSH_COUNT: "lots"/),
    expect.stringMatching(/^SIGNING_SECRETS: secret #1/),
  ]));
  expect(worker.lines.join('\n')).not.toContain('whsec_short');
}, 30_000);
