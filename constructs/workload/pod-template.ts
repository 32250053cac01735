/**
 * The pod template every workload kind renders from: a Deployment's (deployment.ts) and a Job's
 * (job.ts) pods get the same restricted security, env model, resources, probes and pull Secrets.
 * cdk8s-plus builds the container; what it has no prop for is added here with JSON patches on the
 * workload's ApiObject (Deployments and Jobs both keep the pod under `/spec/template/spec`).
 */
import { ApiObject, Duration, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import { PropProblems } from '../core/validation';
import { checkWorkloadContainer, WorkloadContainerSpec, workloadContainerProps } from './container';
import { checkImagePullSecrets, imagePullSecretsField } from './pod';

/** The pod of a workload: its one container and its pod settings, defaults applied by the caller. */
export interface WorkloadPodSpec {
  /** Labels of the pods. */
  readonly labels: Readonly<Record<string, string>>;
  readonly container: WorkloadContainerSpec;
  /** The pods' ServiceAccount (see `workloadServiceAccount`); its token is never mounted. */
  readonly serviceAccount: kplus.IServiceAccount;
  /** @default [] */
  readonly imagePullSecrets?: readonly string[];
  /** @default Duration.seconds(30) */
  readonly terminationGracePeriod?: Duration;
}

/** Records every problem of a pod spec (its container's and its pull Secrets'). */
export function checkWorkloadPod(problems: PropProblems, spec: WorkloadPodSpec): void {
  checkWorkloadContainer(problems, 'container', spec.container);
  checkImagePullSecrets(problems, 'imagePullSecrets', spec.imagePullSecrets);
}

/** The kplus workload props of the restricted pod (spread them into a Deployment's or a Job's props). */
export function hardenedPodProps(spec: WorkloadPodSpec) {
  const security = spec.container.security;
  return {
    podMetadata: { labels: { ...spec.labels } },
    serviceAccount: spec.serviceAccount,
    automountServiceAccountToken: false,
    terminationGracePeriod: spec.terminationGracePeriod ?? Duration.seconds(30),
    securityContext: { ensureNonRoot: true, user: security?.runAsUser, group: security?.runAsGroup },
  };
}

/**
 * kplus' L1 objects render their props through typed converters after the JSON patches, so
 * quantities and int-or-strings are patched in as `k8s.Quantity` / `k8s.IntOrString` (a plain
 * string there would be dropped).
 */
function quantities(values: Readonly<Record<string, string>>): Record<string, k8s.Quantity> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, k8s.Quantity.fromString(value)]));
}

const POD = '/spec/template/spec';

/** Pod and container fields cdk8s-plus-28 has no prop for. */
function podPatches(spec: WorkloadPodSpec, spreadBy: Readonly<Record<string, string>> | undefined): JsonPatch[] {
  const container = `${POD}/containers/0`;
  const { port, resources } = spec.container;
  const pullSecrets = imagePullSecretsField(spec.imagePullSecrets ?? []).imagePullSecrets;
  const probePorts = (['liveness', 'readiness'] as const).flatMap((probe) => {
    const given = spec.container[probe];
    if (!given || !port || 'command' in given) return [];
    // kplus takes a port number; the named port is what the container declares.
    const handler = 'tcp' in given ? 'tcpSocket' : 'httpGet';
    return [JsonPatch.replace(`${container}/${probe}Probe/${handler}/port`, k8s.IntOrString.fromString(port.name))];
  });
  return [
    JsonPatch.add(`${POD}/enableServiceLinks`, false),
    JsonPatch.add(`${POD}/securityContext/seccompProfile`, { type: 'RuntimeDefault' }),
    // Soft, so that a one-node cluster still runs every replica (kplus' spread is pod anti-affinity).
    ...(spreadBy ? [JsonPatch.add(`${POD}/topologySpreadConstraints`, [{
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: { ...spreadBy } },
    }])] : []),
    // kplus takes one pull Secret (dockerRegistryAuth); the spec takes a list.
    ...(pullSecrets ? [JsonPatch.add(`${POD}/imagePullSecrets`, pullSecrets)] : []),
    JsonPatch.add(`${container}/resources`, { requests: quantities(resources.requests), limits: quantities(resources.limits) }),
    ...probePorts,
  ];
}

/**
 * Adds the spec's container (with its volume mounts) to `workload` and patches in the pod fields
 * kplus lacks. `spreadBy`: the labels to spread the pods softly by host (long-running replicas);
 * left out for Jobs.
 */
export function finishHardenedPod(workload: kplus.Workload, spec: WorkloadPodSpec, spreadBy?: Readonly<Record<string, string>>): kplus.Container {
  const container = workload.addContainer(workloadContainerProps(workload, spec.container));
  for (const mount of spec.container.volumeMounts ?? []) {
    container.mount(mount.path, mount.volume, mount.readOnly === undefined ? undefined : { readOnly: mount.readOnly });
  }
  ApiObject.of(workload).addJsonPatch(...podPatches(spec, spreadBy));
  return container;
}
