import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { PodMonitor } from '../../imports/prometheus-podmonitor';
import { PrometheusRule } from '../../imports/prometheus-rule';
import { ServiceMonitor } from '../../imports/prometheus-servicemonitor';
import { addManifestTransform } from '../core/api-object';
import { checkKnownKeys, propKeys } from '../core/prop-keys';
import { labelValue, PropProblems } from '../core/validation';
import { IPlatformScope, platformOf } from '../platform/scope';
import { AlertContext, alertGroups, AlertGroup } from './alert-rules';
import { appPanels, buildDashboard, DashboardContext, platformPanels } from './dashboards';
import { scaledWorkloadsOf, tenantNamespacesOf } from './discovery';
import { APP_LABEL, KEDA_OPERATOR_METRICS_ENDPOINT, KNATIVE_QUEUE_PROXY_METRICS } from './external-metrics';
import { selector } from './promql';
import { EVENT_WORKER_KIND_LABEL, EVENT_WORKER_KINDS, EVENT_WORKER_METRICS_LABEL, EVENT_WORKER_METRICS_PATH_ANNOTATION } from '../../contracts/event-workers';

/** Alert thresholds; each alert's `for` and window are in docs/monitoring.md. */
export interface MonitoringAlertThresholds {
  /**
   * Share of trigger runs (by final outcome) that failed or were missed over 10 minutes.
   * @default 0.05
   */
  readonly triggerFailureRatio?: number;
  /**
   * 95th percentile of trigger attempt durations, in seconds.
   * @default 2
   */
  readonly attemptP95Seconds?: number;
  /**
   * 99th percentile of fire lateness (a tick's first attempt after its scheduled time), in seconds.
   * @default 1
   */
  readonly latenessP99Seconds?: number;
  /**
   * Execution records waiting in the Redis stream for S3.
   * @default 10000
   */
  readonly recordBacklog?: number;
  /**
   * Share of an app's requests answered 5xx over 10 minutes.
   * @default 0.05
   */
  readonly appErrorRatio?: number;
  /**
   * 95th percentile of an app's request durations, in seconds.
   * @default 2
   */
  readonly appP95Seconds?: number;
  /**
   * Jobs waiting (BullMQ `wait` + `prioritized`, as KEDA reads them) in a KEDA-scaled QueueWorker's
   * queue for 15 minutes.
   * @default each QueueWorker's maxReplicas × jobsPerReplica: more than its replicas take at once
   */
  readonly queueDepth?: number;
  /**
   * Entries of a JobRunner's stream not yet delivered to its consumer group (the lag KEDA reads),
   * for 15 minutes.
   * @default each JobRunner's maxJobs × entriesPerJob: more than its Jobs take at once
   */
  readonly streamLag?: number;
  /**
   * Share of a tenant's quota (any resource: CPU, memory, pods) in use for 15 minutes.
   * @default 0.9
   */
  readonly quotaUsedRatio?: number;
}

export interface MonitoringProps {
  /**
   * The kube-prometheus-stack Helm release name, set as the `release` label on every
   * ServiceMonitor, PodMonitor and PrometheusRule: its Prometheus selects only objects with it,
   * unless its `*SelectorNilUsesHelmValues` values are false.
   * @default 'kube-prometheus-stack'
   */
  readonly release?: string;
  /**
   * Alert thresholds.
   * @default see MonitoringAlertThresholds
   */
  readonly alerts?: MonitoringAlertThresholds;
  /**
   * Grafana dashboards as ConfigMaps labelled `grafana_dashboard: "1"` (needs the optional
   * package @grafana/grafana-foundation-sdk).
   * @default true
   */
  readonly dashboards?: boolean;
  /**
   * How often Prometheus scrapes the worker, the apps and the models.
   * @default '30s'
   */
  readonly scrapeInterval?: string;
}

/** The keys of MonitoringProps: an unknown key (a misspelled threshold too) is refused at synth (constructs/core/prop-keys.ts). */
export const MONITORING_KEYS = propKeys<MonitoringProps>('MonitoringProps', {
  release: true, dashboards: true, scrapeInterval: true,
  alerts: propKeys<MonitoringAlertThresholds>('MonitoringAlertThresholds', {
    triggerFailureRatio: true, attemptP95Seconds: true, latenessP99Seconds: true, recordBacklog: true, appErrorRatio: true, appP95Seconds: true,
    queueDepth: true, streamLag: true, quotaUsedRatio: true,
  }),
});

/** The thresholds, resolved: queueDepth and streamLag stay undefined when each workload's own applies. */
export type ResolvedAlertThresholds = Required<Omit<MonitoringAlertThresholds, 'queueDepth' | 'streamLag'>> & Pick<MonitoringAlertThresholds, 'queueDepth' | 'streamLag'>;
const DEFAULT_THRESHOLDS: ResolvedAlertThresholds = {
  triggerFailureRatio: 0.05, attemptP95Seconds: 2, latenessP99Seconds: 1, recordBacklog: 10_000, appErrorRatio: 0.05, appP95Seconds: 2,
  queueDepth: undefined, streamLag: undefined, quotaUsedRatio: 0.9,
};
const RATIOS = new Set(['triggerFailureRatio', 'appErrorRatio', 'quotaUsedRatio']);
/** kube-prometheus-stack's Grafana sidecar picks up ConfigMaps with this label (its default). */
export const GRAFANA_DASHBOARD_LABEL = 'grafana_dashboard';

