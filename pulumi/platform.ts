/**
 * The platform itself: the repo's cdk8s PlatformStack, synthesized in process (the same function
 * `cdk8s synth` runs, so there is one app list), plus the Secrets its worker reads, filled from the
 * cloud resources, the Secrets its apps and triggers read, filled from config secrets
 * (pulumi/app-secrets.ts), and the DNS token its certificate issuer reads. Namespaces go first,
 * then the Secrets, then the issuer and certificates (once cert-manager is up), then the rest.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { App } from 'cdk8s';
import * as YAML from 'yaml';
import { isTriggerTarget, PlatformStack, PlatformStackProps } from '../constructs';
import { WORKER_SECRET_ENV_NAMES, WorkerSecretEnvName } from '../contracts/worker-env';
import { deliveryLayerOf, isFluxObject } from '../contracts/delivery-layers';
import { deployModelStorage, ModelStorage, modelStorageSecretIds } from './models';
import { appSecretConfigKey, AppSecretValues, CatalogSecretNeed, producedSecrets, referencedSecrets, SecretKeyNeed } from './app-secrets';
import { CatalogTrigger } from '../contracts/trigger-catalog';
import { deployTenantSigningKeys, tenantSigningSecretIds, TenantSigningKeys } from './tenant-keys';
import { Cloud, METRICS_PREFIX } from './cloud';
import { clusterCidrsOf, withClusterCidrs } from './cluster-cidrs';
import { StackConfig } from './config';
import { synthesizedWorkerImage, WorkerImage } from './image';
import { redisConnectionSecretNeeds, valkeyConnectionSecretData } from './redis-connection';

/** A synthesized Kubernetes object, as `cdk8s synth` writes it. */
export type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [key: string]: unknown };

export interface SynthesizedPlatform {
  readonly platform: PlatformStack;
  /** Every object, in the order of `cdk8s synth`'s output. */
  readonly objects: KubeObject[];
}

/**
 * The user's platform: builds its PlatformStack into `app`, laying `overrides` (the props the
 * component owns: domain, TLS issuer, the worker's image and metrics) over its own props.
 */
export type PlatformFunction = (app: App, overrides: Partial<PlatformStackProps>) => PlatformStack;

/** The user's PlatformStack with the stack's domain, TLS issuer, worker image and metrics bucket. */
export function synthesizePlatform(build: PlatformFunction, config: StackConfig, spacesEndpoint: string): SynthesizedPlatform {
  const app = new App();
  const platform = build(app, {
    domain: config.domain,
    tls: { issuer: { email: config.acme.email, environment: config.acme.environment } },
    worker: {
      image: synthesizedWorkerImage(config),
      metrics: { bucket: config.metricsBucket, endpoint: spacesEndpoint, prefix: METRICS_PREFIX },
    },
    // Set in the stack config, it replaces the platform function's own tenantQuota.
    ...(config.tenantQuota ? { tenantQuota: config.tenantQuota } : {}),
  });
  // Through YAML, so the objects are exactly what `cdk8s synth` would write to dist/. A FluxDelivery's
  // objects are left out: the component delivers the platform itself, and Flux applying and pruning
  // the same objects would fight it (the GitOps path applies them instead: docs/deploying.md).
  const objects = YAML.parseAllDocuments(app.synthYaml()).map((doc) => doc.toJS() as KubeObject).filter((o) => o && !isFluxObject(o));
  return { platform, objects };
}

/**
 * The Secret keys the platform's objects read that neither the worker Secrets nor the objects themselves
 * (ExternalSecrets, SealedSecrets, Secret objects) provide: the stack
 * creates these from config secrets (see pulumi/app-secrets.ts).
 */
