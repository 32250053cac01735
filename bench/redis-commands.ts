/**
 * redis-server's own count of the commands it ran (`INFO commandstats`; the commands a Lua script
 * runs are counted too, each under its own name), diffed around a run: the Redis work per
 * execution, by command. Redis runs commands on one core, so this and its CPU per execution are
 * what bounds a fleet.
 */
import { Redis } from 'ioredis';

/** Calls per command name. */
export type CommandCounts = Record<string, number>;

/** The calls of every command so far (the INFO that reads them left out). */
export async function commandCounts(url: string): Promise<CommandCounts> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const text = await redis.info('commandstats');
    const counts: CommandCounts = {};
    for (const match of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) if (match[1] !== 'info') counts[match[1]] = Number(match[2]);
    return counts;
  } finally {
    redis.disconnect();
  }
}

/** (after − before) ÷ `per`, per command; commands that did not run left out. */
export function perExecution(before: CommandCounts, after: CommandCounts, per: number): CommandCounts {
  const result: CommandCounts = {};
  for (const [name, calls] of Object.entries(after)) {
    const ran = calls - (before[name] ?? 0);
    if (ran > 0) result[name] = ran / per;
  }
  return result;
}

export function total(counts: CommandCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The mean of several runs' per-execution counts, per command. */
export function meanCounts(runs: readonly CommandCounts[]): CommandCounts {
  const result: CommandCounts = {};
  for (const run of runs) for (const [name, n] of Object.entries(run)) result[name] = (result[name] ?? 0) + n / runs.length;
  return result;
}

/**
 * A markdown table: one row per command (most calls first in the last column), one column per
 * labelled run set, and the totals; cells are calls per execution.
 */
export function commandTable(columns: ReadonlyArray<{ label: string; counts: CommandCounts }>): string[] {
  const names = new Set(columns.flatMap((column) => Object.keys(column.counts)));
  const last = columns[columns.length - 1].counts;
  const rows = [...names].sort((a, b) => (last[b] ?? 0) - (last[a] ?? 0) || a.localeCompare(b));
  const cell = (n: number | undefined): string => (n === undefined || n < 0.005 ? '—' : n.toFixed(2));
  return [
    `| Redis commands per execution (INFO commandstats, script-internal calls included) | ${columns.map((c) => c.label).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...rows.map((name) => `| ${name} | ${columns.map((c) => cell(c.counts[name])).join(' | ')} |`),
    `| **total** | ${columns.map((c) => total(c.counts).toFixed(2)).join(' | ')} |`,
  ];
}
