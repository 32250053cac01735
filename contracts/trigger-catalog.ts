import catalogSchema from './trigger-catalog.schema.json';

/**
 * The trigger catalog: the contract between the `Trigger` constructs (which synthesize it into the
 * scheduler worker's ConfigMap) and the worker (which validates it against the same JSON Schema,
 * `trigger-catalog.schema.json`, compiled at build time, plus the checks a schema cannot express:
 * catalog-check.ts). Version 1.
 */

export const TRIGGER_CATALOG_API_VERSION = 'calvin-runtime.dev/v1';
export const TRIGGER_CATALOG_KIND = 'TriggerCatalog';
/** The ConfigMap key (and the file name inside the worker's mounted volume). */
export const TRIGGER_CATALOG_FILE = 'triggers.json';
export const TRIGGER_CATALOG_SCHEMA: object = catalogSchema;

export const TRIGGER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type TriggerMethod = (typeof TRIGGER_METHODS)[number];
export const CONCURRENCY_POLICIES = ['allow', 'forbid'] as const;
export type ConcurrencyPolicy = (typeof CONCURRENCY_POLICIES)[number];

/**
 * Headers the worker sets itself on every request (the Standard Webhooks trio, the idempotency
 * key and calvin's own), plus those HTTP manages; a trigger may not set them.
 */
export const RESERVED_HEADER_PREFIXES = ['calvin-', 'webhook-'];
export const RESERVED_HEADERS = ['idempotency-key', 'host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive', 'upgrade', 'te', 'trailer'];
/**
 * Headers the worker's HTTP client (undici, `processHeader` in lib/core/request.js) throws on
 * whatever their value, so a request carrying one could never be sent.
 */
export const CLIENT_REFUSED_HEADERS = ['expect', 'keep-alive', 'transfer-encoding', 'upgrade'];

export interface CatalogSecretRef {
  readonly secret: string;
  readonly key: string;
  /**
   * Read through the Kubernetes API from this namespace (a tenant's Secret; the worker's Role there
   * names it). Absent: the Secret is in the worker's namespace and mounted.
   */
  readonly namespace?: string;
}

export interface CatalogRetry {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly jitter: boolean;
}

export interface CatalogTrigger {
  readonly id: string;
  readonly workspace: string;
  readonly name: string;
  readonly schedule: string;
  readonly timezone: string;
  readonly url: string;
  readonly method: TriggerMethod;
  readonly headers: Record<string, string>;
  readonly secretHeaders: Record<string, CatalogSecretRef>;
  readonly body?: string;
  readonly timeoutMs: number;
  readonly retry: CatalogRetry;
  readonly startingDeadlineMs: number;
  readonly concurrency: ConcurrencyPolicy;
  readonly enabled: boolean;
  /** This trigger's signing key (a tenant's), read like a secret header; absent: SIGNING_SECRETS. */
  readonly signingSecret?: CatalogSecretRef;
  readonly target?: { readonly app: string; readonly namespace: string; readonly via: 'internal' | 'public' };
}

export interface TriggerCatalog {
  readonly apiVersion: typeof TRIGGER_CATALOG_API_VERSION;
  readonly kind: typeof TRIGGER_CATALOG_KIND;
  readonly triggers: readonly CatalogTrigger[];
}

