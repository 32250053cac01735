import * as path from 'node:path';
import { runCli } from '../../cli/main';
import { CliIo, OutputStream } from '../../cli/io';

export const ROOT = path.resolve(__dirname, '..', '..');

/** A stream that keeps what is written; `isTTY` decides colours and progress bars as on a terminal. */
export class CollectingStream implements OutputStream {
  public text = '';
  public constructor(public readonly isTTY = false, public readonly columns = 200) {}

  public write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `calvin <args>` in-process with its own environment (nothing leaks in from the test
 * process but PATH and HOME, which the synthesized app's shell needs) and working directory.
 */
export async function calvin(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; tty?: boolean; signal?: AbortSignal } = {}): Promise<CliRun> {
  const stdout = new CollectingStream(options.tty);
  const stderr = new CollectingStream(options.tty);
  const io: CliIo = {
    stdout,
    stderr,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    cwd: options.cwd ?? ROOT,
    signal: options.signal,
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
