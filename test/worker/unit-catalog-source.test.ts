import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardTriggerCatalog } from '../../contracts/catalog-shards';
import {
  CatalogTrigger, serializeTriggerCatalog, TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND, TriggerCatalog,
} from '../../contracts/trigger-catalog';
import { CatalogError, CatalogSource } from '../../worker/catalog-source';
import { catalogTrigger, removeDir, tempDir, within, writeCatalog } from './harness';
import { KubeletVolume } from './kubelet-volume';

/**
 * The catalog file on a real file system, watched with fs.watch. The fallback poll is set to a
 * minute so that what is tested is the watch (and the ConfigMap symlink swap), not the poll.
 */

let dir: string;
let source: CatalogSource | undefined;

beforeEach(() => {
  dir = tempDir('calvin-catalog-');
});
afterEach(() => {
  source?.stop();
  source = undefined;
  removeDir(dir);
});

const trigger = (name: string, overrides: Partial<CatalogTrigger> = {}): CatalogTrigger => catalogTrigger({ name, url: `http://127.0.0.1:1/${name}`, schedule: '0 0 * * *', ...overrides });

function open(file: string): CatalogSource {
  source = new CatalogSource({ file, pollIntervalMs: 60_000, debounceMs: 20 });
  return source;
}

/** Writes any JSON (valid or not) atomically: write a temp file, rename it over the catalog. */
function writeJson(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  renameSync(`${file}.tmp`, file);
}

/** Every `change` / `invalid` event in order. */
class EventLog {
  public readonly events: Array<{ type: 'change' | 'invalid'; catalog?: TriggerCatalog; checksum?: string; error?: CatalogError }> = [];
  private readonly emitter = new EventEmitter();

  public constructor(s: CatalogSource) {
    s.on('change', (catalog: TriggerCatalog, checksum: string) => this.push({ type: 'change', catalog, checksum }));
    s.on('invalid', (error: CatalogError) => this.push({ type: 'invalid', error }));
  }

  /** Resolves once there are `count` events in all. */
  public waitFor(count: number, ms = 5000): Promise<EventLog['events']> {
    if (this.events.length >= count) return Promise.resolve(this.events);
    return within(ms, new Promise((resolve) => {
      const listener = (): void => {
        if (this.events.length >= count) {
          this.emitter.off('event', listener);
          resolve(this.events);
        }
      };
      this.emitter.on('event', listener);
    }), `${count} catalog events (got ${this.events.length})`);
  }

  private push(event: EventLog['events'][number]): void {
    this.events.push(event);
    this.emitter.emit('event');
  }
}

async function startError(s: CatalogSource): Promise<CatalogError> {
  try {
    await s.start();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return error as CatalogError;
  }
  throw new Error('start() accepted a bad catalog');
}

const ids = (catalog: TriggerCatalog | undefined): string[] => (catalog?.triggers ?? []).map((t) => t.id);

