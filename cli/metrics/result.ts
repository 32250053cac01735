import { ExecutionStats, MetricsSeries, TriggerStats } from './aggregate';

/** Everything `calvin metrics` found: what `--json` prints, and what the text and HTML reports show. */
export interface MetricsResult {
  readonly workspace: string;
  /** The --trigger filter, or null for every trigger of the workspace. */
  readonly trigger_filter: string | null;
  /** Records whose `timestamp` is in [from, to). */
  readonly range: { readonly from: string; readonly to: string };
  readonly source: {
    readonly bucket: string;
    readonly prefix: string;
    /** UTC hour folders listed: those overlapping the range, and no others. */
    readonly hour_partitions: number;
    readonly objects_listed: number;
    readonly objects_read: number;
    /** Objects that were not a JSON array (each one warned about on stderr). */
    readonly objects_skipped: number;
    /** The first 100 of them. */
    readonly skipped_keys: readonly string[];
    /** Every record in the objects read, all workspaces and times. */
    readonly records_read: number;
    /** Array elements that are not execution records. */
    readonly invalid_records: number;
    /** Records of this workspace (and trigger) inside the range: the ones counted below. */
    readonly records_matched: number;
  };
  readonly summary: ExecutionStats;
  readonly triggers: readonly TriggerStats[];
  readonly series: MetricsSeries;
}

/** `250 ms`, `1.25 s`, `12.5 s`, `2m 05s`: short enough for a table cell, exact in --json. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes}m ${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}s`;
}

/** `66.7%`; never rounds a rate below 100% up to `100.0%`. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  const percent = Math.floor(rate * 1000) / 10;
  return `${percent.toFixed(1)}%`;
}

/** `2026-03-01 12:34:56Z`: a timestamp that fits a cell, to the second. */
export function shortTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/**
 * Text from the records (names, error messages) with control characters shown as `\xNN`: an
 * error body with escape sequences must not be able to move the cursor or recolour the terminal.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => (keepNewlines && char === '\n' ? char : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
