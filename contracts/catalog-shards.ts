import { createHash } from 'node:crypto';
import { checkTriggerCatalog, CatalogCheck, jsonSyntaxProblem } from './catalog-check';
import {
  CATALOG_ENVELOPE_BYTES, CatalogTrigger, joinCatalogEntries, serializeCatalogEntry, sortById, TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_FILE,
  TRIGGER_CATALOG_KIND, TriggerCatalog,
} from './trigger-catalog';

/**
 * The catalog split into shards, one ConfigMap each, projected into one directory of the worker's
 * pod. Shared by the SchedulerWorker (which writes the shards) and the worker (which reads the
 * directory back as one catalog).
 *
 * Each shard is a complete catalog document (the same schema), holding the triggers whose shard
 * key starts with the shard's prefix. The key is 16 hex digits of SHA-256(workspace) followed by
 * SHA-256(id): a workspace stays in one shard unless it alone outgrows one, and only then is it
 * split by its ids. A shard over the limit splits into up to 16 children by the next hex digit.
 * So the shards are a function of the set of triggers alone (not of their order, nor of earlier
 * synths), and adding a trigger changes one shard (or splits that one), never the others.
 */

/** What Kubernetes accepts in one ConfigMap's data (keys plus values). */
export const CONFIG_MAP_DATA_LIMIT_BYTES = 1024 * 1024;
/**
 * The most a shard's file name plus text may take: the ConfigMap limit less 100 KiB, which leaves
 * room for the object's metadata and server-side apply's managedFields under etcd's 1.5 MiB.
 */
export const CATALOG_SHARD_MAX_BYTES = CONFIG_MAP_DATA_LIMIT_BYTES - 100 * 1024;
/** The files of a shard directory the worker reads: `triggers.json` (the unsplit catalog) or `triggers-<hex prefix>.json`. */
export const CATALOG_SHARD_FILE_PATTERN = /^triggers(?:-[0-9a-f]{1,80})?\.json$/;

/** The file (and ConfigMap key) of the shard with this hex prefix; the root (the unsplit catalog) keeps `triggers.json`. */
export function catalogShardFile(prefix: string): string {
  return prefix === '' ? TRIGGER_CATALOG_FILE : `triggers-${prefix}.json`;
}

/** Where a trigger goes: 16 hex digits of SHA-256(workspace), then the 64 of SHA-256(id). */
export function catalogShardKey(trigger: { readonly workspace: string; readonly id: string }): string {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  return hex(trigger.workspace).slice(0, 16) + hex(trigger.id);
}

export interface CatalogShard {
  /** Hex prefix of the shard keys it holds ('' for the whole catalog). */
  readonly prefix: string;
  /** Its file name in the worker's directory, and its ConfigMap key. */
  readonly file: string;
  /** The catalog document: `serializeTriggerCatalog` of its triggers. */
  readonly text: string;
  readonly triggers: number;
  /** File name plus text, as the ConfigMap limit counts them. */
  readonly bytes: number;
}

export interface CatalogSharding {
  /** The whole catalog as one document, byte for byte `serializeTriggerCatalog` of the same triggers. */
  readonly catalogText: string;
  /** In prefix order; at least one (an empty catalog is one empty shard). */
  readonly shards: readonly CatalogShard[];
  /** Entries that alone exceed `maxBytes`, by id, with their size in a shard of their own. */
  readonly oversized: ReadonlyArray<{ readonly id: string; readonly bytes: number }>;
}

interface Item {
  readonly id: string;
  readonly key: string;
  readonly entry: string;
  readonly bytes: number;
}

/** Splits the catalog into shards of at most `maxBytes` (file name plus text) each. */
export function shardTriggerCatalog(triggers: readonly CatalogTrigger[], maxBytes: number = CATALOG_SHARD_MAX_BYTES): CatalogSharding {
  const items = sortById(triggers).map((trigger): Item => {
    const entry = serializeCatalogEntry(trigger);
    return { id: trigger.id, key: catalogShardKey(trigger), entry, bytes: Buffer.byteLength(entry) };
  });
  const shards: CatalogShard[] = [];
  const oversized: Array<{ id: string; bytes: number }> = [];
  split(items, '', maxBytes, shards, oversized);
  return { catalogText: joinCatalogEntries(items.map((item) => item.entry)), shards, oversized };
}

function shardBytes(prefix: string, items: readonly Item[]): number {
  if (items.length === 0) return catalogShardFile(prefix).length + CATALOG_ENVELOPE_BYTES.empty;
  const entries = items.reduce((sum, item) => sum + item.bytes, 0);
  return catalogShardFile(prefix).length + CATALOG_ENVELOPE_BYTES.entries + entries + CATALOG_ENVELOPE_BYTES.separator * (items.length - 1);
}

function split(items: readonly Item[], prefix: string, maxBytes: number, shards: CatalogShard[], oversized: Array<{ id: string; bytes: number }>): void {
  const bytes = shardBytes(prefix, items);
  if (bytes <= maxBytes) {
    const file = catalogShardFile(prefix);
    shards.push({ prefix, file, text: joinCatalogEntries(items.map((i) => i.entry)), triggers: items.length, bytes });
    return;
  }
  // Ids are unique, so their keys are: a set of two or more always splits before the key runs out.
  if (items.length === 1) {
    oversized.push({ id: items[0].id, bytes });
    return;
  }
  const children = new Map<string, Item[]>();
  for (const item of items) {
    const digit = item.key[prefix.length];
    const child = children.get(digit);
    if (child) child.push(item);
    else children.set(digit, [item]);
  }
  for (const digit of [...children.keys()].sort()) split(children.get(digit)!, prefix + digit, maxBytes, shards, oversized);
}

/** One file of a shard directory, as read. */
export interface CatalogShardFile {
  readonly file: string;
  readonly text: string;
}

/**
 * Reads shard files back as one catalog: each is parsed and validated (problems prefixed with its
 * file name), they must agree on apiVersion and kind, and an id may appear in one shard only (two
 * copies mean shards from different synths, seen mid-update). Triggers come back sorted by id.
 */
export function mergeCatalogShards(files: readonly CatalogShardFile[]): CatalogCheck {
  if (files.length === 0) return { problems: [`(directory): no catalog file (${CATALOG_SHARD_FILE_PATTERN.source})`] };
  const problems: string[] = [];
  const versions = new Map<string, string>();
  const owner = new Map<string, string>();
  const triggers: TriggerCatalog['triggers'][number][] = [];
  for (const { file, text } of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      problems.push(`${file}: (root): ${jsonSyntaxProblem(error)}`);
      continue;
    }
    const header = input !== null && typeof input === 'object' ? input as Record<string, unknown> : {};
    versions.set(file, `${String(header.apiVersion)} ${String(header.kind)}`);
    const check = checkTriggerCatalog(input);
    problems.push(...check.problems.map((p) => `${file}: ${p}`));
    check.catalog?.triggers.forEach((trigger, index) => {
      const first = owner.get(trigger.id);
      if (first !== undefined) problems.push(`${file}: /triggers/${index}/id: "${trigger.id}" is also in ${first} (shards from different synths?)`);
      owner.set(trigger.id, file);
      triggers.push(trigger);
    });
  }
  if (new Set(versions.values()).size > 1) {
    problems.push(`shards disagree on apiVersion and kind: ${[...versions].map(([file, version]) => `${file} has ${version}`).join(', ')}`);
  }
  if (problems.length > 0) return { problems };
  return { catalog: { apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: sortById(triggers) }, problems: [] };
}
