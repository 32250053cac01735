import { createColors } from 'picocolors';
import type { Command } from 'commander';

/** A stream the CLI writes to; `isTTY`/`columns` decide colours, tables' width and progress bars. */
export interface OutputStream {
  write(chunk: string): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Everything a command touches outside itself, so that tests run commands in-process with
 * captured output, their own environment and working directory.
 */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Aborted to stop a long-running command (`queues`); the real process wires SIGINT/SIGTERM to it. */
  readonly signal?: AbortSignal;
}

/** What every command factory gets: the io, and where its action puts the process exit code. */
export interface CommandContext {
  readonly io: CliIo;
  exitCode: number;
}

export type CommandFactory = (context: CommandContext) => Command;

/** Exit codes: 0 done, 1 the input has problems (invalid manifests, failed synth), 2 the command was used wrongly. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** An error for the user, printed as its message (no stack) with the given exit code. */
export class CliError extends Error {
  public constructor(message: string, public readonly exitCode: number = EXIT_PROBLEMS) {
    super(message);
    this.name = 'CliError';
  }
}

/** Environment variables a command needs and did not get; lists all of them at once. */
export class MissingEnvError extends CliError {
  public constructor(public readonly missing: ReadonlyArray<{ readonly name: string; readonly why: string }>, hint?: string) {
    super(`missing environment variable${missing.length === 1 ? '' : 's'}:\n${missing.map((m) => `  ${m.name}: ${m.why}`).join('\n')}${hint ? `\n${hint}` : ''}`, EXIT_USAGE);
    this.name = 'MissingEnvError';
  }
}

export type Colors = ReturnType<typeof createColors>;

/**
 * Colours only on a terminal: NO_COLOR (any value) and TERM=dumb turn them off, FORCE_COLOR
 * (anything but 0) turns them on even when piped.
 */
export function colorsFor(stream: OutputStream, env: NodeJS.ProcessEnv): Colors {
  return createColors(colorsEnabled(stream, env));
}

export function colorsEnabled(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Printed width of a cell: ANSI colour codes take no room. */
export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

export interface TableColumn {
  readonly header: string;
  /** Numbers read better right-aligned. @default 'left' */
  readonly align?: 'left' | 'right';
}

/**
 * A plain aligned table: a header row, then one row per entry, columns two spaces apart (what
 * `kubectl get` prints, so it greps and pastes well). Cells keep their colours.
 */
export function formatTable(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, colors?: Colors): string {
  const widths = columns.map((column, index) => Math.max(visibleLength(column.header), ...rows.map((row) => visibleLength(row[index] ?? ''))));
  const line = (cells: readonly string[]): string => cells
    .map((cell, index) => {
      const pad = ' '.repeat(widths[index] - visibleLength(cell));
      if (index === cells.length - 1 && columns[index].align !== 'right') return cell;
      return columns[index].align === 'right' ? pad + cell : cell + pad;
    })
    .join('  ');
  const header = line(columns.map((column) => column.header));
  return [colors ? colors.bold(header) : header, ...rows.map((row) => line(row))].join('\n') + '\n';
}

/** `1 object`, `2 objects`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
