/**
 * `CalvinPlatform`: the whole platform as one Pulumi component, layer by layer: cloud → Kubernetes
 * provider → serving stack → worker image → the user's platform → DNS. Every child is parented to
 * the component, so the component's options (providers, protect, transforms, …) reach all of them.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AppSecretValues, checkAppSecrets, loadAppSecrets } from './app-secrets';
import { Cloud, createCloud, createWildcardRecord, spacesEndpointOf } from './cloud';
import { CONFIG_NAMESPACE, GRAFANA_ADMIN_PASSWORD_KEY, loadDnsToken, loadSigningSecret, loadStackConfig, StackConfig, StackConfigError } from './config';
import { WorkerImage, workerImage } from './image';
import { appSecretNeeds, deployPlatform, Platform, PlatformFunction, synthesizePlatform } from './platform';
import {
  checkedPassword, exposeGrafana, GrafanaOptions, grafanaPublicHost, GrafanaRoute, installMonitoring, loadGrafanaAdminPassword, MonitoringInstall,
} from './monitoring';
import { installServing, KOURIER_INGRESS_CLASS, Serving } from './serving';
import { CalvinPlatformSettings, settingsAsConfig } from './settings';

/** The secret values the component needs; each one left out is read from the stack's secret config. */
export interface CalvinPlatformSecrets {
  /**
   * The trigger signing secret(s): one `whsec_` value, or two separated by a space while rotating.
   * @default the secret config `calvin-runtime:signingSecret`
   */
  readonly signingSecret?: pulumi.Input<string>;
  /**
   * The DigitalOcean API token of cert-manager's DNS-01 solver.
   * @default the secret config `calvin-runtime:dnsToken`
   */
  readonly dnsToken?: pulumi.Input<string>;
  /**
   * The values of the Secrets the apps and triggers read, by key `secret.<namespace>.<secret>.<key>`.
   * @default the secret config `calvin-runtime:secret.<namespace>.<secret>.<key>` of each
   */
  readonly appSecrets?: AppSecretValues;
  /**
   * Grafana's admin password (12 characters or more), used when the platform has `monitoring`.
   * @default the secret config `calvin-runtime:grafanaAdminPassword`
   */
  readonly grafanaAdminPassword?: pulumi.Input<string>;
}

export interface CalvinPlatformArgs {
  /** The user's platform: builds a PlatformStack into the App, laying the overrides over its own props. */
  readonly platform: PlatformFunction;
  /**
   * Settings in code; each one left out is read from the stack config (`calvin-runtime:<key>`),
   * then its default.
   * @default every setting from the stack config
   */
  readonly settings?: Partial<CalvinPlatformSettings>;
  /** @default every secret from the stack's secret config */
  readonly secrets?: CalvinPlatformSecrets;
  /**
   * Resource transforms applied to every child resource (added to the component's own `transforms`).
   * @default none
   */
  readonly transforms?: pulumi.ResourceTransform[];
  /**
   * The stack was deployed by a program that declared the component's resources at the stack's
   * root, without the component (this repo's `stacks/` before CalvinPlatform). Each child then
   * carries an alias to its URN there, so `pulumi up` moves it into the component instead of
   * replacing it: the cluster, Valkey, the buckets, the registry and the DNS zone keep their data.
   * Leave it off in a new program: an alias may match only one resource of the stack.
   * @default false
   */
  readonly movedFromStackRoot?: boolean;
  /**
   * Where Grafana is served, for a platform with `monitoring`.
   * @default cluster-local only (`grafanaUrl` is its in-cluster Service URL)
   */
  readonly grafana?: GrafanaOptions;
}

/** The Pulumi type token of the component. */
export const CALVIN_PLATFORM_TYPE = 'calvin-runtime:index:CalvinPlatform';

export class CalvinPlatform extends pulumi.ComponentResource {
  /** `https://<app>.<domain>` of every public app, by app name. */
  public readonly appUrls: pulumi.Output<Record<string, string>>;
  /** Admin kubeconfig of the cluster, read afresh on every run (a secret). */
  public readonly kubeconfig: pulumi.Output<string>;
  /** The ingress load balancer's IP, where `*.<domain>` points. */
  public readonly loadBalancerIp: pulumi.Output<string>;
  public readonly registryEndpoint: pulumi.Output<string>;
  public readonly metricsBucket: pulumi.Output<string>;
  public readonly clusterId: pulumi.Output<string>;
  /** The cluster's Kubernetes provider, for what users (and later installs) add to the cluster. */
  public readonly provider: k8s.Provider;
  /** The validated settings. */
  public readonly config: StackConfig;
  public readonly cloud: Cloud;
  public readonly serving: Serving;
  /** The deployed worker image: built and pushed by this run unless `workerImage` is set. */
  public readonly workerImage: WorkerImage;
  /** The user's platform as synthesized and applied. */
  public readonly platform: Platform;
  public readonly wildcardRecord: pulumi.Resource;
  /** `*.<tenant>` records, one per subdomain with public hosts (a wildcard covers one label). */
  public readonly subdomainRecords: readonly pulumi.Resource[];
  /** kube-prometheus-stack, installed when the platform has `monitoring: {…}`. */
  public readonly monitoring?: MonitoringInstall;
  /** With `grafana.public`: the Certificate and the Kourier route of Grafana's public host. */
  public readonly grafanaRoute?: GrafanaRoute;
  /** Grafana's URL: `https://<host>` with `grafana.public`, else inside the cluster; undefined without monitoring. */
  public readonly grafanaUrl: pulumi.Output<string | undefined>;

