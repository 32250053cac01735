import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import Redis from 'ioredis';
import { tickJobId } from '../../worker/schedulers';
import { redisClientName, TriggerWorker } from '../../worker/trigger-worker';
import {
  armOneShot, capturingLogger, catalogTrigger, RecordCollector, RedisServer, S3Server, startRedis, TargetServer, useRealParts, workerConfig, writeCatalog,
} from './harness';

/** Outages and policies: missed ticks, forbid, Redis restarts, TLS, secret headers. */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const fleet = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

function startWorker(env: Record<string, string> = {}, server: RedisServer = redis, queueName?: string): { worker: TriggerWorker; records: RecordCollector; lines: string[] } {
  const { logger, lines } = capturingLogger();
  const config = workerConfig({ redis: server, s3, dir, env: { ...(queueName ? { QUEUE_NAME: queueName } : {}), ...env } });
  const worker = fleet.track(new TriggerWorker({ config, logger }));
  return { worker, records: new RecordCollector(worker.sink), lines };
}

/** Makes the target answer after `ms`, counting the most requests it had in flight at once. */
function answerSlowly(ms: number): { maxInFlight(): number } {
  let inFlight = 0;
  let maxInFlight = 0;
  target.handler = (_req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200).end();
    }, ms);
  };
  return { maxInFlight: () => maxInFlight };
}

test('ticks due while no worker ran are recorded as missed, not fired; firing resumes on time', async () => {
  const file = join(dir, 'triggers.json');
  writeCatalog(file, [catalogTrigger({ url: `${target.url}/due`, startingDeadlineMs: 500 })]);
  const queueName = `q-missed-${Date.now()}`;
  const first = startWorker({}, redis, queueName);
  await first.worker.start();
  await target.waitForRequests(1, 5000);
  await first.worker.stop();
  const lastFired = Math.max(...target.requests.map((r) => Date.parse(String(r.headers['calvin-scheduled-at']))));

  // The outage: the schedulers stay in Redis, nobody takes their jobs for ~3 s.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const second = startWorker({}, redis, queueName);
  await second.worker.start();
  const restartedAt = Date.now();
  // Firing resumes; the outage's missed records are written by the overdue job while the ticks it
  // enqueued (still within their deadline) run beside it, so the two come in either order.
  await second.records.waitFor(1, 5000, (r) => r.status === 'success');
  await second.records.waitFor(1, 5000, (r) => r.status === 'missed' && Date.parse(r.scheduled_at) === lastFired + 1000);
  const missed = await second.records.waitFor(2, 5000, (r) => r.status === 'missed');
  expect(missed.length).toBeGreaterThanOrEqual(2);

  // The pending tick is past its 500 ms deadline; the ticks after it never got a job: all missed.
  const missedTicks = missed.map((r) => Date.parse(r.scheduled_at));
  expect(Math.min(...missedTicks)).toBe(lastFired + 1000);
  expect(missed.every((r) => r.http_status === null && r.duration_ms === 0 && r.retry_count === 0 && /starting deadline|no worker took this tick/.test(r.error ?? ''))).toBe(true);
  expect(missed.every((r) => r.job_id === tickJobId('ws/tick', Date.parse(r.scheduled_at)))).toBe(true);
  // None of them reached the target, and what fired after the restart is on schedule.
  const firedTicks = target.requests.map((r) => Date.parse(String(r.headers['calvin-scheduled-at'])));
  expect(firedTicks.filter((t) => missedTicks.includes(t))).toEqual([]);
  expect(firedTicks.filter((t) => t > lastFired).every((t) => t >= restartedAt - 1000)).toBe(true);
});

test('concurrency forbid: a tick while the previous run is in flight is missed, runs never overlap', async () => {
  const slow = answerSlowly(2200);
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/slow`, concurrency: 'forbid', timeoutMs: 5000 })]);
  const { worker, records } = startWorker();
  await worker.start();
  const missed = await records.waitFor(2, 10_000, (r) => r.status === 'missed');
  await records.waitFor(2, 10_000, (r) => r.status === 'success');
  expect(missed[0].error).toMatch(/previous run \(repeat:ws\/tick:\d+\) is still in flight and concurrency is forbid/);
  expect(slow.maxInFlight()).toBe(1);
});

test('allow (the default) lets runs of one trigger overlap', async () => {
  const slow = answerSlowly(2200);
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/slow`, timeoutMs: 5000 })]);
  const { worker, records } = startWorker();
  await worker.start();
  await records.waitFor(2, 10_000, (r) => r.status === 'success');
  expect(slow.maxInFlight()).toBeGreaterThan(1);
  expect(records.records.filter((r) => r.status === 'missed')).toEqual([]);
});

test('Redis restarted mid-run (its data gone): the worker reconnects, re-creates its schedulers and keeps firing', async () => {
  const own = await startRedis();
  try {
    writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/r` })]);
    const { worker, lines } = startWorker({}, own);
    await worker.start();
    await target.waitForRequests(2, 5000);
    await own.stop();
    await own.start();
    const stoppedAt = Date.now();
    await target.waitForRequests(3, 15_000, (r) => Date.parse(String(r.headers['calvin-scheduled-at'])) > stoppedAt);
    expect(lines.some((l) => l.includes('"reason":"redis reconnected"') && l.includes('"added":1'))).toBe(true);
  } finally {
    await fleet.stop();
    await own.stop();
  }
});

test('rediss:// (TLS, private CA) works', async () => {
  const tls = await startRedis({ tls: true });
  try {
    expect(tls.url).toMatch(/^rediss:\/\//);
    writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/tls` })]);
    const { worker } = startWorker({}, tls);
    await worker.start();
    await target.waitForRequests(2, 6000);
    const ready = await fetch(`http://127.0.0.1:${worker.port}/readyz`);
    expect(ready.status).toBe(200);
  } finally {
    await fleet.stop();
    await tls.stop();
  }
});

