import cronstrue from 'cronstrue';
import { nextFireTime } from 'calvin-runtime/contracts';

/** The schedule in words ("Every 5 minutes", "At 09:00, Monday through Friday"), 24-hour clock. */
export function describeSchedule(schedule: string): string {
  try {
    return cronstrue.toString(schedule.trim(), { use24HourTimeFormat: true, verbose: false });
  } catch {
    // The catalog only holds schedules the worker parses; cronstrue knows fewer forms (e.g. L-2).
    return '(no description)';
  }
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
