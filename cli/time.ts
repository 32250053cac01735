import { CliError, EXIT_USAGE } from './io';

/*
 * Times given on the command line (`calvin metrics --from/--to`, `calvin triggers --at`), read
 * the same way everywhere.
 */

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** ISO 8601 date or date-time; without an offset it is UTC (not the local zone, so results do not depend on the machine). */
export function parseTime(flag: string, text: string): number {
  const match = ISO_TIME.exec(text);
  const withZone = match && text.includes('T') && match[1] === undefined ? `${text}Z` : text;
  const ms = match ? Date.parse(withZone) : Number.NaN;
  if (Number.isNaN(ms)) throw new CliError(`${flag}: "${text}" is not an ISO 8601 date or time (e.g. 2026-03-01 or 2026-03-01T12:00Z; UTC unless it has an offset)`, EXIT_USAGE);
  return ms;
}
