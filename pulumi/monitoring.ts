/**
 * kube-prometheus-stack (Prometheus, Alertmanager, Grafana, kube-state-metrics and the
 * prometheus-operator CRDs), installed when the user's platform has `monitoring: {…}`: the Helm
 * release is named after the platform's `release` label, so its Prometheus selects the platform's
 * ServiceMonitors, PodMonitor and PrometheusRule, and its Grafana sidecar loads the dashboards.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { GRAFANA_DASHBOARD_LABEL, isTriggerTarget, KNATIVE_CERTIFICATE_UID_LABEL, Monitoring, PlatformStack } from '../constructs';
import { CONFIG_NAMESPACE, GRAFANA_ADMIN_PASSWORD_KEY, StackConfigError } from './config';
import { KNATIVE_SERVING_NAMESPACE } from './release-namespaces';

/**
 * The chart, pinned: 88.4.0 ships prometheus-operator v0.93.1's CRDs, the ones the constructs'
 * schemas come from (imports/, from the chart's charts/crds/crds at that release).
 */
export const KUBE_PROMETHEUS_STACK_CHART = {
  repo: 'https://prometheus-community.github.io/helm-charts',
  chart: 'kube-prometheus-stack',
  version: '88.4.0',
} as const;
export const MONITORING_NAMESPACE = 'monitoring';
/** The Secret Grafana reads its admin login from (`grafana.admin.existingSecret`). */
export const GRAFANA_ADMIN_SECRET = 'grafana-admin';

export interface MonitoringInstall {
  readonly namespace: k8s.core.v1.Namespace;
  readonly adminSecret: k8s.core.v1.Secret;
  readonly chart: k8s.helm.v4.Chart;
  /** Knative's `config-observability`, patched so queue-proxies serve request metrics to Prometheus. */
  readonly requestMetrics: k8s.core.v1.ConfigMapPatch;
  /** What the platform's objects wait for: the chart (its CRDs) and the request-metrics setting. */
  readonly ready: pulumi.Resource[];
  /** Grafana inside the cluster (`kubectl port-forward` or a proxy reaches it). */
  readonly grafanaUrl: string;
}

/**
 * Grafana's admin password: the stack's secret config `calvin-runtime:grafanaAdminPassword`,
 * required once the platform has monitoring; at least 12 characters, checked without echoing it.
 */
export function loadGrafanaAdminPassword(): pulumi.Output<string> {
  const key = `${CONFIG_NAMESPACE}:${GRAFANA_ADMIN_PASSWORD_KEY}`;
  const value = new pulumi.Config(CONFIG_NAMESPACE).getSecret(GRAFANA_ADMIN_PASSWORD_KEY);
  if (value === undefined) {
    throw new StackConfigError([`${key}: is not set; expected Grafana's admin password (the platform has monitoring): pulumi config set --secret ${GRAFANA_ADMIN_PASSWORD_KEY} <password>`]);
  }
  return checkedPassword(key, value);
}

export function checkedPassword(key: string, value: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi.secret(pulumi.output(value).apply((password) => {
    const problem = grafanaPasswordProblem(password);
    if (problem) throw new StackConfigError([`${key}: ${problem}`]);
    return password;
  }));
}

/** What is wrong with a Grafana admin password (never echoing it). */
export function grafanaPasswordProblem(password: string): string | undefined {
  return password.length < 12 ? 'is shorter than 12 characters; expected a Grafana admin password of 12 or more' : undefined;
}

/** The Helm values: Grafana's login from the Secret, its dashboard sidecar on the constructs' label, and its public URL when it has one. */
export function kubePrometheusStackValues(publicUrl?: string): Record<string, unknown> {
  return {
    grafana: {
      admin: { existingSecret: GRAFANA_ADMIN_SECRET, userKey: 'admin-user', passwordKey: 'admin-password' },
      sidecar: { dashboards: { enabled: true, label: GRAFANA_DASHBOARD_LABEL, labelValue: '1', searchNamespace: 'ALL' } },
      // Grafana builds its redirects and links from root_url: behind the ingress it is the public URL.
      ...(publicUrl ? { 'grafana.ini': { server: { root_url: publicUrl } } } : {}),
    },
  };
}

