import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';

/** One reason a manifest is not what the API server would accept as written. */
export interface ManifestProblem {
  /** JSON pointer into the object, e.g. `/spec/predictor/minReplica`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Validates Kubernetes objects against the schemas bundled in `imports/schemas/` (core kinds
 * from the Kubernetes OpenAPI spec; Knative, KServe and KEDA from their CRDs). The schemas are
 * closed: a field the kind does not define is an error, not silently dropped as by the API server.
 */
export class ManifestValidator {
  /** The validator over the schemas that ship with this package (loaded once, compiled per kind on demand). */
  public static bundled(): ManifestValidator {
    if (!ManifestValidator.shared) {
      ManifestValidator.shared = new ManifestValidator(path.join(__dirname, '..', 'imports', 'schemas'));
    }
    return ManifestValidator.shared;
  }

  private static shared: ManifestValidator | undefined;

  private readonly ajv: Ajv;
  private readonly schemaIds = new Map<string, string>();
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(schemaDir: string) {
    // CRD schemas use OpenAPI keywords (x-kubernetes-*, nullable, formats like int-or-string)
    // that strict mode rejects; they carry no constraint ajv could check anyway.
    this.ajv = new Ajv({ strict: false, logger: false, allErrors: true, verbose: true, validateFormats: false });
    const kubernetes = readJson(path.join(schemaDir, 'kubernetes.json'));
    this.ajv.addSchema(kubernetes, 'kubernetes.json');
    for (const key of Object.keys(kubernetes.kinds)) {
      this.schemaIds.set(key, `kubernetes.json#/kinds/${pointerEscape(key)}`);
    }
    const crds = readJson(path.join(schemaDir, 'crds.json'));
    for (const [key, schema] of Object.entries(crds.kinds)) {
      // Scheme-less ids, so that the CRDs' `kubernetes.json#/…` refs resolve beside them.
      const id = `crd-${key.replace(/[^A-Za-z0-9.-]/g, '-')}.json`;
      this.ajv.addSchema(schema as object, id);
      this.schemaIds.set(key, id);
    }
  }

  /** `apiVersion/kind` pairs this validator has a schema for, sorted. */
  public get kinds(): string[] {
    return Array.from(this.schemaIds.keys()).sort();
  }

  public knows(apiVersion: string, kind: string): boolean {
    return this.schemaIds.has(`${apiVersion}/${kind}`);
  }

  /** Every problem with `manifest`; an empty list means valid. An unknown kind is a problem too. */
  public validate(manifest: unknown): ManifestProblem[] {
    if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
      return [{ path: '', message: 'must be an object with apiVersion and kind' }];
    }
    const { apiVersion, kind } = manifest as { apiVersion?: unknown; kind?: unknown };
    const key = `${String(apiVersion)}/${String(kind)}`;
    const id = this.schemaIds.get(key);
    if (!id) {
      return [{ path: '', message: `no schema for apiVersion "${String(apiVersion)}", kind "${String(kind)}" (known: ${this.kinds.join(', ')})` }];
    }
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: id });
      this.compiled.set(key, validate);
    }
    return validate(manifest) ? [] : describe(validate.errors ?? []);
  }
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Turns ajv's errors into one line per real problem (anyOf branches collapse to their summary). */
function describe(errors: ErrorObject[]): ManifestProblem[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems = new Map<string, ManifestProblem>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && anyOfPaths.has(error.instancePath) && error.schemaPath.includes('/anyOf/')) continue;
    let problem: ManifestProblem;
    if (error.keyword === 'additionalProperties') {
      const field = String(error.params.additionalProperty);
      problem = { path: `${error.instancePath}/${field}`, message: `unknown field "${field}"` };
    } else if (error.keyword === 'required') {
      problem = { path: `${error.instancePath}/${error.params.missingProperty}`, message: 'required field is missing' };
    } else if (error.keyword === 'enum') {
      problem = { path: error.instancePath, message: `must be one of ${JSON.stringify(error.params.allowedValues)}` };
    } else if (error.keyword === 'anyOf') {
      const forms = (error.schema as Array<{ type?: string }>).map((branch) => branch.type ?? 'object').join(' or ');
      problem = { path: error.instancePath, message: `must be ${forms}` };
    } else {
      problem = { path: error.instancePath, message: error.message ?? error.keyword };
    }
    problems.set(`${problem.path} ${problem.message}`, problem);
  }
  return Array.from(problems.values());
}
