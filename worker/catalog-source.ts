import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { FSWatcher, watch } from 'node:fs';
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CatalogCheck, parseTriggerCatalog } from '../contracts/catalog-check';
import { CATALOG_SHARD_FILE_PATTERN, CatalogShardFile, mergeCatalogShards } from '../contracts/catalog-shards';
import { serializeTriggerCatalog, TriggerCatalog } from '../contracts/trigger-catalog';

export class CatalogError extends Error {
  public constructor(public readonly file: string, public readonly problems: readonly string[]) {
    super(`trigger catalog ${file} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'CatalogError';
  }
}

interface CatalogSourceTiming {
  /** Fallback poll, for file systems where watch events are lost. @default 2000 */
  readonly pollIntervalMs?: number;
  /** Coalesces the burst of events one write (or a ConfigMap's symlink swap) makes. @default 50 */
  readonly debounceMs?: number;
}

export type CatalogSourceOptions = CatalogSourceTiming & (
  | {
    /**
     * A directory of catalog shards (`triggers.json`, `triggers-<hex>.json`, as the Deployment's
     * projected volume holds them), read as one catalog; or a single catalog file.
     */
    readonly path: string;
  }
  | {
    /** @deprecated use `path`, which also takes a directory of shards. */
    readonly file: string;
  }
);

/** What one read of the catalog path found: its files, and a checksum of their raw bytes. */
interface CatalogRead {
  readonly directory: boolean;
  readonly files: readonly CatalogShardFile[];
  readonly rawChecksum: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * The shard files of a directory. A projected (or ConfigMap) volume holds each version in a
 * timestamped directory behind the `..data` symlink, which the kubelet swaps atomically: reading
 * through the resolved target sees one version of every shard, never half of an update. The old
 * version is deleted soon after a swap, so a read that loses that race starts again.
 */
async function readShardDirectory(dir: string): Promise<CatalogShardFile[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const base = await realpath(join(dir, '..data')).catch((error: unknown) => {
        if (errnoOf(error) === 'ENOENT') return dir;
        throw error;
      });
      const names = (await readdir(base)).filter((name) => CATALOG_SHARD_FILE_PATTERN.test(name)).sort();
      return await Promise.all(names.map(async (file) => ({ file, text: await readFile(join(base, file), 'utf8') })));
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT' || attempt === 3) throw error;
    }
  }
}

/**
 * The trigger catalog: a directory of shards (the Deployment's projected volume) read as one
 * catalog, or a single file. Loaded and validated at start (a bad one refuses the start, listing
 * every problem with its shard's file name), then watched. A valid change emits `change` (catalog,
 * checksum); an invalid one emits `invalid` (CatalogError) and the last good catalog stays current.
 *
 * The checksum is the SHA-256 of the catalog in its synthesized form (all shards as one document),
 * which is the Deployment's `calvin-runtime.dev/catalog-checksum` for the same catalog.
 *
 * A directory is watched rather than the files: Kubernetes updates a mounted ConfigMap by swapping
 * a `..data` symlink, which a watch on the old file never sees.
 */
export class CatalogSource extends EventEmitter {
  private readonly path: string;
  private currentCatalog: TriggerCatalog | undefined;
  private currentChecksum: string | undefined;
  private lastSeenChecksum: string | undefined;
  /** The `..data` target of the last read: the kubelet writes every change to a new one. */
  private lastSeenVersion: string | undefined;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;

  public constructor(private readonly options: CatalogSourceOptions) {
    super();
    this.path = 'path' in options ? options.path : options.file;
  }

  public get catalog(): TriggerCatalog | undefined {
    return this.currentCatalog;
  }

  public get checksum(): string | undefined {
    return this.currentChecksum;
  }

  /** Loads the catalog (throws CatalogError if it is missing or invalid) and starts watching it. */
  public async start(): Promise<TriggerCatalog> {
    this.lastSeenVersion = await this.version();
    const read = await this.read();
    this.lastSeenChecksum = read.rawChecksum;
    const result = this.check(read);
    if (!result.catalog) throw new CatalogError(this.path, result.problems);
    this.currentCatalog = result.catalog;
    this.currentChecksum = this.checksumOf(read, result.catalog);
    this.watch(read.directory);
    return result.catalog;
  }

  public stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.poller) clearInterval(this.poller);
    if (this.debounce) clearTimeout(this.debounce);
    this.poller = undefined;
  }

  /** Re-reads the catalog now; resolves when done (events are emitted before). */
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

  private watch(directory: boolean): void {
    const name = basename(this.path);
    const relevant = (changed: string): boolean => (directory ? CATALOG_SHARD_FILE_PATTERN.test(changed) : changed === name) || changed.startsWith('..');
    try {
      this.watcher = watch(directory ? this.path : dirname(this.path), (_event, changed) => {
        if (changed && !relevant(String(changed))) return;
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
    // Taken before the read: a swap during the read is seen again at the next poll, never missed.
    const version = await this.version();
    // The same version of a kubelet volume: its files cannot have changed, so the poll reads nothing
    // (reading and hashing 10,000 triggers' shards every 2 s is most of an idle worker's CPU).
    if (version !== undefined && version === this.lastSeenVersion) return;
    let read: CatalogRead;
    try {
      read = await this.read();
    } catch (error) {
      if (this.lastSeenChecksum !== 'unreadable') this.emit('invalid', error as CatalogError);
      this.lastSeenChecksum = 'unreadable';
      return;
    }
    this.lastSeenVersion = version;
    // Unchanged bytes (a poll, or an event for another file): nothing to do, and no repeated error logs.
    if (read.rawChecksum === this.lastSeenChecksum) return;
    this.lastSeenChecksum = read.rawChecksum;
    const result = this.check(read);
    if (!result.catalog) {
      this.emit('invalid', new CatalogError(this.path, result.problems));
      return;
    }
    const checksum = this.checksumOf(read, result.catalog);
    if (checksum === this.currentChecksum) return;
    this.currentCatalog = result.catalog;
    this.currentChecksum = checksum;
    this.emit('change', result.catalog, checksum);
  }

  /** The `..data` symlink's target when the path is a kubelet-written directory, else undefined. */
  private async version(): Promise<string | undefined> {
    try {
      return await readlink(join(this.path, '..data'));
    } catch {
      return undefined;
    }
  }

  private check(read: CatalogRead): CatalogCheck {
    return read.directory ? mergeCatalogShards(read.files) : parseTriggerCatalog(read.files[0].text);
  }

  private checksumOf(read: CatalogRead, catalog: TriggerCatalog): string {
    // A single file is taken as written; shards are checksummed as the one document they came from.
    return read.directory ? sha256(serializeTriggerCatalog(catalog.triggers)) : sha256(read.files[0].text);
  }

  private async read(): Promise<CatalogRead> {
    try {
      if ((await stat(this.path)).isDirectory()) {
        const files = await readShardDirectory(this.path);
        return { directory: true, files, rawChecksum: sha256(files.map((f) => `${f.file}\0${f.text}`).join('\0')) };
      }
      const text = await readFile(this.path, 'utf8');
      return { directory: false, files: [{ file: basename(this.path), text }], rawChecksum: sha256(text) };
    } catch (error) {
      throw new CatalogError(this.path, [`cannot read the file: ${errnoOf(error)}`]);
    }
  }
}
