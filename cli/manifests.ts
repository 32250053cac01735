import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { ManifestValidator } from 'calvin-runtime/validator';
import { CliError, EXIT_USAGE } from './io';

/** One YAML document of a manifest file, with where it sits. */
export interface ManifestDocument {
  readonly file: string;
  /** 0-based position of the document in its file (what `---` separates). */
  readonly index: number;
  readonly line: number;
  /** The parsed object; undefined when the document has YAML syntax errors. */
  readonly object: unknown;
  readonly syntaxErrors: readonly { readonly message: string; readonly line: number; readonly column: number }[];
  /** Line and column of the node at a JSON pointer, or of its nearest existing parent. */
  positionOf(pointer: string): { line: number; column: number };
}

/** One thing wrong with one object, placed precisely enough to jump to it. */
export interface ManifestFinding {
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly column: number;
  /** `Kind/name` (`Kind/?` when the object has no name). */
  readonly object: string;
  /** JSON pointer, e.g. `/spec/predictor/containers/0/image`. */
  readonly pointer: string;
  /** The same place written the way kubectl explains fields: `spec.predictor.containers[0].image`. */
  readonly path: string;
  readonly message: string;
}

export interface ValidationReport {
  readonly files: number;
  readonly objects: number;
  readonly findings: readonly ManifestFinding[];
  /** Objects of kinds with no bundled schema, when those are allowed. */
  readonly unknownKinds: readonly string[];
  /** Objects per `Kind`, for summaries. */
  readonly kinds: ReadonlyMap<string, number>;
  /** The parsed documents of each file that could be read, so that callers need not parse again. */
  readonly documents: ReadonlyMap<string, readonly ManifestDocument[]>;
}

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * The manifest files named by `inputs`: files as given, directories searched recursively for
 * .yaml/.yml/.json (skipping node_modules and dot-directories), each list sorted for stable output.
 */
export function findManifestFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) files.push(...manifestFilesUnder(absolute));
    else files.push(absolute);
  }
  if (missing.length > 0) throw new CliError(`no such file or directory: ${missing.join(', ')}`, EXIT_USAGE);
  return Array.from(new Set(files));
}

/**
 * Every .yaml/.yml/.json file under `dir` (or only `extensions`), sorted; node_modules and
 * dot-directories are not entered, which keeps `calvin validate .` in a repo fast.
 */
export function manifestFilesUnder(dir: string, extensions: readonly string[] = MANIFEST_EXTENSIONS): string[] {
  const found: string[] = [];
  const pending = [dir];
  // Bounded: a symlink loop or a huge tree stops at 100,000 directories.
  for (let visited = 0; pending.length > 0 && visited < 100_000; visited++) {
    const current = pending.shift()!;
    const entries = fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) pending.push(full);
      } else if (extensions.includes(path.extname(entry.name).toLowerCase())) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