export function appSecretNeeds(synthesized: SynthesizedPlatform): ReturnType<typeof referencedSecrets> {
  const { worker } = synthesized.platform;
  const workerSecrets = new Set(WORKER_SECRET_ENV_NAMES.map((variable) => worker.secretEnv[variable].secret));
  const redisSecrets = new Set(redisConnectionSecretNeeds(synthesized.platform).map((need) => `${need.namespace}/${need.secret}`));
  const produced = producedSecrets(synthesized.objects);
  // The component creates these itself: the tenants' signing keys and the models' storage credentials.
  const created = new Set([...tenantSigningSecretIds(synthesized.platform), ...modelStorageSecretIds(synthesized.platform)]);
  const elsewhere = (need: { namespace: string; secret: string }): boolean => (need.namespace === worker.namespace && workerSecrets.has(need.secret))
    || redisSecrets.has(`${need.namespace}/${need.secret}`) || produced.has(`${need.namespace}/${need.secret}`) || created.has(`${need.namespace}/${need.secret}`);
  const all = referencedSecrets(synthesized.objects, catalogSecretNeeds(synthesized.platform));
  return { keys: all.keys.filter((need) => !elsewhere(need)), whole: all.whole.filter((need) => !elsewhere(need)) };
}

/** The catalog's Secrets of other namespaces (a tenant's secret headers): the worker reads them through the API, no pod mounts them. */
function catalogSecretNeeds(platform: PlatformStack): CatalogSecretNeed[] {
  const catalog = JSON.parse(platform.worker.catalogJson()) as { triggers: CatalogTrigger[] };
  return catalog.triggers.flatMap((trigger) => [...Object.values(trigger.secretHeaders), ...(trigger.signingSecret ? [trigger.signingSecret] : [])]
    .flatMap((ref) => (ref.namespace === undefined ? [] : [{ triggerId: trigger.id, namespace: ref.namespace, secret: ref.secret, key: ref.key }])));
}

/** Where each Secret-backed variable of the worker's env spec gets its value (the type makes it cover them all). */
export function workerSecretValues(cloud: Cloud, signingSecret: pulumi.Input<string>): Record<WorkerSecretEnvName, pulumi.Input<string>> {
  return {
    REDIS_URL: cloud.redisUrl,
    SIGNING_SECRETS: signingSecret,
    AWS_ACCESS_KEY_ID: cloud.metricsKey.accessKey,
    AWS_SECRET_ACCESS_KEY: cloud.metricsKey.secretKey,
  };
}

export interface Platform {
  readonly synthesized: SynthesizedPlatform;
  readonly namespaces: k8s.yaml.v2.ConfigGroup;
  readonly workerSecrets: k8s.core.v1.Secret[];
  /** The Redis connection Secrets the QueueWorkers and JobRunners read, from the Valkey cluster. */
  readonly redisConnectionSecrets: k8s.core.v1.Secret[];
  /** The Secrets the apps and triggers read, from config secrets. */
  readonly appSecrets: k8s.core.v1.Secret[];
  /** The DigitalOcean token the ClusterIssuer's DNS-01 solver reads, in cert-manager's namespace. */
  readonly dnsTokenSecret: k8s.core.v1.Secret;
  /** The ClusterIssuer and the Certificates, applied once cert-manager (CRDs, webhook) is ready. */
  readonly tls: k8s.yaml.v2.ConfigGroup;
  readonly objects: k8s.yaml.v2.ConfigGroup;
  /**
   * The URL of every public app and model: by name for the platform's own apps namespace, by
   * `<namespace>/<name>` for a tenant's (two tenants may both have an app called `shop`).
   */
  readonly appUrls: Record<string, string>;
  /** The models' buckets, read keys and credentials Secrets; undefined without ModelServices that read with a key. */
  readonly modelStorage?: ModelStorage;
  /** The subdomains with public hosts besides the domain itself (a tenant's `<tenant>`), each needing a wildcard DNS record. */
  readonly subdomains: readonly string[];
  /** Each tenant's two trigger signing keys and the Secrets they are written into. */
  readonly tenantSigningKeys: TenantSigningKeys;
}

export interface DeployPlatformOptions {
  readonly config: StackConfig;
  /** The component: parent of every resource declared here. */
  readonly parent?: pulumi.Resource;
  readonly cloud: Cloud;
  readonly provider: k8s.Provider;
  readonly signingSecret: pulumi.Input<string>;
  /** The app Secrets' values by config key; every key appSecretNeeds lists must be there. */
  readonly appSecrets: AppSecretValues;
  /** The synthesized platform (its Secrets are checked before any resource is declared). */
  readonly synthesized: SynthesizedPlatform;
  /** Resources that must exist before the platform's objects (the serving stack). */
  readonly dependsOn: pulumi.Resource[];
  /** cert-manager's release: its CRDs, and its webhook Deployment awaited until ready. */
  readonly certManager: pulumi.Resource;
  /** The DigitalOcean API token for the DNS-01 solver (see loadDnsToken). */
  readonly dnsToken: pulumi.Input<string>;
  /**
   * The worker image to deploy in place of the synthesized one (a pushed digest is only known
   * once the build ran); its build, if any, goes before the platform's objects.
   * @default the image the platform was synthesized with
   */
  readonly workerImage?: WorkerImage;
}

