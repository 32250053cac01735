import { constants, PerformanceObserver } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import { HoldGate } from '../../worker/hold-gate';
import { within } from './harness';

/** Real timers: the gate's promise is its event, and each test waits on it, never on a sleep. */

test('ticks on one nominal time wait on one group, are released in arrival order, never before it', async () => {
  const gate = new HoldGate({ collect: undefined });
  const nominal = Date.now() + 120;
  const released: Array<[number, number]> = [];
  const waits = Array.from({ length: 200 }, (_, i) => gate.until(nominal).then(() => {
    released.push([i, Date.now()]);
  }));
  expect(gate.pending).toBe(1);
  await Promise.all(waits);
  expect(released.map(([i]) => i)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  expect(Math.min(...released.map(([, at]) => at))).toBeGreaterThanOrEqual(nominal);
  expect(gate.pending).toBe(0);
});

test('a nominal time already past resolves at once, without a group', async () => {
  const gate = new HoldGate({ collect: undefined });
  await gate.until(Date.now() - 5);
  await gate.until(Date.now());
  expect(gate.pending).toBe(0);
});

test('different nominal times are released each at its own time', async () => {
  const gate = new HoldGate({ collect: undefined });
  const first = Date.now() + 60;
  const second = first + 80;
  const order: string[] = [];
  const done = Promise.all([
    gate.until(second).then(() => order.push(`second at ${Date.now() >= second}`)),
    gate.until(first).then(() => order.push(`first at ${Date.now() >= first}`)),
  ]);
  expect(gate.pending).toBe(2);
  await done;
  expect(order).toEqual(['first at true', 'second at true']);
});

test('a large group is preceded by one collection, ahead of its release; a small one by none', async () => {
  const collections: Array<{ at: number; waiting: number }> = [];
  let waiting = 0;
  const gate = new HoldGate({ collect: () => collections.push({ at: Date.now(), waiting }), collectBeforeMs: 100, collectFrom: 3 });
  const large = Date.now() + 250;
  const small = large + 200;
  const track = (p: Promise<void>): Promise<void> => {
    waiting++;
    return p.then(() => {
      waiting--;
    });
  };
  await Promise.all([
    ...Array.from({ length: 5 }, () => track(gate.until(large))),
    ...Array.from({ length: 2 }, () => track(gate.until(small))),
  ]);
  expect(collections).toHaveLength(1);
  // Every tick was still held when it ran, and it ran before the large group's time.
  expect(collections[0].waiting).toBe(7);
  expect(collections[0].at).toBeLessThan(large);
});

test('a collection too close to the release is skipped rather than delay the burst', async () => {
  let collections = 0;
  const gate = new HoldGate({ collect: () => collections++, collectBeforeMs: 10, collectFrom: 1 });
  await Promise.all(Array.from({ length: 3 }, () => gate.until(Date.now() + 100)));
  expect(collections).toBe(0);
});

test('the default collector is a young-generation collection of V8\'s', async () => {
  const gate = new HoldGate();
  const collect = (gate as unknown as { collect: (() => void) | undefined }).collect;
  expect(typeof collect).toBe('function');
  const minor = new Promise<number>((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => ((e as unknown as { detail?: { kind?: number } }).detail)?.kind === constants.NODE_PERFORMANCE_GC_MINOR);
      if (!entry) return;
      observer.disconnect();
      resolve(entry.duration);
    });
    observer.observe({ entryTypes: ['gc'] });
  });
  collect!();
  expect(await within(5000, minor, 'a minor GC entry')).toBeGreaterThanOrEqual(0);
});

test('exposing the collector leaves no `gc` behind for contexts made later (a test file\'s, a vm script\'s)', () => {
  expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  new HoldGate();
  expect(runInNewContext('typeof gc')).toBe('undefined');
});