  /**
   * Validates the settings and secrets and synthesizes the platform before declaring anything: a
   * bad setting or a missing app Secret throws StackConfigError, listing every problem.
   */
  public constructor(name: string, args: CalvinPlatformArgs, opts: pulumi.ComponentResourceOptions = {}) {
    const config = loadStackConfig(settingsAsConfig(args.settings));
    // Synthesis is pure, so the platform's Secret references are checked before anything is declared.
    const synthesized = synthesizePlatform(args.platform, config, spacesEndpointOf(config.region));
    const needs = appSecretNeeds(synthesized);
    const appSecrets = args.secrets?.appSecrets ?? loadAppSecrets(needs);
    checkAppSecrets(CONFIG_NAMESPACE, needs, Object.fromEntries(Object.keys(appSecrets).map((key) => [key, 'given'])));
    const signingSecret = args.secrets?.signingSecret ?? loadSigningSecret();
    const dnsToken = args.secrets?.dnsToken ?? loadDnsToken();
    const monitoring = synthesized.platform.monitoring;
    const given = args.secrets?.grafanaAdminPassword;
    const grafanaPassword = monitoring === undefined ? undefined
      : given === undefined ? loadGrafanaAdminPassword() : checkedPassword(`secrets.${GRAFANA_ADMIN_PASSWORD_KEY}`, given);
    const grafana = grafanaPublicHost(args.grafana, synthesized.platform);
    if (args.grafana?.public && monitoring === undefined) grafana.problems.push('grafana.public: true, but the platform has no monitoring; expected monitoring: {…} on the PlatformStack');
    if (grafana.problems.length > 0) throw new StackConfigError(grafana.problems);
    let component: CalvinPlatform | undefined;
    const transformations = args.movedFromStackRoot ? [aliasToStackRoot(() => component)] : [];
    super(CALVIN_PLATFORM_TYPE, name, {}, {
      ...opts, transforms: [...(opts.transforms ?? []), ...(args.transforms ?? [])], transformations: [...(opts.transformations ?? []), ...transformations],
    });
    component = this;
    const parent = { parent: this };

    this.config = config;
    this.cloud = createCloud(config, parent);
    this.provider = new k8s.Provider('doks', {
      kubeconfig: this.cloud.kubeconfig,
      enableServerSideApply: true,
      // Objects the program does not name go into "default", never into a namespace picked by accident.
      namespace: 'default',
    }, parent);
    this.serving = installServing(config, this.provider, this, {
      externalSecrets: synthesized.objects.some((o) => o.kind === 'ExternalSecret' && o.apiVersion.startsWith('external-secrets.io/')),
    });
    this.workerImage = workerImage(config, this.cloud.registry, parent);
    // Its CRDs (ServiceMonitor, PodMonitor, PrometheusRule) before the platform's objects of those kinds.
    if (monitoring && grafanaPassword) this.monitoring = installMonitoring(monitoring, grafanaPassword, this.provider, this, this.serving.knativeCore, grafana.host);
    this.platform = deployPlatform({
      config, cloud: this.cloud, provider: this.provider, parent: this, signingSecret, appSecrets, synthesized,
      dependsOn: [...this.serving.ready, ...(this.monitoring?.ready ?? [])], workerImage: this.workerImage, certManager: this.serving.certManager, dnsToken,
    });
    const issuer = synthesized.platform.tls?.issuer;
    if (this.monitoring && grafana.host && issuer) {
      // After the platform's ClusterIssuer (platform-tls) and Kourier; the wildcard DNS record already points the host at Kourier.
      this.grafanaRoute = exposeGrafana(this.monitoring, {
        host: grafana.host, release: monitoring!.release, clusterIssuer: issuer.name, ingressClass: KOURIER_INGRESS_CLASS,
        provider: this.provider, parent: this, dependsOn: [this.serving.certManager, this.serving.knativeCore, this.serving.kourier, this.platform.tls],
      });
    }
    this.wildcardRecord = createWildcardRecord(this.cloud, this.serving.loadBalancerIp, parent);
    this.subdomainRecords = this.platform.subdomains.map((subdomain) => createWildcardRecord(this.cloud, this.serving.loadBalancerIp, parent, subdomain));

    this.appUrls = pulumi.output(this.platform.appUrls);
    this.kubeconfig = this.cloud.kubeconfig;
    this.loadBalancerIp = this.serving.loadBalancerIp;
    this.registryEndpoint = this.cloud.registry.endpoint;
    this.metricsBucket = this.cloud.metricsBucket.name;
    this.clusterId = this.cloud.cluster.id;
    this.grafanaUrl = pulumi.output(this.grafanaRoute?.url ?? this.monitoring?.grafanaUrl);
    this.registerOutputs({
      grafanaUrl: this.grafanaUrl, appUrls: this.appUrls, kubeconfig: this.kubeconfig, loadBalancerIp: this.loadBalancerIp,
      registryEndpoint: this.registryEndpoint, metricsBucket: this.metricsBucket, clusterId: this.clusterId,
    });
  }
}

/**
 * Gives each direct child of the component an alias to the same type and name at the stack's root
 * (their URNs before the component). Their own children (the objects of a ConfigFile, say) inherit
 * the alias through their parent. An SDK-side transformation, unlike `transforms`: the aliases are
 * part of the registration the engine receives.
 */
function aliasToStackRoot(component: () => pulumi.Resource | undefined): pulumi.ResourceTransformation {
  return (args) => {
    if (component() === undefined || args.opts.parent !== component()) return undefined;
    return { props: args.props, opts: { ...args.opts, aliases: [...(args.opts.aliases ?? []), { parent: pulumi.rootStackResource }] } };
  };
}
