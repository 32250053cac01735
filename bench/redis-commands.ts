/**
 * redis-server's own count of the commands it ran (`INFO commandstats`; the commands a Lua script
 * runs are counted too, each under its own name), diffed around a run: the Redis work per
 * execution, by command. Redis runs commands on one core, so this and its CPU per execution are
 * what bounds a fleet.
 */
import { Redis } from 'ioredis';

/** Calls (or µs) per command name. */
export type CommandCounts = Record<string, number>;

/**
 * Calls and the µs Redis spent executing them, per command. A script's µs include the commands it
 * ran (which are also counted under their own names); reading the request and writing the reply
 * are in neither, so the µs add up to less than redis-server's CPU.
 */
export interface CommandStats {
  readonly calls: CommandCounts;
  readonly usec: CommandCounts;
}

/** The calls and µs of every command so far (the INFO that reads them left out). */
export async function commandCounts(url: string): Promise<CommandStats> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const text = await redis.info('commandstats');
    const stats: CommandStats = { calls: {}, usec: {} };
    for (const match of text.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)) {
      if (match[1] === 'info') continue;
      stats.calls[match[1]] = Number(match[2]);
      stats.usec[match[1]] = Number(match[3]);
    }
    return stats;
  } finally {
    redis.disconnect();
  }
}

/** (after − before) ÷ `per`, per command, calls and µs; commands that did not run left out. */
export function perExecution(before: CommandStats, after: CommandStats, per: number): CommandStats {
  const result: CommandStats = { calls: {}, usec: {} };
  for (const [name, calls] of Object.entries(after.calls)) {
    const ran = calls - (before.calls[name] ?? 0);
    if (ran <= 0) continue;
    result.calls[name] = ran / per;
    result.usec[name] = ((after.usec[name] ?? 0) - (before.usec[name] ?? 0)) / per;
  }
  return result;
}

export function total(counts: CommandCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The mean of several runs' per-execution calls and µs, per command. */
export function meanCounts(runs: readonly CommandStats[]): CommandStats {
  const result: CommandStats = { calls: {}, usec: {} };
  for (const run of runs) {
    for (const kind of ['calls', 'usec'] as const) {
      for (const [name, n] of Object.entries(run[kind])) result[kind][name] = (result[kind][name] ?? 0) + n / runs.length;
    }
  }
  return result;
}

/**
 * A markdown table: one row per command (most µs first in the last column), one column per
 * labelled run set, and the total calls; cells are calls / µs per execution (no µs total: a
 * script's µs already hold its inner commands').
 */
export function commandTable(columns: ReadonlyArray<{ label: string; counts: CommandStats }>): string[] {
  const names = new Set(columns.flatMap((column) => Object.keys(column.counts.calls)));
  const sortBy = columns[columns.length - 1].counts.usec;
  const rows = [...names].sort((a, b) => (sortBy[b] ?? 0) - (sortBy[a] ?? 0) || a.localeCompare(b));
  const cell = (stats: CommandStats, name: string): string => {
    const calls = stats.calls[name];
    return calls === undefined || calls < 0.005 ? '—' : `${calls.toFixed(2)} / ${(stats.usec[name] ?? 0).toFixed(1)}`;
  };
  return [
    `| Redis commands per execution: calls / µs (INFO commandstats; script-internal calls counted, their µs also inside the script's) | ${columns.map((c) => c.label).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...rows.map((name) => `| ${name} | ${columns.map((c) => cell(c.counts, name)).join(' | ')} |`),
    `| **total calls** | ${columns.map((c) => total(c.counts.calls).toFixed(2)).join(' | ')} |`,
  ];
}
