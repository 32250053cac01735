import { createHash } from 'node:crypto';
import { Testing } from 'cdk8s';
import { PlatformStack, Trigger } from '../../constructs';
import { parseTriggerCatalog } from '../../contracts/catalog-check';
import { CATALOG_SHARD_MAX_BYTES, CONFIG_MAP_DATA_LIMIT_BYTES, mergeCatalogShards } from '../../contracts/catalog-shards';
import { serializeTriggerCatalog } from '../../contracts/trigger-catalog';
import { findObject, schemaProblems, synthChart, TEST_WORKER_IMAGE } from '../helpers';

/**
 * A platform with many tenants: 10,000 triggers in 400 workspaces, one of which (a big tenant)
 * holds 2,000 triggers, more than one ConfigMap takes.
 */
const COUNT = 10_000;
const ROOT = 'scheduler-worker-triggers';

function addTriggers(platform: PlatformStack, indexes: readonly number[]): void {
  for (const i of indexes) {
    const workspace = i < 2000 ? 'big-tenant' : `tenant-${i % 399}`;
    new Trigger(platform, `t-${i}`, {
      workspace, schedule: ['*/5 * * * *', '0 3 * * *', '30 9 * * 1-5'][i % 3], timezone: ['UTC', 'Europe/Madrid'][i % 2],
      url: `https://hooks.example.org/${workspace}/jobs/${i}`, body: { job: i, kind: 'refresh' }, headers: { 'X-Job': String(i) },
    });
  }
}

function build(indexes: readonly number[]): PlatformStack {
  const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker: { image: TEST_WORKER_IMAGE } });
  addTriggers(platform, indexes);
  return platform;
}

