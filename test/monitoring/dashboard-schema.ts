import { dirname, join } from 'node:path';
import * as ts from 'typescript';

/**
 * Checks dashboard JSON against Grafana's own schema: the dashboard kind's TypeScript types that
 * Grafana generates from its CUE schemas and publishes as `@grafana/schema` (the release the
 * builder was generated for, 11.6), the panel plugins' composable options (timeseries, stat), and
 * the Prometheus query of the builder (Grafana's composable prometheus dataquery, which
 * `@grafana/schema` does not carry). The JSON is type-checked as a fresh object literal, so a key
 * the schema lacks is an error at any depth, as is a missing required field or a wrong type.
 */
const ROOT = join(__dirname, '..', '..');
const CHECKED_TYPES = `
import type { Dashboard, Panel } from '@grafana/schema/dist/esm/raw/dashboard/x/dashboard_types.gen';
import type { Options as TimeSeriesOptions, FieldConfig as TimeSeriesFieldConfig } from '@grafana/schema/dist/esm/raw/composable/timeseries/panelcfg/x/TimeSeriesPanelCfg_types.gen';
import type { Options as StatOptions } from '@grafana/schema/dist/esm/raw/composable/stat/panelcfg/x/StatPanelCfg_types.gen';
import type { dataquery as PrometheusQuery } from '@grafana/grafana-foundation-sdk/dist/prometheus/types.gen';
type Query = Omit<PrometheusQuery, '_implementsDataqueryVariant'>;
type FieldConfig<C> = { defaults: Omit<NonNullable<Panel['fieldConfig']>['defaults'], 'custom'> & { custom?: C }; overrides: NonNullable<Panel['fieldConfig']>['overrides'] };
type PanelOf<T extends string, O, C> = Omit<Panel, 'type' | 'targets' | 'options' | 'fieldConfig'> & { type: T; targets: Query[]; options?: O; fieldConfig?: FieldConfig<C> };
type CheckedPanel = PanelOf<'timeseries', TimeSeriesOptions, TimeSeriesFieldConfig> | PanelOf<'stat', StatOptions, Record<string, never>>;
type CheckedDashboard = Omit<Dashboard, 'panels'> & { panels: CheckedPanel[] };
`;

/** The schema errors of each dashboard (by name), as the compiler words them; empty lists when valid. */
export function grafanaSchemaProblems(dashboards: Record<string, unknown>): Record<string, string[]> {
  const names = Object.keys(dashboards);
  const file = join(ROOT, 'test', 'monitoring', '__dashboards__.ts');
  const source = `${CHECKED_TYPES}\n${names.map((name, i) => `// ${name}\nexport const d${i}: CheckedDashboard = ${JSON.stringify(dashboards[name], null, 1)};`).join('\n')}\n`;
  const options: ts.CompilerOptions = {
    strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, baseUrl: ROOT,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (path) => (path === file ? source : readFile(path));
  host.fileExists = ((exists) => (path: string) => path === file || exists(path))(host.fileExists.bind(host));
  host.getSourceFile = (path, version, onError, create) => (path === file ? ts.createSourceFile(path, source, version) : getSourceFile(path, version, onError, create));
  host.getCurrentDirectory = () => dirname(file);
  const program = ts.createProgram([file], options, host);
  const problems: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  const sourceFile = program.getSourceFile(file)!;
  const starts = names.map((_, i) => source.indexOf(`export const d${i}:`));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (diagnostic.file !== sourceFile || diagnostic.start === undefined) throw new Error(`the schema types do not compile: ${message}`);
    // The dashboard whose declaration starts last before the error.
    const index = starts.reduce((found, start, i) => (start >= 0 && start <= diagnostic.start! ? i : found), -1);
    if (index < 0) throw new Error(`the schema types do not compile: ${message}`);
    const { line } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start);
    problems[names[index]].push(`line ${line + 1 - sourceFile.getLineAndCharacterOfPosition(starts[index]).line}: ${message}`);
  }
  return problems;
}
