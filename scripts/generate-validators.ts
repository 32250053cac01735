/**
 * Compiles the closed schemas in `imports/schemas/` to ajv *standalone* validation code, one
 * CommonJS module per apiVersion/kind under `imports/validators/`, plus `index.json` (kind → module,
 * and a hash of the inputs). Run by `npm run import` after the schemas, or alone with
 * `npm run import:validators` (reads only `imports/schemas/`, so it needs no CRDs).
 *
 * Why: compiling the schemas at run time cost `calvin synth` ~7 s and ~650 MB (the KServe
 * InferenceService schema alone). The generated modules need only ajv's small runtime helpers
 * (`ajv/dist/runtime/*`), never its compiler, and `ManifestValidator` loads just the kinds it meets.
 *
 * Size: CRD schemas have no `$ref`s, so every embedded PodSpec (KServe has dozens: predictor,
 * transformer, explainer, each framework shortcut) would be generated in full, ~12 MB for
 * InferenceService. Repeated large subschemas are therefore hoisted into `definitions` and
 * referenced (`dedupeSchema`), and `inlineRefs: false` keeps each definition one function. Errors
 * are the same: ajv reports data paths (`instancePath`), which a `$ref` does not change.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { VALIDATOR_INDEX_FILE, ValidatorIndex, VALIDATORS_DIR } from '../constructs/core/validator-index';

type Json = any; // schemas are arbitrary JSON

const ROOT = path.resolve(__dirname, '..');
export const SCHEMA_DIR = path.join(ROOT, 'imports', 'schemas');
export const VALIDATOR_DIR = path.join(ROOT, ...VALIDATORS_DIR);
export const INDEX_FILE = VALIDATOR_INDEX_FILE;
export type { ValidatorIndex };

/**
 * The ajv options the code is generated with. `verbose` puts the failing schema into each error,
 * which the validator's messages read (an anyOf's branches: "must be integer or string").
 */
export const VALIDATOR_OPTIONS: Options = {
  strict: false, logger: false, allErrors: true, verbose: true, validateFormats: false, inlineRefs: false,
  code: { source: true },
};

/** A subschema is hoisted when it occurs at least twice and its JSON is at least this long. */
const HOIST_MIN_CHARS = 100;

/** Keys whose value is a map of name → schema. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions'];
/** Keys whose value is one schema (or, for `items`, possibly a list). */
const SCHEMA_VALUES = ['items', 'additionalProperties', 'additionalItems', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];

/**
 * Replaces every large subschema that occurs more than once with a `$ref` to one copy in the
 * root's `definitions` (named `calvin-dedupe-N`). Branches of anyOf/oneOf/allOf are never hoisted,
 * nor anything beneath them, so the errors of a failed branch keep their `/anyOf/` schema path.
 */
export function dedupeSchema(root: Json): Json {
  const counts = new Map<string, number>();
  walkSchemas(root, (node) => {
    const key = JSON.stringify(node);
    if (key.length >= HOIST_MIN_CHARS) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const hoisted = new Map<string, { name: string; schema: Json }>();
  const rewrite = (node: Json, isRoot: boolean): Json => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const key = JSON.stringify(node);
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (SCHEMA_MAPS.includes(k) && v && typeof v === 'object') {
        out[k] = Object.fromEntries(Object.entries(v).map(([name, child]) => [name, rewrite(child, false)]));
      } else if (SCHEMA_VALUES.includes(k)) {
        out[k] = Array.isArray(v) ? v.map((child) => rewrite(child, false)) : rewrite(v, false);
      } else {
        out[k] = v;
      }
    }
    if (isRoot || (counts.get(key) ?? 0) < 2) return out;
    let entry = hoisted.get(key);
    if (!entry) {
      entry = { name: `calvin-dedupe-${hoisted.size}`, schema: out };
      hoisted.set(key, entry);
    }
    return { $ref: `#/definitions/${entry.name}` };
  };
  const result = rewrite(root, true);
  if (hoisted.size === 0) return result;
  const definitions = { ...(result.definitions ?? {}) };
  for (const { name, schema } of hoisted.values()) definitions[name] = schema;
  return { ...result, definitions };
}

/** Calls `visit` on every subschema below `root` that is not in (or under) a combinator. */
function walkSchemas(root: Json, visit: (node: Json) => void): void {
  const pending: Json[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    if (node !== root) visit(node);
    for (const [k, v] of Object.entries(node)) {
      if (SCHEMA_MAPS.includes(k) && v && typeof v === 'object') pending.push(...Object.values(v));
      else if (SCHEMA_VALUES.includes(k)) pending.push(...(Array.isArray(v) ? v : [v]));
    }
  }
}

