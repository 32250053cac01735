/**
 * `CalvinPlatform`: the whole platform as one Pulumi component, layer by layer: cloud → Kubernetes
 * provider → serving stack → worker image → the user's platform → DNS. Every child is parented to
 * the component, so the component's options (providers, protect, transforms, …) reach all of them.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AppSecretValues, checkAppSecrets, loadAppSecrets } from './app-secrets';
import { Cloud, createCloud, createWildcardRecord, spacesEndpointOf } from './cloud';
import { CONFIG_NAMESPACE, GRAFANA_ADMIN_PASSWORD_KEY, loadDnsToken, loadSigningSecret, loadStackConfig, StackConfig } from './config';
import { WorkerImage, workerImage } from './image';
import { appSecretNeeds, deployPlatform, Platform, PlatformFunction, synthesizePlatform } from './platform';
import { checkedPassword, installMonitoring, loadGrafanaAdminPassword, MonitoringInstall } from './monitoring';
import { installServing, Serving } from './serving';
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
  /** Grafana's URL inside the cluster; undefined without monitoring. */
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
    super(CALVIN_PLATFORM_TYPE, name, {}, { ...opts, transforms: [...(opts.transforms ?? []), ...(args.transforms ?? [])] });
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
    if (monitoring && grafanaPassword) this.monitoring = installMonitoring(monitoring, grafanaPassword, this.provider, this);
    this.platform = deployPlatform({
      config, cloud: this.cloud, provider: this.provider, parent: this, signingSecret, appSecrets, synthesized,
      dependsOn: [...this.serving.ready, ...(this.monitoring ? [this.monitoring.chart] : [])], workerImage: this.workerImage, certManager: this.serving.certManager, dnsToken,
    });
    this.wildcardRecord = createWildcardRecord(this.cloud, this.serving.loadBalancerIp, parent);
    this.subdomainRecords = this.platform.subdomains.map((subdomain) => createWildcardRecord(this.cloud, this.serving.loadBalancerIp, parent, subdomain));

    this.appUrls = pulumi.output(this.platform.appUrls);
    this.kubeconfig = this.cloud.kubeconfig;
    this.loadBalancerIp = this.serving.loadBalancerIp;
    this.registryEndpoint = this.cloud.registry.endpoint;
    this.metricsBucket = this.cloud.metricsBucket.name;
    this.clusterId = this.cloud.cluster.id;
    this.grafanaUrl = pulumi.output(this.monitoring?.grafanaUrl);
    this.registerOutputs({
      grafanaUrl: this.grafanaUrl, appUrls: this.appUrls, kubeconfig: this.kubeconfig, loadBalancerIp: this.loadBalancerIp,
      registryEndpoint: this.registryEndpoint, metricsBucket: this.metricsBucket, clusterId: this.clusterId,
    });
  }
}
