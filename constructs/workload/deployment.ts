/**
 * The one Deployment renderer of the Deployment-based workloads: a cdk8s-plus-28 Deployment with the
 * restricted pod defaults, plus its ServiceAccount and Service. What kplus has no prop for is added
 * here with JSON patches on the underlying ApiObject, so its quirks are handled in one place.
 */
import { ApiObject, Duration, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { PropProblems } from '../core/validation';
import { checkWorkloadContainer, WorkloadContainerSpec, workloadContainerProps } from './container';
import { checkImagePullSecrets, imagePullSecretsField } from './pod';

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
 * One Deployment: its objects' metadata, its one container and its pod settings, defaults applied by the caller.
 * @category Workload helpers
 */
export interface WorkloadDeploymentSpec extends WorkloadMetadataSpec {
  readonly replicas: number;
  readonly container: WorkloadContainerSpec;
  /** The pods' ServiceAccount (see `workloadServiceAccount`); its token is never mounted. */
  readonly serviceAccount: kplus.IServiceAccount;
  /** @default [] */
  readonly imagePullSecrets?: readonly string[];
  /** @default { maxSurge: 1, maxUnavailable: 0 } */
  readonly rollingUpdate?: WorkloadRollingUpdateSpec;
  /** @default Duration.seconds(30) */
  readonly terminationGracePeriod?: Duration;
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
 * kplus' L1 objects render their props through typed converters after the JSON patches, so
 * quantities and int-or-strings are patched in as `k8s.Quantity` / `k8s.IntOrString` (a plain
 * string there would be dropped).
 */
function quantities(values: Readonly<Record<string, string>>): Record<string, k8s.Quantity> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, k8s.Quantity.fromString(value)]));
}

/** Pod and container fields cdk8s-plus-28 has no prop for. */
function podPatches(spec: WorkloadDeploymentSpec): JsonPatch[] {
  const pod = '/spec/template/spec';
  const container = `${pod}/containers/0`;
  const { port, resources } = spec.container;
  const pullSecrets = imagePullSecretsField(spec.imagePullSecrets ?? []).imagePullSecrets;
  const probePorts = (['liveness', 'readiness'] as const).filter((probe) => spec.container[probe] && port)
    // kplus takes a port number; the named port is what the container declares.
    .map((probe) => JsonPatch.replace(`${container}/${probe}Probe/httpGet/port`, k8s.IntOrString.fromString(port!.name)));
  return [
    JsonPatch.add(`${pod}/enableServiceLinks`, false),
    JsonPatch.add(`${pod}/securityContext/seccompProfile`, { type: 'RuntimeDefault' }),
    // Soft, so that a one-node cluster still runs every replica (kplus' spread is pod anti-affinity).
    JsonPatch.add(`${pod}/topologySpreadConstraints`, [{
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: { ...spec.selectorLabels } },
    }]),
    // kplus takes one pull Secret (dockerRegistryAuth); the spec takes a list.
    ...(pullSecrets ? [JsonPatch.add(`${pod}/imagePullSecrets`, pullSecrets)] : []),
    JsonPatch.add(`${container}/resources`, { requests: quantities(resources.requests), limits: quantities(resources.limits) }),
    ...probePorts,
  ];
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
  checkWorkloadContainer(problems, 'container', spec.container);
  checkImagePullSecrets(problems, 'imagePullSecrets', spec.imagePullSecrets);
  problems.throwIfAny();
  const security = spec.container.security;
  const deployment = new kplus.Deployment(scope, id, {
    metadata: metadataOf(spec),
    podMetadata: { labels: { ...spec.labels } },
    // The selector is immutable: keep the one existing Deployments have, not kplus' address label.
    select: false,
    replicas: spec.replicas,
    strategy: kplus.DeploymentStrategy.rollingUpdate({
      maxSurge: kplus.PercentOrAbsolute.absolute(spec.rollingUpdate?.maxSurge ?? 1),
      maxUnavailable: kplus.PercentOrAbsolute.absolute(spec.rollingUpdate?.maxUnavailable ?? 0),
    }),
    serviceAccount: spec.serviceAccount,
    automountServiceAccountToken: false,
    terminationGracePeriod: spec.terminationGracePeriod ?? Duration.seconds(30),
    securityContext: { ensureNonRoot: true, user: security?.runAsUser, group: security?.runAsGroup },
  });
  deployment.select(kplus.LabelSelector.of({ labels: { ...spec.selectorLabels } }));
  const container = deployment.addContainer(workloadContainerProps(deployment, spec.container));
  for (const mount of spec.container.volumeMounts ?? []) {
    container.mount(mount.path, mount.volume, mount.readOnly === undefined ? undefined : { readOnly: mount.readOnly });
  }
  ApiObject.of(deployment).addJsonPatch(...podPatches(spec));
  return deployment;
}