export function deployPlatform(options: DeployPlatformOptions): Platform {
  const { provider, parent } = options;
  const { synthesized } = options;
  const { platform, objects } = synthesized;

  // The layers of contracts/delivery-layers.ts (FluxDelivery's Kustomizations follow the same order).
  const inLayer = (name: string) => (o: KubeObject): boolean => deliveryLayerOf(o).name === name;
  const namespaces = new k8s.yaml.v2.ConfigGroup('platform-namespaces', {
    objs: objects.filter(inLayer('namespaces')),
  }, { provider, parent });

  const values = workerSecretValues(options.cloud, options.signingSecret);
  const byName = new Map<string, Record<string, pulumi.Input<string>>>();
  // The spec's Secret variables, at the Secret names and keys this platform's worker reads them from.
  for (const variable of WORKER_SECRET_ENV_NAMES) {
    const ref = platform.worker.secretEnv[variable];
    byName.set(ref.secret, { ...byName.get(ref.secret), [ref.key]: pulumi.secret(values[variable]) });
  }
  const secret = (resourceName: string, namespace: string, name: string, stringData: pulumi.Input<Record<string, pulumi.Input<string>>>, type = 'Opaque'): k8s.core.v1.Secret => new k8s.core.v1.Secret(resourceName, {
    metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'pulumi', 'app.kubernetes.io/part-of': 'calvin-runtime' } },
    type,
    stringData,
  }, { provider, parent, dependsOn: [namespaces] });
  const workerSecrets = [...byName.entries()].map(([name, stringData]) => secret(`secret-${name}`, platform.worker.namespace, name, stringData));
  const appSecrets = createAppSecrets(appSecretNeeds(synthesized).keys, options.appSecrets, secret);
  const redisData = valkeyConnectionSecretData(options.cloud.valkey);
  const redisConnectionSecrets = redisConnectionSecretNeeds(platform)
    .map((need) => secret(`redis-connection-${need.namespace}-${need.secret}`, need.namespace, need.secret, redisData));

  const issuer = platform.tls?.issuer;
  if (!issuer) throw new Error(`the platform ${platform.node.path} has no ACME issuer (tls.issuer); the stack serves its apps over HTTPS`);
  // Named as the construct says, so the issuer reads exactly this Secret and key.
  const token = issuer.dnsTokenSecret;
  const dnsTokenSecret = new k8s.core.v1.Secret('cert-manager-dns-token', {
    metadata: { name: token.secret, namespace: token.namespace, labels: { 'app.kubernetes.io/managed-by': 'pulumi', 'app.kubernetes.io/part-of': 'calvin-runtime' } },
    type: 'Opaque',
    stringData: { [token.key]: pulumi.secret(options.dnsToken) },
  }, { provider, parent, dependsOn: [options.certManager] });
  // The webhook validates these objects: apply them only once cert-manager's release is ready.
  const tls = new k8s.yaml.v2.ConfigGroup('platform-tls', {
    objs: objects.filter(inLayer('tls')),
  }, { provider, parent, dependsOn: [namespaces, options.certManager, dnsTokenSecret] });

  const modelStorage = deployModelStorage(platform, { region: options.config.region, provider, parent, namespaces });
  const tenantSigningKeys = deployTenantSigningKeys(platform, { provider, parent, namespaces });
  const image = options.workerImage;
  const clusterCidrs = clusterCidrsOf(options.cloud.cluster);
  const rest = new k8s.yaml.v2.ConfigGroup('platform', {
    objs: objects.filter(inLayer('platform')).map((o) => withWorkerSettings(o, platform, image?.ref, clusterCidrs)),
  }, { provider, parent, dependsOn: [namespaces, ...workerSecrets, ...appSecrets, ...redisConnectionSecrets, ...(modelStorage?.secrets ?? []), ...tenantSigningKeys.secrets, tls, ...options.dependsOn, ...(image?.image ? [image.image] : [])] });

  const served = platform.node.findAll().filter(isTriggerTarget).filter((target) => target.hostname !== undefined);
  const appUrls = Object.fromEntries(served.map((t) => [t.namespace === platform.appsNamespace ? t.name : `${t.namespace}/${t.name}`, t.url]));
  return {
    synthesized, namespaces, workerSecrets, redisConnectionSecrets, appSecrets, dnsTokenSecret, tls, objects: rest, modelStorage, appUrls, tenantSigningKeys,
    subdomains: wildcardSubdomains(platform.domain, served.map((t) => t.hostname!)),
  };
}

