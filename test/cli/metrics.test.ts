import { ANSI, calvin } from './capture';
import { hourFolder, INJECTION, putRaw, RANGE, recordOf, s3Env, writeKnownMetrics, writeWithSink } from './metrics-fixture';
import { S3Server, startS3 } from '../worker/harness';

/**
 * `calvin metrics` against s3rver on 127.0.0.1, with records written by the worker's MetricsSink.
 * Expected values are worked out by hand from metrics-fixture.ts's SPECS (#n = its n-th record).
 */
let s3: S3Server;
let env: Record<string, string>;
const RANGE_ARGS = ['--from', RANGE.from, '--to', RANGE.to];

beforeAll(async () => {
  s3 = await startS3();
  env = s3Env(s3);
  const keys = await writeKnownMetrics(s3);
  // Batch #1–#10: hours 10, 11, 12; batch #11–#21: hours 12, 13, 10, 09, 14, 11.
  expect(keys).toHaveLength(9);
  // Outside the range's hours: reading either would print a warning and count as skipped.
  await putRaw(s3, `${hourFolder('metrics/', '09')}metrics-broken.json`, 'not json at all');
  await putRaw(s3, `${hourFolder('metrics/', '14')}metrics-broken.json`, '{"not": "an array"}');
});

afterAll(async () => {
  s3?.destroy();
  await s3?.stop();
});

