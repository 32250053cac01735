import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import { shardTriggerCatalog } from '../../contracts/catalog-shards';

/**
 * A directory written the way the kubelet writes a ConfigMap or projected volume (AtomicWriter):
 * every version in its own `..<timestamp>` directory, the `..data` symlink renamed atomically onto
 * the new one, user-visible names as symlinks through `..data`, then the old version removed.
 */
export class KubeletVolume {
  private version = 0;

  public constructor(public readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Makes `files` the volume's whole content in one `..data` swap. */
  public write(files: Readonly<Record<string, string>>): void {
    const version = `..2026_01_01_00_00_00.${String(++this.version).padStart(9, '0')}`;
    mkdirSync(join(this.dir, version));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(this.dir, version, name), text);
    const data = join(this.dir, '..data');
    const old = existsSync(data) ? readlinkSync(data) : undefined;
    symlinkSync(version, join(this.dir, '..data_tmp'));
    renameSync(join(this.dir, '..data_tmp'), data);
    for (const name of Object.keys(files)) {
      if (!lstatExists(join(this.dir, name))) symlinkSync(join('..data', name), join(this.dir, name));
    }
    for (const name of readdirSync(this.dir)) {
      if (!name.startsWith('..') && !(name in files)) unlinkSync(join(this.dir, name));
    }
    if (old) rmSync(join(this.dir, old), { recursive: true, force: true });
  }

  /** Writes the catalog of `triggers` as the SchedulerWorker shards it (with `maxBytes` per shard). */
  public writeCatalog(triggers: readonly CatalogTrigger[], maxBytes?: number): Record<string, string> {
    const files = Object.fromEntries(shardTriggerCatalog(triggers, maxBytes).shards.map((s) => [s.file, s.text]));
    this.write(files);
    return files;
  }
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