/**
 * Module of a kind: the core kinds share one (they share most definitions: PodSpec alone is most of
 * a Deployment's code, and V8 compiles a function only when it first runs, so unused kinds cost
 * only parsing); each CRD kind has its own, e.g. `serving.kserve.io-v1beta1-InferenceService.js`.
 */
export function moduleFileFor(key: string, core: boolean): string {
  return core ? CORE_MODULE : `${key.replace(/[^A-Za-z0-9.]/g, '-')}.js`;
}

const CORE_MODULE = 'kubernetes.js';

function kindId(key: string): string {
  return `calvin-kind-${key.replace(/[^A-Za-z0-9.-]/g, '-')}.json`;
}

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The hash recorded in the generated files: anything that changes the output changes it. */
export function inputsHash(schemaDir = SCHEMA_DIR): string {
  const hash = createHash('sha256');
  const normalise = (text: string): string => text.replace(/\r\n/g, '\n');
  hash.update(normalise(fs.readFileSync(__filename.replace(/\.js$/, '.ts'), 'utf8')));
  hash.update(`\0ajv ${require('ajv/package.json').version}\0`);
  for (const file of ['kubernetes.json', 'crds.json']) hash.update(normalise(fs.readFileSync(path.join(schemaDir, file), 'utf8')));
  return hash.digest('hex');
}

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Generates one module exporting a validator per kind, `exports["apps/v1/Deployment"]`; a fresh
 * ajv per module, so that a module holds only the functions its kinds use.
 */
function moduleCode(kubernetes: Json, crds: Record<string, Json>, keys: readonly string[], header: string): string {
  const ajv = new Ajv(VALIDATOR_OPTIONS);
  ajv.addSchema(kubernetes, 'kubernetes.json');
  const ids: Record<string, string> = {};
  for (const key of keys) {
    if (crds[key]) {
      // Scheme-less ids, so that the CRDs' `kubernetes.json#/…` refs resolve beside them.
      ids[key] = `crd-${key.replace(/[^A-Za-z0-9.-]/g, '-')}.json`;
      ajv.addSchema(dedupeSchema(crds[key]), ids[key]);
    } else {
      ids[key] = `kubernetes.json#/kinds/${pointerEscape(key)}`;
    }
    ajv.addSchema({ $ref: ids[key] }, kindId(key));
  }
  const exported = Object.fromEntries(keys.map((key) => [key, kindId(key)]));
  return `${header}${standaloneCode(ajv, exported)}\n`;
}

/**
 * Every generated file (name → content), kinds in the schema files' order. `only` limits the
 * modules to those of the given kinds (the staleness test regenerates a few and compares them).
 */
export function generateValidators(schemaDir = SCHEMA_DIR, only?: readonly string[]): Map<string, string> {
  const kubernetes = readJson(path.join(schemaDir, 'kubernetes.json'));
  const crds = readJson(path.join(schemaDir, 'crds.json')).kinds as Record<string, Json>;
  const sha = inputsHash(schemaDir);
  const keys = [...Object.keys(kubernetes.kinds), ...Object.keys(crds)];
  const modules = new Map<string, string[]>();
  for (const key of keys) {
    const file = moduleFileFor(key, !crds[key]);
    modules.set(file, [...(modules.get(file) ?? []), key]);
  }
  const index: ValidatorIndex = {
    generatedBy: 'scripts/generate-validators.ts from imports/schemas/ (npm run import:validators); do not edit',
    inputsSha256: sha,
    kinds: Object.fromEntries(keys.map((key) => [key, moduleFileFor(key, !crds[key])])),
  };
  const files = new Map<string, string>([[INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`]]);
  for (const [file, moduleKeys] of modules) {
    if (only && !moduleKeys.some((key) => only.includes(key))) continue;
    const header = `// ${moduleKeys.join(', ')}\n// Generated by scripts/generate-validators.ts; do not edit. inputs-sha256: ${sha}\n`;
    files.set(file, moduleCode(kubernetes, crds, moduleKeys, header));
  }
  return files;
}

/** Writes the modules and removes modules of kinds that are gone. */
export function writeValidators(outDir = VALIDATOR_DIR, schemaDir = SCHEMA_DIR): Map<string, string> {
  const files = generateValidators(schemaDir);
  fs.mkdirSync(outDir, { recursive: true });
  for (const stale of fs.readdirSync(outDir)) {
    if (!files.has(stale)) fs.rmSync(path.join(outDir, stale));
  }
  for (const [name, content] of files) fs.writeFileSync(path.join(outDir, name), content);
  return files;
}

if (require.main === module) {
  const files = writeValidators();
  let total = 0;
  for (const [name, content] of files) {
    total += Buffer.byteLength(content);
    console.log(`${String(Buffer.byteLength(content)).padStart(9)}  imports/validators/${name}`);
  }
  console.log(`${String(total).padStart(9)}  total (${files.size - 1} modules)`);
}
