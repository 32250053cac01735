import { describeSchedule, nextFireTimes } from '../../cli/schedule-text';

/**
 * `calvin triggers` prints a schedule's description next to its next fire times. This reads each
 * description back as a rule (a small interpreter of the sentences describeSchedule writes) and
 * checks it against 40 fire times the worker would use, so the two cannot disagree unnoticed.
 */
const TABLE: Array<[string, string]> = [
  ['* * * * * *', 'Every second'],
  ['*/20 * * * * *', 'Every 20 seconds'],
  ['10 * * * * *', 'Every minute at second 10'],
  ['* * * * *', 'Every minute'],
  ['*/5 * * * *', 'Every 5 minutes'],
  ['*/15 * * * 1-5', 'Every 15 minutes, on Monday through Friday'],
  ['@hourly', 'Every hour'],
  ['15 */2 * * *', 'Every 2 hours at minute 15'],
  ['0 */6 * * *', 'Every 6 hours'],
  ['@daily', 'At 00:00'],
  ['30 8,17 * * *', 'At 08:30 and 17:30'],
  ['0 0-3 * * *', 'At 00:00, 01:00, 02:00 and 03:00'],
  ['0 9 * * MON-FRI', 'At 09:00, on Monday through Friday'],
  ['0 0 * * 1,3,5', 'At 00:00, on Monday, Wednesday and Friday'],
  ['@weekly', 'At 00:00, on Sunday'],
  ['@monthly', 'At 00:00, on day 1 of the month'],
  ['0 0 1,15 * *', 'At 00:00, on day 1 and 15 of the month'],
  ['0 0 L * *', 'At 00:00, on the last day of the month'],
  ['0 12 * * 5#2', 'At 12:00, on the second Friday of the month'],
  ['0 12 * * 5L', 'At 12:00, on the last Friday of the month'],
  ['0 0 1 * 1', 'At 00:00, on day 1 of the month or on Monday'],
  ['0 0 1 1,7 *', 'At 00:00, on day 1 of the month, in January and July'],
  ['@yearly', 'At 00:00, on day 1 of the month, in January'],
  ['*/7 9 * * *', 'At minutes 0, 7, 14, 21, 28, 35, 42, 49 and 56 past hour 9'],
  ['* 9 * * *', 'Every minute of hour 9'],
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600 };

type Rule = (t: Date) => boolean;

const numbers = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);
const names = (text: string, of: string[]): number[] => of.map((n, i) => (text.includes(n) ? i : -1)).filter((i) => i >= 0);
const lastDayOfMonth = (t: Date): number => new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();

/** The rule a day clause states ("Monday through Friday", "day 1 and 15 of the month", "X or on Y"). */
function dayRule(clause: string): Rule {
  if (clause.includes(' or on ')) {
    const [a, b] = clause.split(' or on ').map(dayRule);
    return (t) => a(t) || b(t);
  }
  const through = /^(\w+) through (\w+)$/.exec(clause);
  if (through) {
    const [from, to] = [WEEKDAYS.indexOf(through[1]), WEEKDAYS.indexOf(through[2])];
    return (t) => t.getUTCDay() >= from && t.getUTCDay() <= to;
  }
  const nth = /^the (first|second|third|fourth|fifth) (\w+) of the month$/.exec(clause);
  if (nth) {
    const n = ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(nth[1]) + 1;
    return (t) => t.getUTCDay() === WEEKDAYS.indexOf(nth[2]) && Math.ceil(t.getUTCDate() / 7) === n;
  }
  const lastWeekday = /^the last (\w+) of the month$/.exec(clause);
  if (lastWeekday && lastWeekday[1] !== 'day') return (t) => t.getUTCDay() === WEEKDAYS.indexOf(lastWeekday[1]) && t.getUTCDate() + 7 > lastDayOfMonth(t);
  if (clause === 'the last day of the month') return (t) => t.getUTCDate() === lastDayOfMonth(t);
  if (/^day [\d, and]+ of the month$/.test(clause)) return (t) => numbers(clause).includes(t.getUTCDate());
  const weekdays = names(clause, WEEKDAYS);
  if (weekdays.length === 0) throw new Error(`no rule for the day clause "${clause}"`);
  return (t) => weekdays.includes(t.getUTCDay());
}

