import type { LiveApp } from '../app-state';
import { falseConditions } from '../conditions';
import type { Diagnosis } from './diagnosis';

/**
 * The namespace's ResourceQuota refuses new pods: the ReplicaSet's "exceeded quota" error, which
 * Knative passes up to the Revision (and KServe to the InferenceService) as a condition message.
 */
export function quotaExceeded(app: LiveApp): Diagnosis | null {
  const condition = falseConditions(app.revision, app.service, app.top).find((candidate) => /exceeded quota/i.test(candidate.message ?? ''));
  if (!condition) return null;
  const quotas = app.quotas.map((quota) => {
    const hard = quota.status?.hard ?? {};
    const used = quota.status?.used ?? {};
    return `quota ${quota.metadata?.name}: ${Object.keys(hard).map((key) => `${key} ${used[key] ?? '0'}/${hard[key]}`).join(', ')}`;
  });
  return {
    problem: 'quota-exceeded',
    reason: `the namespace ${app.expected.namespace} is out of quota: new pods are refused`,
    advice: 'lower the app\'s resource requests or maxScale, scale down other apps in the namespace, or raise the tenant\'s quota',
    details: [`${condition.type}=False ${condition.reason ?? ''}: ${condition.message ?? ''}`, ...quotas],
  };
}
