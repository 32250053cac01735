/**
 * Internal: the workload env model (container.ts) rendered as plain Kubernetes JSON, for the pods
 * cdk8s-plus does not build (Knative Services and InferenceServices). Typed with kubernetes-models,
 * a dev dependency, so it stays out of the public .d.ts graph.
 */
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { WorkloadEnvVar } from './container';

/** The container's `env`, in the order given; `optional` only where a Secret ref sets it. */
export function renderEnv(env: readonly WorkloadEnvVar[]): IEnvVar[] {
  return env.map((variable): IEnvVar => {
    if ('value' in variable) return { name: variable.name, value: variable.value };
    if ('podField' in variable) return { name: variable.name, valueFrom: { fieldRef: { fieldPath: variable.podField } } };
    const ref = variable.secret;
    return { name: variable.name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key, ...(ref.optional ? { optional: true } : {}) } } };
  });
}