/**
 * Prometheus and Grafana objects for a platform (kube-prometheus-stack's CRDs): ServiceMonitors for
 * the scheduler worker and the apps' queue-proxies, a PodMonitor for KServe model servers, the
 * alert rules and the dashboards. PlatformStack creates it for `monitoring: {…}`.
 */
export class Monitoring extends Construct {
  public readonly release: string;
  public readonly thresholds: Readonly<ResolvedAlertThresholds>;
  public readonly workerServiceMonitor: ApiObject;
  public readonly appsServiceMonitor: ApiObject;
  public readonly modelsPodMonitor: ApiObject;
  /** QueueWorkers that set `metricsPath`: their pods, the path read from each pod's annotation. */
  public readonly queueWorkersPodMonitor: ApiObject;
  /** KEDA's operator: what it reads from each QueueWorker's queue and JobRunner's stream. */
  public readonly kedaServiceMonitor: ApiObject;
  public readonly rules: ApiObject;
  /** The dashboards' ConfigMaps (empty with `dashboards: false`). */
  public readonly dashboards: ApiObject[] = [];

  public constructor(scope: Construct, id: string, props: MonitoringProps = {}) {
    super(scope, id);
    const platform = platformOf(this);
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, MONITORING_KEYS);
    problems.check('release', props.release, labelValue);
    if (props.release === '') problems.add('release', props.release, 'is empty (the release label must name the kube-prometheus-stack release)');
    problems.check('dashboards', props.dashboards, (v) => (typeof v === 'boolean' ? undefined : 'is not a boolean'));
    problems.check('scrapeInterval', props.scrapeInterval, (v) => (typeof v === 'string' && /^(\d+(ms|s|m|h))+$/.test(v) ? undefined : 'is not a Prometheus duration (e.g. "30s", "1m")'));
    for (const [key, value] of Object.entries(props.alerts ?? {})) {
      if (!(key in DEFAULT_THRESHOLDS)) continue;
      const ratio = RATIOS.has(key);
      problems.check(`alerts.${key}`, value, (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 && (!ratio || v < 1) ? undefined
        : ratio ? 'is not a ratio between 0 and 1 (0.05 is 5 %)' : 'is not a positive number'));
    }
    problems.throwIfAny();

