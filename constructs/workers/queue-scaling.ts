/**
 * What scales a QueueWorker's Deployment: a KEDA ScaledObject on the BullMQ queue's depth, or an
 * autoscaling/v2 HPA on CPU. Pure renderers from resolved settings; queue-worker.ts creates them.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { SCALED_OBJECT_GVK } from '../../imports/gvk';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import { WorkloadMetadataSpec } from '../workload';
import { QueueWorkerDelayedJobs } from './queue-worker-props';

/** The queue scaling, every default applied. */
export interface ResolvedQueueScaling {
  readonly keys: { readonly wait: string; readonly prioritized: string; readonly delayed: string };
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly jobsPerReplica: number;
  readonly activation: number;
  readonly delayedJobs: QueueWorkerDelayedJobs;
  readonly pollingIntervalSeconds: number;
  readonly cooldownSeconds: number;
  readonly fallbackReplicas: number;
}

/** KEDA's failures in a row before it applies the fallback replicas. */
export const QUEUE_FALLBACK_FAILURE_THRESHOLD = 3;

/**
 * The scalingModifiers formula (expr-lang, evaluated by KEDA over the triggers' values by name):
 * the waiting jobs, plain plus prioritized, as one metric (KEDA would take the larger of the two
 * otherwise). With `wake`, a non-empty delayed set counts as one replica's worth of jobs, so one
 * replica runs to promote them; `activation` < `jobsPerReplica` makes that wake it from zero.
 */
export function queueScalingFormula(delayedJobs: QueueWorkerDelayedJobs, jobsPerReplica: number): string {
  const waiting = 'wait + prioritized';
  return delayedJobs === 'wake' ? `delayed > 0 ? max(${waiting}, ${jobsPerReplica}) : ${waiting}` : waiting;
}

function redisTrigger(name: string, listName: string, scaling: ResolvedQueueScaling, authName: string) {
  return {
    type: 'redis',
    name,
    // listLength is the trigger's own target; with a formula KEDA scales on the composite target instead.
    metadata: { listName, listLength: String(scaling.jobsPerReplica) },
    authenticationRef: { name: authName },
  };
}

/** A ScaledObject on the queue's keys; KEDA's redis scaler counts each key by its type (LLEN, ZCARD). */
export function queueScaledObject(
  scope: Construct, metadata: WorkloadMetadataSpec, deploymentName: string, authName: string, scaling: ResolvedQueueScaling,
  transform: ManifestTransform | undefined,
): ApiObject {
  const triggers = [
    redisTrigger('wait', scaling.keys.wait, scaling, authName),
    redisTrigger('prioritized', scaling.keys.prioritized, scaling, authName),
    ...(scaling.delayedJobs === 'wake' ? [redisTrigger('delayed', scaling.keys.delayed, scaling, authName)] : []),
  ];
  return new TransformableApiObject(scope, 'ScaledObject', {
    ...SCALED_OBJECT_GVK,
    metadata: { name: metadata.name, namespace: metadata.namespace, labels: { ...metadata.labels } },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deploymentName },
      pollingInterval: scaling.pollingIntervalSeconds,
      cooldownPeriod: scaling.cooldownSeconds,
      minReplicaCount: scaling.minReplicas,
      maxReplicaCount: scaling.maxReplicas,
      fallback: { failureThreshold: QUEUE_FALLBACK_FAILURE_THRESHOLD, replicas: scaling.fallbackReplicas },
      advanced: {
        scalingModifiers: {
          formula: queueScalingFormula(scaling.delayedJobs, scaling.jobsPerReplica),
          target: String(scaling.jobsPerReplica),
          activationTarget: String(scaling.activation),
          metricType: 'AverageValue',
        },
      },
      triggers,
    },
    transform,
  });
}

/** An autoscaling/v2 HPA on the pods' average CPU utilization (percent of their request). */
export function cpuHorizontalPodAutoscaler(
  scope: Construct, metadata: WorkloadMetadataSpec, deploymentName: string,
  bounds: { readonly minReplicas: number; readonly maxReplicas: number; readonly cpuUtilization: number }, transform: ManifestTransform | undefined,
): ApiObject {
  return new TransformableApiObject(scope, 'HorizontalPodAutoscaler', {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: metadata.name, namespace: metadata.namespace, labels: { ...metadata.labels } },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deploymentName },
      minReplicas: bounds.minReplicas,
      maxReplicas: bounds.maxReplicas,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: bounds.cpuUtilization } } }],
    },
    transform,
  });
}
