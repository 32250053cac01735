import type { LiveApp } from '../app-state';
import type { Diagnosis } from './diagnosis';

/** The output declares the app; the cluster has no such object. */
export function notDeployed(app: LiveApp): Diagnosis | null {
  if (app.top) return null;
  const kind = app.expected.engine === 'kserve' ? 'InferenceService' : 'Knative Service';
  return {
    problem: 'not-deployed',
    reason: `the ${kind} ${app.expected.namespace}/${app.expected.name} is not in the cluster`,
    advice: 'deploy the synthesized output (pulumi up, or kubectl apply -f dist/); check --context points at the right cluster',
    details: [],
  };
}
