import { CronExpression, CronExpressionParser } from 'cron-parser';
import { cronStepProblem } from './cron-steps';
import { didYouMean } from './did-you-mean';

/**
 * Cron schedules and time zones, shared by the `Trigger` construct (validation at synth), the
 * catalog validator and the worker (BullMQ's repeat strategy and missed-tick accounting), so that
 * what synth accepts is exactly what the worker fires.
 *
 * The parser is `cron-parser`, the one BullMQ itself uses for job schedulers.
 *
 * DST policy (what cron-parser does, pinned by tests in test/schedule.test.ts):
 * - a wall-clock time that does not exist (spring forward) fires at the same offset after the jump
 *   (02:30 on a day that jumps from 02:00 to 03:00 fires at 03:30), so a daily job is never lost;
 * - a wall-clock time that occurs twice (fall back) fires once, at its first occurrence;
 * - a schedule whose hour field is `*` (every N minutes/seconds) keeps firing on elapsed time,
 *   through both occurrences of the repeated hour.
 */

const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
/** Macros cron-parser does not know under this name (it reads `@midnight` as a bad alias). */
const MACRO_ALIASES: Record<string, string> = { '@midnight': '@daily' };

/** What the parser is given: trimmed, with the macro aliases it lacks resolved. */
function parseable(schedule: string): string {
  const trimmed = schedule.trim();
  return MACRO_ALIASES[trimmed] ?? trimmed;
}

/**
 * Schedules already accepted. Parsing costs ~0.4 ms (cron-parser asks luxon for the zone name on
 * every parse), and synth checks each trigger twice; a catalog repeats few distinct schedules.
 */
const knownSchedules = new Set<string>();
const KNOWN_SCHEDULES_MAX = 10_000;

/** Why `schedule` is not a cron expression the worker can fire, or undefined if it is. */
export function scheduleProblem(schedule: unknown): string | undefined {
  if (typeof schedule === 'string' && knownSchedules.has(schedule)) return undefined;
  const expected = 'is not a cron expression of 5 fields (minute hour day-of-month month day-of-week) '
    + 'or 6 (with seconds first), or one of ' + MACROS.join(', ');
  if (typeof schedule !== 'string' || schedule.trim() === '') return expected;
  const trimmed = schedule.trim();
  if (trimmed.startsWith('@')) {
    if (!MACROS.includes(trimmed)) return expected;
  } else {
    const fields = trimmed.split(/\s+/);
    if (fields.length !== 5 && fields.length !== 6) return `${expected}; it has ${fields.length} fields`;
    // cron-parser's Jenkins-style `H` picks a random value per parse: replicas would disagree.
    if (/H/.test(trimmed.replace(/[A-Z]{3}/g, ''))) return `${expected}; 'H' (hashed) values are not supported`;
    const stepProblem = cronStepProblem(fields);
    if (stepProblem) return stepProblem;
  }
  // Macros are parsed too: the list above must only name what the parser can fire.
  try {
    CronExpressionParser.parse(parseable(trimmed), { tz: 'UTC' }).next();
    if (knownSchedules.size >= KNOWN_SCHEDULES_MAX) knownSchedules.clear();
    knownSchedules.add(schedule);
    return undefined;
  } catch (error) {
    return `${expected}: ${(error as Error).message}`;
  }
}

/** The values each field fires at, as the parser expanded them: what the fire times are computed from. */
export interface ScheduleFields {
  readonly second: readonly number[];
  readonly minute: readonly number[];
  readonly hour: readonly number[];
  /** Days 1–31; 'L' is the month's last day. */
  readonly dayOfMonth: ReadonlyArray<number | string>;
  readonly month: readonly number[];
  /** 0 (Sunday) to 6; a value with 'L' (`5L`) is the month's last such day. */
  readonly dayOfWeek: ReadonlyArray<number | string>;
  /** `5#2`: the second Friday (0 when not used). */
  readonly nthDayOfWeek: number;
  readonly dayOfMonthWildcard: boolean;
  readonly dayOfWeekWildcard: boolean;
}

