/** Internal: env var rendering shared by the renderers (typed with kubernetes-models, a dev dependency: kept out of the public .d.ts graph). */
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { SecretKeyRef } from './secret-key-ref';

/** A container env var with a literal value (never a secret: it is written into the manifest). */
export function plainEnvVar(name: string, value: string): IEnvVar {
  return { name, value };
}

/** A container env var read from a Secret key when the pod starts; `optional` only when set. */
export function secretEnvVar(name: string, ref: SecretKeyRef): IEnvVar {
  return { name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key, ...(ref.optional ? { optional: true } : {}) } } };
}