/** Every document of a YAML (or JSON) file; empty documents (a trailing `---`) are left out. */
export function parseManifestFile(file: string, text: string = fs.readFileSync(file, 'utf8')): ManifestDocument[] {
  const lineCounter = new YAML.LineCounter();
  const documents = YAML.parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [documents];
  const result: ManifestDocument[] = [];
  const position = (offset: number): { line: number; column: number } => {
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  list.forEach((document, index) => {
    const start = lineCounter.linePos(document.contents?.range?.[0] ?? document.range[0]);
    const syntaxErrors = document.errors.map((error) => {
      const at = lineCounter.linePos(error.pos[0]);
      return { message: error.message.split('\n')[0], line: at.line, column: at.col };
    });
    const object = syntaxErrors.length === 0 ? document.toJS({ maxAliasCount: 100 }) : undefined;
    if (syntaxErrors.length === 0 && (object === null || object === undefined)) return;
    result.push({
      file,
      index,
      line: start.line,
      object,
      syntaxErrors,
      positionOf(pointer: string) {
        const segments = pointerSegments(pointer);
        // The field's key when it has one (an unknown field is its key), else the node itself,
        // else the nearest parent that exists (a missing required field).
        for (let length = segments.length; length >= 0; length--) {
          const parent = document.getIn(segments.slice(0, Math.max(0, length - 1)), true);
          const last = segments[length - 1];
          if (length > 0 && YAML.isMap(parent)) {
            const pair = parent.items.find((item) => YAML.isScalar(item.key) && String(item.key.value) === last);
            const range = YAML.isNode(pair?.key) ? pair?.key.range : undefined;
            if (range) return position(range[0]);
          }
          const node = length === 0 ? document.contents : document.getIn(segments.slice(0, length), true);
          if (YAML.isNode(node) && node.range) return position(node.range[0]);
        }
        return { line: start.line, column: start.col };
      },
    });
  });
  return result;
}

/**
 * Validates every object in `files` against the bundled schemas. `List` objects (`kind: List` or
 * any `…List` with items, as `kubectl get -o yaml` writes) are checked item by item.
 */
export function validateManifestFiles(files: readonly string[], options: { allowUnknownKinds?: boolean } = {}): ValidationReport {
  const validator = ManifestValidator.bundled();
  const findings: ManifestFinding[] = [];
  const unknownKinds: string[] = [];
  const kinds = new Map<string, number>();
  const parsed = new Map<string, readonly ManifestDocument[]>();
  let objects = 0;
  for (const file of files) {
    let documents: ManifestDocument[];
    try {
      documents = parseManifestFile(file);
    } catch (error) {
      findings.push({ file, index: 0, line: 1, column: 1, object: '?', pointer: '', path: '', message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    parsed.set(file, documents);
    for (const document of documents) {
      const place = { file, index: document.index };
      if (document.syntaxErrors.length > 0) {
        for (const error of document.syntaxErrors) {
          findings.push({ ...place, line: error.line, column: error.column, object: '?', pointer: '', path: '', message: `YAML syntax: ${error.message}` });
        }
        continue;
      }
      for (const { object, pointerPrefix } of objectsOf(document.object)) {
        objects++;
        const name = describeObject(object);
        const kind = isRecord(object) && typeof object.kind === 'string' ? object.kind : '?';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (isRecord(object) && !validator.knows(String(object.apiVersion), String(object.kind))) {
          const key = `${String(object.apiVersion)}/${String(object.kind)}`;
          if (options.allowUnknownKinds) {
            unknownKinds.push(`${name} (${key})`);
            continue;
          }
          const pointer = `${pointerPrefix}/kind`;
          findings.push({ ...place, ...document.positionOf(pointer), object: name, pointer, path: toFieldPath(pointer),
            message: `no bundled schema for apiVersion "${String(object.apiVersion)}", kind "${String(object.kind)}" (run "calvin validate --kinds" for the known ones, or pass --allow-unknown-kinds)` });
          continue;
        }
        for (const problem of validator.validate(object)) {
          const pointer = pointerPrefix + problem.path;
          const at = document.positionOf(pointer);
          findings.push({ ...place, ...at, object: name, pointer, path: toFieldPath(pointer), message: problem.message });
        }
      }
    }
  }
  // Per object in file order, and within an object by line, so a report reads top to bottom like the file.
  findings.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.index - b.index || a.line - b.line || a.column - b.column);
  return { files: files.length, objects, findings, unknownKinds, kinds, documents: parsed };
}

/** The objects a document holds: itself, or a List's items (with the pointer prefix to each). */
function objectsOf(value: unknown): Array<{ object: unknown; pointerPrefix: string }> {
  if (isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
    return value.items.map((item, index) => ({ object: item, pointerPrefix: `/items/${index}` }));
  }
  return [{ object: value, pointerPrefix: '' }];
}

export function describeObject(object: unknown): string {
  if (!isRecord(object)) return '?';
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  return `${typeof object.kind === 'string' ? object.kind : '?'}/${typeof metadata.name === 'string' ? metadata.name : '?'}`;
}

/** A file as the user would type it: relative to `cwd` when inside it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** `/spec/containers/0/image` → `spec.containers[0].image`; keys with dots or slashes are quoted. */
export function toFieldPath(pointer: string): string {
  if (pointer === '') return '(the object)';
  return pointerSegments(pointer)
    .map((segment, index) => {
      if (/^\d+$/.test(segment)) return `[${segment}]`;
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isRecord(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
