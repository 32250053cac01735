import { join } from 'node:path';
import { nextFireTime } from '../../contracts/schedule';
import { leadRepeatStrategy, nominalTimeOf, SCHEDULE_LEAD_MS, tickJobId } from '../../worker/schedulers';
import { TriggerWorker } from '../../worker/trigger-worker';
import { armOneShot, catalogTrigger, RedisServer, S3Server, TargetServer, useRealParts, workerConfig, writeCatalog } from './harness';

/** BullMQ chains ticks through the repeat strategy: each call gets the previous job's due time. */
function chain(pattern: string, tz: string, fromIso: string, count: number): string[] {
  let due = leadRepeatStrategy(Date.parse(fromIso) - SCHEDULE_LEAD_MS, { pattern, tz })!;
  const ticks: string[] = [];
  for (let i = 0; i < count; i++) {
    ticks.push(new Date(due + SCHEDULE_LEAD_MS).toISOString());
    due = leadRepeatStrategy(due, { pattern, tz })!;
  }
  return ticks;
}

describe('the worker\'s repeat strategy keeps the DST policy of constructs/schedule.ts', () => {
  test('spring forward (Europe/Madrid, 2026-03-29 02:00 → 03:00): 02:30 fires at 03:30 CEST, once', () => {
    expect(chain('30 2 * * *', 'Europe/Madrid', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:30:00.000Z', // 03:30 CEST: 02:30 did not exist
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
    ]);
  });

  test('fall back (Europe/Madrid, 2026-10-25 03:00 → 02:00): 02:30 fires once, at its first occurrence', () => {
    expect(chain('30 2 * * *', 'Europe/Madrid', '2026-10-23T12:00:00Z', 3)).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z', // 02:30 CEST; not again at 02:30 CET (01:30Z)
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  test('an every-30-minutes schedule keeps firing on elapsed time through the repeated hour', () => {
    expect(chain('*/30 * * * *', 'Europe/Madrid', '2026-10-24T23:50:00Z', 4)).toEqual([
      '2026-10-25T00:00:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T01:30:00.000Z',
    ]);
  });

  test('the lead shifts due times only: the ticks are what the cron parser says', () => {
    const from = Date.parse('2026-11-22T10:00:00.250Z');
    expect(leadRepeatStrategy(from - SCHEDULE_LEAD_MS, { pattern: '*/15 * * * * *', tz: 'UTC' })! + SCHEDULE_LEAD_MS).toBe(nextFireTime('*/15 * * * * *', 'UTC', from));
    const job = { opts: { prevMillis: Date.parse('2026-11-22T10:00:15Z') - SCHEDULE_LEAD_MS }, timestamp: 0, repeatJobKey: 'ws/a' };
    expect(new Date(nominalTimeOf(job)).toISOString()).toBe('2026-11-22T10:00:15.000Z');
    expect(tickJobId('ws/a', Date.parse('2026-11-22T10:00:15Z'))).toBe(`repeat:ws/a:${Date.parse('2026-11-22T10:00:15Z') - SCHEDULE_LEAD_MS}`);
  });
});

/** A 6-field schedule firing once a day at `at`'s wall-clock time in Asia/Kathmandu. */
function kathmanduDaily(at: number): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kathmandu', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
    .formatToParts(new Date(at)).map((p) => [p.type, Number(p.value)]));
  return `${parts.second} ${parts.minute} ${parts.hour} * * *`;
}

describe('a time zone reaches BullMQ', () => {
  let redis: RedisServer;
  let s3: S3Server;
  let target: TargetServer;
  let dir: string;
  const { track } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

  test('a wall-clock time in Asia/Kathmandu (UTC+05:45) fires at that instant', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, []);
    const worker = track(new TriggerWorker({ config: workerConfig({ redis, s3, dir }) }));
    await worker.start();
    // Read as UTC, the schedule would be 5 h 45 min off.
    const at = await armOneShot([worker], file, (_, tick) => [catalogTrigger({ url: `${target.url}/ktm`, schedule: kathmanduDaily(tick), timezone: 'Asia/Kathmandu' })], 3000);
    const [request] = await target.waitForRequests(1, 8000);
    expect(request.headers['calvin-scheduled-at']).toBe(new Date(at).toISOString());
    expect(request.receivedAt - at).toBeGreaterThanOrEqual(0);
    expect(request.receivedAt - at).toBeLessThan(500);
  });
});