const ALL = Array.from({ length: COUNT }, (_, i) => i);
const catalogConfigMaps = (docs: any[]) => docs.filter((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith(ROOT));
const shardFiles = (docs: any[]) => catalogConfigMaps(docs).flatMap((cm) => Object.entries(cm.data ?? {}).map(([file, text]) => ({ file, text: text as string })));
const dataBytes = (cm: any) => Object.entries(cm.data ?? {}).reduce((sum, [key, value]) => sum + key.length + Buffer.byteLength(value as string), 0);

describe('10,000 triggers', () => {
  const platform = build(ALL);
  const docs = synthChart(platform);
  const shards = catalogConfigMaps(docs).filter((cm) => cm.metadata.name !== ROOT);

  test('synthesize into shard ConfigMaps, each under the ConfigMap limit with margin, every object schema-valid', () => {
    expect(schemaProblems(docs)).toEqual([]);
    expect(shards.length).toBeGreaterThan(10);
    for (const cm of shards) {
      const [key] = Object.keys(cm.data);
      expect(Object.keys(cm.data)).toHaveLength(1);
      expect(cm.metadata.name).toBe(`${ROOT}-${/^triggers-([0-9a-f]+)\.json$/.exec(key)![1]}`);
      expect(cm.metadata.namespace).toBe('calvin-system');
      expect(dataBytes(cm)).toBeLessThanOrEqual(CATALOG_SHARD_MAX_BYTES);
    }
    expect(CATALOG_SHARD_MAX_BYTES).toBeLessThanOrEqual(CONFIG_MAP_DATA_LIMIT_BYTES - 64 * 1024);
    // The unsplit catalog's ConfigMap stays (other objects may refer to it) but carries no catalog key.
    expect(findObject(docs, 'ConfigMap', ROOT).data ?? {}).toEqual({});
    expect(platform.worker.catalogShardConfigMapNames()).toEqual(shards.map((cm) => cm.metadata.name));
  });

  test('every shard is a catalog the worker accepts; together they are the whole catalog, whose SHA-256 the pod template carries', () => {
    for (const { text } of shardFiles(docs)) expect(parseTriggerCatalog(text).problems).toEqual([]);
    const merged = mergeCatalogShards(shardFiles(docs));
    expect(merged.problems).toEqual([]);
    expect(merged.catalog!.triggers).toHaveLength(COUNT);
    const whole = serializeTriggerCatalog(merged.catalog!.triggers);
    expect(whole).toBe(platform.worker.catalogJson());
    const deployment = findObject(docs, 'Deployment', 'scheduler-worker');
    expect(deployment.spec.template.metadata.annotations['calvin-runtime.dev/catalog-checksum']).toBe(createHash('sha256').update(whole).digest('hex'));
  });

  test('one projected volume holds every shard, by name and key; the Deployment comes after all of them', () => {
    const pod = findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec;
    const catalog = pod.volumes.filter((v: any) => v.name === 'catalog');
    expect(catalog).toHaveLength(1);
    expect(catalog[0].projected.sources).toEqual(shards.map((cm) => {
      const key = Object.keys(cm.data)[0];
      return { configMap: { name: cm.metadata.name, items: [{ key, path: key }] } };
    }));
    const order = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    for (const cm of shards) expect(order.indexOf(`ConfigMap/${cm.metadata.name}`)).toBeLessThan(order.indexOf('Deployment/scheduler-worker'));
  });

  test('the big tenant is split across shards; every other workspace sits in exactly one', () => {
    const holders = (workspace: string) => shardFiles(docs).filter((f) => f.text.includes(`"workspace": "${workspace}"`));
    expect(holders('big-tenant').length).toBeGreaterThan(1);
    for (const w of [0, 1, 77, 398]) expect(holders(`tenant-${w}`)).toHaveLength(1);
  });

  test('are deterministic: the same triggers added in another order give the same ConfigMaps byte for byte', () => {
    const again = catalogConfigMaps(synthChart(build([...ALL].reverse())));
    expect(JSON.stringify(again)).toBe(JSON.stringify(catalogConfigMaps(docs)));
  });

  test('adding one trigger changes one shard ConfigMap (or splits that one); the others stay byte for byte', () => {
    const before = new Map(shards.map((cm) => [cm.metadata.name, JSON.stringify(cm)]));
    const after = catalogConfigMaps(synthChart(build([...ALL, COUNT]))).filter((cm) => cm.metadata.name !== ROOT);
    const changed = after.filter((cm) => before.get(cm.metadata.name) !== JSON.stringify(cm));
    expect(changed.length).toBeGreaterThanOrEqual(1);
    const parents = new Set(changed.map((cm) => [...before.keys()].find((name) => cm.metadata.name.startsWith(name)) ?? cm.metadata.name));
    expect(parents.size).toBe(1);
  });
});

describe('a catalog that grows past one ConfigMap between two synths of the same app', () => {
  test('moves from the single ConfigMap to shards at the next synth, with no stale or duplicate object', () => {
    const platform = build(ALL.slice(0, 100));
    const small = synthChart(platform);
    expect(catalogConfigMaps(small).map((cm) => cm.metadata.name)).toEqual([ROOT]);
    addTriggers(platform, ALL.slice(100, 3000));
    const big = synthChart(platform);
    expect(schemaProblems(big)).toEqual([]);
    const names = catalogConfigMaps(big).map((cm) => cm.metadata.name);
    expect(names.length).toBeGreaterThan(2);
    expect(new Set(names).size).toBe(names.length);
    expect(mergeCatalogShards(shardFiles(big)).catalog?.triggers).toHaveLength(3000);
    const sources = findObject(big, 'Deployment', 'scheduler-worker').spec.template.spec.volumes.find((v: any) => v.name === 'catalog').projected.sources;
    expect(sources.map((s: any) => s.configMap.name)).toEqual(names.filter((n) => n !== ROOT));
  });
});

describe('transform.catalogConfigMaps', () => {
  test('reaches every catalog ConfigMap, the unsplit one and each shard, and leaves the other objects alone', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', {
      domain: 'example.com',
      worker: { image: TEST_WORKER_IMAGE, transform: { catalogConfigMaps: (m) => { m.metadata.annotations = { ...m.metadata.annotations, 'argocd.argoproj.io/sync-wave': '-1' }; } } },
    });
    addTriggers(platform, ALL.slice(0, 3000));
    const docs = synthChart(platform);
    expect(schemaProblems(docs)).toEqual([]);
    const configMaps = catalogConfigMaps(docs);
    expect(configMaps.length).toBeGreaterThan(2);
    for (const cm of configMaps) expect([cm.metadata.name, cm.metadata.annotations?.['argocd.argoproj.io/sync-wave']]).toEqual([cm.metadata.name, '-1']);
    const others = docs.filter((d) => !configMaps.includes(d));
    expect(others.filter((d) => d.metadata.annotations?.['argocd.argoproj.io/sync-wave'])).toEqual([]);
    // The shards' data is untouched: still the whole catalog.
    expect(mergeCatalogShards(shardFiles(docs)).catalog?.triggers).toHaveLength(3000);
  });
});
