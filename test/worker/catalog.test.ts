import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { CatalogError } from '../../worker/catalog-source';
import { TriggerWorker } from '../../worker/trigger-worker';
import {
  capturingLogger, catalogTrigger, RedisServer, S3Server, TargetServer, useRealParts, within, workerConfig, writeCatalog,
} from './harness';
import { KubeletVolume } from './kubelet-volume';

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
let connection: Redis;
const { track } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));
beforeAll(() => {
  connection = new Redis(redis.url, { maxRetriesPerRequest: null });
});
afterAll(() => connection?.disconnect());

async function schedulerIds(queueName: string): Promise<string[]> {
  const queue = new Queue(queueName, { connection });
  const ids = (await queue.getJobSchedulers(0, -1, true)).map((s) => s.key).sort();
  return ids;
}

test('a catalog change adds, updates and removes schedulers within a second of the file changing', async () => {
  const file = join(dir, 'triggers.json');
  const a = catalogTrigger({ name: 'a', url: `${target.url}/a`, schedule: '0 0 * * *' });
  const b = catalogTrigger({ name: 'b', url: `${target.url}/b`, schedule: '0 0 * * *' });
  const c = catalogTrigger({ name: 'c', url: `${target.url}/c`, schedule: '0 0 * * *' });
  writeCatalog(file, [a, b]);
  const config = workerConfig({ redis, s3, dir });
  const worker = track(new TriggerWorker({ config }));
  await worker.start();
  expect(await schedulerIds(config.queueName)).toEqual(['ws/a', 'ws/b']);

  // b goes, c arrives, a changes its schedule.
  const changed = once(worker.catalogSource, 'change');
  const written = Date.now();
  writeCatalog(file, [{ ...a, schedule: '0 12 * * *' }, c]);
  await within(1000, changed, 'the catalog change to be seen');
  await within(1000 - (Date.now() - written), worker.settled(), 'schedulers to be reconciled');
  expect(Date.now() - written).toBeLessThan(1000);
  expect(await schedulerIds(config.queueName)).toEqual(['ws/a', 'ws/c']);
  const queue = new Queue(config.queueName, { connection });
  expect((await queue.getJobScheduler('ws/a'))?.pattern).toBe('0 12 * * *');
  // b's pending tick went with its scheduler.
  const delayed = await queue.getDelayed();
  expect(delayed.map((job) => job.repeatJobKey).sort()).toEqual(['ws/a', 'ws/c']);

  // Disabling a trigger removes its scheduler too.
  const disabled = once(worker.catalogSource, 'change');
  writeCatalog(file, [{ ...a, schedule: '0 12 * * *' }, { ...c, enabled: false }]);
  await within(2000, disabled, 'the second change');
  await worker.settled();
  expect(await schedulerIds(config.queueName)).toEqual(['ws/a']);
});

test('a malformed new catalog is refused with its problems logged; the last good one keeps firing', async () => {
  const file = join(dir, 'triggers.json');
  writeCatalog(file, [catalogTrigger({ url: `${target.url}/keep` })]);
  const { logger, lines } = capturingLogger();
  const config = workerConfig({ redis, s3, dir });
  const worker = track(new TriggerWorker({ config, logger }));
  await worker.start();
  await target.waitForRequests(1, 5000);

  const refused = once(worker.catalogSource, 'invalid');
  writeFileSync(file, '{"apiVersion": "calvin-runtime.dev/v1", "kind": "TriggerCatalog", "triggers": [{"id": "ws/x"');
  const [error] = (await within(2000, refused, 'the bad catalog to be refused')) as [CatalogError];
  expect(error.problems[0]).toMatch(/not valid JSON/);

  // A syntactically fine catalog with semantic problems: every problem is reported.
  const refusedAgain = once(worker.catalogSource, 'invalid');
  writeCatalog(file, [catalogTrigger({ url: 'ftp://example.com', schedule: '61 * * * *', timezone: 'Mars/Olympus' })]);
  const [second] = (await within(2000, refusedAgain, 'the second bad catalog to be refused')) as [CatalogError];
  expect(second.problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^\/triggers\/0\/schedule: "61 \* \* \* \*"/),
    expect.stringMatching(/^\/triggers\/0\/timezone: "Mars\/Olympus" is not an IANA time zone/),
    expect.stringMatching(/^\/triggers\/0\/url: "ftp:\/\/example.com"/),
  ]));
  expect(lines.some((line) => line.includes('new trigger catalog refused') && line.includes('Mars/Olympus'))).toBe(true);

  // Still firing on the last good catalog.
  const before = target.requests.length;
  await target.waitForRequests(before + 2, 5000);
  expect(target.requests.every((r) => r.url === '/keep')).toBe(true);
  expect(await schedulerIds(config.queueName)).toEqual(['ws/tick']);
  expect(worker.catalogSource.catalog?.triggers[0].url).toBe(`${target.url}/keep`);
});