test('secret header values reach the target but never a record, an S3 object or a log line', async () => {
  const token = `Bearer sk-${Math.random().toString(36).slice(2)}-secret`;
  mkdirSync(join(dir, 'secrets', 'app-token'), { recursive: true });
  writeFileSync(join(dir, 'secrets', 'app-token', 'header'), `${token}\n`);
  const file = join(dir, 'triggers.json');
  writeCatalog(file, []);
  const { worker, records, lines } = startWorker({ LOG_LEVEL: 'debug', METRICS_PREFIX: 'secrets/' });
  await worker.start();
  await armOneShot([worker], file, (schedule) => [
    catalogTrigger({ name: 'ok', url: `${target.url}/ok`, schedule, secretHeaders: { Authorization: { secret: 'app-token', key: 'header' } } }),
    catalogTrigger({ name: 'broken', url: `${target.url}/broken`, schedule, secretHeaders: { Authorization: { secret: 'absent', key: 'header' } } }),
  ]);
  const [request] = await target.waitForRequests(1, 6000);
  expect(request.headers.authorization).toBe(token);
  const [broken] = await records.waitFor(1, 6000, (r) => r.job_name === 'broken');
  expect(broken).toMatchObject({ status: 'failure', http_status: null });
  expect(broken.error).toMatch(/secret header value absent\/header is not readable/);
  await worker.stop();
  const everything = [JSON.stringify(records.records), JSON.stringify([...(await s3.objects('secrets/')).values()]), lines.join('\n')].join('\n');
  expect(everything).toContain('ws/ok');
  expect(everything).not.toContain(token.slice(7));
});

test('/healthz, /readyz and Prometheus /metrics', async () => {
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/m` })]);
  const { worker, records } = startWorker();
  await worker.start();
  await records.waitFor(2, 6000);
  const base = `http://127.0.0.1:${worker.port}`;
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  const metrics = await (await fetch(`${base}/metrics`)).text();
  expect(metrics).toMatch(/calvin_trigger_executions_total\{status="success"\} [1-9]/);
  expect(metrics).toMatch(/calvin_trigger_lateness_seconds_count [1-9]/);
  expect(metrics).toMatch(/calvin_trigger_attempt_duration_seconds_bucket\{le="0.1"\} [1-9]/);
  expect(metrics).toMatch(/calvin_metrics_buffer_records [1-9]/);
  expect(metrics).toContain('calvin_metrics_flush_failures_total 0');
  expect(metrics).toContain('calvin_catalog_triggers 1');
  expect(metrics).toContain('process_resident_memory_bytes');
});

interface Readyz { readonly status: number; readonly body: { status: string; problems?: string[] } }

/**
 * Polls /readyz until `wanted` holds (at most `timeoutMs`): a connection's state has no event
 * outside the worker, so the endpoint is asked every 50 ms.
 */
async function readyzUntil(port: number, wanted: (r: Readyz) => boolean, timeoutMs: number): Promise<Readyz> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    const readyz = { status: response.status, body: await response.json() } as Readyz;
    if (wanted(readyz) || Date.now() > deadline) return readyz;
    await delay(50);
  }
}

test('/readyz names the runner connection (markers and records) when it alone is down, and is 200 again once it is back', async () => {
  const own = await startRedis();
  const admin = new Redis(own.url);
  try {
    writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ url: `${target.url}/rc`, schedule: '0 0 0 1 1 *' })]);
    const { worker } = startWorker({ WORKER_ID: 'rc 1' }, own);
    await worker.start();
    const port = worker.port!;
    expect((await readyzUntil(port, () => true, 0)).status).toBe(200);
    // Its connection dropped, and no new one let in: it cannot reconnect until maxclients is raised.
    const clients = String(await admin.client('LIST')).trim().split('\n')
      .map((line) => Object.fromEntries(line.split(' ').map((field) => field.split('=', 2))));
    expect(clients.map((c) => c.name)).toContain(redisClientName('rc 1', 'main'));
    const runner = clients.find((c) => c.name === redisClientName('rc 1', 'runner'));
    expect(runner?.name).toBe('calvin-worker:rc-1:runner');
    await admin.config('SET', 'maxclients', '1');
    await admin.client('KILL', 'ID', runner!.id);
    const down = await readyzUntil(port, (r) => r.status === 503, 5000);
    expect(down).toEqual({ status: 503, body: { status: 'not ready', problems: [expect.stringMatching(/^redis \(markers and records\) is (connecting|connect|reconnecting)$/)] } });

    await admin.config('SET', 'maxclients', '10000');
    expect(await readyzUntil(port, (r) => r.status === 200, 5000)).toEqual({ status: 200, body: { status: 'ready' } });
  } finally {
    admin.disconnect();
    await fleet.stop();
    await own.stop();
  }
});
