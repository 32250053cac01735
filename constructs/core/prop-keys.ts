import { didYouMean } from '../../contracts/did-you-mean';
import { PropProblems } from './validation';

/**
 * The keys of every props object the constructs take, so that a misspelled or unknown key is refused
 * at synth (`visibilty: unknown prop; did you mean "visibility"?`) instead of silently ignored: tsx,
 * JavaScript and `as any` do not type-check. One table per props interface, declared next to it with
 * `propKeys<TheProps>('TheProps', { … })`: the compiler refuses a table that lacks a key of the
 * interface or has one it does not declare, and test/core/prop-keys.test.ts fails for a props
 * interface without a table (it reads the interfaces with the TypeScript compiler API).
 */

/**
 * What is checked inside a key's value: `true` nothing (a string, a map with free keys, a Duration,
 * a construct, a function); a table: the keys of the object it holds; `each(table)`: the keys of every
 * value of a map (`secretEnvs`) or item of a list (a Tenant's `egress`).
 */
export type KeyRule = true | PropKeys<any> | EachOf;

/** The keys of props interface `T`, by name. */
export interface PropKeys<T> {
  /** The interface's name, as test/core/prop-keys.test.ts finds it in the source. */
  readonly name: string;
  readonly keys: Readonly<Record<string, KeyRule>>;
  /** Never set: ties the table to its interface for the compiler. */
  readonly interface?: T;
}

/** The keys of every value of a map prop, or of every item of a list prop. */
export interface EachOf {
  readonly each: PropKeys<any>;
}

const TABLES = new Map<string, PropKeys<unknown>>();

/**
 * Declares (and registers) the key table of props interface `T`; `keys` must list exactly the keys of
 * `T`, each with its rule.
 */
export function propKeys<T>(name: string, keys: { readonly [K in keyof Required<T>]: KeyRule }): PropKeys<T> {
  const table: PropKeys<T> = { name, keys: keys as Record<string, KeyRule> };
  if (TABLES.has(name)) throw new Error(`prop-keys: a table for ${name} is declared twice`);
  TABLES.set(name, table);
  return table;
}

export function each(table: PropKeys<any>): EachOf {
  return { each: table };
}

/** Every table declared so far (test/core/prop-keys.test.ts compares them with the interfaces). */
export function registeredPropKeys(): ReadonlyMap<string, PropKeys<unknown>> {
  return TABLES;
}

/**
 * Records a problem for every key of `value` (and of the objects inside it the table describes) that
 * `table` does not list, under `field` (a prefix such as `tls.issuer`, or '' for a construct's own
 * props). Anything but a plain object is left to the props' other checks.
 */
export function checkKnownKeys(problems: PropProblems, field: string, value: unknown, table: PropKeys<any>): void {
  if (!isPlainObject(value)) return;
  const known = Object.keys(table.keys);
  for (const key of Object.keys(value)) {
    const at = field ? `${field}.${key}` : key;
    if (!Object.hasOwn(table.keys, key)) {
      const hint = didYouMean(key, known);
      problems.addKeyProblem(at, `unknown prop${hint || ` (${table.name} has ${known.join(', ')})`}`);
      continue;
    }
    const rule = table.keys[key];
    const inner = value[key];
    if (rule === true) continue;
    if ('each' in rule) {
      if (Array.isArray(inner)) inner.forEach((item, index) => checkKnownKeys(problems, `${at}[${index}]`, item, rule.each));
      else if (isPlainObject(inner)) for (const [name, item] of Object.entries(inner)) checkKnownKeys(problems, `${at}.${name}`, item, rule.each);
    } else {
      checkKnownKeys(problems, at, inner, rule);
    }
  }
}

/** An object literal (or `Object.create(null)`): not an array, a Duration, a construct or a function. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
