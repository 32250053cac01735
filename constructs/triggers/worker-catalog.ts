/**
 * The scheduler worker's catalog at synth: serialized, checked with the worker's own validator and
 * split into shards that each fit in a ConfigMap.
 */
import { IConstruct } from 'constructs';
import { checkTriggerCatalog } from '../../contracts/catalog-check';
import { CATALOG_SHARD_MAX_BYTES, CatalogSharding, shardTriggerCatalog } from '../../contracts/catalog-shards';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import { RegisteredTrigger } from '../platform/scope';

export interface CheckedCatalog {
  /** The entries as JSON, to tell whether anything changed since the last check. */
  readonly key: string;
  /** The whole catalog as one document (its SHA-256 is the pod template's checksum). */
  readonly text: string;
  readonly entries: readonly CatalogTrigger[];
  readonly problems: readonly string[];
  readonly sharding: CatalogSharding;
}

/** The entry fields a size problem can blame, biggest first when sizes tie. */
const SIZED_FIELDS = ['body', 'headers', 'secretHeaders', 'url', 'schedule', 'name'] as const;

/** A value for a problem line: JSON, cut to 60 characters. */
function preview(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/**
 * Why one trigger cannot be in any shard: its construct path, the field that makes it big, a
 * preview of the value and what fits.
 */
export function oversizedEntryProblem(path: string, entry: CatalogTrigger, bytes: number, maxBytes: number): string {
  const sizes = SIZED_FIELDS.filter((field) => entry[field] !== undefined).map((field) => ({ field, bytes: Buffer.byteLength(JSON.stringify(entry[field])) }));
  const biggest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return `${path}: ${biggest.field} ${preview(entry[biggest.field])} (${biggest.bytes} bytes as JSON) makes the trigger's catalog entry ${bytes} bytes; `
    + `one catalog shard (a ConfigMap, 1 MiB less a margin) holds at most ${maxBytes} (shorten the ${biggest.field})`;
}

/**
 * Checks and shards the catalog of `triggers`. Synth asks several times (validation, ConfigMaps,
 * checksum, volume); the last verdict is kept while the serialized catalog is the same.
 */
export class WorkerCatalog {
  private last?: CheckedCatalog;
  private validated?: CheckedCatalog;

  public constructor(private readonly triggers: () => readonly RegisteredTrigger[], private readonly maxShardBytes: number = CATALOG_SHARD_MAX_BYTES) {}

  /** `check()` for the synth's validation; the verdict is kept for the renderers that follow it. */
  public validate(): CheckedCatalog {
    this.validated = this.check();
    return this.validated;
  }

  /**
   * The catalog as the synth's validation checked it, when valid: cdk8s validates right before it
   * renders, so the ConfigMaps, volume and checksum need not serialize every trigger again (five
   * times over 10,000 triggers was most of the synth). A trigger added since is noticed by the count;
   * undefined means: check again.
   */
  public forRendering(): CheckedCatalog | undefined {
    const validated = this.validated;
    return validated && validated.problems.length === 0 && validated.entries.length === this.triggers().length ? validated : undefined;
  }

  public check(): CheckedCatalog {
    const registered = this.triggers();
    const entries = registered.map((trigger) => trigger.toCatalogEntry());
    // Plain JSON is a cheaper comparison than the catalog's canonical form, for the same answer.
    const key = JSON.stringify(entries);
    if (this.last?.key === key) return this.last;
    const sharding = shardTriggerCatalog(entries, this.maxShardBytes);
    const text = sharding.catalogText;
    const parsed = JSON.parse(text);
    const problems = checkTriggerCatalog(parsed).problems.map((p) => {
      const index = /^\/triggers\/(\d+)/.exec(p);
      const id = index ? parsed.triggers[Number(index[1])]?.id : undefined;
      return `trigger catalog ${id !== undefined ? `entry ${JSON.stringify(id)} ` : ''}${p} (check the trigger's transform)`;
    });
    for (const { id, bytes } of sharding.oversized) {
      const trigger: IConstruct | undefined = registered.find((t) => t.id === id);
      problems.push(oversizedEntryProblem(trigger?.node.path ?? `trigger ${JSON.stringify(id)}`, entries.find((e) => e.id === id)!, bytes, this.maxShardBytes));
    }
    this.last = { key, text, entries, problems, sharding };
    return this.last;
  }
}
