import { Writable } from 'node:stream';
import { OutputStream } from '../io';

/**
 * A Writable that writes whole lines to `out`, each with `prefix`: the log streams of several
 * pods interleave by line, never mid-line. What is left without a newline is written at the end.
 */
export class LinePrefixer extends Writable {
  private pending = '';

  public constructor(private readonly out: OutputStream, private readonly prefix: string) {
    super({ decodeStrings: false });
  }

  public override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    callback();
  }

  public override _final(callback: (error?: Error | null) => void): void {
    this.flushRest();
    callback();
  }

  /** Text to write (also for a whole log read at once). */
  public push(text: string): void {
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.out.write(`${this.prefix}${line}\n`);
  }

  public flushRest(): void {
    if (this.pending !== '') this.out.write(`${this.prefix}${this.pending}\n`);
    this.pending = '';
  }
}