describe('start()', () => {
  test('loads a valid file', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, [trigger('b'), trigger('a')]);
    const s = open(file);
    const catalog = await s.start();
    expect(catalog.apiVersion).toBe(TRIGGER_CATALOG_API_VERSION);
    expect(ids(catalog)).toEqual(['ws/a', 'ws/b']);
    expect(s.catalog).toBe(catalog);
    expect(s.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a missing file is a CatalogError naming the file', async () => {
    const file = join(dir, 'absent.json');
    const error = await startError(open(file));
    expect(error.file).toBe(file);
    expect(error.problems).toEqual([expect.stringMatching(/cannot read the file: ENOENT/)]);
    expect(error.message).toContain(file);
  });

  test('a file that is not JSON is one problem', async () => {
    const file = join(dir, 'triggers.json');
    writeJson(file, '{"apiVersion": ');
    const error = await startError(open(file));
    expect(error.problems).toEqual([expect.stringMatching(/^\(root\): not valid JSON/)]);
  });

  test('two bad triggers: every problem of both is listed', async () => {
    const file = join(dir, 'triggers.json');
    writeJson(file, {
      apiVersion: TRIGGER_CATALOG_API_VERSION,
      kind: TRIGGER_CATALOG_KIND,
      triggers: [
        trigger('a', { schedule: 'every day at noon', timezone: 'Mars/Olympus_Mons' }),
        trigger('b', { method: 'GET', body: 'x', headers: { 'calvin-injected': '1' }, retry: { attempts: 3, baseDelayMs: 5000, maxDelayMs: 100, jitter: false } }),
      ],
    });
    const error = await startError(open(file));
    expect(error.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/triggers\/0\/schedule: "every day at noon"/),
      expect.stringMatching(/^\/triggers\/0\/timezone: "Mars\/Olympus_Mons"/),
      expect.stringMatching(/^\/triggers\/1\/body: a GET request has no body/),
      expect.stringMatching(/^\/triggers\/1\/headers: "calvin-injected" is reserved/),
      expect.stringMatching(/^\/triggers\/1\/retry\/maxDelayMs: 100 is less than baseDelayMs \(5000\)/),
    ]));
    expect(error.problems.length).toBeGreaterThanOrEqual(5);
    expect(error.message).toMatch(new RegExp(`\\(${error.problems.length} problems\\)`));
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  test('schema problems in two triggers are all listed, each with its path', async () => {
    const file = join(dir, 'triggers.json');
    const { url: _url, ...noUrl } = trigger('a');
    writeJson(file, { apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: [noUrl, { ...trigger('b'), method: 'FETCH' }] });
    const error = await startError(open(file));
    expect(error.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/triggers\/0: .*url/),
      expect.stringMatching(/^\/triggers\/1\/method: must be one of/),
    ]));
  });
});

describe('watching', () => {
  test('a valid change emits change with the new catalog', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, [trigger('a')]);
    const s = open(file);
    await s.start();
    const log = new EventLog(s);
    const before = s.checksum;
    writeCatalog(file, [trigger('a'), trigger('c')]);
    const [event] = await log.waitFor(1);
    expect(event.type).toBe('change');
    expect(ids(event.catalog)).toEqual(['ws/a', 'ws/c']);
    expect(event.checksum).not.toBe(before);
    expect(s.checksum).toBe(event.checksum);
    expect(ids(s.catalog)).toEqual(['ws/a', 'ws/c']);
  });

  test('an invalid change emits invalid and the last good catalog stays current; a fix is picked up', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, [trigger('a')]);
    const s = open(file);
    const good = await s.start();
    const goodChecksum = s.checksum;
    const log = new EventLog(s);

    writeJson(file, { apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: [trigger('a', { schedule: 'nope' })] });
    const [invalid] = await log.waitFor(1);
    expect(invalid.type).toBe('invalid');
    expect(invalid.error).toBeInstanceOf(CatalogError);
    expect(invalid.error!.problems).toEqual([expect.stringMatching(/^\/triggers\/0\/schedule: "nope"/)]);
    expect(s.catalog).toBe(good);
    expect(s.checksum).toBe(goodChecksum);

    writeCatalog(file, [trigger('b')]);
    const events = await log.waitFor(2);
    expect(events[1].type).toBe('change');
    expect(ids(s.catalog)).toEqual(['ws/b']);
  });

  test('writing identical bytes emits nothing: the next event is the next real change', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, [trigger('a')]);
    const s = open(file);
    await s.start();
    const log = new EventLog(s);
    writeCatalog(file, [trigger('a')]); // the same bytes, a new inode
    await s.reload(); // resolves after any event it emits
    writeCatalog(file, [trigger('a'), trigger('z')]);
    await log.waitFor(1);
    expect(log.events.map((e) => e.type)).toEqual(['change']);
    expect(ids(log.events[0].catalog)).toEqual(['ws/a', 'ws/z']);
  });

  test('the same invalid bytes again do not repeat the invalid event', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, [trigger('a')]);
    const s = open(file);
    await s.start();
    const log = new EventLog(s);
    writeJson(file, '{ not json');
    await log.waitFor(1);
    writeJson(file, '{ not json');
    await s.reload();
    writeCatalog(file, [trigger('q')]);
    await log.waitFor(2);
    expect(log.events.map((e) => e.type)).toEqual(['invalid', 'change']);
    expect(ids(s.catalog)).toEqual(['ws/q']);
  });

  test('a deleted file is invalid once, keeps the last good catalog, and its return is picked up', async () => {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, [trigger('a')]);
    const s = open(file);
    const good = await s.start();
    const log = new EventLog(s);
    rmSync(file);
    const [gone] = await log.waitFor(1);
    expect(gone.type).toBe('invalid');
    expect(gone.error!.problems).toEqual([expect.stringMatching(/ENOENT/)]);
    expect(s.catalog).toBe(good);
    await s.reload();
    writeCatalog(file, [trigger('back')]);
    await log.waitFor(2);
    expect(log.events.map((e) => e.type)).toEqual(['invalid', 'change']);
    expect(ids(s.catalog)).toEqual(['ws/back']);
  });

  test('a Kubernetes ConfigMap update (..data symlink swap) is picked up', async () => {
    // The layout kubelet makes: <dir>/..<timestamp>/triggers.json, <dir>/..data -> ..<timestamp>,
    // <dir>/triggers.json -> ..data/triggers.json.
    const mount = join(dir, 'catalog');
    mkdirSync(mount);
    const version = (name: string, triggers: CatalogTrigger[]): string => {
      mkdirSync(join(mount, name));
      writeCatalog(join(mount, name, 'triggers.json'), triggers);
      return name;
    };
    symlinkSync(version('..2025_06_01_12_00_00.000000001', [trigger('a')]), join(mount, '..data'));
    symlinkSync(join('..data', 'triggers.json'), join(mount, 'triggers.json'));

    const s = open(join(mount, 'triggers.json'));
    expect(ids(await s.start())).toEqual(['ws/a']);
    const log = new EventLog(s);

    // kubelet's update: a new timestamped dir, a new symlink renamed atomically over ..data.
    const next = version('..2025_06_01_12_05_00.000000002', [trigger('a'), trigger('new')]);
    symlinkSync(next, join(mount, '..data_tmp'));
    renameSync(join(mount, '..data_tmp'), join(mount, '..data'));
    rmSync(join(mount, '..2025_06_01_12_00_00.000000001'), { recursive: true });

    const [event] = await log.waitFor(1);
    expect(event.type).toBe('change');
    expect(ids(event.catalog)).toEqual(['ws/a', 'ws/new']);
    expect(ids(s.catalog)).toEqual(['ws/a', 'ws/new']);
  });
});

