/**
 * The scheduler worker's resolved settings and the pure functions from the catalog to manifest
 * parts; worker-deployment.ts builds the objects from them.
 */
import { createHash } from 'node:crypto';
import { JsonPatch } from 'cdk8s';
import { CatalogShard } from '../../contracts/catalog-shards';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import {
  CATALOG_MOUNT_PATH, SECRET_HEADERS_DIR, WorkerPlainEnvName, WorkerSecretEnvName,
} from '../../contracts/worker-env';
import { ResourceQuantities, SecretKeyRef } from '../workload';

export { CATALOG_MOUNT_PATH, SECRET_HEADERS_DIR };
export { CATALOG_CHECKSUM_ANNOTATION } from '../../contracts/trigger-catalog';
/** Name of the pod's catalog volume: one projected volume of every shard ConfigMap. */
export const CATALOG_VOLUME_NAME = 'catalog';
/** The user the worker runs as: the `node` user of the official Node.js images, the worker image's USER. */
export const WORKER_UID = 1000;

/**
 * A Secret key the worker reads.
 * @deprecated use SecretKeyRef (the same shape); this alias goes in the next minor release.
 */
export type WorkerSecretKeyRef = SecretKeyRef;

/** Everything the renderers need, with every default applied. */
export interface ResolvedWorker {
  readonly name: string;
  readonly namespace: string;
  readonly catalogConfigMapName: string;
  readonly image: string;
  readonly replicas: number;
  readonly port: number;
  readonly requests: Required<ResourceQuantities>;
  readonly limits: Required<ResourceQuantities>;
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** Labels of the pods: the selector labels plus the stack's and the user's. */
  readonly podLabels: Readonly<Record<string, string>>;
  readonly imagePullSecrets: readonly string[];
  readonly terminationGracePeriodSeconds: number;
  /** `allowTargets` as given (TARGET_ALLOW_LIST adds the apps' namespaces at synth). */
  readonly allowTargets: readonly string[];
  /** Plain environment values (the container lists them in the contract's order). */
  readonly env: Readonly<Record<WorkerPlainEnvName, string>>;
  /** Environment values read from Secret keys. */
  readonly secretEnv: Readonly<Record<WorkerSecretEnvName, WorkerSecretKeyRef>>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The Secret volumes for secret headers and tenants' signing secrets: one per distinct Secret that any trigger references, with
 * `items` for exactly the referenced keys (a Secret's other keys stay out of the pod). Volume names
 * are derived from a hash, as Secret names may be longer than a volume name (63) and contain dots.
 */
export function secretHeaderVolumes(triggers: readonly CatalogTrigger[]): Array<{ name: string; secret: string; keys: string[] }> {
  const keysBySecret = new Map<string, Set<string>>();
  for (const trigger of triggers) {
    for (const ref of [...Object.values(trigger.secretHeaders), ...(trigger.signingSecret ? [trigger.signingSecret] : [])]) {
      // A Secret of another namespace cannot be mounted: the worker reads it through the API.
      if (ref.namespace !== undefined) continue;
      const keys = keysBySecret.get(ref.secret) ?? new Set<string>();
      keys.add(ref.key);
      keysBySecret.set(ref.secret, keys);
    }
  }
  return Array.from(keysBySecret.keys()).sort().map((secret) => ({
    name: `header-secret-${sha256(secret).slice(0, 16)}`,
    secret,
    keys: Array.from(keysBySecret.get(secret)!).sort(),
  }));
}

/**
 * JSON patches adding the secret-header volumes (after the pod's own) and their read-only mounts
 * at `<SECRET_HEADERS_DIR>/<secret>` to the worker container (the pod's first).
 */
export function secretHeaderPatches(triggers: readonly CatalogTrigger[]): JsonPatch[] {
  return secretHeaderVolumes(triggers).flatMap((v) => [
    // Keys in sorted order, as cdk8s writes every other object.
    JsonPatch.add('/spec/template/spec/volumes/-', { name: v.name, secret: { items: v.keys.map((key) => ({ key, path: key })), secretName: v.secret } }),
    JsonPatch.add('/spec/template/spec/containers/0/volumeMounts/-', { mountPath: `${SECRET_HEADERS_DIR}/${v.secret}`, name: v.name, readOnly: true }),
  ]);
}

/**
 * The ConfigMap of the shard with this prefix: the worker's catalog ConfigMap for the unsplit
 * catalog (the name it always had), `<that name>-<prefix>` for a shard.
 */
export function catalogShardConfigMapName(base: string, prefix: string): string {
  return prefix === '' ? base : `${base}-${prefix}`;
}

/**
 * The catalog volume: every shard's ConfigMap projected into one directory. One volume, so the
 * kubelet swaps all of it at once (its `..data` symlink) when any shard changes; `items` names the
 * one key of each, so keys hand-added to a ConfigMap stay out of the catalog directory.
 */
export function catalogVolume(base: string, shards: readonly CatalogShard[]): Record<string, unknown> {
  // Keys in sorted order, as cdk8s writes every other object.
  return {
    name: CATALOG_VOLUME_NAME,
    projected: {
      sources: shards.map((shard) => ({ configMap: { items: [{ key: shard.file, path: shard.file }], name: catalogShardConfigMapName(base, shard.prefix) } })),
    },
  };
}
