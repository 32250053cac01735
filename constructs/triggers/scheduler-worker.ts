import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct, IConstruct } from 'constructs';
import { addManifestTransform, ManifestTransform } from '../core/api-object';
import { IPlatformScope, platformOf, tenantsOf } from '../platform/scope';
import { namespacedSecrets, secretAccessProblems, syncSecretAccessRoles } from './worker-secret-access';
import { CatalogShard } from '../../contracts/catalog-shards';
import { WORKER_LOG_LEVELS, WorkerLogLevel } from '../../contracts/rules';
import { DEFAULT_WORKER_IMAGE } from '../../contracts/worker-env';
import { CalvinValidationError, PropProblems } from '../core/validation';
import { SecretKeyRef } from '../workload';
import { SchedulerWorkerProps } from './scheduler-worker-props';
import { WorkerCatalog } from './worker-catalog';
import {
  syncCatalogShardConfigMaps, workerCatalogConfigMap, workerDeployment, workerPodDisruptionBudget, workerService, workerServiceAccount,
} from './worker-deployment';
import { CATALOG_CHECKSUM_ANNOTATION, catalogShardConfigMapName, ResolvedWorker, SECRET_HEADERS_DIR, sha256, WorkerSecretKeyRef } from './worker-manifests';
import { resolveWorker, targetAllowList } from './worker-settings';

export { CATALOG_CHECKSUM_ANNOTATION, DEFAULT_WORKER_IMAGE, SECRET_HEADERS_DIR, WORKER_LOG_LEVELS };
export type { WorkerLogLevel, WorkerSecretKeyRef };
export type {
  S3CredentialsSecret, SchedulerWorkerMetrics, SchedulerWorkerProps, SchedulerWorkerResources, SchedulerWorkerTransforms,
} from './scheduler-worker-props';

/**
 * The platform's scheduler worker in the system namespace: a Deployment running the BullMQ worker,
 * the trigger catalog ConfigMap it reads (every Trigger of the PlatformStack, filled at synth), a
 * ServiceAccount without API token (a projected one, and a Role per tenant namespace, only to read
 * a tenant's secret headers), a PodDisruptionBudget and a metrics Service. PlatformStack
 * creates it (`platform.worker`); configure it through `PlatformStackProps.worker`. It takes the
 * namespace, labels and triggers from the platform it is created in.
 *
 * @example
 * ```ts
 * const platform = new PlatformStack(app, 'calvin', {
 *   domain: 'example.com', tls: false,
 *   worker: { image: 'registry.example.com/scheduler-worker:0.1.0', replicas: 3, logLevel: 'debug' },
 * });
 * platform.worker.secretEnv.REDIS_URL; // { secret: 'calvin-redis', key: 'url' }: create this Secret
 * ```
 * @category Constructs
 */
export class SchedulerWorker extends Construct {
  /** Name of the Deployment, Service, ServiceAccount and PodDisruptionBudget. */
  public readonly name = 'scheduler-worker';
  public readonly namespace: string;
  /**
   * The ConfigMap holding the catalog (key `triggers.json`) while it fits in one; a bigger catalog
   * is split into ConfigMaps `<this>-<hex prefix>` (`catalogShardConfigMapNames()`).
   */
  public readonly catalogConfigMapName: string;
  public readonly image: string;
  public readonly replicas: number;
  /**
   * The objects' ApiObjects, for `addJsonPatch` and `addDependency` (patches on the cdk8s-plus ones
   * are rendered through cdk8s-plus' typed converters: see docs/worker.md); the PodDisruptionBudget
   * is a plain ApiObject, as cdk8s-plus-28 has no construct for it.
   */
  public readonly deployment: ApiObject;
  public readonly service: ApiObject;
  public readonly configMap: ApiObject;
  public readonly serviceAccount: ApiObject;
  public readonly podDisruptionBudget: ApiObject;
  /** The same objects as cdk8s-plus constructs (add env, volumes, annotations with their API). */
  public readonly deploymentResource: kplus.Deployment;
  public readonly serviceResource: kplus.Service;
  public readonly configMapResource: kplus.ConfigMap;
  public readonly serviceAccountResource: kplus.ServiceAccount;
  /**
   * The Secret keys the worker's environment reads, by variable (`REDIS_URL`, `SIGNING_SECRETS`,
   * `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`). Whoever creates those Secrets (the Pulumi stack)
   * reads the names from here instead of repeating them.
   */
  public readonly secretEnv: Readonly<Record<string, SecretKeyRef>>;
  private readonly resolvedEnv: Readonly<Record<string, string>>;

  private readonly catalog: WorkerCatalog;
  private readonly targetAllowList: () => string;

