/**
 * The DigitalOcean side: VPC, DOKS cluster, registry, managed Valkey, the metrics bucket and its
 * scoped key, and the DNS zone. Nothing here talks to Kubernetes.
 */
import * as digitalocean from '@pulumi/digitalocean';
import * as pulumi from '@pulumi/pulumi';
import { WORKER_ENV } from '../contracts/worker-env';
import { StackConfig, stackSlug } from './config';

export interface Cloud {
  readonly vpc: digitalocean.Vpc;
  readonly cluster: digitalocean.KubernetesCluster;
  /**
   * Admin kubeconfig of the cluster (a secret), read afresh on every `pulumi up`: DOKS kubeconfig
   * tokens expire after 7 days, so the one stored with the cluster resource cannot be used.
   */
  readonly kubeconfig: pulumi.Output<string>;
  readonly registry: digitalocean.ContainerRegistry;
  readonly valkey: digitalocean.DatabaseCluster;
  readonly valkeyConfig: digitalocean.DatabaseValkeyConfig;
  readonly valkeyFirewall: digitalocean.DatabaseFirewall;
  /** `rediss://user:password@private-host:port`, reachable from the cluster's VPC only (a secret). */
  readonly redisUrl: pulumi.Output<string>;
  readonly metricsBucket: digitalocean.SpacesBucket;
  /** The S3 API origin of the bucket's region, e.g. https://fra1.digitaloceanspaces.com. */
  readonly spacesEndpoint: string;
  readonly metricsKey: digitalocean.SpacesKey;
  readonly domain: digitalocean.Domain;
}

/** The metrics prefix the lifecycle rule expires; the worker writes under it (METRICS_PREFIX). */
export const METRICS_PREFIX = WORKER_ENV.METRICS_PREFIX.default;

/** The S3 API origin of Spaces in `region`. */
export function spacesEndpointOf(region: string): string {
  return `https://${region}.digitaloceanspaces.com`;
}

/**
 * Declares the DigitalOcean side of the stack. `opts` applies to every resource it declares and
 * every data source it reads (e.g. a parent component, or a provider for another account).
 */
export function createCloud(config: StackConfig, opts: pulumi.ComponentResourceOptions = {}): Cloud {
  const vpc = new digitalocean.Vpc('vpc', { name: doName('vpc'), region: config.region, description: 'calvin-runtime platform' }, opts);
  const registry = createRegistry(config, opts);
  const cluster = createCluster(config, vpc, registry, opts);
  const kubeconfig = freshKubeconfig(cluster, opts);
  const valkey = createValkey(config, vpc, cluster, opts);
  const metrics = createMetricsStorage(config, opts);
  const domain = new digitalocean.Domain('domain', { name: config.domain }, opts);
  return { vpc, cluster, kubeconfig, registry, ...valkey, ...metrics, spacesEndpoint: spacesEndpointOf(config.region), domain };
}

/** `calvin-<stack>-<suffix>`: DigitalOcean names are per account, so the stack keeps two stacks' resources apart. */
export function doName(suffix: string): string {
  return `calvin-${stackSlug(pulumi.getStack())}-${suffix}`;
}

function createRegistry(config: StackConfig, opts: pulumi.ComponentResourceOptions): digitalocean.ContainerRegistry {
  return new digitalocean.ContainerRegistry('registry', {
    name: config.registryName,
    subscriptionTierSlug: config.registryTier,
    // The registry API accepts only a few regions (config.ts REGISTRY_REGIONS), not every stack region.
    region: config.registryRegion,
  }, opts);
}

/**
 * The newest DOKS patch of the configured minor, so `pulumi up` stays on a supported release.
 * Asked through `opts`' provider: another account's default provider may have no token.
 */
function latestDoksPatch(config: StackConfig, opts: pulumi.ComponentResourceOptions): pulumi.Output<string> {
  return digitalocean.getKubernetesVersionsOutput({ versionPrefix: `${config.kubernetesVersion}.` }, invokeOptionsOf(opts)).apply((v) => {
    if (!v.latestVersion) throw new Error(`kubernetesVersion: DOKS offers no ${config.kubernetesVersion}.x release; available: ${v.validVersions.join(', ')}`);
    return v.latestVersion;
  });
}

function createCluster(
  config: StackConfig, vpc: digitalocean.Vpc, registry: digitalocean.ContainerRegistry, opts: pulumi.ComponentResourceOptions,
): digitalocean.KubernetesCluster {
  return new digitalocean.KubernetesCluster('cluster', {
    name: doName('doks'),
    region: config.region,
    version: latestDoksPatch(config, opts),
    vpcUuid: vpc.id,
    ha: config.haControlPlane,
    autoUpgrade: true,
    surgeUpgrade: true,
    maintenancePolicy: { day: config.maintenanceDay, startTime: config.maintenanceStartTime },
    // Nodes pull from the registry without a per-namespace docker-config Secret.
    registryIntegration: true,
    nodePool: {
      name: 'default',
      size: config.nodeSize,
      autoScale: true,
      minNodes: config.nodeMinCount,
      maxNodes: config.nodeMaxCount,
      labels: { 'calvin-runtime.dev/pool': 'default' },
    },
  }, pulumi.mergeOptions(opts, {
    dependsOn: [registry],
    // The patch is picked at creation; after that DOKS auto-upgrades it in the maintenance window.
    // Without this, a new patch would make the next `pulumi up` upgrade the cluster at once.
    ignoreChanges: ['version'],
  }));
}

