import validateSchema from './generated/trigger-catalog-validator';
import { redactUrl } from './worker-env';
import { scheduleProblem, timezoneProblem } from './schedule';
import {
  CLIENT_REFUSED_HEADERS, RESERVED_HEADER_PREFIXES, RESERVED_HEADERS, SchemaProblem, targetUrlProblem, TriggerCatalog, triggerId,
} from './trigger-catalog';

/**
 * The trigger catalog validator, shared by synth (SchedulerWorker), the worker and `calvin`: the
 * JSON Schema (compiled at build time into generated/) and the checks a schema cannot express.
 * Both run on every input, so one pass lists every problem: the semantic checks look at whatever
 * parts are well-typed even when the schema refuses others.
 */

export type CatalogCheck = { readonly catalog: TriggerCatalog; readonly problems: readonly [] } | { readonly catalog?: undefined; readonly problems: readonly string[] };

/** Why a header name may not be set by a trigger, or undefined if it may. */
export function reservedHeaderProblem(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (RESERVED_HEADERS.includes(lower) || RESERVED_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
    return `is reserved (the worker sets ${RESERVED_HEADER_PREFIXES.map((p) => `${p}*`).join(', ')} and idempotency-key itself; HTTP manages ${RESERVED_HEADERS.slice(1).join(', ')})`;
  }
  if (CLIENT_REFUSED_HEADERS.includes(lower)) return 'is refused by the worker\'s HTTP client (undici), so no request carrying it could be sent';
  return undefined;
}

/**
 * Why a header value could not be sent, or undefined. undici refuses any character outside tab,
 * visible ASCII and Latin-1 (`isValidHeaderValue`): CR and LF (which would split the request), NUL,
 * the other control characters and anything past U+00FF.
 */
export function headerValueProblem(value: string): string | undefined {
  const bad = /[^\t\x20-\x7e\x80-\xff]/.exec(value);
  if (!bad) return undefined;
  const code = bad[0].codePointAt(0)!;
  const named: Record<number, string> = { 0: 'NUL', 10: 'LF', 13: 'CR' };
  const what = named[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains ${what} at index ${bad.index}; a header value may hold only tab, visible ASCII and Latin-1 characters (CR, LF and NUL would never be sent)`;
}

/**
 * A JSON syntax error without the text: V8 quotes the text around the error, and a file that is
 * not a catalog (a shard symlinked to a secret) must not be echoed. The position is kept.
 */
export function jsonSyntaxProblem(error: unknown): string {
  const position = /at position \d+(?: \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0];
  return `not valid JSON${position ? ` (${position})` : ''}`;
}

/** Catalog text as a problem quotes it: a few hundred characters at most. */
function capped(value: unknown): unknown {
  return typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}… (${value.length} characters)` : value;
}

function describe(error: SchemaProblem): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'additionalProperties') return `${where}: unknown field "${capped(String(error.params.additionalProperty))}"`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${error.message}`;
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(fields: Fields, key: string): string | undefined {
  return typeof fields[key] === 'string' ? fields[key] as string : undefined;
}

/** The checks a schema cannot express, on one entry, skipping whatever is not of the right type. */
function entryProblems(entry: unknown, at: string, seen: Set<string>): string[] {
  if (!isRecord(entry)) return [];
  const problems: string[] = [];
  const [id, workspace, name] = [text(entry, 'id'), text(entry, 'workspace'), text(entry, 'name')];
  if (id !== undefined && workspace !== undefined && name !== undefined && id !== triggerId(workspace, name)) {
    problems.push(`${at}/id: "${id}" is not "<workspace>/<name>" ("${triggerId(workspace, name)}")`);
  }
  if (id !== undefined && seen.has(id)) problems.push(`${at}/id: "${id}" appears more than once`);
  if (id !== undefined) seen.add(id);
  for (const [field, problem] of [['schedule', scheduleProblem], ['timezone', timezoneProblem], ['url', targetUrlProblem]] as const) {
    const value = text(entry, field);
    const why = value === undefined ? undefined : problem(value);
    // A URL may carry credentials (user:password@, ?token=): never repeated in a problem.
    if (why) problems.push(`${at}/${field}: ${JSON.stringify(capped(field === 'url' && typeof value === 'string' && /[@?#]/.test(value) ? redactUrl(value) : value))} ${why}`);
  }
  const method = text(entry, 'method');
  if (entry.body !== undefined && (method === 'GET' || method === 'HEAD')) problems.push(`${at}/body: a ${method} request has no body`);
  const headers = isRecord(entry.headers) ? entry.headers : {};
  const secretHeaders = isRecord(entry.secretHeaders) ? entry.secretHeaders : {};
  for (const header of [...Object.keys(headers), ...Object.keys(secretHeaders)]) {
    const reserved = reservedHeaderProblem(header);
    if (reserved) problems.push(`${at}/headers: "${header}" ${reserved}`);
  }
  for (const [header, value] of Object.entries(headers)) {
    const why = typeof value === 'string' ? headerValueProblem(value) : undefined;
    if (why) problems.push(`${at}/headers/${header}: ${why}`);
  }
  const lowerHeaders = Object.keys(headers).map((h) => h.toLowerCase());
  for (const header of Object.keys(secretHeaders)) {
    if (lowerHeaders.includes(header.toLowerCase())) problems.push(`${at}/secretHeaders: "${header}" is also a plain header`);
  }
  const retry = isRecord(entry.retry) ? entry.retry : {};
  if (typeof retry.maxDelayMs === 'number' && typeof retry.baseDelayMs === 'number' && retry.maxDelayMs < retry.baseDelayMs) {
    problems.push(`${at}/retry/maxDelayMs: ${retry.maxDelayMs} is less than baseDelayMs (${retry.baseDelayMs})`);
  }
  return problems;
}

/**
 * Validates a parsed catalog: the JSON Schema, and what the schema cannot say (cron syntax, time
 * zones, URLs, unique ids, id = workspace/name, no body on GET/HEAD, reserved and unsendable
 * headers, header values the HTTP client refuses, maxDelayMs ≥ baseDelayMs). Every problem is
 * listed, each with its JSON path, the schema's first.
 */
export function checkTriggerCatalog(input: unknown): CatalogCheck {
  const problems = validateSchema(input) ? [] : (validateSchema.errors ?? []).map(describe);
  const triggers = isRecord(input) && Array.isArray(input.triggers) ? input.triggers : [];
  const seen = new Set<string>();
  triggers.forEach((entry, index) => problems.push(...entryProblems(entry, `/triggers/${index}`, seen)));
  return problems.length > 0 ? { problems } : { catalog: input as TriggerCatalog, problems: [] };
}

/** Parses catalog JSON text and checks it; a syntax error is one problem like any other. */
export function parseTriggerCatalog(text: string): CatalogCheck {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { problems: [`(root): ${jsonSyntaxProblem(error)}`] };
  }
  return checkTriggerCatalog(input);
}