/** The rule a time clause states, and the gap in seconds between consecutive times when it is periodic. */
function timeRule(clause: string): { rule: Rule; gap?: number } {
  const every = /^every (?:(\d+) )?(second|minute|hour)s?(?: at (minute|second) (\d+)(?:, second (\d+))?)?$/.exec(clause);
  if (every) {
    const step = Number(every[1] ?? 1) * UNIT_SECONDS[every[2]];
    const [atMinute, atSecond] = every[3] === 'minute' ? [Number(every[4]), Number(every[5] ?? 0)] : [undefined, Number(every[4] ?? 0)];
    return {
      gap: step,
      rule: (t) => ((t.getUTCHours() * 3600 + t.getUTCMinutes() * 60 + t.getUTCSeconds()) % step) === (atMinute ?? 0) * 60 * Number(step >= 3600) + (step >= 60 ? atSecond : 0),
    };
  }
  if (/^at \d\d:\d\d/.test(clause)) {
    const times = clause.match(/\d\d:\d\d(:\d\d)?/g)!.map((hm) => (hm.length === 5 ? `${hm}:00` : hm));
    return { rule: (t) => times.includes(t.toISOString().slice(11, 19)) };
  }
  const minutes = /^(?:at minutes? ([\d, and]+)|every minute) (?:past|of) hours? ([\d, and]+)$/.exec(clause);
  if (minutes) {
    return { rule: (t) => (minutes[1] === undefined || numbers(minutes[1]).includes(t.getUTCMinutes())) && numbers(minutes[2]).includes(t.getUTCHours()) };
  }
  throw new Error(`no rule for the time clause "${clause}"`);
}

/** The description as one rule on each fire time, and the gap when nothing but the time is restricted. */
function readDescription(description: string): { rule: Rule; gap?: number } {
  const text = description.charAt(0).toLowerCase() + description.slice(1);
  const monthAt = text.indexOf(', in ');
  const months = monthAt >= 0 ? names(text.slice(monthAt), MONTHS) : undefined;
  const rest = monthAt >= 0 ? text.slice(0, monthAt) : text;
  const dayAt = rest.indexOf(', on ');
  const time = timeRule(dayAt >= 0 ? rest.slice(0, dayAt) : rest);
  const day = dayAt >= 0 ? dayRule(rest.slice(dayAt + ', on '.length)) : undefined;
  return {
    gap: day || months ? undefined : time.gap,
    rule: (t) => time.rule(t) && (day?.(t) ?? true) && (months?.includes(t.getUTCMonth()) ?? true),
  };
}

describe('the description calvin triggers prints agrees with the fire times it lists', () => {
  test.each(TABLE)('%s: "%s"', (schedule, description) => {
    expect(describeSchedule(schedule)).toBe(description);
    const times = nextFireTimes(schedule, 'UTC', Date.parse('2026-01-01T00:00:00Z'), 40);
    expect(times).toHaveLength(40);
    const { rule, gap } = readDescription(description);
    expect(times.map((t) => new Date(t).toISOString()).filter((iso) => !rule(new Date(iso)))).toEqual([]);
    if (gap !== undefined) expect(new Set(times.slice(1).map((t, i) => (t - times[i]) / 1000))).toEqual(new Set([gap]));
  });

  test('the reader is not vacuous: a description that disagrees with the times fails it', () => {
    const times = nextFireTimes('*/5 * * * *', 'UTC', Date.parse('2026-01-01T00:00:00Z'), 10);
    const { rule, gap } = readDescription('Every 10 minutes');
    expect(times.every((t) => rule(new Date(t))) && gap === 300).toBe(false);
    expect(nextFireTimes('0 9 * * MON-FRI', 'UTC', Date.parse('2026-01-01T00:00:00Z'), 10).every((t) => readDescription('At 09:00, on Monday through Thursday').rule(new Date(t)))).toBe(false);
  });

  test('a schedule the worker refuses has no description', () => {
    expect(describeSchedule('*/70 * * * * *')).toBe('(no description)');
  });
});
