import type { LiveApp } from '../app-state';
import { conditionOf, containerStatuses, isPodReady } from '../conditions';
import type { Diagnosis } from './diagnosis';

/**
 * The container runs but never becomes ready: Knative's queue-proxy probes the app's port and
 * gets no answer, so the pod stays unready and the Revision ends with ProgressDeadlineExceeded
 * ("Initial scale was never achieved").
 */
export function notListening(app: LiveApp): Diagnosis | null {
  const { expected } = app;
  const running = containerStatuses(app.pods, expected.container).filter(({ status }) => status.state?.running !== undefined);
  const unready = running.filter(({ pod }) => !isPodReady(pod));
  const deadline = [conditionOf(app.revision, 'ResourcesAvailable'), conditionOf(app.revision, 'Ready')]
    .find((condition) => condition?.status === 'False' && condition.reason === 'ProgressDeadlineExceeded');
  if (unready.length === 0 && !(deadline && running.length > 0)) return null;
  const pod = (unready[0] ?? running[0]).pod;
  const queueProxy = pod.status?.containerStatuses?.find((status) => status.name === 'queue-proxy');
  return {
    problem: 'not-listening',
    reason: `the container runs but does not answer on port ${expected.port} (readiness failing)`,
    advice: `make the app listen on 0.0.0.0:${expected.port} (the PORT environment variable), not on 127.0.0.1 or another port, and answer HTTP there`,
    details: [
      `pod ${pod.metadata?.name}: ${expected.container} running, pod not Ready${queueProxy ? `, queue-proxy ready=${queueProxy.ready}` : ''}`,
      ...(deadline ? [`Revision ${app.revision?.metadata?.name}: ${deadline.type}=False ${deadline.reason}: ${deadline.message ?? ''}`] : []),
    ],
  };
}
