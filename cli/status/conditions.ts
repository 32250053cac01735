import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { LiveObject } from '../kube/cluster';

/** A Knative / KServe / cert-manager status condition (they share the shape). */
export interface Condition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
}

export function conditionOf(object: LiveObject | null | undefined, type: string): Condition | undefined {
  return (object?.status?.conditions as Condition[] | undefined)?.find((condition) => condition.type === type);
}

export function isTrue(object: LiveObject | null | undefined, type = 'Ready'): boolean {
  return conditionOf(object, type)?.status === 'True';
}

/** Every False condition of the objects, for the reasons that show in more than one place. */
export function falseConditions(...objects: ReadonlyArray<LiveObject | null | undefined>): Condition[] {
  return objects.flatMap((object) => ((object?.status?.conditions ?? []) as Condition[]).filter((condition) => condition.status === 'False'));
}

/** The named container's status in each pod that has one. */
export function containerStatuses(pods: readonly V1Pod[], container: string): Array<{ pod: V1Pod; status: V1ContainerStatus }> {
  return pods.flatMap((pod) => (pod.status?.containerStatuses ?? [])
    .filter((status) => status.name === container)
    .map((status) => ({ pod, status })));
}

export function isPodReady(pod: V1Pod): boolean {
  return pod.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True') ?? false;
}

/** `: message` when there is one. */
export function withMessage(condition: Condition | undefined): string {
  return condition?.message ? `: ${condition.message}` : '';
}