/** Where Grafana is served (`CalvinPlatformArgs.grafana`). */
export interface GrafanaOptions {
  /**
   * Serve Grafana at `https://<host>` through the platform's ingress (Kourier, its load balancer
   * and `*.<domain>` DNS record) with a certificate from the platform's ClusterIssuer.
   * @default false: Grafana is reachable inside the cluster only
   */
  readonly public?: boolean;
  /**
   * Grafana's public host: one label under the platform's domain (the wildcard DNS record covers
   * it), not an app's host.
   * @default `grafana.<domain>`
   */
  readonly host?: string;
}

/** Grafana's public host for these options, or undefined (cluster-local); problems name the option, the value and what is expected. */
export function grafanaPublicHost(options: GrafanaOptions | undefined, platform: PlatformStack): { host?: string; problems: string[] } {
  if (!options?.public) return { problems: options?.host === undefined ? [] : [`grafana.host: "${options.host}" is set, but grafana.public is not true; expected public: true to serve Grafana at it`] };
  const domain = platform.domain;
  const host = options.host ?? `grafana.${domain}`;
  const problems: string[] = [];
  const label = host.endsWith(`.${domain}`) ? host.slice(0, -domain.length - 1) : undefined;
  if (label === undefined || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) {
    problems.push(`grafana.host: "${host}" is not one DNS label under ${domain}; expected e.g. grafana.${domain} (the record *.${domain} points there)`);
  }
  const app = platform.node.findAll().filter(isTriggerTarget).find((t) => t.hostname === host);
  if (app) problems.push(`grafana.host: "${host}" is the host of ${app.node.path}; expected a host no app serves`);
  return { host, problems };
}

export interface GrafanaRoute {
  readonly certificate: k8s.apiextensions.CustomResource;
  /** A Knative networking Ingress (KIngress): Kourier, the platform's ingress, routes the host to Grafana's Service. */
  readonly ingress: k8s.apiextensions.CustomResource;
  readonly url: string;
}

/** The Secret (and Certificate) of Grafana's public host, in the monitoring namespace. */
export const GRAFANA_TLS_SECRET = 'grafana-tls';

/**
 * Grafana behind the platform's TLS: a cert-manager Certificate for the host from the platform's
 * ClusterIssuer, and a KIngress for Kourier (knative/serving knative-v1.21.1
 * pkg/reconciler/domainmapping/resources/ingress.go builds the same kind for a DomainMapping;
 * KIngress backends are in the Ingress's own namespace). A DomainMapping cannot point at a plain
 * Service, and Kourier reads no Kubernetes Ingress.
 */
export function exposeGrafana(install: MonitoringInstall, options: {
  readonly host: string; readonly release: string; readonly clusterIssuer: string; readonly ingressClass: string;
  readonly provider: k8s.Provider; readonly parent: pulumi.Resource; readonly dependsOn: pulumi.Resource[];
}): GrafanaRoute {
  const opts = { provider: options.provider, parent: options.parent };
  const certificate = new k8s.apiextensions.CustomResource('grafana-certificate', {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: GRAFANA_TLS_SECRET, namespace: MONITORING_NAMESPACE },
    spec: {
      secretName: GRAFANA_TLS_SECRET,
      dnsNames: [options.host],
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: options.clusterIssuer },
      // net-kourier may filter the Secrets it reads by this label (as the platform's own certificates set it).
      secretTemplate: { labels: { [KNATIVE_CERTIFICATE_UID_LABEL]: GRAFANA_TLS_SECRET } },
    },
  }, { ...opts, dependsOn: [install.namespace, ...options.dependsOn] });
  const ingress = new k8s.apiextensions.CustomResource('grafana-ingress', {
    apiVersion: 'networking.internal.knative.dev/v1alpha1',
    kind: 'Ingress',
    metadata: { name: 'grafana', namespace: MONITORING_NAMESPACE, annotations: { 'networking.knative.dev/ingress.class': options.ingressClass } },
    spec: {
      httpOption: 'Redirected',
      tls: [{ hosts: [options.host], secretName: GRAFANA_TLS_SECRET, secretNamespace: MONITORING_NAMESPACE }],
      rules: [{
        hosts: [options.host],
        visibility: 'ExternalIP',
        http: { paths: [{ splits: [{ serviceName: `${options.release}-grafana`, serviceNamespace: MONITORING_NAMESPACE, servicePort: 80, percent: 100 }] }] },
      }],
    },
  }, { ...opts, dependsOn: [install.chart, certificate, ...options.dependsOn] });
  return { certificate, ingress, url: `https://${options.host}` };
}

