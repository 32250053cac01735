import { ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { within } from './waits';

/** A worker in its own process (`node --import tsx worker/main.ts`), as in production. */
export class WorkerProcess {
  public readonly lines: string[] = [];
  public readonly exited: Promise<number | null>;
  private readonly proc: ChildProcess;
  private readonly events = new EventEmitter();

  /**
   * `built`: run the compiled lib/worker/main.js (as the image does) instead of the sources through
   * tsx. `isolated`: run `entry` from `cwd` with `env` alone (no inherited variables) over the image's
   * ENV (`isolated.env`), as a container would start an image's CMD.
   */
  public constructor(env: Record<string, string>, options: {
    built?: boolean; nodeOptions?: string[]; isolated?: { readonly entry: string[]; readonly cwd: string; readonly env?: Record<string, string> };
  } = {}) {
    const root = join(__dirname, '..', '..');
    const entry = options.isolated?.entry
      ?? (options.built ? [join(root, 'lib', 'worker', 'main.js')] : ['--import', 'tsx', join(root, 'worker', 'main.ts')]);
    this.proc = spawn(process.execPath, [...(options.nodeOptions ?? []), ...entry], {
      cwd: options.isolated?.cwd,
      // Logs are how the test follows the process: never silent.
      env: { ...(options.isolated ? options.isolated.env : process.env), ...env, LOG_LEVEL: env.LOG_LEVEL && env.LOG_LEVEL !== 'silent' ? env.LOG_LEVEL : 'info', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        this.lines.push(line);
        this.events.emit('line', line);
      }
    };
    this.proc.stdout!.on('data', onData);
    this.proc.stderr!.on('data', onData);
    this.exited = new Promise((resolve) => this.proc.once('exit', (code) => resolve(code)));
  }

  /** Resolves with the first log line (past or future) whose `msg` is `message`. */
  public waitForLog(message: string, timeoutMs: number): Promise<Record<string, unknown>> {
    const find = (): Record<string, unknown> | undefined => {
      for (const line of this.lines) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (parsed.msg === message) return parsed;
        } catch { /* not JSON */ }
      }
      return undefined;
    };
    const found = find();
    if (found) return Promise.resolve(found);
    return within(timeoutMs, new Promise((resolve, reject) => {
      const onLine = (): void => {
        const hit = find();
        if (hit) {
          this.events.off('line', onLine);
          resolve(hit);
        }
      };
      this.events.on('line', onLine);
      void this.exited.then((code) => reject(new Error(`worker exited (${code}) before logging "${message}":\n${this.lines.slice(-20).join('\n')}`)));
    }), `worker log "${message}"`);
  }

  /** Every log line parsed (non-JSON lines left out). */
  public logs(): Array<Record<string, unknown>> {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** Calls `listener` with each new log line (for `until`). */
  public onLine(listener: (line: string) => void): () => void {
    this.events.on('line', listener);
    return () => this.events.off('line', listener);
  }

  public signal(signal: NodeJS.Signals): void {
    this.proc.kill(signal);
  }

  /** SIGTERM and wait for the exit code. */
  public async stop(timeoutMs = 20_000): Promise<number | null> {
    if (this.proc.exitCode === null) this.proc.kill('SIGTERM');
    return within(timeoutMs, this.exited, 'worker process to exit');
  }

  public kill(): void {
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
}
