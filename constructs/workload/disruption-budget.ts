import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import type { WorkloadMetadataSpec } from './deployment';

/**
 * A PodDisruptionBudget for a workload's pods (a plain ApiObject: cdk8s-plus-28 has no construct
 * for it): at most one pod evicted at a time.
 */
export function workloadPodDisruptionBudget(scope: Construct, id: string, spec: WorkloadMetadataSpec, transform?: ManifestTransform): ApiObject {
  return new TransformableApiObject(scope, id, {
    ...kplus.k8s.KubePodDisruptionBudget.GVK,
    metadata: { name: spec.name, namespace: spec.namespace, labels: { ...spec.labels } },
    spec: {
      // maxUnavailable, not minAvailable: with 2 replicas both keep one pod up during a drain, but
      // minAvailable 1 would block every drain forever when replicas is set to 1 (or scaled to 0).
      maxUnavailable: 1,
      selector: { matchLabels: { ...spec.selectorLabels } },
      // A crash-looping pod protects nothing; let drains evict it.
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
    },
    transform,
  });
}
