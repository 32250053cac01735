import { fullMonitoringDocs, ofKind } from './helpers';
import { grafanaSchemaProblems } from './dashboard-schema';

/** The synthesized dashboards against Grafana's published dashboard schema (@grafana/schema, see dashboard-schema.ts). */

const dashboards = (): Record<string, any> => Object.fromEntries(ofKind(fullMonitoringDocs(), 'ConfigMap')
  .filter((c) => c.metadata.labels?.grafana_dashboard === '1')
  .map((c) => [c.metadata.name, JSON.parse(Object.values(c.data)[0] as string)]));

test('every synthesized dashboard is a valid Grafana dashboard model (schema 11.6), panels and queries included', () => {
  const all = dashboards();
  expect(Object.keys(all).sort()).toEqual(['calvin-app-dashboard', 'calvin-platform-dashboard']);
  expect(grafanaSchemaProblems(all)).toEqual({ 'calvin-app-dashboard': [], 'calvin-platform-dashboard': [] });
});

test('the check has teeth: an unknown key, a wrong type, a missing field and a bad panel option are each reported', () => {
  const platform = dashboards()['calvin-platform-dashboard'];
  const variants: Record<string, any> = {
    unknownKey: { ...platform, refreshEvery: '1m' },
    wrongType: { ...platform, panels: platform.panels.map((p: any, i: number) => (i === 0 ? { ...p, gridPos: { ...p.gridPos, w: 'half' } } : p)) },
    missingField: (({ schemaVersion: _s, ...rest }) => rest)(platform),
    queryWithoutExpr: { ...platform, panels: platform.panels.map((p: any, i: number) => (i === 1 ? { ...p, targets: [{ refId: 'A', query: 'up' }] } : p)) },
    badOption: { ...platform, panels: platform.panels.map((p: any, i: number) => (i === 2 ? { ...p, options: { legend: { displayMode: 'sideways' } } } : p)) },
  };
  const problems = grafanaSchemaProblems(variants);
  for (const [name, list] of Object.entries(problems)) expect({ name, count: list.length > 0 }).toEqual({ name, count: true });
  expect(problems.unknownKey.join('\n')).toMatch(/'"refreshEvery"' does not exist in type 'CheckedDashboard'/);
  expect(problems.wrongType.join('\n')).toMatch(/Type 'string' is not assignable to type 'number'/);
  expect(problems.missingField.join('\n')).toMatch(/Property 'schemaVersion' is missing/);
  expect(problems.queryWithoutExpr.join('\n')).toMatch(/'"query"' does not exist in type 'Query'/);
  expect(problems.badOption.join('\n')).toMatch(/Type '"sideways"' is not assignable to type 'LegendDisplayMode'/);
});
