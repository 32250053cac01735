import { MonitoringProps, QueueWorker } from '../../constructs';
import { WORKER_METRICS } from '../../contracts/metrics';
import { errorOf, findObject, synthPlatform } from '../helpers';
import { fullMonitoringDocs, monitoringDocs, ofKind } from './helpers';

/** The Monitoring construct's objects (schema-checked by synthPlatform against the prometheus-operator CRDs). */

const matches = (selector: any, labels: Record<string, string>): boolean =>
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v)
  && (selector.matchExpressions ?? []).every((e: any) => e.operator === 'Exists' && e.key in labels);

test('without the prop, no monitoring object', () => {
  const docs = synthPlatform();
  expect(docs.filter((d) => d.apiVersion.startsWith('monitoring.coreos.com/'))).toEqual([]);
});

test('every object carries the release label; the worker ServiceMonitor selects the worker Service and its metrics port', () => {
  const docs = monitoringDocs({ release: 'prom' });
  const monitors = docs.filter((d) => d.apiVersion === 'monitoring.coreos.com/v1');
  expect(monitors.map((d) => d.kind).sort()).toEqual(['PodMonitor', 'PodMonitor', 'PrometheusRule', 'ServiceMonitor', 'ServiceMonitor', 'ServiceMonitor']);
  for (const object of monitors) expect(object.metadata.labels.release).toBe('prom');
  const service = findObject(docs, 'Service', 'scheduler-worker');
  const monitor = findObject(docs, 'ServiceMonitor', 'calvin-scheduler-worker');
  expect(monitor.metadata.namespace).toBe(service.metadata.namespace);
  expect(matches(monitor.spec.selector, service.metadata.labels)).toBe(true);
  expect(service.spec.ports.map((p: any) => p.name)).toContain(monitor.spec.endpoints[0].port);
  // Nothing else in the namespace is a Service it would also scrape.
  expect(ofKind(docs, 'Service').filter((s) => matches(monitor.spec.selector, s.metadata.labels ?? {})).map((s) => s.metadata.name)).toEqual(['scheduler-worker']);
});

test('apps and models are scraped in every app namespace, with the app named from its pods\' label', () => {
  const docs = monitoringDocs();
  const apps = findObject(docs, 'ServiceMonitor', 'calvin-apps');
  expect(apps.spec.namespaceSelector).toEqual({ matchNames: ['calvin-apps'] });
  // Knative's private revision Service (pkg/reconciler/serverlessservice/resources/services.go) and its queue-proxy port.
  expect(apps.spec.selector.matchLabels).toEqual({ 'networking.internal.knative.dev/serviceType': 'Private' });
  expect(apps.spec.endpoints[0].port).toBe('http-usermetric');
  // The pods the apps render carry app.kubernetes.io/name, which the relabeling reads.
  const knative = findObject(docs, 'Service', 'api');
  expect(knative.spec.template.metadata.labels['app.kubernetes.io/name']).toBe('api');
  expect(apps.spec.endpoints[0].relabelings[0].sourceLabels).toEqual(['__meta_kubernetes_pod_label_app_kubernetes_io_name']);
  const models = findObject(docs, 'PodMonitor', 'calvin-models');
  expect(models.spec.namespaceSelector).toEqual({ matchNames: ['calvin-apps'] });
});

test('KEDA\'s operator is scraped (its Service in keda, port metrics), keeping the ScaledObjects\' own namespace label', () => {
  const keda = findObject(monitoringDocs({ release: 'prom' }), 'ServiceMonitor', 'calvin-keda');
  // kedacore/keda v2.20.2 config/manager/service.yaml: Service keda-operator, label app.kubernetes.io/name, port "metrics" 8080.
  expect(keda.spec).toEqual({
    namespaceSelector: { matchNames: ['keda'] },
    selector: { matchLabels: { 'app.kubernetes.io/name': 'keda-operator' } },
    endpoints: [{ port: 'metrics', path: '/metrics', interval: '30s', honorLabels: true }],
  });
});

