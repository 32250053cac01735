// Types from the SDK's dist/ paths: this repo resolves modules the node10 way, which ignores the package's exports map (the require()s below use the exported subpaths).
import type * as Cog from '@grafana/grafana-foundation-sdk/dist/cog';
import type * as Dashboard from '@grafana/grafana-foundation-sdk/dist/dashboard';
import type * as Prometheus from '@grafana/grafana-foundation-sdk/dist/prometheus';
import type * as Timeseries from '@grafana/grafana-foundation-sdk/dist/timeseries';
import type * as Stat from '@grafana/grafana-foundation-sdk/dist/stat';
import { WORKER_METRICS, WORKER_RUNTIME_METRICS } from '../../contracts/metrics';
import { ScaledWorkload } from './alert-rules';
import { APP_LABEL, CADVISOR_METRICS, KEDA_METRICS, KNATIVE_QUEUE_PROXY_METRICS, KSERVE_MODEL_METRICS, KUBE_STATE_METRICS } from './external-metrics';
import { Matchers, quantile, rate, selector, sum } from './promql';
import { appErrorRate, appRequestRate, attemptSuccessRate, triggerSuccessRate } from './queries';

/**
 * Grafana dashboards built with Grafana's typed builder (@grafana/grafana-foundation-sdk), an
 * optional peer dependency: loaded only when a platform turns dashboards on.
 */
interface Sdk {
  readonly dashboard: typeof Dashboard;
  readonly prometheus: typeof Prometheus;
  readonly timeseries: typeof Timeseries;
  readonly stat: typeof Stat;
}

