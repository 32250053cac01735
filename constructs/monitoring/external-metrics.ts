import { MetricSpec } from '../../contracts/metrics';
import { KEDA_NAMESPACE } from '../../contracts/namespaces';

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

/**
 * kube-state-metrics (installed by kube-prometheus-stack): Deployments' replicas (the worker's and
 * the QueueWorkers'), and ResourceQuotas (the tenants'): `kube_resourcequota` has one series per
 * resource of a quota (`resource` is its key: `requests.cpu`, `limits.memory`, `pods`, …; `type`
 * is `hard` or `used`; CPU in cores, memory in bytes).
 */
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
  resourceQuota: {
    name: 'kube_resourcequota',
    type: 'gauge',
    unit: 'resource units',
    help: 'Information about resource quota.',
    labels: ['namespace', 'resourcequota', 'resource', 'type'],
    source: 'kubernetes/kube-state-metrics v2.20.0 internal/store/resourcequota.go (label keys resource, type; values "hard", "used"; default labels namespace, resourcequota), docs/metrics/policy/resourcequota-metrics.md',
  },
} as const satisfies Record<string, ExternalMetricSpec>;

/**
 * The kubelet's cAdvisor endpoint (`/metrics/cadvisor`, scraped by kube-prometheus-stack's kubelet
 * ServiceMonitor): what each container uses. Series with `container=""` are the pod's cgroup
 * totals and are left out of sums.
 */
export const CADVISOR_METRICS = {
  cpuSeconds: {
    name: 'container_cpu_usage_seconds_total',
    type: 'counter',
    unit: 'seconds',
    help: 'Cumulative cpu time consumed',
    labels: ['namespace', 'pod', 'container', 'id', 'image', 'name'],
    source: 'google/cadvisor docs/storage/prometheus.md (container_cpu_usage_seconds_total); namespace/pod/container from the kubelet\'s cAdvisor container labels',
  },
  memoryWorkingSet: {
    name: 'container_memory_working_set_bytes',
    type: 'gauge',
    unit: 'bytes',
    help: 'Current working set in bytes.',
    labels: ['namespace', 'pod', 'container', 'id', 'image', 'name'],
    source: 'google/cadvisor docs/storage/prometheus.md (container_memory_working_set_bytes); namespace/pod/container from the kubelet\'s cAdvisor container labels',
  },
} as const satisfies Record<string, ExternalMetricSpec>;

/**
 * KEDA's operator (its Service `keda-operator` in `keda`, port `metrics` 8080, `/metrics`):
 * the value each trigger of a ScaledObject or ScaledJob last read. `scaler` is the trigger's
 * `name` (its type when unnamed; `composite-metric` for a scalingModifiers formula), `scaledObject`
 * names the ScaledObject or ScaledJob (`type` `scaledobject` or `scaledjob`), and `namespace` is
 * its namespace: the ServiceMonitor keeps it with `honorLabels` (the target's own namespace is `keda`).
 */
export const KEDA_METRICS = {
  scalerValue: {
    name: 'keda_scaler_metrics_value',
    type: 'gauge',
    unit: 'the trigger\'s unit (jobs, entries)',
    help: 'The current value for each scaler\'s metric that would be used by the HPA in computing the target average.',
    labels: ['namespace', 'metric', 'scaledObject', 'scaler', 'triggerIndex', 'type'],
    source: 'kedacore/keda v2.20.2 pkg/metricscollector/prommetrics.go (scalerMetricsValue, metricLabels, getResourceType); pkg/scaling/scale_handler.go (RecordScalerMetric with the trigger name, for ScaledObjects and ScaledJobs); config/manager/service.yaml (port "metrics" 8080)',
  },
} as const satisfies Record<string, ExternalMetricSpec>;

/**
 * Where KEDA's operator serves its metrics (kedacore/keda v2.20.2 config/manager/service.yaml;
 * cmd/operator/main.go: `--metrics-bind-address=:8080`, `--enable-prometheus-metrics` true by default).
 */
export const KEDA_OPERATOR_METRICS_ENDPOINT = { namespace: KEDA_NAMESPACE, serviceLabels: { 'app.kubernetes.io/name': 'keda-operator' }, port: 'metrics', path: '/metrics' } as const;