test('queue workers that serve metrics are scraped from their pods, at their own path; the others are not selected', () => {
  const docs = synthPlatform((p) => {
    new QueueWorker(p, 'mailer', { image: 'registry.example.com/mailer:1.0.0', queue: 'mail', port: 9090, metricsPath: '/bull/metrics' });
    new QueueWorker(p, 'quiet', { image: 'registry.example.com/quiet:1.0.0', queue: 'quiet', port: 9090 });
  }, { monitoring: {} });
  const monitor = findObject(docs, 'PodMonitor', 'calvin-queue-workers');
  expect(monitor.spec.namespaceSelector).toEqual({ matchNames: ['calvin-apps'] });
  const pods = (name: string) => findObject(docs, 'Deployment', name).spec.template.metadata;
  expect(matches(monitor.spec.selector, pods('mailer').labels)).toBe(true);
  expect(matches(monitor.spec.selector, pods('quiet').labels)).toBe(false);
  const container = findObject(docs, 'Deployment', 'mailer').spec.template.spec.containers[0];
  const endpoint = monitor.spec.podMetricsEndpoints[0];
  expect(container.ports.map((p: any) => p.name)).toContain(endpoint.port);
  // Prometheus' Kubernetes discovery: __meta_kubernetes_pod_annotation_<name, non-alphanumerics as _>.
  const [path, worker] = endpoint.relabelings;
  const annotation = Object.entries(pods('mailer').annotations).find(([, v]) => v === '/bull/metrics')![0];
  expect(path).toEqual({ sourceLabels: [`__meta_kubernetes_pod_annotation_${annotation.replace(/[^a-zA-Z0-9_]/g, '_')}`], regex: '(.+)', targetLabel: '__metrics_path__', action: 'replace' });
  expect(worker.sourceLabels).toEqual(['__meta_kubernetes_pod_label_app_kubernetes_io_name']);
  expect(pods('mailer').labels['app.kubernetes.io/name']).toBe('mailer');
  expect(pods('quiet').annotations ?? {}).toEqual({});
});

const rulesOf = (docs: any[]): Record<string, any> => Object.fromEntries(findObject(docs, 'PrometheusRule', 'calvin-platform').spec.groups.flatMap((g: any) => g.rules).map((r: any) => [r.alert, r]));

test('queue workers, job runners and tenants get their alerts; a platform without them gets none of those', () => {
  expect(Object.keys(rulesOf(monitoringDocs()))).not.toEqual(expect.arrayContaining(['CalvinQueueDepthHigh']));
  expect(Object.keys(rulesOf(monitoringDocs())).filter((a) => /Queue|Stream|Quota/.test(a))).toEqual([]);
  const rules = rulesOf(fullMonitoringDocs());
  // Each worker's own threshold: maxReplicas × jobsPerReplica (10 × 10, and the tenant's 2 × 5); the delayed set is not counted.
  expect(rules.CalvinQueueDepthHigh.expr).toBe(
    'sum by (namespace, scaledObject) (keda_scaler_metrics_value{type="scaledobject", namespace="calvin-apps", scaledObject="mailer", scaler=~"wait|prioritized"}) > 100'
    + ' or sum by (namespace, scaledObject) (keda_scaler_metrics_value{type="scaledobject", namespace="acme", scaledObject="thumbs", scaler=~"wait|prioritized"}) > 10');
  expect(rules.CalvinStreamLagHigh.expr).toBe('max by (namespace, scaledObject) (keda_scaler_metrics_value{type="scaledjob", namespace="calvin-apps", scaledObject="agents"}) > 10');
  expect(rules.CalvinTenantQuotaNearlyUsed.expr).toMatch(/kube_resourcequota\{namespace=~"acme", type="used"\}.* > 0\.9$/);
  // The props replace every workload's own threshold.
  const given = rulesOf(fullMonitoringDocs({ alerts: { queueDepth: 500, streamLag: 40, quotaUsedRatio: 0.75 } }));
  expect(given.CalvinQueueDepthHigh.expr.match(/> \d+/g)).toEqual(['> 500', '> 500']);
  expect(given.CalvinStreamLagHigh.expr).toMatch(/> 40$/);
  expect(given.CalvinTenantQuotaNearlyUsed.expr).toMatch(/> 0\.75$/);
});

test('a QueueWorker scaled by CPU or fixed has no KEDA reading: no queue alert for it', () => {
  const docs = monitoringDocs({}, (p) => { new QueueWorker(p, 'resizer', { image: 'ghcr.io/acme/resizer:1.0.0', queue: 'resize', scaling: 'cpu' }); });
  expect(rulesOf(docs).CalvinQueueDepthHigh).toBeUndefined();
});

