import { parseTriggerCatalog } from '../../contracts/catalog-check';
import {
  CATALOG_SHARD_FILE_PATTERN, CATALOG_SHARD_MAX_BYTES, catalogShardFile, catalogShardKey, CONFIG_MAP_DATA_LIMIT_BYTES, mergeCatalogShards,
  shardTriggerCatalog,
} from '../../contracts/catalog-shards';
import { CatalogTrigger, serializeTriggerCatalog } from '../../contracts/trigger-catalog';

function entry(workspace: string, name: string, body = `{"job":"${name}"}`): CatalogTrigger {
  return {
    id: `${workspace}/${name}`, workspace, name, schedule: '*/5 * * * *', timezone: 'UTC', url: `https://hooks.example.org/${workspace}/${name}`,
    method: 'POST', headers: { 'content-type': 'application/json' }, secretHeaders: {}, body, timeoutMs: 30_000,
    retry: { attempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000, jitter: true }, startingDeadlineMs: 300_000, concurrency: 'allow', enabled: true,
  };
}

/** 600 triggers in 30 workspaces, one of which (big) has 300 of them. */
const TRIGGERS = Array.from({ length: 600 }, (_, i) => (i < 300 ? entry('big', `t-${i}`) : entry(`ws-${i % 29}`, `t-${i}`)));
const MAX = 40_000;

describe('shardTriggerCatalog', () => {
  const { shards, oversized, catalogText } = shardTriggerCatalog(TRIGGERS, MAX);

  test('every shard is within the limit, its byte count is its file name plus its text, and its text is the catalog of its triggers', () => {
    expect(shards.length).toBeGreaterThan(4);
    expect(oversized).toEqual([]);
    for (const shard of shards) {
      expect(shard.bytes).toBe(shard.file.length + Buffer.byteLength(shard.text));
      expect(shard.bytes).toBeLessThanOrEqual(MAX);
      const check = parseTriggerCatalog(shard.text);
      expect(check.problems).toEqual([]);
      expect(shard.text).toBe(serializeTriggerCatalog(check.catalog!.triggers));
      expect(shard.triggers).toBe(check.catalog!.triggers.length);
      expect(shard.file).toBe(catalogShardFile(shard.prefix));
      expect(shard.file).toMatch(CATALOG_SHARD_FILE_PATTERN);
    }
  });

  test('each trigger is in exactly one shard, the one whose prefix its key starts with; no prefix is a prefix of another', () => {
    const placed = shards.flatMap((shard) => parseTriggerCatalog(shard.text).catalog!.triggers.map((t) => ({ t, shard })));
    expect(placed.map((p) => p.t.id).sort()).toEqual(TRIGGERS.map((t) => t.id).sort());
    for (const { t, shard } of placed) expect(catalogShardKey(t).startsWith(shard.prefix)).toBe(true);
    for (const a of shards) for (const b of shards) if (a !== b) expect(b.prefix.startsWith(a.prefix)).toBe(false);
  });

  test('a small workspace stays in one shard; only the one too big for a shard is split by id', () => {
    const shardsOf = (workspace: string) => shards.filter((s) => s.text.includes(`"workspace": "${workspace}"`));
    for (let w = 0; w < 29; w++) expect(shardsOf(`ws-${w}`)).toHaveLength(1);
    expect(shardsOf('big').length).toBeGreaterThan(1);
    // Past the workspace's 16 hex digits: the split is by the ids' hash.
    for (const shard of shardsOf('big')) expect(shard.prefix.length).toBeGreaterThan(16);
  });

  test('the result depends on the set of triggers only, and the whole text is serializeTriggerCatalog\'s', () => {
    const again = shardTriggerCatalog([...TRIGGERS].reverse(), MAX);
    expect(again.shards).toEqual(shards);
    expect(catalogText).toBe(serializeTriggerCatalog(TRIGGERS));
  });

  test('adding a trigger changes one shard (or splits that one), never another', () => {
    const before = new Map(shards.map((s) => [s.prefix, s.text]));
    for (const extra of [entry('ws-3', 'new-one'), entry('big', 'new-two'), entry('brand-new', 'x')]) {
      const after = shardTriggerCatalog([...TRIGGERS, extra], MAX).shards;
      const changed = after.filter((s) => before.get(s.prefix) !== s.text);
      const home = after.find((s) => catalogShardKey(extra).startsWith(s.prefix))!;
      // What changed is the new trigger's shard, or the children one shard split into.
      const parents = new Set(changed.map((s) => [...before.keys()].find((p) => s.prefix.startsWith(p)) ?? s.prefix));
      expect(changed).toContain(home);
      expect(parents.size).toBe(1);
      expect(after.filter((s) => !changed.includes(s)).length).toBeGreaterThanOrEqual(shards.length - 1);
    }
  });

  test('an empty catalog is one empty shard, triggers.json', () => {
    const empty = shardTriggerCatalog([]);
    expect(empty.shards).toEqual([expect.objectContaining({ prefix: '', file: 'triggers.json', triggers: 0, text: serializeTriggerCatalog([]) })]);
  });

  test('a catalog that fits in one shard stays triggers.json, the name the single ConfigMap key always had', () => {
    expect(shardTriggerCatalog(TRIGGERS).shards.map((s) => s.file)).toEqual(['triggers.json']);
    expect(CATALOG_SHARD_MAX_BYTES).toBeLessThan(CONFIG_MAP_DATA_LIMIT_BYTES);
  });

  test('an entry that alone exceeds the limit is reported with its size', () => {
    const huge = entry('w', 'huge', 'x'.repeat(MAX));
    const result = shardTriggerCatalog([...TRIGGERS.slice(0, 10), huge], MAX);
    expect(result.oversized).toEqual([{ id: 'w/huge', bytes: expect.any(Number) }]);
    expect(result.oversized[0].bytes).toBeGreaterThan(MAX);
  });
});

