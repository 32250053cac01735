/**
 * The scheduler worker's objects: ServiceAccount, Deployment and Service from the workload core's
 * renderer (constructs/workload), plus what is the worker's own: the catalog ConfigMap and its
 * volume, the checksum annotation, the secret-header volumes, the command and the Prometheus
 * annotations. What depends on the catalog (filled at synth) is produced at synth.
 */
import { ApiObject, Duration, JsonPatch, Lazy, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct, IConstruct } from 'constructs';
import { addManifestTransform, ManifestTransform } from '../core/api-object';
import {
  CATALOG_CHECKSUM_ANNOTATION, CATALOG_MOUNT_PATH, CATALOG_VOLUME_NAME, catalogShardConfigMapName, catalogVolume, ResolvedWorker, secretHeaderPatches,
  WORKER_UID,
} from './worker-manifests';
import { kubernetesApiPatches } from './worker-secret-access';
import { CatalogShard } from '../../contracts/catalog-shards';
import { TRIGGER_CATALOG_FILE, CatalogTrigger } from '../../contracts/trigger-catalog';
import { workerContainerEnv } from '../../contracts/worker-env';
import {
  hardenedDeployment, WorkloadContainerSpec, WorkloadEnvVar, WorkloadMetadataSpec, workloadPodDisruptionBudget, workloadService, workloadServiceAccount,
} from '../workload';

/** Kept here for existing importers; defined once in the workload core. */
export { imagePullPolicyOf } from '../workload';

/** What the Deployment needs from the catalog, asked at synth (triggers are added after the worker). */
export interface WorkerCatalogSource {
  /** The catalog split into shards, one ConfigMap each (checked). */
  catalogShards(): readonly CatalogShard[];
  /** The SHA-256 of the whole catalog, for the pod template annotation. */
  catalogChecksum(): string;
  /** Its entries, for the secret-header volumes. */
  catalogEntries(): readonly CatalogTrigger[];
  /** TARGET_ALLOW_LIST as it is when the Deployment is rendered (every namespace with apps known). */
  targetAllowList(): string;
}

/**
 * cdk8s resolves a `Lazy` wherever it sits in an ApiObject's props and metadata; L2 props are typed
 * `string`, so values known only at synth (the catalog) cross that typing here.
 */
function lazyString(produce: () => string): string {
  return Lazy.any({ produce });
}

/** The worker's objects share its name, namespace and labels. */
function metadataSpec(worker: ResolvedWorker, name = worker.name): WorkloadMetadataSpec {
  return { name, namespace: worker.namespace, labels: worker.podLabels, selectorLabels: worker.selectorLabels };
}

export function workerServiceAccount(scope: Construct, worker: ResolvedWorker): kplus.ServiceAccount {
  // No token mounted: the worker calls the Kubernetes API only to read a tenant's secret headers,
  // and then with a projected token (kubernetesApiPatches).
  return workloadServiceAccount(scope, 'ServiceAccount', metadataSpec(worker));
}

/**
 * The catalog ConfigMap: the whole catalog (key `triggers.json`) while it fits in one; past that it
 * holds no catalog key, and the shards are ConfigMaps of their own (`syncCatalogShardConfigMaps`).
 */
export function workerCatalogConfigMap(scope: Construct, worker: ResolvedWorker, catalog: WorkerCatalogSource): kplus.ConfigMap {
  const configMap = new kplus.ConfigMap(scope, 'Catalog', {
    metadata: { name: worker.catalogConfigMapName, namespace: worker.namespace, labels: { ...worker.podLabels } },
  });
  addManifestTransform(ApiObject.of(configMap), (manifest) => {
    const root = catalog.catalogShards().find((shard) => shard.prefix === '');
    if (!root) return;
    // Rebuilt so that `data` keeps its place before `immutable`, where cdk8s-plus writes it.
    const { immutable, ...rest } = manifest;
    for (const key of Object.keys(manifest)) delete manifest[key];
    Object.assign(manifest, rest, { data: { ...rest.data, [TRIGGER_CATALOG_FILE]: root.text } }, immutable === undefined ? {} : { immutable });
  });
  return configMap;
}

const SHARD_ID_PREFIX = 'CatalogShard-';

/**
 * Makes the shard ConfigMaps (all but the unsplit catalog's, which is `workerCatalogConfigMap`)
 * match `shards`. Their number is known only once every Trigger is added, so they are created at
 * synth (from the worker's validation, which cdk8s runs before it renders anything) and replaced
 * when the catalog changed since the last synth.
 */