    this.release = props.release ?? 'kube-prometheus-stack';
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...props.alerts };
    const interval = props.scrapeInterval ?? '30s';
    const metadata = (name: string) => ({ name, namespace: platform.systemNamespace, labels: { release: this.release } });
    const worker = platform.worker;

    this.workerServiceMonitor = new ServiceMonitor(this, 'Worker', {
      metadata: metadata(`calvin-${worker.name}`),
      spec: {
        selector: { matchLabels: { 'app.kubernetes.io/name': worker.name } },
        endpoints: [{ port: 'http', path: '/metrics', interval }],
      },
    });
    // The apps' revisions: Knative's private Service of each revision names the queue-proxy's
    // metrics port `http-usermetric`; the app's name comes from its pods' app.kubernetes.io/name.
    const appRelabel = [{ sourceLabels: ['__meta_kubernetes_pod_label_app_kubernetes_io_name'], targetLabel: APP_LABEL, action: 'replace' }];
    this.appsServiceMonitor = new ServiceMonitor(this, 'Apps', {
      metadata: metadata('calvin-apps'),
      spec: {
        selector: {
          matchLabels: { 'networking.internal.knative.dev/serviceType': 'Private' },
          matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'Exists' }],
        },
        endpoints: [{ port: 'http-usermetric', path: '/metrics', interval, relabelings: appRelabel as any }],
      },
    });
    this.modelsPodMonitor = new PodMonitor(this, 'Models', {
      metadata: metadata('calvin-models'),
      spec: {
        selector: { matchExpressions: [{ key: 'serving.kserve.io/inferenceservice', operator: 'Exists' }] },
        podMetricsEndpoints: [{ port: 'user-port', path: '/metrics', interval, relabelings: appRelabel as any }],
      },
    });
    this.queueWorkersPodMonitor = queueWorkersPodMonitor(this, metadata('calvin-queue-workers'), interval);
    this.kedaServiceMonitor = new ServiceMonitor(this, 'Keda', {
      metadata: metadata('calvin-keda'),
      spec: {
        namespaceSelector: { matchNames: [KEDA_OPERATOR_METRICS_ENDPOINT.namespace] },
        selector: { matchLabels: { ...KEDA_OPERATOR_METRICS_ENDPOINT.serviceLabels } },
        endpoints: [{ port: KEDA_OPERATOR_METRICS_ENDPOINT.port, path: KEDA_OPERATOR_METRICS_ENDPOINT.path, interval }],
      },
    });
    // KEDA's series carry the ScaledObject's namespace; without honorLabels the target's (keda) would
    // replace it. The generated class is pruned to the fields the constructs use (scripts/import-crds.ts),
    // and this one is not among them; the closed schema (full CRD) checks it.
    addManifestTransform(this.kedaServiceMonitor, (m) => {
      m.spec.endpoints[0].honorLabels = true;
    });
    // Tenants add namespaces after this construct: the list is read at synth.
    for (const monitor of [this.appsServiceMonitor, this.modelsPodMonitor, this.queueWorkersPodMonitor]) {
      addManifestTransform(monitor, (m) => {
        m.spec.namespaceSelector = { matchNames: platform.appNamespaces };
      });
    }

    this.rules = new PrometheusRule(this, 'Rules', { metadata: metadata('calvin-platform'), spec: { groups: [] } });
    addManifestTransform(this.rules, (m) => {
      m.spec.groups = this.alertGroups(platform);
    });
    if (props.dashboards ?? true) this.addDashboards(platform);
  }

  /** The rule groups as synthesized (app namespaces as of now). */
  public alertGroups(platform: IPlatformScope = platformOf(this)): AlertGroup[] {
    return alertGroups(this.alertContext(platform));
  }

  private alertContext(platform: IPlatformScope): AlertContext & DashboardContext {
    const workloads = scaledWorkloadsOf(platform);
    return {
      ...this.thresholds,
      queueWorkers: workloads.queueWorkers.map((w) => ({ ...w, threshold: this.thresholds.queueDepth ?? w.threshold })),
      jobRunners: workloads.jobRunners.map((w) => ({ ...w, threshold: this.thresholds.streamLag ?? w.threshold })),
      tenantNamespaces: tenantNamespacesOf(platform),
      worker: { namespace: platform.systemNamespace },
      workerNamespace: platform.systemNamespace,
      workerDeployment: platform.worker.name,
      apps: { namespace: `=~${platform.appNamespaces.join('|')}` },
    };
  }

  /** The dashboards are built at synth, when every app namespace (tenants' too) is known. */
  private addDashboards(platform: IPlatformScope): void {
    const requests = `${KNATIVE_QUEUE_PROXY_METRICS.requestDuration.name}_count`;
    const dashboards = [
      { name: 'calvin-platform', title: 'Calvin platform', panels: (c: DashboardContext) => platformPanels(c), app: undefined },
      { name: 'calvin-app', title: 'Calvin app', panels: (c: DashboardContext) => appPanels(c), app: (c: DashboardContext) => ({ query: `label_values(${selector(requests, c.apps)}, ${APP_LABEL})` }) },
    ];
    for (const d of dashboards) {
      const configMap = ApiObject.of(new kplus.ConfigMap(this, `Dashboard-${d.name}`, {
        metadata: { name: `${d.name}-dashboard`, namespace: platform.systemNamespace, labels: { [GRAFANA_DASHBOARD_LABEL]: '1' } },
      }));
      addManifestTransform(configMap, (m) => {
        const context = this.alertContext(platform);
        m.data = { [`${d.name}.json`]: JSON.stringify(buildDashboard(this.node.path, d.name, d.title, d.panels(context), d.app?.(context))) };
      });
      this.dashboards.push(configMap);
    }
  }
}

/** The source label under which Prometheus' Kubernetes discovery exposes a pod annotation. */
export function podAnnotationSourceLabel(annotation: string): string {
  return `__meta_kubernetes_pod_annotation_${annotation.replace(/[^a-zA-Z0-9_]/g, '_')}`;
}

/**
 * One PodMonitor for every QueueWorker that serves metrics (they opt in with `metricsPath`, which
 * labels their pods): port `http`, the path from the pod's annotation, and the worker's name as
 * `worker` (its pods' app.kubernetes.io/name).
 */
function queueWorkersPodMonitor(scope: Construct, metadata: { name: string; namespace: string; labels: Record<string, string> }, interval: string): ApiObject {
  return new PodMonitor(scope, 'QueueWorkers', {
    metadata,
    spec: {
      selector: { matchLabels: { [EVENT_WORKER_KIND_LABEL]: EVENT_WORKER_KINDS.queueWorker, [EVENT_WORKER_METRICS_LABEL]: 'true' } },
      podMetricsEndpoints: [{
        port: 'http',
        interval,
        relabelings: [
          { sourceLabels: [podAnnotationSourceLabel(EVENT_WORKER_METRICS_PATH_ANNOTATION)], regex: '(.+)', targetLabel: '__metrics_path__', action: 'replace' },
          { sourceLabels: ['__meta_kubernetes_pod_label_app_kubernetes_io_name'], targetLabel: 'worker', action: 'replace' },
        ] as any,
      }],
    },
  });
}