/**
 * The stored `cluster.kubeConfigs` token expires 7 days after it was issued, and the Kubernetes
 * provider then cannot reach the cluster (pulumi/pulumi#4304). The data source is read on every
 * run and returns a freshly issued token. Its name input waits for the cluster id, so on the first
 * preview (no cluster yet) the read is skipped instead of failing on a cluster that does not exist.
 * It goes through `opts`' provider: the cluster is only visible to the account that created it.
 */
function freshKubeconfig(cluster: digitalocean.KubernetesCluster, opts: pulumi.ComponentResourceOptions): pulumi.Output<string> {
  const fresh = digitalocean.getKubernetesClusterOutput({
    name: pulumi.all([cluster.id, cluster.name]).apply(([, clusterName]) => clusterName),
  }, { ...invokeOptionsOf(opts), dependsOn: [cluster] });
  return pulumi.secret(fresh.kubeConfigs.apply((configs) => {
    if (!configs[0]?.rawConfig) throw new Error(`the DOKS cluster ${doName('doks')} returned no kubeconfig`);
    return configs[0].rawConfig;
  }));
}

/**
 * `opts`' parent, provider and plugin version for a data source, leaving out the unset ones: the
 * SDK merges these over its own plugin version, which an explicit undefined would erase.
 */
function invokeOptionsOf(opts: pulumi.ComponentResourceOptions): pulumi.InvokeOptions {
  return Object.fromEntries(Object.entries(pulumi.invokeOptionsFromResourceOptions(opts)).filter(([, v]) => v !== undefined));
}

function createValkey(
  config: StackConfig, vpc: digitalocean.Vpc, cluster: digitalocean.KubernetesCluster, opts: pulumi.ComponentResourceOptions,
): Pick<Cloud, 'valkey' | 'valkeyConfig' | 'valkeyFirewall' | 'redisUrl'> {
  const valkey = new digitalocean.DatabaseCluster('valkey', {
    name: doName('valkey'),
    engine: 'valkey',
    version: config.valkeyVersion,
    size: config.valkeySize,
    region: config.region,
    nodeCount: 1,
    privateNetworkUuid: vpc.id,
    tags: ['calvin-runtime'],
  }, opts);
  // BullMQ loses jobs if Redis evicts keys; DigitalOcean's managed Valkey only speaks TLS.
  const valkeyConfig = new digitalocean.DatabaseValkeyConfig('valkey-config', {
    clusterId: valkey.id,
    valkeyMaxmemoryPolicy: 'noeviction',
    ssl: true,
  }, opts);
  const valkeyFirewall = new digitalocean.DatabaseFirewall('valkey-firewall', {
    clusterId: valkey.id,
    rules: [{ type: 'k8s', value: cluster.id }],
  }, opts);
  const redisUrl = pulumi.secret(pulumi.interpolate`rediss://${valkey.user}:${valkey.password}@${valkey.privateHost}:${valkey.port}`);
  return { valkey, valkeyConfig, valkeyFirewall, redisUrl };
}

function createMetricsStorage(config: StackConfig, opts: pulumi.ComponentResourceOptions): Pick<Cloud, 'metricsBucket' | 'metricsKey'> {
  const metricsBucket = new digitalocean.SpacesBucket('metrics', {
    name: config.metricsBucket,
    region: config.region,
    acl: 'private',
    lifecycleRules: [{
      id: 'expire-metrics',
      enabled: true,
      prefix: METRICS_PREFIX,
      expiration: { days: config.metricsRetentionDays },
      abortIncompleteMultipartUploadDays: 1,
    }],
    // A bucket holding objects cannot be deleted: either destroy empties it (explicit setting) or
    // destroy leaves it, with the metrics, in the account (the default: they are the customer's data).
    forceDestroy: config.metricsForceDestroy,
  }, pulumi.mergeOptions(opts, { retainOnDelete: !config.metricsForceDestroy }));
  // The worker's own key: read/write on the metrics bucket and nothing else.
  const metricsKey = new digitalocean.SpacesKey('metrics-writer', {
    name: doName('metrics-writer'),
    grants: [{ bucket: metricsBucket.name, permission: 'readwrite' }],
  }, opts);
  return { metricsBucket, metricsKey };
}

/** `*.<domain>` → the ingress load balancer, so every app's hostname resolves without a record of its own. */
export function createWildcardRecord(cloud: Cloud, loadBalancerIp: pulumi.Input<string>, opts: pulumi.CustomResourceOptions = {}, subdomain?: string): digitalocean.DnsRecord {
  // `*.<tenant>` for a tenant's apps (`<app>.<tenant>.<domain>`): a wildcard covers one label.
  return new digitalocean.DnsRecord(subdomain ? `wildcard-${subdomain}` : 'wildcard', {
    domain: cloud.domain.id,
    type: 'A',
    name: subdomain ? `*.${subdomain}` : '*',
    value: loadBalancerIp,
    ttl: 300,
  }, opts);
}