describe('CATALOG_SHARD_FILE_PATTERN', () => {
  test.each(['triggers.json', 'triggers-0.json', 'triggers-3fa9.json'])('matches %s', (name) => expect(name).toMatch(CATALOG_SHARD_FILE_PATTERN));
  test.each(['..data', '..2026_01_01', 'triggers.json.tmp', 'triggers-XY.json', 'other.json', 'triggers-.json'])('does not match %s', (name) => {
    expect(name).not.toMatch(CATALOG_SHARD_FILE_PATTERN);
  });
});

describe('mergeCatalogShards', () => {
  const files = shardTriggerCatalog(TRIGGERS, MAX).shards.map((s) => ({ file: s.file, text: s.text }));

  test('gives back the catalog, sorted by id, whatever the order of the files', () => {
    const merged = mergeCatalogShards([...files].reverse());
    expect(merged.problems).toEqual([]);
    expect(serializeTriggerCatalog(merged.catalog!.triggers)).toBe(serializeTriggerCatalog(TRIGGERS));
  });

  test('an id in two shards is refused, naming both files', () => {
    const copy = { file: 'triggers-ffff.json', text: serializeTriggerCatalog([TRIGGERS[0]]) };
    const owner = files.find((f) => f.text.includes(`"id": "${TRIGGERS[0].id}"`))!.file;
    expect(mergeCatalogShards([...files, copy]).problems).toEqual([`triggers-ffff.json: /triggers/0/id: "big/t-0" is also in ${owner} (shards from different synths?)`]);
  });

  test('every problem of every bad shard is listed with its file name; other shards do not hide them', () => {
    const bad = (text: string) => text.replace('"schedule": "*/5 * * * *"', '"schedule": "nope"');
    const broken = files.map((f, i) => (i === 1 || i === 3 ? { ...f, text: bad(f.text) } : f));
    const problems = mergeCatalogShards(broken).problems;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${files[1].file.replace('.', '\\.')}: /triggers/0/schedule: "nope"`)),
      expect.stringMatching(new RegExp(`^${files[3].file.replace('.', '\\.')}: /triggers/0/schedule: "nope"`)),
    ]);
  });

  test('shards of different versions are refused', () => {
    const other = { file: 'triggers-ffff.json', text: JSON.stringify({ apiVersion: 'calvin-runtime.dev/v2', kind: 'TriggerCatalog', triggers: [] }) };
    const problems = mergeCatalogShards([...files.slice(0, 1), other]).problems;
    expect(problems).toContain(`shards disagree on apiVersion and kind: ${files[0].file} has calvin-runtime.dev/v1 TriggerCatalog, triggers-ffff.json has calvin-runtime.dev/v2 TriggerCatalog`);
    expect(problems).toContainEqual(expect.stringMatching(/^triggers-ffff\.json: \/apiVersion: /));
  });

  test('a shard that is not JSON, and a directory without shards, are problems', () => {
    expect(mergeCatalogShards([...files, { file: 'triggers-0.json', text: '{' }]).problems).toEqual([expect.stringMatching(/^triggers-0\.json: \(root\): not valid JSON/)]);
    expect(mergeCatalogShards([]).problems).toEqual([expect.stringMatching(/^\(directory\): no catalog file/)]);
  });
});
