import { join } from 'node:path';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import type { ExecutionRecord } from '../../contracts/execution-record';
import {
  catalogTrigger, ReceivedRequest, RedisServer, requestsOf, S3Server, startRedis, TargetServer, tickOfRecord,
  tickOfRequest, until, workerEnv, WorkerProcess, writeCatalog, useRealParts,
} from './harness';

/**
 * `missed` means missed, across a Redis restart without data and a whole-fleet outage: counted at
 * the target and in S3 (the replicas flush on SIGTERM), never in the worker's own counters.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const processes = useRealParts((parts) => ({ redis, s3, target, dir } = parts)).processes;

const scheduledAt = (r: ReceivedRequest): number => Date.parse(String(r.headers['calvin-scheduled-at']));

function triggersEverySecond(count: number, prefix: string, overrides: Partial<CatalogTrigger> = {}): CatalogTrigger[] {
  return Array.from({ length: count }, (_, i) => catalogTrigger({ name: `${prefix}${i}`, url: `${target.url}/${prefix}${i}`, ...overrides }));
}

async function startFleet(env: Record<string, string>, ids: string[]): Promise<WorkerProcess[]> {
  const fleet = ids.map((id) => new WorkerProcess({ ...env, WORKER_ID: id }));
  processes.push(...fleet);
  await Promise.all(fleet.map((p) => p.waitForLog('scheduler worker started', 30_000)));
  return fleet;
}

/** Every record in S3 under `prefix`, and the missed ones by tick. */
async function missedInS3(prefix: string): Promise<{ records: ExecutionRecord[]; missed: Map<string, number> }> {
  const records = [...(await s3.objects(prefix)).values()].flat();
  const missed = new Map<string, number>();
  for (const r of records.filter((x) => x.status === 'missed')) missed.set(tickOfRecord(r), (missed.get(tickOfRecord(r)) ?? 0) + 1);
  return { records, missed };
}

test('Redis restarted without its data under two replicas: schedulers re-asserted, firing resumes, no false missed record', async () => {
  const own = await startRedis();
  try {
    const TRIGGERS = 10;
    writeCatalog(join(dir, 'triggers.json'), triggersEverySecond(TRIGGERS, 'r'));
    const env = workerEnv({ redis: own, s3, dir, env: { METRICS_FLUSH_INTERVAL_MS: '1000', METRICS_PREFIX: 'redis-restart/' } });
    const fleet = await startFleet(env, ['ra', 'rb']);
    await target.waitForRequests(TRIGGERS * 2, 15_000);

    await own.stop();
    await own.start();
    const restartedAt = Date.now();
    // Every trigger fires again from the new Redis (its schedulers were re-created by a reconcile).
    await target.waitForRequests(TRIGGERS * 3, 30_000, (r) => scheduledAt(r) > restartedAt + 1000);
    const reasserted = fleet.flatMap((p) => p.logs()).filter((l) => l.msg === 'schedulers reconciled' && l.reason === 'redis reconnected');
    expect(reasserted.some((l) => Number(l.added) === TRIGGERS)).toBe(true);
    expect(await Promise.all(fleet.map((p) => p.stop()))).toEqual([0, 0]);

    const { records, missed } = await missedInS3('redis-restart/');
    expect(records.filter((r) => r.status === 'success').length).toBeGreaterThanOrEqual(TRIGGERS * 3);
    expect([...missed.keys()]).toEqual([]);
  } finally {
    await own.stop();
  }
}, 120_000);

test('a whole-fleet outage longer than the starting deadline: each tick in it is recorded missed exactly once and never sent', async () => {
  const TRIGGERS = 10;
  const OUTAGE_MS = 7000;
  const triggers = triggersEverySecond(TRIGGERS, 'o', { startingDeadlineMs: 2000 });
  writeCatalog(join(dir, 'triggers.json'), triggers);
  const env = workerEnv({ redis, s3, dir, env: { METRICS_FLUSH_INTERVAL_MS: '1000', METRICS_PREFIX: 'outage/' } });
  const before = await startFleet(env, ['oa', 'ob']);
  await target.waitForRequests(TRIGGERS * 3, 15_000);
  // The whole fleet crashes, holding ticks (some maybe already sent); nobody runs for OUTAGE_MS.
  before.forEach((p) => p.kill());
  await Promise.all(before.map((p) => p.exited));
  const downAt = Date.now();
  const sentBefore = target.requests.length;
  // The outage itself is the scenario: there is no event to wait on, only its length.
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
  const after = await startFleet(env, ['oc', 'od']);
  const upAt = Date.now();
  await target.waitForRequests(TRIGGERS, 20_000, (r) => scheduledAt(r) > upAt);

  // Every tick of the outage ends one way: a request (a tick the fleet had sent before it died is
  // sent again, same ids) or a `missed` line. Wait until each one has, line by line.
  const outageTicks = triggers.flatMap((t) => Array.from({ length: Math.floor(OUTAGE_MS / 1000) - 1 }, (_, i) => `${t.id}@${Math.ceil(downAt / 1000) * 1000 + 1000 * (i + 1)}`));
  const missedLines = (): Set<string> => new Set(after.flatMap((p) => p.logs())
    .filter((l) => l.msg === 'trigger tick missed').map((l) => `${String(l.trigger)}@${Date.parse(String(l.scheduledAt))}`));
  const settled = (): boolean => {
    const sent = new Set(target.requests.map(tickOfRequest));
    const missed = missedLines();
    return outageTicks.every((tick) => sent.has(tick) || missed.has(tick));
  };
  await until(settled, [requestsOf(target), ...after.map((p) => (wake: () => void) => p.onLine(wake))], 20_000, 'every outage tick sent or missed');
  expect(await Promise.all(after.map((p) => p.stop()))).toEqual([0, 0]);

  const { missed } = await missedInS3('outage/');
  const sent = new Set(target.requests.map(tickOfRequest));
  // The ticks inside the outage that were not sent before it are all missed, once each.
  const unsent = outageTicks.filter((tick) => !sent.has(tick));
  expect(unsent.length).toBeGreaterThanOrEqual(TRIGGERS * 4);
  expect(unsent.filter((tick) => missed.get(tick) !== 1)).toEqual([]);
  // No tick is both missed and sent, and no tick is recorded missed twice.
  expect([...missed.keys()].filter((tick) => sent.has(tick))).toEqual([]);
  expect([...missed].filter(([, n]) => n > 1)).toEqual([]);
  // What the new fleet sent for the outage's ticks, it sent within their starting deadline (the
  // ticks just before it came back), plus the time a request takes to arrive.
  const lateRequests = target.requests.slice(sentBefore).filter((r) => scheduledAt(r) > downAt + 1000 && r.receivedAt - scheduledAt(r) > 2000 + 1000);
  expect(lateRequests.map(tickOfRequest)).toEqual([]);
}, 120_000);
