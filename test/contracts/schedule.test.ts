import { CronExpressionParser } from 'cron-parser';
import { fireTimesBetween, nextFireTime, scheduleProblem, timezoneProblem } from '../../contracts/schedule';

const MADRID = 'Europe/Madrid';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const between = (schedule: string, timezone: string, from: string, to: string, limit = 100) => {
  const { times, more } = fireTimesBetween(schedule, timezone, at(from), at(to), limit);
  return { times: times.map(iso), more };
};

describe('DST policy (constructs/schedule.ts), Europe/Madrid 2026', () => {
  // 2026-03-29: 02:00 CET (01:00Z) jumps to 03:00 CEST. 2026-10-25: 03:00 CEST (01:00Z) falls back to 02:00 CET.

  test('spring forward: a daily 02:30 that does not exist fires at 03:30 CEST (01:30Z), and is not lost', () => {
    expect(iso(nextFireTime('30 2 * * *', MADRID, at('2026-03-28T12:00:00Z')))).toBe('2026-03-29T01:30:00.000Z');
    expect(between('30 2 * * *', MADRID, '2026-03-27T12:00:00Z', '2026-03-31T12:00:00Z').times).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:30:00.000Z', // 03:30 CEST: the nonexistent 02:30, shifted by the jump
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
      '2026-03-31T00:30:00.000Z',
    ]);
  });

  test('fall back: a daily 02:30 that happens twice fires once, at its first occurrence (00:30Z)', () => {
    expect(between('30 2 * * *', MADRID, '2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z').times).toEqual([
      '2026-10-25T00:30:00.000Z', // 02:30 CEST; the second 02:30 (01:30Z, CET) does not fire
      '2026-10-26T01:30:00.000Z', // 02:30 CET
    ]);
  });

  test('fall back: every 30 minutes keeps firing on elapsed time through both occurrences of 02:xx', () => {
    expect(between('*/30 * * * *', MADRID, '2026-10-24T23:59:00Z', '2026-10-25T01:59:00Z').times).toEqual([
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T00:30:00.000Z', // 02:30 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET
      '2026-10-25T01:30:00.000Z', // 02:30 CET
    ]);
  });

  test('spring forward: every 30 minutes has no gap in elapsed time', () => {
    expect(between('*/30 * * * *', MADRID, '2026-03-29T00:15:00Z', '2026-03-29T02:10:00Z').times).toEqual([
      '2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-29T02:00:00.000Z',
    ]);
  });

  test('the same expression in UTC ignores Madrid\'s DST', () => {
    expect(iso(nextFireTime('30 2 * * *', 'UTC', at('2026-03-28T12:00:00Z')))).toBe('2026-03-29T02:30:00.000Z');
  });
});

describe('schedule syntax', () => {
  test('6 fields: seconds first', () => {
    expect(scheduleProblem('*/15 * * * * *')).toBeUndefined();
    expect(between('*/15 * * * * *', 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z').times).toEqual([
      '2026-01-01T00:00:15.000Z', '2026-01-01T00:00:30.000Z', '2026-01-01T00:00:45.000Z',
    ]);
    expect(iso(nextFireTime('30 0 9 * * *', MADRID, at('2026-01-01T00:00:00Z')))).toBe('2026-01-01T08:00:30.000Z');
  });

  test.each<[string, string, string]>([
    ['@hourly', '2026-01-01T10:20:00Z', '2026-01-01T11:00:00.000Z'],
    ['@daily', '2026-01-01T10:20:00Z', '2026-01-02T00:00:00.000Z'],
    ['@midnight', '2026-01-01T10:20:00Z', '2026-01-02T00:00:00.000Z'],
    ['@weekly', '2026-01-01T10:20:00Z', '2026-01-04T00:00:00.000Z'], // Sunday
    ['@monthly', '2026-01-01T10:20:00Z', '2026-02-01T00:00:00.000Z'],
    ['@yearly', '2026-01-01T10:20:00Z', '2027-01-01T00:00:00.000Z'],
    ['@annually', '2026-01-01T10:20:00Z', '2027-01-01T00:00:00.000Z'],
  ])('macro %s is accepted and fires as cron does', (macro, from, next) => {
    expect(scheduleProblem(macro)).toBeUndefined();
    expect(iso(nextFireTime(macro, 'UTC', at(from)))).toBe(next);
  });

  test('macros are read in the time zone', () => {
    expect(iso(nextFireTime('@daily', MADRID, at('2026-01-01T10:00:00Z')))).toBe('2026-01-01T23:00:00.000Z');
  });

  test.each(['0 9 * * MON-FRI', '0 0 1 JAN,JUL *', '0 12 * * THU', '5,10-20/5 */2 1-15 * 1-5', '  */5 * * * *  '])('accepts %j', (schedule) => {
    expect(scheduleProblem(schedule)).toBeUndefined();
  });

  test('\'H\' (Jenkins hashed values) is refused: replicas would each pick a different minute', () => {
    expect(scheduleProblem('H * * * *')).toMatch(/'H' \(hashed\) values are not supported$/);
    expect(scheduleProblem('H/15 * * * *')).toMatch(/'H' \(hashed\) values are not supported$/);
  });

  test('7 fields (a year) are refused, saying how many there were', () => {
    expect(scheduleProblem('0 0 0 1 1 * 2027')).toMatch(/^is not a cron expression of 5 fields .*; it has 7 fields$/);
    expect(scheduleProblem('* * * *')).toMatch(/; it has 4 fields$/);
  });

  test.each([['61 * * * *'], ['* 24 * * *'], ['* * 0 * *'], ['* * * 13 *'], ['@reboot'], ['@every 5m'], [''], ['   '], ['not cron at all x']])('refuses %j', (schedule) => {
    expect(scheduleProblem(schedule)).toMatch(/^is not a cron expression/);
  });

  test('non-strings are refused', () => {
    expect(scheduleProblem(5)).toMatch(/^is not a cron expression/);
    expect(scheduleProblem(undefined)).toMatch(/^is not a cron expression/);
  });
});

