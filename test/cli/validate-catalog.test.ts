import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND } from '../../contracts/trigger-catalog';
import { catalogTrigger } from '../worker/harness';
import { calvin } from './capture';

/**
 * Issue 24: `calvin validate` said "valid" for a trigger catalog ConfigMap whose triggers had CR/LF
 * in a header, a bad cron and duplicate ids (the ConfigMap schema cannot see into its data). It now
 * runs the worker's own checks on each namespace's catalog files, shard sets included.
 */

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-validate-catalog-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const catalog = (triggers: unknown[]): string => JSON.stringify({ apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers }, null, 2);
const configMap = (name: string, data: Record<string, string>, namespace = 'calvin-system'): unknown => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data });

function write(file: string, objects: unknown[]): string {
  const full = path.join(dir, file);
  fs.writeFileSync(full, objects.map((o) => YAML.stringify(o)).join('---\n'));
  return full;
}

test('a catalog ConfigMap with CR/LF in a header, a bad cron and a duplicate id is invalid, each problem placed on its data key', async () => {
  const good = catalogTrigger({ url: 'https://example.com/a' });
  const file = write('catalog.yaml', [configMap('scheduler-worker-triggers', { 'triggers.json': catalog([
    { ...good, headers: { 'x-evil': 'a\r\nInjected: 1' } },
    { ...good, schedule: '61 * * * *' },
  ]) })]);
  const run = await calvin(['validate', file, '-o', 'json']);
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { valid: boolean; problems: Array<{ path: string; message: string; line: number }> };
  expect(report.valid).toBe(false);
  const messages = report.problems.map((p) => p.message);
  expect(messages).toEqual(expect.arrayContaining([
    expect.stringMatching(/^trigger catalog triggers\.json: \/triggers\/0\/headers\/x-evil: contains CR/),
    expect.stringMatching(/^trigger catalog triggers\.json: \/triggers\/1\/schedule: "61 \* \* \* \*" is not a cron expression/),
    expect.stringMatching(/^trigger catalog triggers\.json: \/triggers\/1\/id: "ws\/tick" appears more than once/),
  ]));
  expect(new Set(report.problems.map((p) => p.path))).toEqual(new Set(['data["triggers.json"]']));
});

test('a shard set is read as one catalog: an id in two shards of one namespace is a problem, in two namespaces it is not', async () => {
  const a = catalogTrigger({ url: 'https://example.com/a' });
  const file = write('shards.yaml', [
    configMap('scheduler-worker-triggers', { 'triggers.json': catalog([a]) }),
    configMap('scheduler-worker-triggers-0a', { 'triggers-0a.json': catalog([a]) }),
    configMap('scheduler-worker-triggers', { 'triggers.json': catalog([a]) }, 'other-system'),
  ]);
  const run = await calvin(['validate', file]);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/trigger catalog triggers\.json: \/triggers\/0\/id: "ws\/tick" is also in triggers-0a\.json/);
  expect(run.stdout.match(/trigger catalog/g)).toHaveLength(1);
});

test('a valid catalog ConfigMap and ConfigMaps that are not catalogs stay valid', async () => {
  const file = write('ok.yaml', [
    configMap('scheduler-worker-triggers', { 'triggers.json': catalog([catalogTrigger({ url: 'https://example.com/a' })]) }),
    configMap('settings', { 'app.json': '{"not": "a catalog"}' }),
  ]);
  const run = await calvin(['validate', file]);
  expect(run).toMatchObject({ code: 0 });
  expect(run.stdout).toMatch(/^valid: 2 objects in 1 file/m);
});
