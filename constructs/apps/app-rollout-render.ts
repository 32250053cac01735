import type { InferenceServiceSpecJson, KnativeServiceSpecJson, KnativeTrafficTarget, RenderedManifest } from './app-manifests';
import { AppRollout, CANDIDATE_TAG, CURRENT_TAG, KSERVE_TAG_ROUTING_ANNOTATION, ROLLOUT_DURATION_ANNOTATION } from './app-rollout';

// Apart from app-rollout.ts, whose AppRollout is public: the rendered manifests' types stay internal.

/**
 * The InferenceService with KServe's canary split, and its tag routing on: KServe then tags the
 * latest revision `latest` (the candidate's own route) and the previous one `prev`.
 */
export function withKServeRollout(manifest: RenderedManifest<InferenceServiceSpecJson>, rollout: AppRollout | undefined): RenderedManifest<InferenceServiceSpecJson> {
  if (!rollout) return manifest;
  return {
    metadata: { ...manifest.metadata, annotations: { ...manifest.metadata.annotations, ...kserveRolloutAnnotations(rollout) } },
    spec: { ...manifest.spec, predictor: { ...manifest.spec.predictor, ...kservePredictorRollout(rollout) } },
  };
}

/** An InferenceService's annotations for a rollout (any InferenceService: an app's or a model's): tag routing on. */
export function kserveRolloutAnnotations(rollout: AppRollout | undefined): Record<string, string> {
  return rollout ? { [KSERVE_TAG_ROUTING_ANNOTATION]: 'true' } : {};
}

/** Its predictor's fields for a rollout: the canary's share. */
export function kservePredictorRollout(rollout: AppRollout | undefined): { canaryTrafficPercent?: number } {
  return rollout ? { canaryTrafficPercent: rollout.canaryPercent } : {};
}

/**
 * The Knative Service with its revision named and the traffic split between the candidate (the
 * latest revision, tag `candidate`) and the previous revision (tag `current`): each tag has its own
 * route, so the candidate can be smoke-tested at 0 %.
 */
export function withKnativeRollout(manifest: RenderedManifest<KnativeServiceSpecJson>, rollout: AppRollout | undefined, serviceName: string): RenderedManifest<KnativeServiceSpecJson> {
  if (!rollout) return manifest;
  const traffic: KnativeTrafficTarget[] = [{ latestRevision: true, percent: rollout.canaryPercent, tag: CANDIDATE_TAG }];
  if (rollout.previousRevision !== undefined) {
    traffic.push({ revisionName: `${serviceName}-${rollout.previousRevision}`, percent: 100 - rollout.canaryPercent, tag: CURRENT_TAG });
  }
  const annotations = rollout.duration ? { ...manifest.metadata.annotations, [ROLLOUT_DURATION_ANNOTATION]: `${rollout.duration.toSeconds()}s` } : manifest.metadata.annotations;
  return {
    metadata: { ...manifest.metadata, ...(annotations ? { annotations } : {}) },
    spec: {
      ...manifest.spec,
      template: { ...manifest.spec.template, metadata: { ...manifest.spec.template.metadata, name: `${serviceName}-${rollout.revision}` } },
      traffic,
    },
  };
}