test('the platform dashboard charts queue depth, stream lag and each tenant\'s CPU and memory against its quota', () => {
  const platform = ofKind(fullMonitoringDocs(), 'ConfigMap').find((c) => c.metadata.name === 'calvin-platform-dashboard');
  const panels = JSON.parse(Object.values(platform.data)[0] as string).panels;
  const byTitle = Object.fromEntries(panels.map((p: any) => [p.title, p.targets.map((t: any) => t.expr)]));
  expect(byTitle['Queue depth (jobs waiting: wait + prioritized)'][0]).toContain('scaledObject=~"mailer|thumbs", scaler=~"wait|prioritized"');
  expect(byTitle['Job runner stream lag (entries not yet delivered)'][0]).toContain('type="scaledjob"');
  expect(byTitle['Tenant CPU against quota']).toEqual([
    'sum by (namespace) (rate(container_cpu_usage_seconds_total{namespace=~"acme", container!=""}[$__rate_interval]))',
    'sum by (namespace) (kube_resourcequota{namespace=~"acme", resource="requests.cpu", type="used"})',
    'sum by (namespace) (kube_resourcequota{namespace=~"acme", resource="limits.cpu", type="hard"})',
  ]);
  expect(byTitle['Tenant memory against quota'][2]).toBe('sum by (namespace) (kube_resourcequota{namespace=~"acme", resource="limits.memory", type="hard"})');
  // Without workers or tenants, none of those panels.
  const plain = JSON.parse(Object.values(ofKind(monitoringDocs(), 'ConfigMap').find((c) => c.metadata.name === 'calvin-platform-dashboard').data)[0] as string);
  expect(plain.panels.filter((p: any) => /^(Queue|Job runner|Tenant)/.test(p.title))).toEqual([]);
});

test('dashboards are ConfigMaps labelled for the Grafana sidecar; dashboards: false leaves them out', () => {
  const dashboards = ofKind(monitoringDocs(), 'ConfigMap').filter((c) => c.metadata.labels?.grafana_dashboard === '1');
  expect(dashboards.map((c) => c.metadata.name).sort()).toEqual(['calvin-app-dashboard', 'calvin-platform-dashboard']);
  for (const configMap of dashboards) {
    const [json] = Object.values(configMap.data) as string[];
    expect(JSON.parse(json).panels.length).toBeGreaterThan(3);
  }
  expect(ofKind(monitoringDocs({ dashboards: false }), 'ConfigMap').filter((c) => c.metadata.labels?.grafana_dashboard)).toEqual([]);
});

test('the rules use the thresholds given and name metrics from the contract', () => {
  const rules = findObject(monitoringDocs({ alerts: { triggerFailureRatio: 0.1, recordBacklog: 500 } }), 'PrometheusRule', 'calvin-platform');
  const byName = Object.fromEntries(rules.spec.groups.flatMap((g: any) => g.rules).map((r: any) => [r.alert, r]));
  expect(byName.CalvinTriggerFailureRate.expr).toContain(WORKER_METRICS.runs.name);
  expect(byName.CalvinTriggerFailureRate.expr).toMatch(/> 0\.1$/);
  expect(byName.CalvinRecordBacklog.expr).toMatch(/> 500$/);
  for (const rule of Object.values(byName) as any[]) {
    expect(rule.labels.severity).toMatch(/^(critical|warning)$/);
    expect(rule.annotations.summary).toBeTruthy();
    expect(rule.annotations.description).toBeTruthy();
    expect(rule.for).toMatch(/^\d+m$/);
  }
});

test.each<[string, MonitoringProps, RegExp]>([
  ['release not a label value', { release: 'kube prometheus' }, /calvin\/Monitoring: release "kube prometheus" /],
  ['ratio above 1', { alerts: { triggerFailureRatio: 5 } }, /alerts\.triggerFailureRatio 5 is not a ratio between 0 and 1/],
  ['quota ratio above 1', { alerts: { quotaUsedRatio: 90 } }, /alerts\.quotaUsedRatio 90 is not a ratio between 0 and 1/],
  ['queue depth zero', { alerts: { queueDepth: 0 } }, /alerts\.queueDepth 0 is not a positive number/],
  ['negative seconds', { alerts: { appP95Seconds: -1 } }, /alerts\.appP95Seconds -1 is not a positive number/],
  ['scrape interval', { scrapeInterval: '30 seconds' }, /scrapeInterval "30 seconds" is not a Prometheus duration/],
  ['dashboards not boolean', { dashboards: 'yes' as any }, /dashboards "yes" is not a boolean/],
])('bad props: %s', (_name, props, message) => {
  expect(errorOf(() => monitoringDocs(props))).toMatch(message);
});
