import { partitionOf } from 'calvin-runtime/contracts';
import { CliError, EXIT_USAGE } from '../io';
import { parseTime } from '../time';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** Every hour of the range is one ListObjectsV2 prefix; 93 days keeps that at most 2,233 listings. */
export const MAX_RANGE_DAYS = 93;
export const DEFAULT_SINCE = '24h';

/** Records are selected by their `timestamp` in [fromMs, toMs). */
export interface TimeRange {
  readonly fromMs: number;
  readonly toMs: number;
}

export interface RangeOptions {
  readonly since?: string;
  readonly from?: string;
  readonly to?: string;
}

const UNIT_MS: Record<string, number> = { m: MINUTE_MS, h: HOUR_MS, d: DAY_MS };

/** `--since 90m|24h|7d` (default 24h) or `--from <time> [--to <time>]`; wrong combinations are usage errors. */
export function rangeFromOptions(options: RangeOptions, nowMs: number): TimeRange {
  if (options.since !== undefined && options.from !== undefined) throw new CliError('--since and --from are exclusive: use --since 24h, or --from <time> [--to <time>]', EXIT_USAGE);
  if (options.to !== undefined && options.from === undefined) throw new CliError('--to needs --from (e.g. --from 2026-03-01T00:00Z --to 2026-03-02T00:00Z)', EXIT_USAGE);
  let range: TimeRange;
  if (options.from !== undefined) {
    const fromMs = parseTime('--from', options.from);
    const toMs = options.to === undefined ? nowMs : parseTime('--to', options.to);
    if (fromMs >= toMs) throw new CliError(`--from (${new Date(fromMs).toISOString()}) must be before --to (${new Date(toMs).toISOString()})`, EXIT_USAGE);
    range = { fromMs, toMs };
  } else {
    const since = options.since ?? DEFAULT_SINCE;
    const match = /^(\d{1,6})([mhd])$/.exec(since);
    if (!match || Number(match[1]) === 0) throw new CliError(`--since: "${since}" is not a duration such as 90m, 24h or 7d`, EXIT_USAGE);
    range = { fromMs: nowMs - Number(match[1]) * UNIT_MS[match[2]], toMs: nowMs };
  }
  if (range.toMs - range.fromMs > MAX_RANGE_DAYS * DAY_MS) {
    throw new CliError(`the range is longer than ${MAX_RANGE_DAYS} days (${formatSpan(range.toMs - range.fromMs)}); read it in parts`, EXIT_USAGE);
  }
  return range;
}

/** The worker's partition folder of every UTC hour overlapping the range, oldest first. */
export function hourPartitions(range: TimeRange): string[] {
  const partitions: string[] = [];
  for (let hour = Math.floor(range.fromMs / HOUR_MS) * HOUR_MS; hour < range.toMs; hour += HOUR_MS) {
    // The worker's own function, so that the reader lists exactly the folders the sink writes.
    partitions.push(`${partitionOf(new Date(hour).toISOString())}/`);
  }
  return partitions;
}

export const MAX_BUCKETS = 120;
const BUCKET_WIDTHS: ReadonlyArray<readonly [string, number]> = [
  ['1m', MINUTE_MS], ['5m', 5 * MINUTE_MS], ['15m', 15 * MINUTE_MS], ['30m', 30 * MINUTE_MS],
  ['1h', HOUR_MS], ['3h', 3 * HOUR_MS], ['6h', 6 * HOUR_MS], ['12h', 12 * HOUR_MS], ['1d', DAY_MS],
];

export interface BucketLayout {
  readonly label: string;
  readonly widthMs: number;
  /** Start of the first bucket: the range's start rounded down to a UTC multiple of the width. */
  readonly firstMs: number;
  readonly count: number;
}

/** The narrowest width that gives at most 120 UTC-aligned buckets over the range (93 days at 1d is 94). */
export function bucketLayout(range: TimeRange): BucketLayout {
  for (const [label, widthMs] of BUCKET_WIDTHS) {
    const firstMs = Math.floor(range.fromMs / widthMs) * widthMs;
    const count = Math.ceil((range.toMs - firstMs) / widthMs);
    if (count <= MAX_BUCKETS || widthMs === DAY_MS) return { label, widthMs, firstMs, count };
  }
  throw new Error('unreachable: the 1d width always returns');
}

/** `4h`, `1d 6h`, `45m`, `93d 1s`: a range's length, for headers and messages. */
export function formatSpan(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((ms % MINUTE_MS) / 1000);
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : `${ms} ms`;
}
