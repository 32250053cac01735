import { fullMonitoringDocs, monitoringDocs, ofKind } from './helpers';
import { checkQuery, interpolate, knownSeries } from './promql-check';
import { findObject } from '../helpers';

/** The dashboards' JSON, their queries (Prometheus' grammar, labels their metrics have) and the rules' queries. */

const dashboards = (docs = fullMonitoringDocs()): any[] => ofKind(docs, 'ConfigMap')
  .filter((c) => c.metadata.labels?.grafana_dashboard === '1')
  .map((c) => JSON.parse(Object.values(c.data)[0] as string));

test('each panel query parses as PromQL and uses only series and labels its metrics have', () => {
  const known = knownSeries();
  const problems = dashboards().flatMap((d) => d.panels.flatMap((p: any) => p.targets.map((t: any) => ({ panel: `${d.uid}/${p.title}`, ...checkQuery(interpolate(t.expr), known) }))))
    .filter((q) => q.problems.length > 0 || q.metrics.length === 0);
  expect(problems).toEqual([]);
});

test('each alert rule parses as PromQL and uses only series and labels its metrics have', () => {
  const rules = findObject(monitoringDocs(), 'PrometheusRule', 'calvin-platform').spec.groups.flatMap((g: any) => g.rules);
  const problems = rules.map((r: any) => ({ alert: r.alert, ...checkQuery(r.expr) })).filter((q: any) => q.problems.length > 0);
  expect(problems).toEqual([]);
});

test('the checker catches a label the metric lacks and a syntax error', () => {
  expect(checkQuery('sum by (tenant) (rate(calvin_trigger_runs_total[5m]))').problems).toEqual(['sum by (tenant) over calvin_trigger_runs_total, which has no label tenant']);
  expect(checkQuery('rate(calvin_trigger_runs_total{status="success"}[5m])').problems).toEqual(['calvin_trigger_runs_total has no label status']);
  expect(checkQuery('rate(calvin_trigger_runs_total[5m]').problems.length).toBeGreaterThan(0);
  expect(checkQuery('calvin_trigger_runz_total').problems).toEqual(['calvin_trigger_runz_total: not a metric the platform knows']);
});

test('the dashboard JSON is a Grafana dashboard model: variables, panels with ids, positions, datasource and queries', () => {
  const [platform, app] = dashboards().sort((a, b) => b.uid.localeCompare(a.uid));
  expect(platform.uid).toBe('calvin-platform');
  expect(app.uid).toBe('calvin-app');
  expect(app.templating.list.map((v: any) => [v.name, v.type])).toEqual([['datasource', 'datasource'], ['app', 'query']]);
  expect(app.templating.list[1].query).toMatch(/^label_values\(kn_serving_invocation_duration_seconds_count\{.*\}, app\)$/);
  for (const dashboard of [platform, app]) {
    expect(typeof dashboard.schemaVersion).toBe('number');
    const ids = dashboard.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of dashboard.panels) {
      expect(panel).toMatchObject({ type: expect.stringMatching(/^(timeseries|stat)$/), datasource: { type: 'prometheus', uid: '${datasource}' } });
      expect(panel.gridPos).toMatchObject({ h: 8, w: expect.any(Number), x: expect.any(Number), y: expect.any(Number) });
      // Grafana's grid is 24 columns wide.
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
      expect(panel.targets.map((t: any) => t.refId)).toEqual(panel.targets.map((_: any, i: number) => String.fromCharCode(65 + i)));
    }
  }
  // The per-app dashboard's queries all pick the app the variable names.
  for (const panel of app.panels) for (const target of panel.targets) expect(target.expr).toContain('app="$app"');
});
