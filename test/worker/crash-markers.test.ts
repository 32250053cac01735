import { join } from 'node:path';
import { Redis } from 'ioredis';
import { tickMarkerTtlMs } from '../../worker/trigger-runner';
import { Queue } from 'bullmq';
import { backfillTicks, nominalTimeOf, SCHEDULE_LEAD_MS, tickJobId, TickJobData, triggerRevision } from '../../worker/schedulers';
import { runnerKeyPrefix, TickMarkers } from '../../worker/tick-markers';
import { TriggerWorker } from '../../worker/trigger-worker';
import {
  armOneShot, catalogTrigger, RecordCollector, RedisServer, removeDir, S3Server, TargetServer, tempDir, until,
  watchingLogger, within, workerConfig, writeCatalog, startRealParts, stopRealParts,
} from './harness';

/**
 * The per-tick sent/missed markers, in every order two claimants can reach them, on a real
 * redis-server; then a worker that finds its tick already recorded missed.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let client: Redis;
let markers: TickMarkers;
let dir: string;

beforeAll(async () => {
  ({ redis, s3, target } = await startRealParts());
  client = new Redis(redis.url);
  markers = new TickMarkers({ redis: client, prefix: runnerKeyPrefix(`q-markers-${Date.now()}`) });
});
afterAll(async () => {
  client.disconnect();
  await stopRealParts({ redis, s3, target });
});
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

let next = 1_800_000_000_000;
const tick = (): number => (next += 1000);

test('sent first: a later missed claim (a late or resumed job, a swallowed-tick scan) loses, and records nothing', async () => {
  const at = tick();
  expect(await markers.claimSend('ws/a', at, 60_000)).toBe('claimed');
  expect(await markers.claimMissed('ws/a', at, 60_000)).toBe('sent');
  expect(await markers.claimMissedMany('ws/a', [at], 60_000)).toEqual([]);
  expect(await markers.get('ws/a', at)).toBe('sent');
});

test('missed first: a later send claim (a job that was slow to start) finds it missed and must not send', async () => {
  const at = tick();
  expect(await markers.claimMissed('ws/a', at, 60_000)).toBe('claimed');
  expect(await markers.claimSend('ws/a', at, 60_000)).toBe('missed');
  expect(await markers.claimMissed('ws/a', at, 60_000)).toBe('missed');
});

test('sent twice (a crashed holder, then the replica that resumed its job): both send, with the same ids', async () => {
  const at = tick();
  expect(await markers.claimSend('ws/a', at, 60_000)).toBe('claimed');
  expect(await markers.claimSend('ws/a', at, 60_000)).toBe('sent');
});

test('racing claimants: exactly one wins, whatever the interleaving', async () => {
  const ticks = Array.from({ length: 50 }, tick);
  const results = await Promise.all(ticks.flatMap((at) => [markers.claimSend('ws/r', at, 60_000), markers.claimMissed('ws/r', at, 60_000)]));
  for (let i = 0; i < ticks.length; i++) {
    const [send, missed] = results.slice(2 * i, 2 * i + 2);
    expect([send, missed].filter((r) => r === 'claimed')).toHaveLength(1);
    // The loser sees the winner's outcome: never both sent and missed.
    expect(send === 'claimed' ? missed : send).toBe(send === 'claimed' ? 'sent' : 'missed');
  }
});

test('a swallowed-tick scan claims only the ticks nobody sent, and markers expire', async () => {
  const ticks = Array.from({ length: 6 }, tick);
  await markers.claimSend('ws/s', ticks[1], 60_000);
  await markers.claimSend('ws/s', ticks[4], 60_000);
  expect(await markers.claimMissedMany('ws/s', ticks, 60_000)).toEqual([ticks[0], ticks[2], ticks[3], ticks[5]]);
  expect(await markers.claimMissedMany('ws/s', ticks, 60_000)).toEqual([]);
  const ttl = await client.pttl(markers.key('ws/s', ticks[0]));
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(60_000);
  // A marker outlives the starting deadline and the whole run of retries.
  const trigger = catalogTrigger({ url: 'http://127.0.0.1:1/x', startingDeadlineMs: 30_000 });
  expect(tickMarkerTtlMs(trigger)).toBeGreaterThan(trigger.startingDeadlineMs + trigger.timeoutMs * trigger.retry.attempts);
});

test('ticks enqueued for a broken chain keep their tick job ids and nominal times, and never duplicate an existing job', async () => {
  const queue = new Queue<TickJobData>(`q-backfill-${Date.now()}`, { connection: { host: '127.0.0.1', port: redis.port } });
  try {
    const trigger = catalogTrigger({ url: `${target.url}/b` });
    const revision = triggerRevision(trigger);
    const base = Math.ceil(Date.now() / 1000) * 1000 + 60_000;
    const existing = await queue.add(trigger.id, { trigger, revision, nominal: base }, { jobId: tickJobId(trigger.id, base), delay: 60_000 });
    await backfillTicks(queue, trigger, revision, [base, base + 1000, base + 2000]);
    const jobs = await queue.getJobs(['delayed', 'wait']);
    expect(jobs.map((j) => j.id).sort()).toEqual([base, base + 1000, base + 2000].map((t) => tickJobId(trigger.id, t)).sort());
    // The job that was there is the one kept (same timestamp), not a second one.
    expect((await queue.getJob(existing.id!))!.timestamp).toBe(existing.timestamp);
    for (const job of jobs) {
      expect(nominalTimeOf(job)).toBe(Number(job.id!.split(':').pop()) + SCHEDULE_LEAD_MS);
      expect(job.delay).toBeGreaterThan(50_000);
    }
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
});

test('a worker whose tick is already recorded missed sends nothing for it and records nothing more', async () => {
  const file = join(dir, 'triggers.json');
  writeCatalog(file, []);
  const { logger, lines, source } = watchingLogger();
  const config = workerConfig({ redis, s3, dir, env: { METRICS_PREFIX: 'markers/' } });
  const worker = new TriggerWorker({ config, logger });
  const records = new RecordCollector(worker.sink);
  const ownMarkers = new TickMarkers({ redis: client, prefix: runnerKeyPrefix(config.queueName) });
  try {
    await worker.start();
    const at = await armOneShot([worker], file, async (schedule, tick) => {
      // Another replica recorded `gone`'s tick missed (e.g. a swallowed-tick scan) before its job ran.
      expect(await ownMarkers.claimMissed('ws/gone', tick, 60_000)).toBe('claimed');
      return [
        catalogTrigger({ name: 'gone', url: `${target.url}/gone`, schedule }),
        catalogTrigger({ name: 'kept', url: `${target.url}/kept`, schedule }),
      ];
    }, 3500);
    await until(() => lines.some((l) => l.includes('tick already recorded missed; not sent') && l.includes('ws/gone')), [source], 10_000, 'the gone tick to be skipped');
    await target.waitForRequests(1, 10_000, (r) => r.url === '/kept');
    await records.waitFor(1, 5000, (r) => r.job_name === 'kept');
    expect(target.requests.filter((r) => r.url === '/gone')).toEqual([]);
    expect(records.records.filter((r) => r.job_name === 'gone')).toEqual([]);
    expect(await ownMarkers.get('ws/kept', at)).toBe('sent');
  } finally {
    await within(15_000, worker.stop(), 'worker to stop');
  }
}, 30_000);
