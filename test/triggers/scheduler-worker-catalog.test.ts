import { Testing } from 'cdk8s';
import { PlatformStack, Trigger } from '../../constructs';
import { errorOf, synthChart, TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';
import { usage } from './scheduler-worker-fixtures';

describe('the catalog is checked at synth', () => {
  test('a transform that breaks an entry fails synth with the worker validator\'s problems, naming the trigger', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker: { image: TEST_WORKER_IMAGE } });
    new Trigger(platform, 'a', { workspace: 'w', schedule: '@daily', url: 'https://example.org', transform: (e) => ({ ...e, method: 'get' as any, timeoutMs: 0 }) });
    expect(platform.worker.catalogProblems()).toEqual([
      'trigger catalog entry "w/a" /triggers/0/method: must be one of "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE" (check the trigger\'s transform)',
      'trigger catalog entry "w/a" /triggers/0/timeoutMs: must be >= 1 (check the trigger\'s transform)',
    ]);
    const message = errorOf(() => synthChart(platform));
    expect(message).toContain('[calvin/SchedulerWorker] trigger catalog entry "w/a" /triggers/0/method: must be one of "GET"');
    expect(errorOf(() => platform.worker.catalogJson())).toMatch(/^2 problems:\n {2}calvin\/SchedulerWorker: trigger catalog entry "w\/a"/);
  });

  test('a catalog over the 1 MiB ConfigMap limit is split into shards (test/triggers/catalog-shards.test.ts has the rest)', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker: { image: TEST_WORKER_IMAGE } });
    for (let i = 0; i < 5; i++) {
      new Trigger(platform, `t${i}`, { workspace: 'w', schedule: '@daily', url: 'https://example.org', body: 'x'.repeat(250_000) });
    }
    const configMaps = synthChart(platform).filter((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('scheduler-worker-triggers-'));
    expect(configMaps.length).toBeGreaterThan(1);
    expect(platform.worker.catalogShardConfigMapNames()).toEqual(configMaps.map((d) => d.metadata.name));
  });

  test('a trigger too big for any shard fails synth naming its path, the field, the value and the limit', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker: { image: TEST_WORKER_IMAGE } });
    // Each header is within its own limit (8 KiB); 120 of them are not within a shard's.
    const headers = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`X-Big-${i}`, 'y'.repeat(8000)]));
    new Trigger(platform, 'huge', { workspace: 'w', schedule: '@daily', url: 'https://example.org', headers });
    new Trigger(platform, 'small', { workspace: 'w', schedule: '@daily', url: 'https://example.org' });
    const message = errorOf(() => synthChart(platform));
    expect(message).toMatch(
      /^Validation failed with the following errors:\n {2}\[calvin\/SchedulerWorker\] calvin\/huge: headers \{"X-Big-0":"y{40,}… \(\d{6} bytes as JSON\) makes the trigger's catalog entry \d{6} bytes; one catalog shard \(a ConfigMap, 1 MiB less a margin\) holds at most 946176 \(shorten the headers\)$/,
    );
  });

  test('a valid catalog has no problems', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE } });
    usage(platform);
    expect(platform.worker.catalogProblems()).toEqual([]);
  });
});
