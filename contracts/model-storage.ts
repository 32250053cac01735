/**
 * Where model files live in the object store, and what a model file is: shared by `calvin models
 * push` (which uploads) and ModelService (whose storageUri KServe's storage-initializer downloads).
 */
import { bucketName } from './rules';

/** What `calvin models push` accepts: scikit-learn models saved with joblib or pickle (KubeServe seed). */
export const MODEL_FILE_EXTENSIONS: readonly string[] = ['.joblib', '.pkl', '.pickle'];
/** The largest model file accepted (500 MB, as the seed's upload endpoint). */
export const MAX_MODEL_BYTES = 500 * 1000 * 1000;
/**
 * The file name a pushed model gets. KServe's sklearn server loads the one file in its model
 * directory whose extension is `.joblib`, `.pkl` or `.pickle` (and refuses two), so the name only
 * keeps the extension.
 */
export function modelFileName(extension: string): string {
  return `model${extension}`;
}

/** `<tenant>/<name>/<version>/`: the prefix of one model version in the models bucket. */
export function modelPrefix(tenant: string, name: string, version: string): string {
  return `${tenant}/${name}/${version}/`;
}

export function modelStorageUri(bucket: string, prefix: string): string {
  return `s3://${bucket}/${prefix}`;
}

/** A model name or version segment: what S3 keys and URLs carry without escaping. */
export function modelPathSegment(v: unknown): string | undefined {
  return typeof v === 'string' && /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/.test(v) && !v.includes('..')
    ? undefined
    : 'is not 1 to 63 lowercase letters, digits, \'.\', \'_\' and \'-\', starting and ending with a letter or digit';
}

/** Why `uri` is not an `s3://<bucket>/<prefix>/` a ModelService can load; undefined when it is. */
export function storageUriProblem(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return 'is not a string (e.g. "s3://models/acme/iris/1/")';
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/.exec(uri);
  if (!match) return 'is not a URI of the form s3://<bucket>/<prefix>/';
  const [, scheme, bucket, path = ''] = match;
  if (scheme !== 's3') return `has scheme "${scheme}"; the platform serves models from its S3-compatible object store (s3://<bucket>/<prefix>/)`;
  const bucketProblem = bucketName(bucket);
  if (bucketProblem) return `names bucket "${bucket}", which ${bucketProblem}`;
  const prefix = path.slice(1);
  if (prefix === '') return 'has no prefix: KServe would download the whole bucket (point it at one model version, e.g. s3://models/acme/iris/1/)';
  if (!prefix.endsWith('/')) return `does not end with '/': KServe downloads every key that starts with the prefix, so "${prefix}" would also take "${prefix}0/…"`;
  if (prefix.split('/').slice(0, -1).some((segment) => segment === '' || segment === '.' || segment === '..')) return 'has an empty, "." or ".." path segment';
  if (!/^[A-Za-z0-9!_.*'()/-]+$/.test(prefix)) return 'has characters outside S3\'s safe set (letters, digits and !-_.*\'()/)';
  return undefined;
}
