import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseTriggerCatalog } from '../contracts/catalog-check';
import { TriggerCatalog } from '../contracts/trigger-catalog';

export class CatalogError extends Error {
  public constructor(public readonly file: string, public readonly problems: readonly string[]) {
    super(`trigger catalog ${file} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogError';
  }
}

export interface CatalogSourceOptions {
  readonly file: string;
  /** Fallback poll, for file systems where watch events are lost. @default 2000 */
  readonly pollIntervalMs?: number;
  /** Coalesces the burst of events one write (or a ConfigMap's symlink swap) makes. @default 50 */
  readonly debounceMs?: number;
}

/**
 * The trigger catalog file: loaded and validated at start (a bad one refuses the start, listing every
 * problem), then watched. A valid change emits `change` (catalog, checksum); an invalid one emits
 * `invalid` (CatalogError) and the last good catalog stays current.
 *
 * The directory is watched rather than the file: Kubernetes updates a mounted ConfigMap by swapping
 * a `..data` symlink, which a watch on the old file never sees.
 */
export class CatalogSource extends EventEmitter {
  private currentCatalog: TriggerCatalog | undefined;
  private currentChecksum: string | undefined;
  private lastSeenChecksum: string | undefined;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;

  public constructor(private readonly options: CatalogSourceOptions) {
    super();
  }

  public get catalog(): TriggerCatalog | undefined {
    return this.currentCatalog;
  }

  public get checksum(): string | undefined {
    return this.currentChecksum;
  }

  /** Loads the catalog (throws CatalogError if it is missing or invalid) and starts watching it. */
  public async start(): Promise<TriggerCatalog> {
    const { text, checksum } = await this.read();
    this.lastSeenChecksum = checksum;
    const result = parseTriggerCatalog(text);
    if (!result.catalog) throw new CatalogError(this.options.file, result.problems);
    this.currentCatalog = result.catalog;
    this.currentChecksum = checksum;
    this.watch();
    return result.catalog;
  }

  public stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.poller) clearInterval(this.poller);
    if (this.debounce) clearTimeout(this.debounce);
    this.poller = undefined;
  }

  /** Re-reads the file now; resolves when done (events are emitted before). */
  public reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = this.reloadOnce().finally(() => {
      this.reloading = undefined;
      if (this.reloadAgain) {
        this.reloadAgain = false;
        void this.reload();
      }
    });
    return this.reloading;
  }

  private watch(): void {
    const name = basename(this.options.file);
    try {
      this.watcher = watch(dirname(this.options.file), (_event, changed) => {
        if (changed && changed !== name && !String(changed).startsWith('..')) return;
        if (this.debounce) clearTimeout(this.debounce);
        this.debounce = setTimeout(() => void this.reload(), this.options.debounceMs ?? 50);
      });
      this.watcher.on('error', (error) => this.emit('watchError', error));
    } catch (error) {
      this.emit('watchError', error);
    }
    this.poller = setInterval(() => void this.reload(), this.options.pollIntervalMs ?? 2000);
    this.poller.unref();
  }

  private async reloadOnce(): Promise<void> {
    let read: { text: string; checksum: string };
    try {
      read = await this.read();
    } catch (error) {
      if (this.lastSeenChecksum !== 'unreadable') this.emit('invalid', error as CatalogError);
      this.lastSeenChecksum = 'unreadable';
      return;
    }
    // Unchanged bytes (a poll, or an event for another file): nothing to do, and no repeated error logs.
    if (read.checksum === this.lastSeenChecksum) return;
    this.lastSeenChecksum = read.checksum;
    const result = parseTriggerCatalog(read.text);
    if (!result.catalog) {
      this.emit('invalid', new CatalogError(this.options.file, result.problems));
      return;
    }
    if (read.checksum === this.currentChecksum) return;
    this.currentCatalog = result.catalog;
    this.currentChecksum = read.checksum;
    this.emit('change', result.catalog, read.checksum);
  }

  private async read(): Promise<{ text: string; checksum: string }> {
    let text: string;
    try {
      text = await readFile(this.options.file, 'utf8');
    } catch (error) {
      throw new CatalogError(this.options.file, [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
    }
    return { text, checksum: createHash('sha256').update(text).digest('hex') };
  }
}