/** A table row with its column padding collapsed, so rows compare as plain text. */
function row(stdout: string, first: string): string {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${first} `));
  return (line ?? `(no row for ${first})`).replace(/\s+/g, ' ').trim();
}

describe('calvin metrics: numbers', () => {
  test('the table: runs, ok, failed, retries, missed, success rate, nearest-rank p50/p95/max, last failure', async () => {
    const run = await calvin(['metrics', '--workspace', 'acme', ...RANGE_ARGS], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('calvin metrics for workspace acme\n');
    expect(run.stdout).toContain('range     2026-03-01 10:30:00Z → 2026-03-01 13:30:00Z (3h; records by timestamp, end excluded)\n');
    // Hours 10–13 hold 7 objects with 19 records (#1–#17, #20, #21); acme's inside the range are #1–#13, #15, #16: 15.
    expect(run.stdout).toContain('read      s3://calvin-metrics/metrics/ · 4 hour partitions · 7 objects · 19 records, 15 matched\n');
    expect(run.stdout).not.toContain('skipped');
    expect(row(run.stdout, 'TRIGGER')).toBe('TRIGGER RUNS OK FAILED RETRIES MISSED SUCCESS PER ATTEMPT P50 P95 MAX LAST FAILURE');
    // nightly-report #1–#8: runs = retry 0 (#1 #2 #4 #5 #7 #8), ok #1 #3 #4 #7 #8, failed #2 #5 #6, retries #3 #6.
    // By final outcome 5 of 6 runs succeeded (#2's run on its retry #3): 83.3%; per attempt 5/8 = 62.5%.
    // Durations 100 150 200 250 300 400 900 1000: p50 = 4th = 250, p95 = ceil(7.6) = 8th = 1000.
    expect(row(run.stdout, 'nightly-report')).toBe('nightly-report 6 5 3 2 0 83.3% 62.5% 250 ms 1.00 s 1.00 s 2026-03-01 11:40:10Z failure 502');
    // ping: two missed ticks, no attempt: none of its ticks succeeded.
    expect(row(run.stdout, 'ping')).toBe('ping 0 0 0 0 2 0.0% — — — — 2026-03-01 12:05:00Z missed');
    // sync #9–#13 (#14 is at `to`): durations 50 50 60 70 → p50 = 2nd = 50, p95 = 4th = 70.
    // 4 of its 5 ticks succeeded (one missed): 80.0%; every attempt succeeded.
    expect(row(run.stdout, 'sync')).toBe('sync 4 4 0 0 1 80.0% 100.0% 50 ms 70 ms 70 ms 2026-03-01 13:01:00Z missed');
    // All: 12 attempts 50 50 60 70 100 150 200 250 300 400 900 1000 → p50 = 6th = 150, p95 = 12th; 9/12 = 75% per attempt,
    // 9 of 13 ticks (10 runs, 3 missed) by final outcome = 69.2%.
    expect(row(run.stdout, '(all triggers)')).toBe('(all triggers) 10 9 3 2 3 69.2% 75.0% 150 ms 1.00 s 1.00 s 2026-03-01 13:01:00Z missed');
    const order = ['nightly-report', 'ping', 'sync', '(all triggers)'].map((name) => run.stdout.indexOf(`\n${name} `));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The last failures, with their full error text (and in a terminal's terms, the markup is just text).
    expect(run.stdout).toContain(`last failures\n  nightly-report  2026-03-01 11:40:10Z  failure  HTTP 502  retry 1\n    ${INJECTION}\n`);
    expect(run.stdout).toContain('  ping  2026-03-01 12:05:00Z  missed\n    queue stalled\n');
    expect(run.stdout).toContain('  sync  2026-03-01 13:01:00Z  missed\n    worker was down at the tick\n');
    expect(run.stdout).not.toMatch(ANSI);
  });

  test('--json: the summary, every trigger and the 5-minute series, exactly', async () => {
    const run = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--json'], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.workspace).toBe('acme');
    expect(result.trigger_filter).toBeNull();
    expect(result.range).toEqual({ from: '2026-03-01T10:30:00.000Z', to: '2026-03-01T13:30:00.000Z' });
    expect(result.source).toEqual({
      bucket: 'calvin-metrics', prefix: 'metrics/', hour_partitions: 4, objects_listed: 7, objects_read: 7,
      objects_skipped: 0, skipped_keys: [], records_read: 19, invalid_records: 0, records_matched: 15,
    });
    expect(result.summary).toEqual({
      runs: 10, ok_attempts: 9, failed_attempts: 3, retry_attempts: 2, missed_ticks: 3, succeeded_runs: 9, success_rate: 9 / 13,
      attempt_success_rate: 0.75, duration_ms: { p50: 150, p95: 1000, max: 1000 },
      last_failure: { timestamp: '2026-03-01T13:01:00.000Z', status: 'missed', http_status: null, retry_count: 0,
        error: 'worker was down at the tick', job_id: `repeat:acme/sync:${Date.parse('2026-03-01T13:01:00Z')}`, scheduled_at: '2026-03-01T13:01:00.000Z' },
    });
    expect(result.triggers.map((t: { trigger: string }) => t.trigger)).toEqual(['nightly-report', 'ping', 'sync']);
    const [nightly, ping, sync] = result.triggers;
    expect(nightly).toMatchObject({ runs: 6, ok_attempts: 5, failed_attempts: 3, retry_attempts: 2, missed_ticks: 0, succeeded_runs: 5, success_rate: 5 / 6, attempt_success_rate: 0.625,
      duration_ms: { p50: 250, p95: 1000, max: 1000 } });
    expect(nightly.last_failure).toMatchObject({ timestamp: '2026-03-01T11:40:10.000Z', status: 'failure', http_status: 502, retry_count: 1, error: INJECTION });
    expect(ping).toMatchObject({ runs: 0, ok_attempts: 0, failed_attempts: 0, missed_ticks: 2, succeeded_runs: 0, success_rate: 0, attempt_success_rate: null, duration_ms: { p50: null, p95: null, max: null } });
    expect(ping.last_failure).toMatchObject({ timestamp: '2026-03-01T12:05:00.000Z', status: 'missed', error: 'queue stalled' });
    expect(sync).toMatchObject({ runs: 4, ok_attempts: 4, failed_attempts: 0, retry_attempts: 0, missed_ticks: 1, success_rate: 0.8, attempt_success_rate: 1,
      duration_ms: { p50: 50, p95: 70, max: 70 } });

    // 3 hours: 1m would be 180 buckets, so 5m: 36 buckets from 10:30.
    expect(result.series.bucket).toBe('5m');
    expect(result.series.bucket_ms).toBe(300_000);
    expect(result.series.buckets).toHaveLength(36);
    expect(result.series.buckets[0].start).toBe('2026-03-01T10:30:00.000Z');
    expect(result.series.buckets[35].start).toBe('2026-03-01T13:25:00.000Z');
    const nonEmpty = Object.fromEntries(result.series.buckets.flatMap((bucket: { start: string; success: number; failure: number; missed: number; duration_ms: unknown }) =>
      (bucket.success + bucket.failure + bucket.missed > 0 ? [[bucket.start.slice(11, 16), [bucket.success, bucket.failure, bucket.missed, bucket.duration_ms]]] : [])));
    const d = (p50: number | null, p95: number | null, max: number | null): object => ({ p50, p95, max });
    expect(nonEmpty).toEqual({
      '10:30': [1, 0, 0, d(50, 50, 50)], //       #9
      '10:35': [1, 0, 0, d(100, 100, 100)], //    #1
      '10:50': [1, 1, 0, d(200, 400, 400)], //    #2 #3: p50 = 1st of 2, p95 = 2nd
      '11:05': [1, 0, 0, d(300, 300, 300)], //    #4
      '11:30': [1, 0, 0, d(50, 50, 50)], //       #10
      '11:40': [0, 2, 0, d(900, 1000, 1000)], //  #5 #6
      '12:00': [0, 0, 1, d(null, null, null)], // #15
      '12:05': [0, 0, 1, d(null, null, null)], // #16
      '12:10': [1, 0, 0, d(150, 150, 150)], //    #7
      '12:30': [1, 0, 0, d(70, 70, 70)], //       #11
      '12:45': [1, 0, 0, d(250, 250, 250)], //    #8
      '13:00': [0, 0, 1, d(null, null, null)], // #12
      '13:25': [1, 0, 0, d(60, 60, 60)], //       #13
    });
  });

  test('--trigger keeps one trigger; --since reads back from now; other workspaces stay out', async () => {
    const sync = JSON.parse((await calvin(['metrics', '-w', 'acme', '--trigger', 'sync', ...RANGE_ARGS, '--json'], { env })).stdout);
    expect(sync.trigger_filter).toBe('sync');
    expect(sync.triggers.map((t: { trigger: string }) => t.trigger)).toEqual(['sync']);
    expect(sync.source.records_matched).toBe(5);
    expect(sync.summary).toMatchObject({ runs: 4, ok_attempts: 4, missed_ticks: 1, success_rate: 0.8, attempt_success_rate: 1, duration_ms: { p50: 50, p95: 70, max: 70 } });

    const text = await calvin(['metrics', '-w', 'acme', '-t', 'sync', ...RANGE_ARGS], { env });
    expect(text.stdout).toContain('calvin metrics for workspace acme, trigger sync\n');
    expect(row(text.stdout, 'sync')).toBe('sync 4 4 0 0 1 80.0% 100.0% 50 ms 70 ms 70 ms 2026-03-01 13:01:00Z missed');
    expect(text.stdout).not.toContain('(all triggers)');

    // globex in the same objects: #20 (failure, 3333 ms) and #21 (success, 10 ms).
    const globex = JSON.parse((await calvin(['metrics', '-w', 'globex', ...RANGE_ARGS, '--json'], { env })).stdout);
    expect(globex.summary).toMatchObject({ runs: 2, ok_attempts: 1, failed_attempts: 1, success_rate: 0.5, attempt_success_rate: 0.5, duration_ms: { p50: 10, p95: 3333, max: 3333 } });

    // A range around now, under its own prefix: 30 minutes ago is inside --since 2h, 3 hours ago is not.
    const now = Date.now();
    const recent = (minutesAgo: number, durationMs: number): ReturnType<typeof recordOf> => {
      const at = new Date(now - minutesAgo * 60_000).toISOString();
      return recordOf(['acme', 'recent', at.slice(11, 23), 'success', durationMs, 0, 200], at.slice(0, 10));
    };
    await writeWithSink(s3, 'recent/', [[recent(30, 111), recent(180, 999)]]);
    const since = JSON.parse((await calvin(['metrics', '-w', 'acme', '--since', '2h', '--json'], { env: { ...env, METRICS_PREFIX: 'recent/' } })).stdout);
    expect(since.summary).toMatchObject({ runs: 1, duration_ms: { p50: 111, p95: 111, max: 111 } });
    expect(Date.parse(since.range.to) - Date.parse(since.range.from)).toBe(2 * 3_600_000);
    const defaultDay = JSON.parse((await calvin(['metrics', '-w', 'acme', '--json'], { env: { ...env, METRICS_PREFIX: 'recent/' } })).stdout);
    expect(defaultDay.summary.runs).toBe(2);
    expect(defaultDay.source.hour_partitions).toBe(25);
  });

  test('a trigger whose every run succeeded on its retry: 100% by final outcome, 50% per attempt', async () => {
    const ticks = ['10:40', '11:40', '12:40'];
    const records = ticks.flatMap((t) => [
      recordOf(['acme', 'retried', `${t}:00`, 'failure', 100, 0, 503, 'HTTP 503']),
      recordOf(['acme', 'retried', `${t}:02`, 'success', 100, 1, 200]),
    ]);
    await writeWithSink(s3, 'retried/', [records]);
    const retriedEnv = { ...env, METRICS_PREFIX: 'retried/' };
    const result = JSON.parse((await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--json'], { env: retriedEnv })).stdout);
    expect(result.summary).toMatchObject({ runs: 3, succeeded_runs: 3, success_rate: 1, attempt_success_rate: 0.5, ok_attempts: 3, failed_attempts: 3 });
    const text = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS], { env: retriedEnv });
    expect(row(text.stdout, 'retried')).toMatch(/^retried 3 3 3 3 0 100\.0% 50\.0% /);
  });

  test('the result does not depend on how many objects are read at once', async () => {
    const results = await Promise.all(['1', '3', '64'].map(async (concurrency) => {
      const run = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--json', '--concurrency', concurrency], { env });
      return JSON.parse(run.stdout);
    }));
    expect(results[0].summary.runs).toBe(10);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  test('an hour with more objects than one listing page holds (1,000): every object is read', async () => {
    // 1,003 objects of one record each, in one hour partition of a day no other test reads.
    const OBJECTS = 1003;
    const pending = Array.from({ length: OBJECTS }, (_, i) => i);
    await Promise.all(Array.from({ length: 16 }, async () => {
      for (let i = pending.shift(); i !== undefined; i = pending.shift()) {
        const record = recordOf(['acme', `t${i % 7}`, `05:${String(i % 60).padStart(2, '0')}:00`, 'success', 10, 0, 200], '2026-04-01');
        await putRaw(s3, `metrics/year=2026/month=04/day=01/hour=05/metrics-${String(i).padStart(4, '0')}.json`, JSON.stringify([record]));
      }
    }));
    const run = await calvin(['metrics', '-w', 'acme', '--from', '2026-04-01T05:00:00Z', '--to', '2026-04-01T06:00:00Z', '--json'], { env });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.source).toMatchObject({ hour_partitions: 1, objects_read: OBJECTS, records_matched: OBJECTS });
    expect(json.summary.runs).toBe(OBJECTS);
  }, 60_000);

  test('no records in the range: said plainly, exit 0', async () => {
    const run = await calvin(['metrics', '-w', 'nobody', ...RANGE_ARGS], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no records for workspace "nobody" in this range\n');
    expect(run.stdout).not.toContain('TRIGGER');
    const json = JSON.parse((await calvin(['metrics', '-w', 'acme', '--from', '2026-02-01', '--to', '2026-02-02', '--json'], { env })).stdout);
    expect(json.source).toMatchObject({ hour_partitions: 24, objects_read: 0, records_matched: 0 });
    expect(json.summary).toMatchObject({ runs: 0, success_rate: null, last_failure: null });
    expect(json.series.bucket).toBe('15m');
    expect(json.series.buckets).toHaveLength(96);
  });
});
