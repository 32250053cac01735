import * as fs from 'node:fs';
import * as path from 'node:path';
// Types only: at run time the validator needs the generated code, never ajv's compiler.
import type { ErrorObject } from 'ajv';
import { VALIDATOR_INDEX_FILE, ValidatorIndex, VALIDATORS_DIR } from './validator-index';

/** One reason a manifest is not what the API server would accept as written. */
export interface ManifestProblem {
  /** JSON pointer into the object, e.g. `/spec/predictor/minReplica`. */
  readonly path: string;
  readonly message: string;
}

/** A generated ajv standalone validator (see scripts/generate-validators.ts). */
type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Validates Kubernetes objects against the schemas bundled in `imports/schemas/` (core kinds
 * from the Kubernetes OpenAPI spec; Knative, KServe and KEDA from their CRDs). The schemas are
 * closed: a field the kind does not define is an error, not silently dropped as by the API server.
 *
 * The schemas are compiled ahead of time (`npm run import`) to `imports/validators/` (one module for the
 * core kinds, one per CRD kind); a module is loaded the first time an object of its kinds is seen.
 */
export class ManifestValidator {
  /** The validator over the schemas that ship with this package (modules loaded on demand). */
  public static bundled(): ManifestValidator {
    if (!ManifestValidator.shared) {
      ManifestValidator.shared = new ManifestValidator(path.join(__dirname, '..', '..', ...VALIDATORS_DIR));
    }
    return ManifestValidator.shared;
  }

  private static shared: ManifestValidator | undefined;

  private readonly modules = new Map<string, Record<string, CompiledValidator>>();
  private readonly moduleOf: ReadonlyMap<string, string>;

  private constructor(private readonly dir: string) {
    const indexFile = path.join(dir, VALIDATOR_INDEX_FILE);
    let index: ValidatorIndex;
    try {
      index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the bundled validators (${indexFile}): ${(error as Error).message}; `
        + 'in a checkout, "npm run import:validators" generates them');
    }
    this.moduleOf = new Map(Object.entries(index.kinds));
  }

  /** `apiVersion/kind` pairs this validator has a schema for, sorted. */
  public get kinds(): string[] {
    return Array.from(this.moduleOf.keys()).sort();
  }

  public knows(apiVersion: string, kind: string): boolean {
    return this.moduleOf.has(`${apiVersion}/${kind}`);
  }

  /** Every problem with `manifest`; an empty list means valid. An unknown kind is a problem too. */
  public validate(manifest: unknown): ManifestProblem[] {
    if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
      return [{ path: '', message: 'must be an object with apiVersion and kind' }];
    }
    const { apiVersion, kind } = manifest as { apiVersion?: unknown; kind?: unknown };
    const key = `${String(apiVersion)}/${String(kind)}`;
    const file = this.moduleOf.get(key);
    if (!file) {
      return [{ path: '', message: `no schema for apiVersion "${String(apiVersion)}", kind "${String(kind)}" (known: ${this.kinds.join(', ')})` }];
    }
    const validate = this.load(file)[key];
    return validate(manifest) ? [] : describe(validate.errors ?? []);
  }

  private load(file: string): Record<string, CompiledValidator> {
    let loaded = this.modules.get(file);
    if (!loaded) {
      loaded = require(path.join(this.dir, file)) as Record<string, CompiledValidator>;
      this.modules.set(file, loaded);
    }
    return loaded;
  }
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