/** One schema violation, as the generated validator reports it (ajv's ErrorObject, the fields used). */
export interface SchemaProblem {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

export function triggerId(workspace: string, name: string): string {
  return `${workspace}/${name}`;
}

/** Why a URL is not an absolute http(s) URL a trigger can call, or undefined. */
export function targetUrlProblem(url: unknown): string | undefined {
  const expected = 'is not an absolute http:// or https:// URL without credentials or fragment';
  if (typeof url !== 'string') return expected;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return expected;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return expected;
  if (parsed.username || parsed.password || parsed.hash || !parsed.hostname) return expected;
  return undefined;
}

/** Field order of a catalog entry in the synthesized JSON: the schema's, for a human reading the ConfigMap. */
const ENTRY_FIELDS = ['id', 'workspace', 'name', 'schedule', 'timezone', 'url', 'method', 'headers', 'secretHeaders', 'body', 'timeoutMs', 'retry', 'startingDeadlineMs', 'concurrency', 'enabled', 'signingSecret', 'target'];
const RETRY_FIELDS = ['attempts', 'baseDelayMs', 'maxDelayMs', 'jitter'];
const SECRET_REF_FIELDS = ['secret', 'key', 'namespace'];
const TARGET_FIELDS = ['app', 'namespace', 'via'];

/** `value`'s keys in `order` first, the rest (only a transform adds any) sorted after them. */
function ordered(value: unknown, order: readonly string[], each?: (v: unknown) => unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = [...order.filter((k) => k in record), ...Object.keys(record).filter((k) => !order.includes(k)).sort()];
  return Object.fromEntries(keys.map((k) => [k, each ? each(record[k]) : record[k]]));
}

function canonicalEntry(trigger: CatalogTrigger): unknown {
  const entry = ordered(trigger, ENTRY_FIELDS) as Record<string, unknown>;
  if ('headers' in entry) entry.headers = ordered(entry.headers, []);
  if ('secretHeaders' in entry) entry.secretHeaders = ordered(entry.secretHeaders, [], (ref) => ordered(ref, SECRET_REF_FIELDS));
  if ('retry' in entry) entry.retry = ordered(entry.retry, RETRY_FIELDS);
  if ('signingSecret' in entry) entry.signingSecret = ordered(entry.signingSecret, SECRET_REF_FIELDS);
  if ('target' in entry) entry.target = ordered(entry.target, TARGET_FIELDS);
  return entry;
}

/**
 * The catalog file exactly as the ConfigMap carries it: triggers sorted by id (code-unit order, not
 * the locale's), fields in schema order, header names sorted, 2-space indent and a final newline.
 * The same triggers always give the same bytes, so the worker Deployment's checksum annotation
 * changes only when a trigger does.
 */
export function serializeTriggerCatalog(triggers: readonly CatalogTrigger[]): string {
  return joinCatalogEntries(sortById(triggers).map(serializeCatalogEntry));
}

/** Triggers in code-unit order of their ids (not the locale's): the catalog's order. */
export function sortById<T extends { readonly id: string }>(triggers: readonly T[]): T[] {
  return [...triggers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One entry as it sits inside the catalog's `triggers` array (indented 4), so that sizes add up. */
export function serializeCatalogEntry(trigger: CatalogTrigger): string {
  // JSON.stringify escapes newlines inside strings, so every '\n' here is a line break of the layout.
  return `    ${JSON.stringify(canonicalEntry(trigger), null, 2).replace(/\n/g, '\n    ')}`;
}

const CATALOG_HEAD = `{\n  "apiVersion": ${JSON.stringify(TRIGGER_CATALOG_API_VERSION)},\n  "kind": ${JSON.stringify(TRIGGER_CATALOG_KIND)},\n  "triggers": [`;

/** Bytes of a catalog document around its entries, and between two entries. */
export const CATALOG_ENVELOPE_BYTES = { empty: Buffer.byteLength(`${CATALOG_HEAD}]\n}\n`), entries: Buffer.byteLength(`${CATALOG_HEAD}\n\n  ]\n}\n`), separator: 2 };

/** A catalog document from entries serialized by `serializeCatalogEntry`, in the given order: the bytes `JSON.stringify(catalog, null, 2)` writes. */
export function joinCatalogEntries(entries: readonly string[]): string {
  return entries.length === 0 ? `${CATALOG_HEAD}]\n}\n` : `${CATALOG_HEAD}\n${entries.join(',\n')}\n  ]\n}\n`;
}

/**
 * Pod template annotation of the worker Deployment holding the catalog's SHA-256 (all shards): a
 * catalog change rolls the pods, and `calvin status` compares the running pods' value with a synth's.
 */
export const CATALOG_CHECKSUM_ANNOTATION = 'calvin-runtime.dev/catalog-checksum';
