import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { CatalogSource } from '../../worker/catalog-source';
import { SCHEDULE_LEAD_MS } from '../../worker/schedulers';
import { ArmableWorker, armOneShot, catalogTrigger, oneShotSchedule, removeDir, tempDir, writeCatalog } from './harness';

/**
 * The test helper that picks one-shot ticks: a worker too slow for a tick's lead gets a later
 * tick, not a tick that fires a minute late. A real CatalogSource watches the file; the worker's
 * reconcile is a promise that takes as long as each test says.
 */

let dir: string;
let source: CatalogSource;
beforeEach(async () => {
  dir = tempDir('calvin-arm-');
  writeCatalog(join(dir, 'triggers.json'), []);
  source = new CatalogSource({ file: join(dir, 'triggers.json') });
  await source.start();
});
afterEach(() => {
  source.stop();
  removeDir(dir);
});

/** A worker whose reconcile of each change takes the next of `reconcileMs` (the last one after that). */
function slowWorker(reconcileMs: number[]): ArmableWorker & { reconciles: number } {
  const worker = {
    catalogSource: source,
    reconciles: 0,
    settled: async () => {
      await delay(reconcileMs[Math.min(worker.reconciles++, reconcileMs.length - 1)]);
    },
  };
  return worker;
}

test('a worker in time for the first tick gets it', async () => {
  const worker = slowWorker([0]);
  const earliest = oneShotSchedule(2500).at;
  const at = await armOneShot([worker], join(dir, 'triggers.json'), (schedule) => [catalogTrigger({ url: 'http://127.0.0.1:9/x', schedule })]);
  // One tick chosen: the same second, or the next if the clock crossed one in between.
  expect(worker.reconciles).toBe(1);
  expect([earliest, earliest + 1000]).toContain(at);
  expect(Date.now()).toBeLessThan(at - SCHEDULE_LEAD_MS);
});

test('a worker too slow for the first tick gets a later one, and the catalog holds that tick', async () => {
  // 2.6 s: past the first tick's lead whatever the millisecond (the tick is 2.5–3.5 s away).
  const worker = slowWorker([2600, 0]);
  const first = oneShotSchedule(2500).at;
  const at = await armOneShot([worker], join(dir, 'triggers.json'), (schedule, tick) => [catalogTrigger({ url: `http://127.0.0.1:9/${tick}`, schedule })]);
  expect(worker.reconciles).toBe(2);
  expect(at).toBeGreaterThan(first);
  expect(Date.now()).toBeLessThan(at - SCHEDULE_LEAD_MS);
  expect(source.catalog?.triggers.map((t) => [t.url, t.schedule])).toEqual([[`http://127.0.0.1:9/${at}`, `${new Date(at).getUTCSeconds()} * * * * *`]]);
});

test('a worker too slow for every tick: an error after 3 ticks, saying so', async () => {
  const worker = slowWorker([2600]);
  await expect(armOneShot([worker], join(dir, 'triggers.json'), (schedule) => [catalogTrigger({ url: 'http://127.0.0.1:9/x', schedule })]))
    .rejects.toThrow(`no one-shot tick had its schedulers in place ${SCHEDULE_LEAD_MS} ms before it (3 ticks, each 2500 ms ahead)`);
  expect(worker.reconciles).toBe(3);
}, 20_000);
