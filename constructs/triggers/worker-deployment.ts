/**
 * The scheduler worker's objects as cdk8s-plus (L2) constructs: ServiceAccount, catalog ConfigMap,
 * Deployment and Service. What cdk8s-plus-28 has no prop for is added with JSON patches on the
 * underlying ApiObject; what depends on the catalog (filled at synth) is produced at synth.
 */
import { ApiObject, Duration, JsonPatch, Lazy, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { addManifestTransform } from '../core/api-object';
import {
  CATALOG_CHECKSUM_ANNOTATION, CATALOG_MOUNT_PATH, ResolvedWorker, secretHeaderPatches, WORKER_UID,
} from './worker-manifests';
import { TRIGGER_CATALOG_FILE, CatalogTrigger } from '../../contracts/trigger-catalog';
import { ContainerEnvVar, workerContainerEnv } from '../../contracts/worker-env';
import { imagePullSecretsField } from '../workload';

/** What the Deployment needs from the catalog, asked at synth (triggers are added after the worker). */
export interface WorkerCatalogSource {
  /** The catalog file the ConfigMap carries (checked). */
  catalogJson(): string;
  /** Its SHA-256, for the pod template annotation. */
  catalogChecksum(): string;
  /** Its entries, for the secret-header volumes. */
  catalogEntries(): readonly CatalogTrigger[];
}

/**
 * cdk8s resolves a `Lazy` wherever it sits in an ApiObject's props and metadata; L2 props are typed
 * `string`, so values known only at synth (the catalog) cross that typing here.
 */
function lazyString(produce: () => string): string {
  return Lazy.any({ produce });
}

function metadata(worker: ResolvedWorker, name = worker.name) {
  return { name, namespace: worker.namespace, labels: { ...worker.podLabels } };
}

export function workerServiceAccount(scope: Construct, worker: ResolvedWorker): kplus.ServiceAccount {
  // The worker never calls the Kubernetes API.
  return new kplus.ServiceAccount(scope, 'ServiceAccount', { metadata: metadata(worker), automountToken: false });
}

export function workerCatalogConfigMap(scope: Construct, worker: ResolvedWorker, catalog: WorkerCatalogSource): kplus.ConfigMap {
  return new kplus.ConfigMap(scope, 'Catalog', {
    metadata: metadata(worker, worker.catalogConfigMapName),
    data: { [TRIGGER_CATALOG_FILE]: lazyString(() => catalog.catalogJson()) },
  });
}

export function workerService(scope: Construct, worker: ResolvedWorker): kplus.Service {
  const service = new kplus.Service(scope, 'Service', {
    metadata: {
      ...metadata(worker),
      annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(worker.port), 'prometheus.io/path': '/metrics' },
    },
    type: kplus.ServiceType.CLUSTER_IP,
    ports: [{ name: 'http', port: worker.port, targetPort: worker.port, protocol: kplus.Protocol.TCP }],
  });
  // The stable name label, not kplus' per-construct address label: the pods of an existing release carry it.
  for (const [key, value] of Object.entries(worker.selectorLabels)) service.selectLabel(key, value);
  // kplus takes a port number; the name survives a port change in the pod alone.
  ApiObject.of(service).addJsonPatch(JsonPatch.replace('/spec/ports/0/targetPort', k8s.IntOrString.fromString('http')));
  return service;
}

/**
 * Kubernetes' own default when imagePullPolicy is omitted (kplus would always write `Always`):
 * `Always` for `:latest` or no tag, `IfNotPresent` for any other tag or a digest. Keeping that rule
 * keeps today's pull behaviour for every image, and a tagged release is not pulled again on every
 * pod start (which would tie restarts to the registry being up).
 */
export function imagePullPolicyOf(image: string): kplus.ImagePullPolicy {
  if (image.includes('@')) return kplus.ImagePullPolicy.IF_NOT_PRESENT;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  const tag = colon < 0 ? undefined : lastSegment.slice(colon + 1);
  return tag === undefined || tag === 'latest' ? kplus.ImagePullPolicy.ALWAYS : kplus.ImagePullPolicy.IF_NOT_PRESENT;
}

/** The contract's env list as kplus values (one imported Secret per distinct Secret name). */
function containerEnv(scope: Construct, worker: ResolvedWorker): Record<string, kplus.EnvValue> {
  const secrets = new Map<string, kplus.ISecret>();
  const secretNamed = (name: string) => {
    if (!secrets.has(name)) secrets.set(name, kplus.Secret.fromSecretName(scope, `EnvSecret-${name}`, name));
    return secrets.get(name)!;
  };
  const fieldPaths: readonly string[] = Object.values(kplus.EnvFieldPaths);
  const value = (v: ContainerEnvVar): kplus.EnvValue => {
    if ('value' in v) return kplus.EnvValue.fromValue(v.value);
    if ('fieldRef' in v.valueFrom) {
      const path = v.valueFrom.fieldRef.fieldPath;
      if (!fieldPaths.includes(path)) throw new Error(`${scope.node.path}: env ${v.name} reads pod field "${path}", which cdk8s-plus cannot express`);
      return kplus.EnvValue.fromFieldRef(path as kplus.EnvFieldPaths);
    }
    const ref = v.valueFrom.secretKeyRef;
    return kplus.EnvValue.fromSecretValue({ secret: secretNamed(ref.name), key: ref.key });
  };
  return Object.fromEntries(workerContainerEnv(worker.env, worker.secretEnv).map((v) => [v.name, value(v)]));
}