test('the worker refuses to start on a bad catalog, listing every problem', async () => {
  writeCatalog(join(dir, 'triggers.json'), [
    catalogTrigger({ name: 'one', url: 'not a url' }),
    catalogTrigger({ name: 'two', url: `${target.url}/x`, method: 'GET', body: 'x', headers: { 'webhook-id': 'spoof' } }),
  ]);
  const worker = track(new TriggerWorker({ config: workerConfig({ redis, s3, dir }) }));
  const error = await worker.start().then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CatalogError);
  expect((error as CatalogError).problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^\/triggers\/0\/url: "not a url" is not an absolute http/),
    '/triggers/1/body: a GET request has no body',
    expect.stringMatching(/^\/triggers\/1\/headers: "webhook-id" is reserved/),
  ]));
  expect((error as CatalogError).problems).toHaveLength(3);
});

test('a worker on a shard directory (the projected volume) reconciles every shard\'s triggers, reloads on a ..data swap and keeps the last good catalog on a bad shard', async () => {
  const volume = new KubeletVolume(join(dir, 'catalog'));
  const triggers = Array.from({ length: 300 }, (_, i) => catalogTrigger({
    workspace: `tenant-${i % 13}`, name: `t-${i}`, url: `${target.url}/t-${i}`, schedule: '0 0 * * *',
  }));
  // Small shards, so that 300 triggers make many files, as a big catalog does with the real limit.
  const files = volume.writeCatalog(triggers, 20_000);
  expect(Object.keys(files).length).toBeGreaterThan(5);
  const { logger, lines } = capturingLogger();
  const config = workerConfig({ redis, s3, dir, env: { TRIGGERS_FILE: volume.dir } });
  const worker = track(new TriggerWorker({ config, logger }));
  await worker.start();
  expect(await schedulerIds(config.queueName)).toEqual(triggers.map((t) => t.id).sort());

  // One trigger goes, one arrives, one changes its schedule: a few shards change in one swap.
  const next = [...triggers.slice(1), catalogTrigger({ workspace: 'tenant-new', name: 'n', url: `${target.url}/n`, schedule: '0 0 * * *' })];
  next[5] = { ...next[5], schedule: '0 12 * * *' };
  const changed = once(worker.catalogSource, 'change');
  volume.writeCatalog(next, 20_000);
  await within(2000, changed, 'the shard swap to be seen');
  await within(5000, worker.settled(), 'schedulers to be reconciled');
  expect(await schedulerIds(config.queueName)).toEqual(next.map((t) => t.id).sort());
  const queue = new Queue(config.queueName, { connection });
  expect((await queue.getJobScheduler(next[5].id))?.pattern).toBe('0 12 * * *');

  // A bad shard: refused with its file name, nothing reconciled away.
  const good = worker.catalogSource.catalog;
  const nextFiles = volume.writeCatalog(next, 20_000);
  const [badFile] = Object.keys(nextFiles).sort();
  const refused = once(worker.catalogSource, 'invalid');
  volume.write({ ...nextFiles, [badFile]: nextFiles[badFile].replace(/"url": "[^"]+"/, '"url": "ftp://example.com"') });
  const [error] = (await within(2000, refused, 'the bad shard to be refused')) as [CatalogError];
  expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${badFile.replace('.', '\\.')}: /triggers/0/url: "ftp://example.com"`))]);
  await worker.settled();
  expect(worker.catalogSource.catalog).toBe(good);
  expect(await schedulerIds(config.queueName)).toEqual(next.map((t) => t.id).sort());
  expect(lines.some((line) => line.includes('new trigger catalog refused') && line.includes(badFile))).toBe(true);
});