/**
 * `object`, or if it is the worker's Deployment, that Deployment with `image` (if given) in place of
 * the synthesized image and the cluster's own Pod and Service ranges as CLUSTER_CIDRS
 * (cluster-cidrs.ts); every other field as synthesized.
 */
function withWorkerSettings(object: KubeObject, platform: PlatformStack, image: pulumi.Input<string> | undefined, clusterCidrs: pulumi.Output<string>): pulumi.Input<KubeObject> {
  const { worker } = platform;
  if (object.kind !== 'Deployment' || object.metadata.name !== worker.name || object.metadata.namespace !== worker.namespace) return object;
  type PodSpec = { containers: Array<{ image?: string }>; [key: string]: unknown };
  const spec = object.spec as { template: { spec: PodSpec; [key: string]: unknown }; [key: string]: unknown };
  const pod = spec.template.spec;
  if (!pod.containers.some((c) => c.image === worker.image)) throw new Error(`the worker Deployment ${worker.namespace}/${worker.name} has no container running ${worker.image}`);
  // Copies along the path to the containers only: every other field stays the synthesized value.
  return pulumi.all([image ?? worker.image, clusterCidrs]).apply(([ref, cidrs]) => ({
    ...object,
    spec: { ...spec, template: { ...spec.template, spec: { ...pod, containers: withClusterCidrs(pod.containers, worker.image, cidrs).map((c) => (c.image === worker.image ? { ...c, image: ref } : c)) } } },
  }));
}

type SecretFactory = (resourceName: string, namespace: string, name: string, stringData: pulumi.Input<Record<string, pulumi.Input<string>>>, type?: string) => k8s.core.v1.Secret;

/** One Secret per (namespace, name), holding every key the objects read from it. */
function createAppSecrets(needs: readonly SecretKeyNeed[], values: AppSecretValues, secret: SecretFactory): k8s.core.v1.Secret[] {
  const grouped = new Map<string, { namespace: string; name: string; data: Record<string, pulumi.Input<string>> }>();
  for (const need of needs) {
    const value = values[appSecretConfigKey(need)];
    if (value === undefined) throw new Error(`app Secret value ${appSecretConfigKey(need)} missing (checkAppSecrets runs before this)`);
    const id = `${need.namespace}/${need.secret}`;
    const entry = grouped.get(id) ?? { namespace: need.namespace, name: need.secret, data: {} };
    entry.data[need.key] = pulumi.secret(value);
    grouped.set(id, entry);
  }
  return [...grouped.values()].map(({ namespace, name, data }) => secret(`app-secret-${namespace}-${name}`, namespace, name, data,
    Object.keys(data).includes('.dockerconfigjson') ? 'kubernetes.io/dockerconfigjson' : 'Opaque'));
}

/**
 * The parents below `domain` of `hosts` (`shop.acme.<domain>` → `acme`): the DNS wildcard
 * `*.<domain>` covers one label only, so each needs a `*.<subdomain>` record of its own.
 */
export function wildcardSubdomains(domain: string, hosts: readonly string[]): string[] {
  const parents = hosts.filter((host) => host.endsWith(`.${domain}`))
    .map((host) => host.slice(0, -(domain.length + 1)).split('.').slice(1).join('.'))
    .filter((parent) => parent !== '');
  return Array.from(new Set(parents)).sort();
}
