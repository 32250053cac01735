/**
 * kube-prometheus-stack (Prometheus, Alertmanager, Grafana, kube-state-metrics and the
 * prometheus-operator CRDs), installed when the user's platform has `monitoring: {…}`: the Helm
 * release is named after the platform's `release` label, so its Prometheus selects the platform's
 * ServiceMonitors, PodMonitor and PrometheusRule, and its Grafana sidecar loads the dashboards.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { GRAFANA_DASHBOARD_LABEL, Monitoring } from '../constructs';
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

/** The Helm values: Grafana's login from the Secret, and its dashboard sidecar on the constructs' label. */
export function kubePrometheusStackValues(): Record<string, unknown> {
  return {
    grafana: {
      admin: { existingSecret: GRAFANA_ADMIN_SECRET, userKey: 'admin-user', passwordKey: 'admin-password' },
      sidecar: { dashboards: { enabled: true, label: GRAFANA_DASHBOARD_LABEL, labelValue: '1', searchNamespace: 'ALL' } },
    },
  };
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

export function installMonitoring(monitoring: Monitoring, adminPassword: pulumi.Input<string>, provider: k8s.Provider, parent: pulumi.Resource, knativeCore: pulumi.Resource): MonitoringInstall {
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
    values: kubePrometheusStackValues(),
  }, { ...opts, dependsOn: [namespace, adminSecret] });
  // The Grafana subchart's Service: <release>-grafana, port 80.
  const grafanaUrl = `http://${monitoring.release}-grafana.${MONITORING_NAMESPACE}.svc.cluster.local`;
  // A queue-proxy reads the setting when its revision is created: the platform's apps wait for it (ready).
  const requestMetrics = patchRequestMetrics(knativeCore, opts);
  return { namespace, adminSecret, chart, requestMetrics, ready: [chart, requestMetrics], grafanaUrl };
}