function workerContainer(scope: Construct, worker: ResolvedWorker): kplus.ContainerProps {
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => kplus.Probe.fromHttpGet(path, {
    port: worker.port, periodSeconds: Duration.seconds(periodSeconds), timeoutSeconds: Duration.seconds(3), failureThreshold,
  });
  return {
    name: 'worker',
    image: worker.image,
    imagePullPolicy: imagePullPolicyOf(worker.image),
    command: ['node', 'lib/worker/main.js'],
    // `ports`, not `portNumber`: a port number would add kplus' default TCP startup probe.
    ports: [{ number: worker.port, name: 'http', protocol: kplus.Protocol.TCP }],
    envVariables: containerEnv(scope, worker),
    // Rendered by a JSON patch below: kplus rewrites quantities (1Gi as 1024Mi) and refuses some (500M).
    resources: {},
    liveness: probe('/healthz', 10, 3),
    readiness: probe('/readyz', 5, 2),
    securityContext: {
      ensureNonRoot: true,
      privileged: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: [kplus.Capability.ALL] },
    },
  };
}

/**
 * Pod and container fields cdk8s-plus-28 has no prop for. kplus' L1 objects render their props
 * through typed converters after the JSON patches, so quantities and int-or-strings are patched in
 * as `k8s.Quantity` / `k8s.IntOrString` (a plain string there would be dropped).
 */
function quantities(values: Readonly<Record<string, string>>): Record<string, k8s.Quantity> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, k8s.Quantity.fromString(value)]));
}

function podPatches(worker: ResolvedWorker): JsonPatch[] {
  const pod = '/spec/template/spec';
  const container = `${pod}/containers/0`;
  const pullSecrets = imagePullSecretsField(worker.imagePullSecrets).imagePullSecrets;
  return [
    JsonPatch.add(`${pod}/enableServiceLinks`, false),
    JsonPatch.add(`${pod}/securityContext/seccompProfile`, { type: 'RuntimeDefault' }),
    // Soft, so that a one-node cluster still runs every replica (kplus' spread is pod anti-affinity).
    JsonPatch.add(`${pod}/topologySpreadConstraints`, [{
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: { ...worker.selectorLabels } },
    }]),
    // kplus takes one pull Secret (dockerRegistryAuth); the prop takes a list.
    ...(pullSecrets ? [JsonPatch.add(`${pod}/imagePullSecrets`, pullSecrets)] : []),
    JsonPatch.add(`${container}/resources`, { requests: quantities(worker.requests), limits: quantities(worker.limits) }),
    // kplus takes a port number; the named port is what the container declares.
    JsonPatch.replace(`${container}/livenessProbe/httpGet/port`, k8s.IntOrString.fromString('http')),
    JsonPatch.replace(`${container}/readinessProbe/httpGet/port`, k8s.IntOrString.fromString('http')),
  ];
}

export function workerDeployment(
  scope: Construct, worker: ResolvedWorker, serviceAccount: kplus.ServiceAccount, configMap: kplus.ConfigMap, catalog: WorkerCatalogSource,
): kplus.Deployment {
  const deployment = new kplus.Deployment(scope, 'Deployment', {
    metadata: metadata(worker),
    podMetadata: { labels: { ...worker.podLabels } },
    // The selector is immutable: keep the one existing Deployments have, not kplus' address label.
    select: false,
    replicas: worker.replicas,
    // One new pod up before an old one goes: the schedulers keep a live replica during rollouts.
    strategy: kplus.DeploymentStrategy.rollingUpdate({ maxSurge: kplus.PercentOrAbsolute.absolute(1), maxUnavailable: kplus.PercentOrAbsolute.absolute(0) }),
    serviceAccount,
    automountServiceAccountToken: false,
    terminationGracePeriod: Duration.seconds(worker.terminationGracePeriodSeconds),
    securityContext: { ensureNonRoot: true, user: WORKER_UID, group: WORKER_UID },
  });
  deployment.select(kplus.LabelSelector.of({ labels: { ...worker.selectorLabels } }));
  deployment.podMetadata.addAnnotation(CATALOG_CHECKSUM_ANNOTATION, lazyString(() => catalog.catalogChecksum()));
  const container = deployment.addContainer(workerContainer(scope, worker));
  // A directory mount, not subPath: only directory mounts see ConfigMap updates.
  container.mount(CATALOG_MOUNT_PATH, kplus.Volume.fromConfigMap(scope, 'CatalogVolume', configMap, {
    name: 'catalog', items: { [TRIGGER_CATALOG_FILE]: { path: TRIGGER_CATALOG_FILE } },
  }), { readOnly: true });
  container.mount('/tmp', kplus.Volume.fromEmptyDir(scope, 'TmpVolume', 'tmp', { sizeLimit: Size.mebibytes(64) }));
  const apiObject = ApiObject.of(deployment);
  apiObject.addJsonPatch(...podPatches(worker));
  // The secret-header volumes follow the catalog, which may change until (and between) synths,
  // while a kplus volume cannot be removed once added: they are patched in at each synth.
  addManifestTransform(apiObject, (manifest) => {
    const patched = JsonPatch.apply(manifest, ...secretHeaderPatches(catalog.catalogEntries()));
    Object.assign(manifest, patched);
  });
  return deployment;
}
