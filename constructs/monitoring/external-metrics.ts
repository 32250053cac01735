import { MetricSpec } from '../../contracts/metrics';

/**
 * Metrics the platform charts and alerts on that other components export, with where each name was
 * checked (the worker's own are in contracts/metrics.ts). `targetLabels` are the labels the
 * ServiceMonitor or PodMonitor that scrapes them adds to every series.
 */
export interface ExternalMetricSpec extends MetricSpec {
  /** Where the name and labels come from upstream. */
  readonly source: string;
}

/** Labels prometheus-operator adds to every series of a ServiceMonitor's targets. */
export const SERVICE_MONITOR_TARGET_LABELS = ['namespace', 'service', 'pod', 'container', 'endpoint', 'job', 'instance'] as const;
/** Labels prometheus-operator adds to every series of a PodMonitor's targets. */
export const POD_MONITOR_TARGET_LABELS = ['namespace', 'pod', 'container', 'endpoint', 'job', 'instance'] as const;
/** Added by the Monitoring construct's relabelings: the app's name (its pods' `app.kubernetes.io/name`). */
export const APP_LABEL = 'app';

/**
 * Knative Serving's queue-proxy (knative-v1.21, OpenTelemetry through the Prometheus exporter with
 * `UnderscoreEscapingWithSuffixes`): served on the container port `http-usermetric` (9091) once
 * `request-metrics-protocol: prometheus` is set in the `config-observability` ConfigMap.
 */
export const KNATIVE_QUEUE_PROXY_METRICS = {
  requestDuration: {
    name: 'kn_serving_invocation_duration_seconds',
    type: 'histogram',
    unit: 'seconds',
    help: 'The duration of task execution',
    labels: ['http_response_status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    source: 'knative/serving knative-v1.21.0 pkg/queue/request_metric.go ("kn.serving.invocation.duration", unit s); port: pkg/apis/serving/v1/revision_helpers.go UserQueueMetricsPortName',
  },
  queueDepth: {
    name: 'kn_serving_queue_depth',
    type: 'gauge',
    unit: 'requests',
    help: 'Number of current requests in the queue',
    labels: [],
    source: 'knative/serving knative-v1.21.0 pkg/queue/request_metric.go ("kn.serving.queue.depth", unit {request})',
  },
} as const satisfies Record<string, ExternalMetricSpec>;

/** KServe's Python model servers (sklearn and the others): latency histograms per step, on the HTTP port's /metrics. */
export const KSERVE_MODEL_METRICS = {
  predictLatency: {
    name: 'request_predict_seconds',
    type: 'histogram',
    unit: 'seconds',
    help: 'predict latency',
    labels: ['model_name'],
    source: 'kserve/kserve python/kserve/kserve/metrics.py (PREDICT_HIST_TIME, label model_name)',
  },
} as const satisfies Record<string, ExternalMetricSpec>;

/** kube-state-metrics (installed by kube-prometheus-stack): the worker Deployment's replicas. */
export const KUBE_STATE_METRICS = {
  deploymentReplicas: {
    name: 'kube_deployment_spec_replicas',
    type: 'gauge',
    unit: 'replicas',
    help: 'Number of desired pods for a deployment.',
    labels: ['namespace', 'deployment'],
    source: 'kubernetes/kube-state-metrics docs/metrics/workload/deployment-metrics.md',
  },
  deploymentReplicasAvailable: {
    name: 'kube_deployment_status_replicas_available',
    type: 'gauge',
    unit: 'replicas',
    help: 'The number of available replicas per deployment.',
    labels: ['namespace', 'deployment'],
    source: 'kubernetes/kube-state-metrics docs/metrics/workload/deployment-metrics.md',
  },
} as const satisfies Record<string, ExternalMetricSpec>;