describe('a shard directory (the Deployment\'s projected volume)', () => {
  const many = Array.from({ length: 60 }, (_, i) => trigger(`t${String(i).padStart(2, '0')}`, { workspace: `ws${i % 7}`, id: `ws${i % 7}/t${String(i).padStart(2, '0')}` }));
  /** Small shards, so that 60 triggers make several files. */
  const SHARD_BYTES = 8000;

  /** The 60 triggers written as the kubelet writes them, a source started on them, its events logged from then on. */
  async function startedOnShards() {
    const volume = new KubeletVolume(join(dir, 'catalog'));
    const files = volume.writeCatalog(many, SHARD_BYTES);
    const source = open(volume.dir);
    const catalog = await source.start();
    return { volume, files, source, catalog, log: new EventLog(source) };
  }

  test('loads every shard as one catalog, with the checksum of the whole (the Deployment annotation\'s)', async () => {
    const volume = new KubeletVolume(join(dir, 'catalog'));
    const files = volume.writeCatalog(many, SHARD_BYTES);
    expect(Object.keys(files).length).toBeGreaterThan(3);
    const s = open(volume.dir);
    const catalog = await s.start();
    expect(ids(catalog)).toEqual(many.map((t) => t.id).sort());
    expect(s.checksum).toBe(createHash('sha256').update(serializeTriggerCatalog(many)).digest('hex'));
  });

  test('a ..data swap that changes one shard is picked up as one change', async () => {
    const { volume, log } = await startedOnShards();
    const changed = [...many.slice(1), trigger('added', { workspace: 'ws3', id: 'ws3/added' })];
    volume.writeCatalog(changed, SHARD_BYTES);
    const [event] = await log.waitFor(1);
    expect(event.type).toBe('change');
    expect(ids(event.catalog)).toEqual(changed.map((t) => t.id).sort());
    expect(event.checksum).toBe(createHash('sha256').update(serializeTriggerCatalog(changed)).digest('hex'));
  });

  test('a bad shard is refused naming its file; the last good catalog stays; the fix is picked up', async () => {
    const { volume, files, source: s, catalog: good, log } = await startedOnShards();
    const [badFile] = Object.keys(files).sort().slice(-1);
    volume.write({ ...files, [badFile]: files[badFile].replace('"schedule": "0 0 * * *"', '"schedule": "nope"') });
    const [invalid] = await log.waitFor(1);
    expect(invalid.type).toBe('invalid');
    expect(invalid.error!.file).toBe(volume.dir);
    expect(invalid.error!.problems).toEqual([expect.stringMatching(new RegExp(`^${badFile.replace('.', '\\.')}: /triggers/0/schedule: "nope"`))]);
    expect(s.catalog).toBe(good);

    volume.writeCatalog(many.slice(1), SHARD_BYTES);
    const events = await log.waitFor(2);
    expect(events[1].type).toBe('change');
    expect(ids(s.catalog)).toEqual(ids(good).slice(1));
  });

  test('a poll of an unchanged ..data version reads nothing (the kubelet writes every change to a new one)', async () => {
    const { volume, files, source: s, log } = await startedOnShards();
    // An edit inside the current version, which the kubelet never makes: not re-read.
    const [name] = Object.keys(files);
    writeFileSync(join(volume.dir, '..data', name), '{');
    await s.reload();
    expect(log.events).toEqual([]);
    volume.writeCatalog(many.slice(2), SHARD_BYTES);
    const [event] = await log.waitFor(1);
    expect(ids(event.catalog)).toHaveLength(58);
  });

  test('the same trigger in two shards (shards of two synths) is refused naming both files', async () => {
    const { volume, files, source: s, log } = await startedOnShards();
    volume.write({ ...files, 'triggers-ffff.json': serializeTriggerCatalog([many[0]]) });
    const [invalid] = await log.waitFor(1);
    expect(invalid.error!.problems).toEqual([expect.stringMatching(/^triggers-ffff\.json: \/triggers\/0\/id: "ws0\/t00" is also in triggers-[0-9a-f]+\.json/)]);
    expect(ids(s.catalog)).toHaveLength(60);
  });

  test('start() refuses a directory with a bad shard, listing the problems of every shard by file', async () => {
    const volume = new KubeletVolume(join(dir, 'catalog'));
    const files = Object.fromEntries(shardTriggerCatalog(many, SHARD_BYTES).shards.map((sh) => [sh.file, sh.text]));
    const names = Object.keys(files).sort();
    volume.write({ ...files, [names[0]]: '{', [names[1]]: files[names[1]].replace('"timezone": "UTC"', '"timezone": "Mars/Olympus"') });
    const error = await startError(open(volume.dir));
    expect(error.problems).toEqual([
      expect.stringMatching(new RegExp(`^${names[0].replace('.', '\\.')}: \\(root\\): not valid JSON`)),
      expect.stringMatching(new RegExp(`^${names[1].replace('.', '\\.')}: /triggers/0/timezone: "Mars/Olympus"`)),
    ]);
  });

  test('an empty directory refuses the start; a plain directory of shard files (no ..data) works and is watched', async () => {
    const plain = join(dir, 'plain');
    mkdirSync(plain);
    expect((await startError(open(plain))).problems).toEqual([expect.stringMatching(/^\(directory\): no catalog file/)]);
    source?.stop();
    writeJson(join(plain, 'triggers-0.json'), serializeTriggerCatalog([trigger('a')]));
    writeFileSync(join(plain, 'notes.txt'), 'not a shard: ignored');
    const s = open(plain);
    expect(ids(await s.start())).toEqual(['ws/a']);
    const log = new EventLog(s);
    writeJson(join(plain, 'triggers-1.json'), serializeTriggerCatalog([trigger('b', { workspace: 'other', id: 'other/b' })]));
    const [event] = await log.waitFor(1);
    expect(ids(event.catalog)).toEqual(['other/b', 'ws/a']);
  });
});
