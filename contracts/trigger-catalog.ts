import Ajv, { ErrorObject } from 'ajv';
import { scheduleProblem, timezoneProblem } from './schedule';
import catalogSchema from './trigger-catalog.schema.json';

/**
 * The trigger catalog: the contract between the `Trigger` constructs (which synthesize it into the
 * scheduler worker's ConfigMap) and the worker (which validates it against the same JSON Schema,
 * `trigger-catalog.schema.json`, plus the checks a schema cannot express). Version 1.
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

export interface CatalogSecretRef {
  readonly secret: string;
  readonly key: string;
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
  readonly target?: { readonly app: string; readonly namespace: string; readonly via: 'internal' | 'public' };
}

export interface TriggerCatalog {
  readonly apiVersion: typeof TRIGGER_CATALOG_API_VERSION;
  readonly kind: typeof TRIGGER_CATALOG_KIND;
  readonly triggers: readonly CatalogTrigger[];
}

export function triggerId(workspace: string, name: string): string {
  return `${workspace}/${name}`;
}

/** Why a header name may not be set by a trigger, or undefined if it may. */
export function reservedHeaderProblem(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (RESERVED_HEADERS.includes(lower) || RESERVED_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
    return `is reserved (the worker sets ${RESERVED_HEADER_PREFIXES.map((p) => `${p}*`).join(', ')} and idempotency-key itself; HTTP manages ${RESERVED_HEADERS.slice(1).join(', ')})`;
  }
  return undefined;
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

let compiled: ReturnType<Ajv['compile']> | undefined;

function schemaValidator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allErrors: true, strict: true }).compile(catalogSchema);
  return compiled;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'additionalProperties') return `${where}: unknown field "${error.params.additionalProperty}"`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${error.message}`;
}

export type CatalogCheck = { readonly catalog: TriggerCatalog; readonly problems: readonly [] } | { readonly catalog?: undefined; readonly problems: readonly string[] };

/**
 * Validates a parsed catalog: the JSON Schema first, then what the schema cannot say (cron syntax,
 * time zones, URLs, unique ids, id = workspace/name, no body on GET/HEAD, reserved headers,
 * maxDelayMs ≥ baseDelayMs). Every problem is listed, each with its JSON path.
 */
export function checkTriggerCatalog(input: unknown): CatalogCheck {
  const validate = schemaValidator();
  if (!validate(input)) {
    return { problems: (validate.errors ?? []).map(describe) };
  }
  const catalog = input as TriggerCatalog;
  const problems: string[] = [];
  const seen = new Set<string>();
  catalog.triggers.forEach((trigger, index) => {
    const at = `/triggers/${index}`;
    if (trigger.id !== triggerId(trigger.workspace, trigger.name)) problems.push(`${at}/id: "${trigger.id}" is not "<workspace>/<name>" ("${triggerId(trigger.workspace, trigger.name)}")`);
    if (seen.has(trigger.id)) problems.push(`${at}/id: "${trigger.id}" appears more than once`);
    seen.add(trigger.id);
    const schedule = scheduleProblem(trigger.schedule);
    if (schedule) problems.push(`${at}/schedule: ${JSON.stringify(trigger.schedule)} ${schedule}`);
    const timezone = timezoneProblem(trigger.timezone);
    if (timezone) problems.push(`${at}/timezone: ${JSON.stringify(trigger.timezone)} ${timezone}`);
    const url = targetUrlProblem(trigger.url);
    if (url) problems.push(`${at}/url: ${JSON.stringify(trigger.url)} ${url}`);
    if (trigger.body !== undefined && (trigger.method === 'GET' || trigger.method === 'HEAD')) problems.push(`${at}/body: a ${trigger.method} request has no body`);
    for (const name of [...Object.keys(trigger.headers), ...Object.keys(trigger.secretHeaders)]) {
      const reserved = reservedHeaderProblem(name);
      if (reserved) problems.push(`${at}/headers: "${name}" ${reserved}`);
    }
    const lowerHeaders = Object.keys(trigger.headers).map((h) => h.toLowerCase());
    for (const name of Object.keys(trigger.secretHeaders)) {
      if (lowerHeaders.includes(name.toLowerCase())) problems.push(`${at}/secretHeaders: "${name}" is also a plain header`);
    }
    if (trigger.retry.maxDelayMs < trigger.retry.baseDelayMs) problems.push(`${at}/retry/maxDelayMs: ${trigger.retry.maxDelayMs} is less than baseDelayMs (${trigger.retry.baseDelayMs})`);
  });
  return problems.length > 0 ? { problems } : { catalog, problems: [] };
}

/** Parses catalog JSON text and checks it; a syntax error is one problem like any other. */
export function parseTriggerCatalog(text: string): CatalogCheck {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { problems: [`(root): not valid JSON: ${(error as Error).message}`] };
  }
  return checkTriggerCatalog(input);
}

/** Field order of a catalog entry in the synthesized JSON: the schema's, for a human reading the ConfigMap. */
const ENTRY_FIELDS = ['id', 'workspace', 'name', 'schedule', 'timezone', 'url', 'method', 'headers', 'secretHeaders', 'body', 'timeoutMs', 'retry', 'startingDeadlineMs', 'concurrency', 'enabled', 'target'];
const RETRY_FIELDS = ['attempts', 'baseDelayMs', 'maxDelayMs', 'jitter'];
const SECRET_REF_FIELDS = ['secret', 'key'];
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
  const sorted = [...triggers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const catalog = { apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: sorted.map(canonicalEntry) };
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
