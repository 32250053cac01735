import type { LiveApp } from '../app-state';
import { falseConditions } from '../conditions';
import type { Diagnosis } from './diagnosis';

/** Knative's route has no ready Revision to send traffic to (RevisionMissing), or no Revision was created at all. */
export function revisionMissing(app: LiveApp): Diagnosis | null {
  const condition = falseConditions(app.service, app.top).find((candidate) => candidate.reason === 'RevisionMissing' || candidate.reason === 'RevisionFailed');
  const noRevision = app.service !== null && !app.service.status?.latestCreatedRevisionName;
  if (!condition && !noRevision && app.revision !== null) return null;
  if (!condition && app.service === null && app.top !== null && app.expected.engine === 'kserve') {
    return {
      problem: 'revision-missing',
      reason: `KServe has not created the Knative Service ${app.expected.knativeService}`,
      advice: 'check the KServe controller (kubectl logs -n kserve deploy/kserve-controller-manager) and the InferenceService\'s events',
      details: [],
    };
  }
  if (!condition && !noRevision) return null;
  return {
    problem: 'revision-missing',
    reason: `no ready revision: ${condition?.message ?? 'Knative has not created a Revision'}`,
    advice: 'look at the latest Revision\'s conditions (kubectl get revisions -n ' + app.expected.namespace + '); it usually names the image or start-up problem',
    details: condition ? [`${condition.type}=False ${condition.reason}: ${condition.message ?? ''}`] : [],
  };
}
