import { Testing } from 'cdk8s';
import { PlatformStack, Trigger } from '../../constructs';
import { checkTriggerCatalog } from '../../contracts/catalog-check';
import { TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND } from '../../contracts/trigger-catalog';
import { scheduleProblem, timezoneProblem } from '../../contracts/schedule';
import { nextFireTimes } from '../../cli/schedule-text';

const START = Date.parse('2026-01-01T00:00:00Z');

/** Refused: a step past its range, or one that leaves a short gap where its field wraps. */
const REFUSED: Array<[string, string]> = [
  ['*/70 * * * * *', 'has step 70 in the seconds field ("*/70"), larger than the range it steps through (0-59): it fires only at second 0, not every 70 seconds; write "0 * * * * *" for that, or list the seconds'],
  ['*/70 * * * *', 'has step 70 in the minutes field ("*/70"), larger than the range it steps through (0-59): it fires only at minute 0, not every 70 minutes; write "0 * * * *" for that, or list the minutes'],
  ['0 */25 * * *', 'has step 25 in the hours field ("*/25"), larger than the range it steps through (0-23): it fires only at hour 0, not every 25 hours; write "0 0 * * *" for that, or list the hours'],
  ['*/60 * * * *', 'it fires only at minute 0, not every 60 minutes; write "0 * * * *" for that'],
  ['0-10/20 * * * *', 'has step 20 in the minutes field ("0-10/20"), larger than the range it steps through (0-10): it fires only at minute 0'],
  ['0 0 */40 * *', 'has step 40 in the day-of-month field ("*/40"), larger than the range it steps through (1-31): it fires only at day 1, not every 40 days; write "0 0 1 * *" for that'],
  ['*/7 * * * *', 'has step 7 in the minutes field ("*/7"), which does not divide its 60 minutes: it fires at 0,7,14,21,28,35,42,49,56 and then 4 minutes later at 0 again, not every 7; use a step that divides 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30), or write the list "0,7,14,21,28,35,42,49,56 * * * *" if the uneven gap is intended'],
  ['*/45 * * * * *', 'has step 45 in the seconds field ("*/45"), which does not divide its 60 seconds: it fires at 0,45 and then 15 seconds later at 0 again'],
  ['0 */5 * * *', 'has step 5 in the hours field ("*/5"), which does not divide its 24 hours: it fires at 0,5,10,15,20 and then 4 hours later at 0 again'],
  ['0 0 1 */5 *', 'has step 5 in the month field ("*/5"), which does not divide its 12 months: it fires at 1,6,11 and then 2 months later at 1 again'],
  ['0 0 * * */2', 'has step 2 in the day-of-week field ("*/2"), which does not divide its 7 days: it fires at 0,2,4,6 and then 1 day later at 0 again, not every 2; write the list "0 0 * * 0,2,4,6" if the uneven gap is intended'],
];

/** Accepted, with the gap every fire time keeps (seconds) where the schedule is regular. */
const ACCEPTED: Array<[string, number | undefined]> = [
  ['*/20 * * * * *', 20],
  ['*/30 * * * *', 1800],
  ['5/15 * * * *', 900], // 5, 20, 35, 50, and 15 minutes to 5 past the next hour
  ['0 */6 * * *', 6 * 3600],
  ['0 */8 * * *', 8 * 3600],
  ['*/7 9 * * *', undefined], // within 09:00-09:56 only: the hour does not wrap into the next
  ['0 0 */2 * *', undefined], // day-of-month steps count within each month
  ['10-50/20 * * * *', undefined],
  ['0 0 1 */3 *', undefined],
  ['0 0 * * 1-5/2', undefined],
];

describe('cron steps', () => {
  test.each(REFUSED)('%s is refused with the field, the value and what fires instead', (schedule, message) => {
    expect(scheduleProblem(schedule)).toContain(message);
  });

  test.each(ACCEPTED)('%s is accepted and fires at even gaps where it repeats', (schedule, gapSeconds) => {
    expect(scheduleProblem(schedule)).toBeUndefined();
    if (gapSeconds === undefined) return;
    const times = nextFireTimes(schedule, 'UTC', START, 30);
    const gaps = new Set(times.slice(1).map((t, i) => (t - times[i]) / 1000));
    expect([...gaps]).toEqual([gapSeconds]);
  });

  test('a Trigger with such a schedule is refused at synth, with its path', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: false });
    new Trigger(platform, 'heartbeat', { workspace: 'w', schedule: '*/70 * * * * *', url: 'https://example.org/' });
    expect(() => platform.toJson()).toThrow(`calvin/heartbeat: schedule "*/70 * * * * *" has step 70 in the seconds field ("*/70")`);
  });

  test('the worker\'s catalog check refuses the same schedules (one contract)', () => {
    const entry = {
      id: 'w/t', workspace: 'w', name: 't', schedule: '*/70 * * * * *', timezone: 'UTC', url: 'https://example.org/',
      method: 'GET', headers: {}, secretHeaders: {}, timeoutMs: 30000, retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, jitter: false },
      startingDeadlineMs: 60000, concurrency: 'allow', enabled: true,
    };
    const { problems } = checkTriggerCatalog({ apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: [entry] });
    expect(problems).toEqual([`/triggers/0/schedule: "*/70 * * * * *" ${scheduleProblem('*/70 * * * * *')}`]);
    expect(problems[0]).toContain('has step 70 in the seconds field');
  });
});

describe('time zones', () => {
  test.each([['Europe/Berln', 'Europe/Berlin'], ['America/New_Yrok', 'America/New_York'], ['UTc', undefined]])('%s suggests %s', (zone, suggestion) => {
    const problem = timezoneProblem(zone);
    if (suggestion === undefined) expect(problem).toBeUndefined(); // Intl takes zone names in any case
    else expect(problem).toBe(`is not an IANA time zone name (e.g. "UTC", "Europe/Madrid", "America/New_York"); did you mean "${suggestion}"?`);
  });

  test('a name close to nothing gets no suggestion', () => {
    expect(timezoneProblem('Mars/Olympus')).toBe('is not an IANA time zone name (e.g. "UTC", "Europe/Madrid", "America/New_York")');
  });
});
