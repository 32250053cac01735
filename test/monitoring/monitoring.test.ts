import { MonitoringProps } from '../../constructs';
import { WORKER_METRICS } from '../../contracts/metrics';
import { errorOf, findObject, synthPlatform } from '../helpers';
import { monitoringDocs, ofKind } from './helpers';

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
  expect(monitors.map((d) => d.kind).sort()).toEqual(['PodMonitor', 'PrometheusRule', 'ServiceMonitor', 'ServiceMonitor']);
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
  ['negative seconds', { alerts: { appP95Seconds: -1 } }, /alerts\.appP95Seconds -1 is not a positive number/],
  ['scrape interval', { scrapeInterval: '30 seconds' }, /scrapeInterval "30 seconds" is not a Prometheus duration/],
  ['dashboards not boolean', { dashboards: 'yes' as any }, /dashboards "yes" is not a boolean/],
])('bad props: %s', (_name, props, message) => {
  expect(errorOf(() => monitoringDocs(props))).toMatch(message);
});
