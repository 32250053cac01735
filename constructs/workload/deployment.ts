/**
 * The Deployment renderer of the Deployment-based workloads: a cdk8s-plus-28 Deployment with the
 * restricted pod template (pod-template.ts, shared with Jobs), plus its ServiceAccount and Service. What kplus has no prop for is added
 * here with JSON patches on the underlying ApiObject, so its quirks are handled in one place.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { integerIn, PropProblems } from '../core/validation';
import { checkWorkloadPod, finishHardenedPod, hardenedPodProps, WorkloadPodSpec } from './pod-template';

/**
 * Name, namespace and labels shared by a workload's objects.
 * @category Workload helpers
 */
export interface WorkloadMetadataSpec {
  readonly name: string;
  readonly namespace: string;
  /** Labels of the objects and the pods; they include `selectorLabels`. */
  readonly labels: Readonly<Record<string, string>>;
  /**
   * The labels the Deployment, Service and topology spread select by, e.g. `app.kubernetes.io/name`.
   * Immutable on an existing Deployment: keep them stable across releases.
   */
  readonly selectorLabels: Readonly<Record<string, string>>;
}

/**
 * A rolling update's surge and unavailability, in pods.
 * @category Workload helpers
 */
export interface WorkloadRollingUpdateSpec {
  /** @default 1 */
  readonly maxSurge?: number;
  /** @default 0: a new pod is ready before an old one goes */
  readonly maxUnavailable?: number;
}

/**
 * One Deployment: its objects' metadata, its pod (one container) and its rollout, defaults applied by the caller.
 * @category Workload helpers
 */
export interface WorkloadDeploymentSpec extends WorkloadMetadataSpec, Omit<WorkloadPodSpec, 'labels'> {
  /**
   * Pods. Leave it out when an autoscaler (a KEDA ScaledObject or an HPA) owns the count: the
   * manifest then has no `replicas`, so an apply never resets what the autoscaler scaled to.
   * @default unset: no `replicas` in the manifest (an autoscaler owns it)
   */
  readonly replicas?: number;
  /** @default { maxSurge: 1, maxUnavailable: 0 } */
  readonly rollingUpdate?: WorkloadRollingUpdateSpec;
}

/**
 * The Service in front of a workload's named port.
 * @category Workload helpers
 */
export interface WorkloadServiceSpec extends WorkloadMetadataSpec {
  /** The container's port (the Service's port has the same name and number). */
  readonly port: { readonly name: string; readonly number: number };
  /** @default none */
  readonly annotations?: Readonly<Record<string, string>>;
}

function metadataOf(spec: WorkloadMetadataSpec) {
  return { name: spec.name, namespace: spec.namespace, labels: { ...spec.labels } };
}

/** What a ServiceAccount may carry besides its name: annotations, and the Secrets it lists (e.g. KServe's storage credentials). */
export interface WorkloadServiceAccountOptions {
  /** @default none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** @default none */
  readonly secrets?: readonly kplus.ISecret[];
}

/**
 * A ServiceAccount that mounts no API token (a workload that calls the Kubernetes API needs its own RBAC anyway).
 * @category Workload helpers
 */
export function workloadServiceAccount(scope: Construct, id: string, spec: WorkloadMetadataSpec, options: WorkloadServiceAccountOptions = {}): kplus.ServiceAccount {
  return new kplus.ServiceAccount(scope, id, {
    metadata: { ...metadataOf(spec), ...(options.annotations ? { annotations: { ...options.annotations } } : {}) },
    automountToken: false,
    ...(options.secrets ? { secrets: [...options.secrets] } : {}),
  });
}

/**
 * A ClusterIP Service selecting the pods by `selectorLabels`, targeting the container's port by name.
 * @category Workload helpers
 */
export function workloadService(scope: Construct, id: string, spec: WorkloadServiceSpec): kplus.Service {
  const service = new kplus.Service(scope, id, {
    metadata: { ...metadataOf(spec), ...(spec.annotations ? { annotations: { ...spec.annotations } } : {}) },
    type: kplus.ServiceType.CLUSTER_IP,
    ports: [{ name: spec.port.name, port: spec.port.number, targetPort: spec.port.number, protocol: kplus.Protocol.TCP }],
  });
  // The stable name label, not kplus' per-construct address label: the pods of an existing release carry it.
  for (const [key, value] of Object.entries(spec.selectorLabels)) service.selectLabel(key, value);
  // kplus takes a port number; the name survives a port change in the pod alone.
  ApiObject.of(service).addJsonPatch(JsonPatch.replace('/spec/ports/0/targetPort', k8s.IntOrString.fromString(spec.port.name)));
  return service;
}

/**
 * A Deployment whose pods meet the Pod Security Standard "restricted": non-root, no privilege
 * escalation, no capabilities, RuntimeDefault seccomp, no API token, no service links. The selector
 * is `selectorLabels` (not kplus' address label), spread softly by host. Throws on a bad spec,
 * naming `scope`'s path and the field.
 * @category Workload helpers
 */
export function hardenedDeployment(scope: Construct, id: string, spec: WorkloadDeploymentSpec): kplus.Deployment {
  const problems = new PropProblems(scope);
  checkWorkloadPod(problems, spec);
  problems.check('replicas', spec.replicas, integerIn(0, 1000));
  problems.throwIfAny();
  const deployment = new kplus.Deployment(scope, id, {
    ...hardenedPodProps(spec),
    metadata: metadataOf(spec),
    // The selector is immutable: keep the one existing Deployments have, not kplus' address label.
    select: false,
    replicas: spec.replicas,
    strategy: kplus.DeploymentStrategy.rollingUpdate({
      maxSurge: kplus.PercentOrAbsolute.absolute(spec.rollingUpdate?.maxSurge ?? 1),
      maxUnavailable: kplus.PercentOrAbsolute.absolute(spec.rollingUpdate?.maxUnavailable ?? 0),
    }),
  });
  // kplus writes 2 replicas when none is given, unless an autoscaler is marked (its documented hook).
  if (spec.replicas === undefined) deployment.markHasAutoscaler();
  deployment.select(kplus.LabelSelector.of({ labels: { ...spec.selectorLabels } }));
  finishHardenedPod(deployment, spec, spec.selectorLabels);
  return deployment;
}
