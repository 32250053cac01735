import { nextFireTime, ScheduleFields, scheduleFields } from 'calvin-runtime/contracts';

/**
 * The schedule in words ("Every 5 minutes", "At 09:00, on Monday through Friday"), 24-hour clock.
 * Written from the same parsed fields the fire times come from (cron-parser's expansion, as the
 * worker fires it), so the description and the times listed next to it cannot disagree.
 */
export function describeSchedule(schedule: string): string {
  const fields = scheduleFields(schedule);
  if (!fields) return '(no description)';
  const text = [timeOfDay(fields), days(fields), months(fields.month)].filter((part) => part !== '').join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The step of `values` if they are every `step`-th value of a cycle of `size` from `first` (size a multiple of step). */
function evenStep(values: readonly number[], first: number, size: number): number | undefined {
  if (values[0] !== first || values.length < 2) return values.length === size ? 1 : undefined;
  const step = values[1] - values[0];
  const even = size % step === 0 && values.length === size / step && values.every((v, i) => v === first + i * step);
  return even ? step : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const every = (step: number, unit: string): string => (step === 1 ? `every ${unit}` : `every ${step} ${unit}s`);

function timeOfDay(f: ScheduleFields): string {
  const secondStep = evenStep(f.second, 0, 60);
  const minuteStep = evenStep(f.minute, 0, 60);
  const hourStep = evenStep(f.hour, 0, 24);
  const oneSecond = f.second.length === 1 ? f.second[0] : undefined;
  const atSecond = oneSecond ? ` at second ${oneSecond}` : '';
  if (secondStep && minuteStep === 1 && hourStep === 1) return every(secondStep, 'second');
  if (oneSecond === undefined) return `at seconds ${list(f.second.map(String))}, ${minutesText(f)}`;
  if (minuteStep && hourStep === 1) return every(minuteStep, 'minute') + atSecond;
  if (f.minute.length === 1 && hourStep) {
    const past = f.minute[0] === 0 && !oneSecond ? '' : ` at minute ${f.minute[0]}${oneSecond ? `, second ${oneSecond}` : ''}`;
    return every(hourStep, 'hour') + past;
  }
  if (f.minute.length * f.hour.length <= 6) {
    const times = f.hour.flatMap((h) => f.minute.map((m) => `${pad(h)}:${pad(m)}${oneSecond ? `:${pad(oneSecond)}` : ''}`));
    return `at ${list(times)}`;
  }
  return `${minutesText(f)}${atSecond}`;
}

function minutesText(f: ScheduleFields): string {
  const allMinutes = evenStep(f.minute, 0, 60) === 1;
  const minutes = allMinutes ? 'every minute' : `at minute${f.minute.length > 1 ? 's' : ''} ${list(f.minute.map(String))}`;
  if (evenStep(f.hour, 0, 24) === 1) return minutes;
  return `${minutes} ${allMinutes ? 'of' : 'past'} hour${f.hour.length > 1 ? 's' : ''} ${list(f.hour.map(String))}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The days it fires on; '' for every day. Day-of-month and day-of-week both restricted: either matches (cron's rule). */
function days(f: ScheduleFields): string {
  const allWeekdays = f.dayOfWeekWildcard || (f.dayOfWeek.length === 7 && f.nthDayOfWeek === 0);
  const weekdays = allWeekdays ? '' : weekdayText(f);
  const monthDays = f.dayOfMonthWildcard ? '' : monthDayText(f.dayOfMonth);
  if (weekdays && monthDays) return `on ${monthDays} or on ${weekdays}`;
  return weekdays || monthDays ? `on ${weekdays || monthDays}` : '';
}

function weekdayText(f: ScheduleFields): string {
  if (f.nthDayOfWeek > 0) return `the ${ORDINALS[f.nthDayOfWeek]} ${WEEKDAYS[Number(f.dayOfWeek[0])]} of the month`;
  const names = f.dayOfWeek.map((d) => (typeof d === 'string' && d.endsWith('L')
    ? `the last ${WEEKDAYS[Number(d.slice(0, -1))]} of the month`
    : WEEKDAYS[Number(d)]));
  const numbers = f.dayOfWeek.map(Number);
  const consecutive = numbers.length >= 3 && numbers.every((d, i) => i === 0 || d === numbers[i - 1] + 1);
  return consecutive ? `${names[0]} through ${names[names.length - 1]}` : list(names);
}

function monthDayText(values: ReadonlyArray<number | string>): string {
  const named = values.map((d) => (d === 'L' ? 'the last day' : String(d)));
  const numbers = named.filter((d) => d !== 'the last day');
  const parts = [...(numbers.length > 0 ? [`day ${list(numbers)}`] : []), ...(named.length > numbers.length ? ['the last day'] : [])];
  return `${list(parts)} of the month`;
}

function months(values: readonly number[]): string {
  return values.length === 12 ? '' : `in ${list(values.map((m) => MONTHS[m - 1]))}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The next `count` fire times strictly after `afterMs`, as the worker computes them (cron-parser, the trigger's zone). */
export function nextFireTimes(schedule: string, timezone: string, afterMs: number, count: number): number[] {
  const times: number[] = [];
  let after = afterMs;
  for (let index = 0; index < count; index++) {
    const next = nextFireTime(schedule, timezone, after);
    if (next === undefined) break;
    times.push(next);
    after = next;
  }
  return times;
}

export interface ZonedTime {
  /** `2026-03-29`. */
  readonly date: string;
  /** `03:30` or `03:30:15`. */
  readonly time: string;
  /** `+02:00`. */
  readonly offset: string;
  /** ISO 8601 with the zone's offset: `2026-03-29T03:30:00+02:00`. */
  readonly iso: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock time in `timezone`, with the offset in force at that instant. */
export function zonedTime(ms: number, timezone: string, withSeconds: boolean): ZonedTime {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
    });
    formatters.set(timezone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  // longOffset is "GMT+05:45", or plain "GMT" at offset zero.
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.replace('GMT', '');
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}${withSeconds ? `:${parts.second}` : ''}`;
  return { date, time, offset, iso: `${date}T${parts.hour}:${parts.minute}:${parts.second}${offset}` };
}

/**
 * Fire times for a table cell: the first in full, the next ones shortened to what changed
 * ("2026-11-23 10:05 +01:00, 10:10, 10:15"), so a DST change or a new day stays visible.
 */
export function formatFireTimes(times: readonly number[], timezone: string, withSeconds: boolean): string {
  let previous: ZonedTime | undefined;
  return times.map((ms) => {
    const zoned = zonedTime(ms, timezone, withSeconds);
    const text = previous && previous.offset === zoned.offset
      ? (previous.date === zoned.date ? zoned.time : `${zoned.date} ${zoned.time}`)
      : `${zoned.date} ${zoned.time} ${zoned.offset}`;
    previous = zoned;
    return text;
  }).join(', ');
}

/** Whether the schedule has a seconds field (six fields), so times should show seconds. */
export function hasSeconds(schedule: string): boolean {
  const trimmed = schedule.trim();
  return !trimmed.startsWith('@') && trimmed.split(/\s+/).length === 6;
}
