import { OutputStream } from '../io';
import { ReadProgress } from './reader';

/** Ten redraws a second look live; more only costs terminal time on fast local reads. */
const MIN_REDRAW_MS = 100;
const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\u001b[2K';

/**
 * A one-line progress bar on stderr, redrawn in place with `\r`. Only on a terminal: piped or
 * redirected stderr gets nothing at all, so logs and CI output stay clean.
 */
export class ProgressBar {
  private readonly enabled: boolean;
  private lastDrawMs = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private latest: ReadProgress | undefined;

  public constructor(private readonly stream: OutputStream, private readonly now: () => number = Date.now) {
    this.enabled = stream.isTTY === true;
  }

  public update(progress: ReadProgress): void {
    this.latest = progress;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.lastDrawMs < MIN_REDRAW_MS) return;
    this.lastDrawMs = now;
    this.draw(progress);
  }

  /** Writes a line of its own (a warning) without tearing the bar; the bar comes back on the next update. */
  public interrupt(text: string): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
    this.stream.write(text);
    if (this.enabled && this.latest) this.draw(this.latest);
  }

  /** Leaves the line empty, as if the bar had never been there. */
  public finish(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  private draw(progress: ReadProgress): void {
    // Hours whose listing has started is the only total known in advance; objects are counted as they are listed.
    const fraction = progress.hoursTotal === 0 ? 1 : Math.min(1, progress.hoursStarted / progress.hoursTotal);
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    const line = `reading metrics ${bar} ${progress.hoursStarted}/${progress.hoursTotal} hours · `
      + `${progress.objectsRead.toLocaleString('en-US')}/${progress.objectsListed.toLocaleString('en-US')} objects · `
      + `${progress.recordsRead.toLocaleString('en-US')} records`;
    // A line wider than the terminal wraps, and `\r` then redraws only its last row.
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`${CLEAR_LINE}${line.length > width ? line.slice(0, width) : line}`);
    this.drawn = true;
  }
}