  public constructor(scope: Construct, id: string, props: SchedulerWorkerProps = {}) {
    super(scope, id);
    const platform = platformOf(this);
    this.catalog = new WorkerCatalog(() => platform.triggers);
    const problems = new PropProblems(this);
    this.namespace = platform.systemNamespace;
    this.catalogConfigMapName = `${this.name}-triggers`;
    this.image = props.image ?? DEFAULT_WORKER_IMAGE;
    this.replicas = props.replicas ?? 2;
    const resolved = resolveWorker(problems, {
      name: this.name, namespace: this.namespace, catalogConfigMapName: this.catalogConfigMapName, image: this.image, replicas: this.replicas,
    }, props, platform);
    problems.throwIfAny();
    this.secretEnv = Object.fromEntries(Object.entries(resolved.secretEnv).map(([name, ref]) => [name, { ...ref }]));
    this.resolvedEnv = { ...resolved.env };
    const allowList = () => targetAllowList(platform.appNamespaces, resolved.allowTargets);
    this.targetAllowList = allowList;

    const rendered = () => this.catalog.forRendering() ?? this.checkedCatalog();
    const catalog = { catalogShards: () => rendered().sharding.shards, catalogChecksum: () => sha256(rendered().text), catalogEntries: () => rendered().entries, targetAllowList: allowList };
    this.serviceAccountResource = workerServiceAccount(this, resolved);
    this.configMapResource = workerCatalogConfigMap(this, resolved, catalog);
    this.deploymentResource = workerDeployment(this, resolved, this.serviceAccountResource, this.configMapResource, catalog);
    this.serviceAccount = ApiObject.of(this.serviceAccountResource);
    this.configMap = ApiObject.of(this.configMapResource);
    this.deployment = ApiObject.of(this.deploymentResource);
    addManifestTransform(this.deployment, props.transform?.deployment);
    addManifestTransform(this.configMap, props.transform?.catalogConfigMaps);
    this.podDisruptionBudget = workerPodDisruptionBudget(this, resolved, props.transform?.podDisruptionBudget);
    this.serviceResource = workerService(this, resolved);
    this.service = ApiObject.of(this.serviceResource);
    addManifestTransform(this.service, props.transform?.service);
    for (const object of [this.serviceAccount, this.configMap, this.deployment, this.podDisruptionBudget, this.service]) {
      object.addDependency(platform.systemNamespaceObject);
    }
    this.deployment.addDependency(this.serviceAccount, this.configMap);
    this.syncShardsWhenValidated(resolved, [platform.systemNamespaceObject], props.transform?.catalogConfigMaps);
    this.syncSecretAccessWhenValidated(resolved, platform);
    if (props.image === undefined) this.requireImageForTriggers(() => platform.triggers.length);
  }

  /**
   * No image is published for a customer, so a worker that has triggers to fire needs one given.
   * Checked when cdk8s validates: Triggers are added after the platform is constructed.
   */
  private requireImageForTriggers(triggers: () => number): void {
    this.node.addValidation({
      validate: () => (triggers() === 0 ? [] : [
        `${this.node.path}: worker.image is not set; expected the image of the scheduler worker that fires this platform's ${triggers()} trigger(s): `
        + 'build worker/Dockerfile, push it to a registry the cluster pulls from and set PlatformStackProps.worker.image, '
        + 'or deploy with CalvinPlatform (calvin-runtime/pulumi), which builds, pushes and sets it',
      ]),
    });
  }

  /**
   * The plain environment the worker gets, by variable (`S3_BUCKET`, `S3_ENDPOINT`, `METRICS_PREFIX`,
   * …). `TARGET_ALLOW_LIST` is computed when read: it covers every namespace that has apps so far.
   */
  public get env(): Readonly<Record<string, string>> {
    return { ...this.resolvedEnv, TARGET_ALLOW_LIST: this.targetAllowList() };
  }

  /** The catalog's ConfigMaps: `catalogConfigMapName` alone until the catalog outgrows one. */
  public catalogShardConfigMapNames(): string[] {
    return this.checkedCatalog().sharding.shards.map((shard) => catalogShardConfigMapName(this.catalogConfigMapName, shard.prefix));
  }

  /**
   * The whole catalog as one document: what the ConfigMap carries while it fits in one, and what
   * the pod template's checksum is of. Throws when it is not what the worker accepts (see
   * `catalogProblems`).
   */
  public catalogJson(): string {
    return this.checkedCatalog().text;
  }

  /**
   * Why the catalog would not load in the worker: its own validator's problems (a trigger's
   * `transform` may have broken an entry) and entries too big for any shard (one ConfigMap). cdk8s
   * runs this before it writes anything, so synth fails rather than the worker.
   */
  public catalogProblems(): string[] {
    return [...this.catalog.check().problems];
  }

  /**
   * The shard ConfigMaps can only be made once every Trigger is added; cdk8s validates before it
   * renders, so the catalog is checked and its shards made there, again only when they changed.
   */
  private syncShardsWhenValidated(resolved: ResolvedWorker, dependencies: readonly IConstruct[], transform: ManifestTransform | undefined): void {
    let synced: readonly CatalogShard[] | undefined;
    this.node.addValidation({
      validate: () => {
        const checked = this.catalog.validate();
        const shards = checked.problems.length === 0 ? checked.sharding.shards : synced;
        if (shards !== synced) syncCatalogShardConfigMaps(this, resolved, shards!, { dependencies, deployment: this.deployment, transform });
        synced = shards;
        return [...checked.problems];
      },
    });
  }

  /**
   * The Roles that let the worker read the tenants' Secrets its catalog names follow the catalog
   * (known at synth), as the shards do; a trigger naming another tenant's Secret fails synth.
   */
  private syncSecretAccessWhenValidated(resolved: ResolvedWorker, platform: IPlatformScope): void {
    this.node.addValidation({
      validate: () => {
        const tenants = tenantsOf(platform);
        const problems = secretAccessProblems(platform.triggers, tenants);
        const checked = this.catalog.check();
        if (problems.length === 0 && checked.problems.length === 0) syncSecretAccessRoles(this, resolved, namespacedSecrets(checked.entries), platform, tenants);
        return problems;
      },
    });
  }

  /** The checked catalog; throws when it is not what the worker accepts. */
  private checkedCatalog() {
    const checked = this.catalog.check();
    if (checked.problems.length > 0) throw new CalvinValidationError(checked.problems.map((p) => `${this.node.path}: ${p}`));
    return checked;
  }
}