function loadSdk(path: string): Sdk {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return {
      dashboard: require('@grafana/grafana-foundation-sdk/dashboard'),
      prometheus: require('@grafana/grafana-foundation-sdk/prometheus'),
      timeseries: require('@grafana/grafana-foundation-sdk/timeseries'),
      stat: require('@grafana/grafana-foundation-sdk/stat'),
    };
  } catch (error) {
    throw new Error(`${path}: dashboards need the package @grafana/grafana-foundation-sdk (npm install --save-exact @grafana/grafana-foundation-sdk@11.6.0-cogv0.0.x.1769699379), or dashboards: false (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Where the series are: the worker's and the apps' label matchers. */
export interface DashboardContext {
  readonly worker: Matchers;
  readonly apps: Matchers;
  readonly queueWorkers: readonly ScaledWorkload[];
  readonly jobRunners: readonly ScaledWorkload[];
  readonly tenantNamespaces: readonly string[];
}

/** One panel before it is built: its title, unit and queries (expression and legend). */
export interface PanelSpec {
  readonly title: string;
  readonly unit: string;
  readonly kind?: 'timeseries' | 'stat';
  readonly queries: ReadonlyArray<{ readonly expr: string; readonly legend: string }>;
}

const W = '$__rate_interval';

/** The platform dashboard's panels: triggers, the worker, and every app. */
export function platformPanels(c: DashboardContext): PanelSpec[] {
  const m = WORKER_METRICS;
  const byApp = ['namespace', APP_LABEL];
  return [
    { title: 'Trigger run success rate (final outcome)', unit: 'percentunit', kind: 'stat', queries: [{ expr: triggerSuccessRate(c.worker, '1h'), legend: 'runs' }] },
    { title: 'Trigger success rate', unit: 'percentunit', queries: [
      { expr: triggerSuccessRate(c.worker, W), legend: 'runs (final outcome)' },
      { expr: attemptSuccessRate(c.worker, W), legend: 'attempts' },
    ] },
    { title: 'Trigger executions by status', unit: 'ops', queries: [{ expr: sum(rate(m.executions.name, c.worker, W), ['status']), legend: '{{status}}' }] },
    { title: 'Trigger runs by outcome', unit: 'ops', queries: [{ expr: sum(rate(m.runs.name, c.worker, W), ['outcome']), legend: '{{outcome}}' }] },
    { title: 'Attempt duration', unit: 's', queries: [0.5, 0.95, 0.99].map((q) => ({ expr: quantile(m.attemptDuration, q, c.worker, W), legend: `p${q * 100}` })) },
    { title: 'Fire lateness', unit: 's', queries: [0.5, 0.99].map((q) => ({ expr: quantile(m.lateness, q, c.worker, W), legend: `p${q * 100}` })) },
    { title: 'Records waiting for S3 (stream backlog)', unit: 'short', queries: [{ expr: `max(${selector(m.bufferSize.name, c.worker)})`, legend: 'records' }] },
    { title: 'Record flush failures and drops', unit: 'short', queries: [
      { expr: sum(`increase(${selector(m.flushFailures.name, c.worker)}[${W}])`), legend: 'flush failures' },
      { expr: sum(`increase(${selector(m.droppedRecords.name, c.worker)}[${W}])`), legend: 'dropped records' },
    ] },
    { title: 'Enabled triggers', unit: 'short', kind: 'stat', queries: [{ expr: `max(${selector(m.catalogTriggers.name, c.worker)})`, legend: 'triggers' }] },
    { title: 'Worker CPU', unit: 'percentunit', queries: [{ expr: sum(rate(WORKER_RUNTIME_METRICS.cpuSeconds.name, c.worker, W), ['pod']), legend: '{{pod}}' }] },
    { title: 'Worker memory', unit: 'bytes', queries: [{ expr: sum(selector(WORKER_RUNTIME_METRICS.residentMemory.name, c.worker), ['pod']), legend: '{{pod}}' }] },
    { title: 'App requests', unit: 'reqps', queries: [{ expr: appRequestRate(c.apps, W, byApp), legend: `{{namespace}}/{{${APP_LABEL}}}` }] },
    { title: 'App 5xx share', unit: 'percentunit', queries: [{ expr: appErrorRate(c.apps, W, byApp), legend: `{{namespace}}/{{${APP_LABEL}}}` }] },
    { title: 'App p95 latency', unit: 's', queries: [{ expr: quantile(KNATIVE_QUEUE_PROXY_METRICS.requestDuration, 0.95, c.apps, W, byApp), legend: `{{namespace}}/{{${APP_LABEL}}}` }] },
    { title: 'App pods scraped', unit: 'short', queries: [{ expr: sum(selector('up', { ...c.apps, [APP_LABEL]: '!=' }), byApp), legend: `{{namespace}}/{{${APP_LABEL}}}` }] },
    ...eventWorkerPanels(c),
    ...tenantPanels(c.tenantNamespaces),
  ];
}

const oneOf = (values: readonly string[]): string => `=~${[...new Set(values)].join('|')}`;

/** QueueWorkers' waiting jobs and replicas, JobRunners' stream lag (KEDA's readings); none without them. */
export function eventWorkerPanels(c: Pick<DashboardContext, 'queueWorkers' | 'jobRunners'>): PanelSpec[] {
  const value = KEDA_METRICS.scalerValue.name;
  const by = ['namespace', 'scaledObject'];
  const panels: PanelSpec[] = [];
  const workers = c.queueWorkers;
  if (workers.length > 0) {
    const names = { namespace: oneOf(workers.map((w) => w.namespace)) };
    panels.push(
      { title: 'Queue depth (jobs waiting: wait + prioritized)', unit: 'short', queries: [{
        expr: sum(selector(value, { ...names, type: 'scaledobject', scaledObject: oneOf(workers.map((w) => w.name)), scaler: oneOf(workers.flatMap((w) => w.triggers)) }), by),
        legend: '{{namespace}}/{{scaledObject}}',
      }] },
      { title: 'Queue worker replicas', unit: 'short', queries: [{
        expr: sum(selector(KUBE_STATE_METRICS.deploymentReplicasAvailable.name, { ...names, deployment: oneOf(workers.map((w) => w.name)) }), ['namespace', 'deployment']),
        legend: '{{namespace}}/{{deployment}}',
      }] },
    );
  }
  if (c.jobRunners.length > 0) {
    panels.push({ title: 'Job runner stream lag (entries not yet delivered)', unit: 'short', queries: [{
      expr: `max by (${by.join(', ')}) (${selector(value, { namespace: oneOf(c.jobRunners.map((w) => w.namespace)), type: 'scaledjob', scaledObject: oneOf(c.jobRunners.map((w) => w.name)) })})`,
      legend: '{{namespace}}/{{scaledObject}}',
    }] });
  }
  return panels;
}

/**
 * Each tenant's CPU and memory against its quota: what its containers use (cAdvisor), what its pods
 * request (the quota's `used`), and the quota's limit (`hard` of `limits.*`); and the share of each
 * quota resource in use. None without tenants.
 */
export function tenantPanels(namespaces: readonly string[]): PanelSpec[] {
  if (namespaces.length === 0) return [];
  const tenants = { namespace: oneOf(namespaces) };
  const quota = (resource: string, type: 'used' | 'hard') => sum(selector(KUBE_STATE_METRICS.resourceQuota.name, { ...tenants, resource, type }), ['namespace']);
  const containers = { ...tenants, container: '!=' };
  const byResource = ['namespace', 'resource'];
  const share = (type: 'used' | 'hard') => `max by (${byResource.join(', ')}) (${selector(KUBE_STATE_METRICS.resourceQuota.name, { ...tenants, type })})`;
  return [
    { title: 'Tenant CPU against quota', unit: 'cores', queries: [
      { expr: sum(rate(CADVISOR_METRICS.cpuSeconds.name, containers, W), ['namespace']), legend: '{{namespace}} used' },
      { expr: quota('requests.cpu', 'used'), legend: '{{namespace}} requested' },
      { expr: quota('limits.cpu', 'hard'), legend: '{{namespace}} quota' },
    ] },
    { title: 'Tenant memory against quota', unit: 'bytes', queries: [
      { expr: sum(selector(CADVISOR_METRICS.memoryWorkingSet.name, containers), ['namespace']), legend: '{{namespace}} used (working set)' },
      { expr: quota('requests.memory', 'used'), legend: '{{namespace}} requested' },
      { expr: quota('limits.memory', 'hard'), legend: '{{namespace}} quota' },
    ] },
    { title: 'Tenant quota in use', unit: 'percentunit', queries: [{ expr: `${share('used')} / ${share('hard')}`, legend: '{{namespace}} {{resource}}' }] },
  ];
}

/** The per-app dashboard's panels, for the app the `app` variable picks. */
export function appPanels(c: DashboardContext): PanelSpec[] {
  const app = { ...c.apps, [APP_LABEL]: '$app' };
  const latency = KNATIVE_QUEUE_PROXY_METRICS.requestDuration;
  return [
    { title: 'Requests by status code', unit: 'reqps', queries: [{ expr: sum(rate(`${latency.name}_count`, app, W), ['http_response_status_code']), legend: '{{http_response_status_code}}' }] },
    { title: '5xx share', unit: 'percentunit', queries: [{ expr: appErrorRate(app, W, [APP_LABEL]), legend: '5xx' }] },
    { title: 'Latency', unit: 's', queries: [0.5, 0.95, 0.99].map((q) => ({ expr: quantile(latency, q, app, W), legend: `p${q * 100}` })) },
    { title: 'Requests in the queue', unit: 'short', queries: [{ expr: sum(selector(KNATIVE_QUEUE_PROXY_METRICS.queueDepth.name, app), ['pod']), legend: '{{pod}}' }] },
    { title: 'Pods scraped', unit: 'short', queries: [{ expr: sum(selector('up', app)), legend: 'pods' }] },
    { title: 'Model predict latency p95 (KServe)', unit: 's', queries: [{ expr: quantile(KSERVE_MODEL_METRICS.predictLatency, 0.95, app, W, ['model_name']), legend: '{{model_name}}' }] },
  ];
}

const PROMETHEUS = { type: 'prometheus', uid: '${datasource}' };

function panel(sdk: Sdk, spec: PanelSpec, index: number): Cog.Builder<Dashboard.Panel> {
  const builder = spec.kind === 'stat' ? new sdk.stat.PanelBuilder() : new sdk.timeseries.PanelBuilder();
  // Two panels a row, each half the 24-column grid.
  builder.id(index + 1).title(spec.title).unit(spec.unit).datasource(PROMETHEUS).gridPos({ h: 8, w: 12, x: (index % 2) * 12, y: Math.floor(index / 2) * 8 });
  spec.queries.forEach((q, i) => builder.withTarget(new sdk.prometheus.DataqueryBuilder().expr(q.expr).legendFormat(q.legend).refId(String.fromCharCode(65 + i)).datasource(PROMETHEUS)));
  return builder;
}

/** A dashboard's JSON model: `uid`, title, the datasource variable, `extra` variables and the panels. */
export function buildDashboard(path: string, uid: string, title: string, panels: PanelSpec[], app?: { readonly query: string }): Record<string, unknown> {
  const sdk = loadSdk(path);
  const builder = new sdk.dashboard.DashboardBuilder(title).uid(uid).tags(['calvin-runtime']).refresh('1m').time({ from: 'now-6h', to: 'now' }).timezone('browser')
    .withVariable(new sdk.dashboard.DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'));
  if (app) {
    builder.withVariable(new sdk.dashboard.QueryVariableBuilder(APP_LABEL).label('App').query(app.query).datasource(PROMETHEUS).refresh(sdk.dashboard.VariableRefresh.OnTimeRangeChanged).sort(sdk.dashboard.VariableSort.AlphabeticalAsc));
  }
  panels.forEach((spec, i) => builder.withPanel(panel(sdk, spec, i)));
  return withoutIntervalFields(builder.build() as unknown as Record<string, unknown>);
}

/**
 * The builder (11.6.0-cogv0.0.x) writes an interval variable's `auto`, `auto_min` and `auto_count`
 * on every variable; Grafana's dashboard schema (@grafana/schema 11.6 VariableModel) has no such
 * fields, so they are left out of the datasource and query variables, which never read them.
 */
function withoutIntervalFields(dashboard: Record<string, unknown>): Record<string, unknown> {
  const templating = dashboard.templating as { list?: Array<Record<string, unknown>> } | undefined;
  const list = templating?.list?.map((variable) => {
    if (variable.type === 'interval') return variable;
    const { auto: _auto, auto_min: _min, auto_count: _count, ...rest } = variable;
    return rest;
  });
  return list ? { ...dashboard, templating: { ...templating, list } } : dashboard;
}