describe('time zones', () => {
  test.each(['UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Kolkata'])('accepts %s', (zone) => {
    expect(timezoneProblem(zone)).toBeUndefined();
  });
  test.each(['', 'Mars/Olympus_Mons', 'CEST+1', 42])('refuses %j', (zone) => {
    expect(timezoneProblem(zone)).toMatch(/^is not an IANA time zone name/);
  });
  test('a fractional offset zone fires at its offset', () => {
    expect(iso(nextFireTime('0 9 * * *', 'Asia/Kolkata', at('2026-06-01T00:00:00Z')))).toBe('2026-06-01T03:30:00.000Z');
  });
  test('nextFireTime of an unparseable schedule or zone is undefined', () => {
    expect(nextFireTime('nope', 'UTC', 0)).toBeUndefined();
    expect(nextFireTime('* * * * *', 'Nowhere/Else', 0)).toBeUndefined();
  });
});

describe('parsed schedules are kept and reused', () => {
  // nextFireTime keeps one parsed expression per schedule and zone and moves it to each date asked
  // about: every answer must be the one a fresh parse gives, in any order of dates, across DST.
  const schedules: Array<[string, string]> = [
    ['* * * * * *', 'UTC'], ['*/5 * * * * *', 'UTC'], ['30 2 * * *', MADRID], ['*/30 * * * *', MADRID],
    ['0 9 * * 1-5', 'America/New_York'], ['0 0 29 2 *', 'UTC'], ['@hourly', 'Asia/Kolkata'],
  ];
  test.each(schedules)('%s in %s: the same fire times as a fresh parse, dates asked out of order', (schedule, zone) => {
    // Dates around both of Madrid's 2026 DST changes and a leap day, visited back and forth.
    const anchors = ['2026-03-29T00:59:59Z', '2026-10-25T00:30:00Z', '2028-02-28T23:59:59Z', '2026-06-01T12:00:00.500Z'].map(at);
    const dates = anchors.flatMap((anchor) => [7_200_000, -3_600_000, 1, 59_999, -1, 86_400_000].map((offset) => anchor + offset));
    for (const date of [...dates, ...[...dates].reverse()]) {
      const fresh = CronExpressionParser.parse(schedule, { tz: zone, currentDate: new Date(date) }).next().getTime();
      expect([date, nextFireTime(schedule, zone, date)]).toEqual([date, fresh]);
    }
  });
  test('fireTimesBetween after nextFireTime on the same schedule starts from its own date', () => {
    nextFireTime('*/30 * * * *', MADRID, at('2027-01-01T00:00:00Z'));
    expect(between('*/30 * * * *', MADRID, '2026-10-25T00:00:00Z', '2026-10-25T01:31:00Z').times).toEqual([
      '2026-10-25T00:30:00.000Z', '2026-10-25T01:00:00.000Z', '2026-10-25T01:30:00.000Z',
    ]);
    expect(iso(nextFireTime('*/30 * * * *', MADRID, at('2026-10-25T00:10:00Z')))).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('fireTimesBetween', () => {
  test('the interval is open at both ends', () => {
    expect(between('* * * * *', 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:03:00Z').times).toEqual([
      '2026-01-01T00:01:00.000Z', '2026-01-01T00:02:00.000Z',
    ]);
  });

  test('at most `limit` times, and a count of the rest', () => {
    expect(between('* * * * *', 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T01:00:30Z', 5)).toEqual({
      times: ['2026-01-01T00:01:00.000Z', '2026-01-01T00:02:00.000Z', '2026-01-01T00:03:00.000Z', '2026-01-01T00:04:00.000Z', '2026-01-01T00:05:00.000Z'],
      more: 55,
    });
  });

  test('limit 0 only counts', () => {
    expect(between('*/10 * * * *', 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 0)).toEqual({ times: [], more: 5 });
  });

  test('an empty or reversed interval has no times', () => {
    expect(between('* * * * *', 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:30Z')).toEqual({ times: [], more: 0 });
    expect(between('* * * * *', 'UTC', '2026-01-01T01:00:00Z', '2026-01-01T00:00:00Z')).toEqual({ times: [], more: 0 });
  });

  test('the count is bounded for a per-second schedule over a long outage (limit + 10,000 steps)', () => {
    const { times, more } = fireTimesBetween('* * * * * *', 'UTC', at('2026-01-01T00:00:00Z'), at('2026-02-01T00:00:00Z'), 10);
    expect(times).toHaveLength(10);
    expect(more).toBe(10_000);
  });
});