/** The parsed fields of a schedule `scheduleProblem` accepts (undefined for one it refuses). */
export function scheduleFields(schedule: string): ScheduleFields | undefined {
  if (scheduleProblem(schedule) !== undefined) return undefined;
  const { fields } = CronExpressionParser.parse(parseable(schedule), { tz: 'UTC' });
  const dayOfWeek = Array.from(new Set(fields.dayOfWeek.values.map((d) => (d === 7 ? 0 : d))));
  return {
    second: fields.second.values,
    minute: fields.minute.values,
    hour: fields.hour.values,
    dayOfMonth: fields.dayOfMonth.values,
    month: fields.month.values,
    dayOfWeek,
    nthDayOfWeek: fields.dayOfWeek.nthDay,
    // cron-parser reads `*` and `?` as wildcards, and a list of every value (0-7) too.
    dayOfMonthWildcard: fields.dayOfMonth.isWildcard,
    dayOfWeekWildcard: fields.dayOfWeek.isWildcard,
  };
}

/** Zones already accepted: building an Intl.DateTimeFormat costs ~0.3 ms, a catalog repeats a few zones. */
const knownZones = new Set<string>();

/** Why `timezone` is not an IANA time zone name, or undefined if it is. */
export function timezoneProblem(timezone: unknown): string | undefined {
  const expected = 'is not an IANA time zone name (e.g. "UTC", "Europe/Madrid", "America/New_York")';
  if (typeof timezone !== 'string' || timezone === '') return expected;
  if (knownZones.has(timezone)) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    knownZones.add(timezone);
    return undefined;
  } catch {
    return `${expected}${didYouMean(timezone, timeZoneNames())}`;
  }
}

let zoneNames: readonly string[] | undefined;

/** The zones this runtime knows (for suggestions only: the check itself asks Intl, which also takes aliases). */
function timeZoneNames(): readonly string[] {
  zoneNames ??= ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return zoneNames;
}

/**
 * Parsed schedules by schedule and zone, each reset to the date it is asked about: parsing cost
 * 40–120 µs and the worker asks for every tick it takes (BullMQ's repeat strategy), where a reset
 * and a step cost 6–50 µs. Bounded: emptied when full.
 */
const parsedSchedules = new Map<string, CronExpression>();
const PARSED_SCHEDULES_MAX = 10_000;

/** The parsed schedule, positioned at `afterMs` (its next() is the first fire time after it). */
function scheduleAt(schedule: string, timezone: string, afterMs: number): CronExpression {
  const key = `${timezone}\u0000${schedule}`;
  let expression = parsedSchedules.get(key);
  if (!expression) {
    expression = CronExpressionParser.parse(parseable(schedule), { tz: timezone, currentDate: new Date(afterMs) });
    if (parsedSchedules.size >= PARSED_SCHEDULES_MAX) parsedSchedules.clear();
    parsedSchedules.set(key, expression);
    return expression;
  }
  expression.reset(new Date(afterMs));
  return expression;
}

/** The first fire time strictly after `afterMs`, in epoch milliseconds (undefined: never again). */
export function nextFireTime(schedule: string, timezone: string, afterMs: number): number | undefined {
  try {
    return scheduleAt(schedule, timezone, afterMs).next().getTime();
  } catch {
    return undefined;
  }
}

/**
 * Fire times in the open interval (afterMs, beforeMs), at most `limit` of them, and how many more
 * there were past the limit (counted up to 10,000): the ticks a worker outage swallowed.
 */
export function fireTimesBetween(schedule: string, timezone: string, afterMs: number, beforeMs: number, limit: number): { times: number[]; more: number } {
  const times: number[] = [];
  let more = 0;
  if (beforeMs <= afterMs + 1) return { times, more };
  let iterator: CronExpression;
  try {
    iterator = scheduleAt(schedule, timezone, afterMs);
  } catch {
    return { times, more };
  }
  // One parsed iterator, and bounded: at most limit + 10,000 steps, even for a per-second schedule over a long outage.
  for (let step = 0; step < limit + 10_000; step++) {
    let next: number;
    try {
      next = iterator.next().getTime();
    } catch {
      break;
    }
    if (next >= beforeMs) break;
    if (times.length < limit) times.push(next);
    else more++;
  }
  return { times, more };
}
