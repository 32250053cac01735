import type { LiveApp } from '../app-state';
import { containerStatuses, falseConditions } from '../conditions';
import type { Diagnosis } from './diagnosis';

const PULL_REASONS = new Set(['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull']);

/**
 * The image cannot be pulled: a pod's app container waits with a pull reason, or Knative's
 * Revision says "Unable to fetch image" (it resolves tags to digests before any pod exists).
 */
export function imagePull(app: LiveApp): Diagnosis | null {
  const { expected } = app;
  const waiting = containerStatuses(app.pods, expected.container).find(({ status }) => PULL_REASONS.has(status.state?.waiting?.reason ?? ''));
  const revisionCondition = falseConditions(app.revision, app.service, app.top)
    .find((condition) => PULL_REASONS.has(condition.reason ?? '') || /Unable to fetch image/.test(condition.message ?? ''));
  if (!waiting && !revisionCondition) return null;
  const image = waiting?.status.image ?? expected.image;
  const podSecrets = waiting?.pod.spec?.imagePullSecrets?.map((secret) => secret.name ?? '?') ?? [];
  const secrets = podSecrets.length > 0 ? podSecrets : [...expected.imagePullSecrets];
  const details = [
    waiting ? `pod ${waiting.pod.metadata?.name}: ${waiting.status.state?.waiting?.reason}${waiting.status.state?.waiting?.message ? ` — ${waiting.status.state.waiting.message}` : ''}` : undefined,
    revisionCondition ? `${revisionCondition.type}=False ${revisionCondition.reason ?? ''}: ${revisionCondition.message ?? ''}` : undefined,
    secrets.length > 0 ? `pull Secrets used: ${secrets.join(', ')}` : 'pull Secrets used: none',
  ].filter((line): line is string => line !== undefined);
  const secretAdvice = secrets.length > 0
    ? `check that Secret${secrets.length === 1 ? '' : 's'} ${secrets.join(', ')} in ${expected.namespace} hold${secrets.length === 1 ? 's' : ''} credentials for the registry`
    : 'a private registry needs a pull Secret: set imagePullSecrets on the app or the platform (e.g. the DigitalOcean registry\'s docker-config Secret)';
  return {
    problem: 'image-pull',
    reason: `the image ${image} cannot be pulled`,
    advice: `check that the image and tag exist (docker pull ${image}); ${secretAdvice}`,
    details,
  };
}
