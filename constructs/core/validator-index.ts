/**
 * The contract between scripts/generate-validators.ts, which writes the compiled schema validators,
 * and ManifestValidator, which loads them. Internal: not exported from the package's entry.
 */

/** The folder of the generated validators, as path segments from the package root. */
export const VALIDATORS_DIR = ['imports', 'validators'] as const;

/** The index file in that folder. */
export const VALIDATOR_INDEX_FILE = 'index.json';

/** What the index holds: ManifestValidator knows every kind from it without loading any code. */
export interface ValidatorIndex {
  readonly generatedBy: string;
  /** sha256 over the generator, ajv's version and both schema files: changes when the code would. */
  readonly inputsSha256: string;
  /**
   * `apiVersion/kind` → the module (a file in the same folder) whose export of that name,
   * `exports["apps/v1/Deployment"]`, is the kind's ajv standalone validator.
   */
  readonly kinds: Record<string, string>;
}