export function syncCatalogShardConfigMaps(
  scope: Construct, worker: ResolvedWorker, shards: readonly CatalogShard[],
  { dependencies, deployment, transform }: { dependencies: readonly IConstruct[]; deployment: ApiObject; transform?: ManifestTransform },
): void {
  for (const child of scope.node.children.filter((c) => c.node.id.startsWith(SHARD_ID_PREFIX))) scope.node.tryRemoveChild(child.node.id);
  for (const shard of shards.filter((s) => s.prefix !== '')) {
    const object = new ApiObject(scope, `${SHARD_ID_PREFIX}${shard.prefix}`, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: catalogShardConfigMapName(worker.catalogConfigMapName, shard.prefix), namespace: worker.namespace, labels: { ...worker.podLabels } },
      data: { [shard.file]: shard.text },
    });
    addManifestTransform(object, transform);
    object.addDependency(...dependencies);
    // Pods need every shard. An edge to a shard a later synth removed is ignored: cdk8s keys its graph by construct path.
    deployment.addDependency(object);
  }
}

/** At most one worker pod evicted at a time (the workload core's budget). */
export function workerPodDisruptionBudget(scope: Construct, worker: ResolvedWorker, transform: ManifestTransform | undefined): ApiObject {
  return workloadPodDisruptionBudget(scope, 'PodDisruptionBudget', metadataSpec(worker), transform);
}

export function workerService(scope: Construct, worker: ResolvedWorker): kplus.Service {
  return workloadService(scope, 'Service', {
    ...metadataSpec(worker),
    annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(worker.port), 'prometheus.io/path': '/metrics' },
    port: { name: 'http', number: worker.port },
  });
}

/** The contract's env list (in its order) as the workload model's. */
function workerEnv(worker: ResolvedWorker): WorkloadEnvVar[] {
  return workerContainerEnv(worker.env, worker.secretEnv).map((v): WorkloadEnvVar => {
    if ('value' in v) return { name: v.name, value: v.value };
    if ('fieldRef' in v.valueFrom) return { name: v.name, podField: v.valueFrom.fieldRef.fieldPath };
    const ref = v.valueFrom.secretKeyRef;
    return { name: v.name, secret: { secret: ref.name, key: ref.key } };
  });
}

function workerContainer(scope: Construct, worker: ResolvedWorker, configMap: kplus.ConfigMap): WorkloadContainerSpec {
  return {
    name: 'worker',
    image: worker.image,
    command: ['node', 'lib/worker/main.js'],
    port: { name: 'http', number: worker.port },
    env: workerEnv(worker),
    resources: { requests: worker.requests, limits: worker.limits },
    liveness: { path: '/healthz', period: Duration.seconds(10), timeout: Duration.seconds(3), failureThreshold: 3 },
    readiness: { path: '/readyz', period: Duration.seconds(5), timeout: Duration.seconds(3), failureThreshold: 2 },
    volumeMounts: [
      // A directory mount, not subPath: only directory mounts see ConfigMap updates. The volume
      // becomes a projection of every shard at synth (deployment transform below).
      { path: CATALOG_MOUNT_PATH, readOnly: true, volume: kplus.Volume.fromConfigMap(scope, 'CatalogVolume', configMap, { name: CATALOG_VOLUME_NAME }) },
      { path: '/tmp', volume: kplus.Volume.fromEmptyDir(scope, 'TmpVolume', 'tmp', { sizeLimit: Size.mebibytes(64) }) },
    ],
    security: { readOnlyRootFilesystem: true, runAsUser: WORKER_UID, runAsGroup: WORKER_UID },
  };
}

export function workerDeployment(
  scope: Construct, worker: ResolvedWorker, serviceAccount: kplus.ServiceAccount, configMap: kplus.ConfigMap, catalog: WorkerCatalogSource,
): kplus.Deployment {
  const deployment = hardenedDeployment(scope, 'Deployment', {
    ...metadataSpec(worker),
    replicas: worker.replicas,
    container: workerContainer(scope, worker, configMap),
    serviceAccount,
    imagePullSecrets: worker.imagePullSecrets,
    // One new pod up before an old one goes: the schedulers keep a live replica during rollouts.
    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    terminationGracePeriod: Duration.seconds(worker.terminationGracePeriodSeconds),
  });
  deployment.podMetadata.addAnnotation(CATALOG_CHECKSUM_ANNOTATION, lazyString(() => catalog.catalogChecksum()));
  // The secret-header volumes follow the catalog, which may change until (and between) synths,
  // while a kplus volume cannot be removed once added: they are patched in at each synth.
  addManifestTransform(ApiObject.of(deployment), (manifest) => {
    const patched = JsonPatch.apply(manifest, ...secretHeaderPatches(catalog.catalogEntries()), ...kubernetesApiPatches(catalog.catalogEntries()));
    const volumes: Array<{ name: string }> = patched.spec.template.spec.volumes;
    volumes[volumes.findIndex((v) => v.name === CATALOG_VOLUME_NAME)] = catalogVolume(worker.catalogConfigMapName, catalog.catalogShards()) as { name: string };
    const env: Array<{ name: string; value?: string }> = patched.spec.template.spec.containers[0].env;
    env.find((v) => v.name === 'TARGET_ALLOW_LIST')!.value = catalog.targetAllowList();
    Object.assign(manifest, patched);
  });
  return deployment;
}