/**
 * Knative's queue-proxy exports request metrics (the apps' ServiceMonitor scrapes them on
 * `http-usermetric`) only with `request-metrics-protocol: prometheus`; the default is `none`
 * (knative/serving knative-v1.21.1 pkg/observability/config.go reads the key through
 * `metrics.NewFromMapWithPrefix("request-", …)`; config/core/configmaps/observability.yaml).
 */
export const KNATIVE_REQUEST_METRICS = { configMap: 'config-observability', data: { 'request-metrics-protocol': 'prometheus' } } as const;

/**
 * serving-core.yaml declares config-observability: a second declaration would fail with
 * AlreadyExists, so the key is set by a patch (force: the release manifest owns the ConfigMap),
 * after Knative core has created it.
 */
function patchRequestMetrics(knativeCore: pulumi.Resource, opts: pulumi.CustomResourceOptions): k8s.core.v1.ConfigMapPatch {
  return new k8s.core.v1.ConfigMapPatch(`${KNATIVE_SERVING_NAMESPACE}-${KNATIVE_REQUEST_METRICS.configMap}`, {
    metadata: { name: KNATIVE_REQUEST_METRICS.configMap, namespace: KNATIVE_SERVING_NAMESPACE, annotations: { 'pulumi.com/patchForce': 'true' } },
    data: { ...KNATIVE_REQUEST_METRICS.data },
  }, { ...opts, dependsOn: [knativeCore] });
}

export function installMonitoring(monitoring: Monitoring, adminPassword: pulumi.Input<string>, provider: k8s.Provider, parent: pulumi.Resource, knativeCore: pulumi.Resource, publicHost?: string): MonitoringInstall {
  const opts = { provider, parent };
  const namespace = new k8s.core.v1.Namespace('monitoring', { metadata: { name: MONITORING_NAMESPACE } }, opts);
  const adminSecret = new k8s.core.v1.Secret('grafana-admin', {
    metadata: { name: GRAFANA_ADMIN_SECRET, namespace: MONITORING_NAMESPACE },
    stringData: { 'admin-user': 'admin', 'admin-password': pulumi.secret(adminPassword) },
  }, { ...opts, dependsOn: [namespace] });
  const chart = new k8s.helm.v4.Chart('kube-prometheus-stack', {
    // The release name is the `release` label the platform's objects carry.
    name: monitoring.release,
    namespace: MONITORING_NAMESPACE,
    chart: KUBE_PROMETHEUS_STACK_CHART.chart,
    version: KUBE_PROMETHEUS_STACK_CHART.version,
    repositoryOpts: { repo: KUBE_PROMETHEUS_STACK_CHART.repo },
    values: kubePrometheusStackValues(publicHost ? `https://${publicHost}` : undefined),
  }, { ...opts, dependsOn: [namespace, adminSecret] });
  // The Grafana subchart's Service: <release>-grafana, port 80.
  const grafanaUrl = `http://${monitoring.release}-grafana.${MONITORING_NAMESPACE}.svc.cluster.local`;
  // A queue-proxy reads the setting when its revision is created: the platform's apps wait for it (ready).
  const requestMetrics = patchRequestMetrics(knativeCore, opts);
  return { namespace, adminSecret, chart, requestMetrics, ready: [chart, requestMetrics], grafanaUrl };
}
