import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { ExecutionRecord } from '../../contracts/execution-record';
import { MetricsSink } from '../../worker/metrics-sink';
import { S3ObjectStore } from '../../worker/s3-store';
import { S3Server, within } from '../worker/harness';

/**
 * The known input of the `calvin metrics` tests, written to s3rver by the worker's own sink, so the
 * command reads exactly what the worker writes. Every expected number in the tests is worked out by
 * hand from this list (see the comments in the tests), never by calling the aggregator.
 *
 * Range used by the tests: [2026-03-01T10:30Z, 2026-03-01T13:30Z) → hour partitions 10, 11, 12, 13.
 */
export const RANGE = { from: '2026-03-01T10:30:00Z', to: '2026-03-01T13:30:00Z' };
export const INJECTION = '<script>window.__pwned = 1</script> upstream <b>down</b> & "quoted"';

type Spec = [workspace: string, trigger: string, time: string, status: ExecutionRecord['status'], durationMs: number, retry: number, httpStatus: number | null, error?: string];

/** #n in the comments of the tests refers to the position in this list, from 1. */
export const SPECS: readonly Spec[] = [
  ['acme', 'nightly-report', '10:35:00', 'success', 100, 0, 200], //                  #1
  ['acme', 'nightly-report', '10:50:00', 'failure', 400, 0, 500, 'HTTP 500 boom'], // #2
  ['acme', 'nightly-report', '10:50:05', 'success', 200, 1, 200], //                  #3 retry of #2
  ['acme', 'nightly-report', '11:05:00', 'success', 300, 0, 200], //                  #4
  ['acme', 'nightly-report', '11:40:00', 'failure', 900, 0, 502, 'bad gateway'], //   #5
  ['acme', 'nightly-report', '11:40:10', 'failure', 1000, 1, 502, INJECTION], //      #6 retry of #5, the last failure
  ['acme', 'nightly-report', '12:10:00', 'success', 150, 0, 200], //                  #7
  ['acme', 'nightly-report', '12:45:00', 'success', 250, 0, 200], //                  #8
  ['acme', 'sync', '10:31:00', 'success', 50, 0, 204], //                             #9
  ['acme', 'sync', '11:31:00', 'success', 50, 0, 204], //                             #10
  ['acme', 'sync', '12:31:00', 'success', 70, 0, 204], //                             #11
  ['acme', 'sync', '13:01:00', 'missed', 0, 0, null, 'worker was down at the tick'], // #12
  ['acme', 'sync', '13:29:59.999', 'success', 60, 0, 204], //                         #13 last ms inside
  ['acme', 'sync', '13:30:00', 'success', 5000, 0, 204], //                           #14 `to` is excluded
  ['acme', 'ping', '12:00:00', 'missed', 0, 0, null, 'lock lost'], //                 #15
  ['acme', 'ping', '12:05:00', 'missed', 0, 0, null, 'queue stalled'], //             #16
  ['acme', 'nightly-report', '10:29:59.999', 'failure', 7777, 0, 500, 'too early'], // #17 listed hour, before `from`
  ['acme', 'nightly-report', '09:15:00', 'failure', 8888, 0, 500, 'hour 09'], //      #18 hour not listed
  ['acme', 'sync', '14:10:00', 'failure', 9999, 0, 500, 'hour 14'], //                #19 hour not listed
  ['globex', 'nightly-report', '11:00:00', 'failure', 3333, 0, 500, 'other workspace'], // #20
  ['globex', 'sync', '12:00:00', 'success', 10, 0, 204], //                           #21
];

export function recordOf([workspace, trigger, time, status, durationMs, retry, httpStatus, error]: Spec, day = '2026-03-01'): ExecutionRecord {
  const timestamp = new Date(`${day}T${time}Z`).toISOString();
  return {
    workspace_id: workspace,
    job_id: `repeat:${workspace}/${trigger}:${Date.parse(`${day}T${time.slice(0, 5)}:00Z`)}`,
    job_name: trigger,
    trigger_url: `http://127.0.0.1:9/${trigger}`,
    trigger_method: 'POST',
    timestamp,
    status,
    duration_ms: durationMs,
    http_status: httpStatus,
    retry_count: retry,
    scheduled_at: new Date(Date.parse(timestamp) - (retry > 0 ? 5000 : 0)).toISOString().replace(/\.\d+Z$/, '.000Z'),
    ...(error === undefined ? {} : { error }),
  };
}

/**
 * Records the batches through a real MetricsSink into s3rver, one flush per batch, and resolves to
 * the keys written. A flush that fails fails the fixture: the tests must not silently read less.
 */
export async function writeWithSink(s3: S3Server, prefix: string, batches: ReadonlyArray<readonly ExecutionRecord[]>): Promise<string[]> {
  const store = new S3ObjectStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  const sink = new MetricsSink({ store, prefix, flushCount: 100_000, flushIntervalMs: 3_600_000, bufferMax: 1_000_000, workerId: 'test-worker' });
  const keys: string[] = [];
  const failures: Error[] = [];
  sink.on('flushed', (key: string) => keys.push(key));
  sink.on('flushFailed', (error: Error) => failures.push(error));
  try {
    for (const batch of batches) {
      for (const record of batch) sink.record(record);
      await within(15_000, sink.flush(), 'the metrics sink to flush');
    }
    expect(await within(15_000, sink.close(5_000), 'the metrics sink to close')).toBe(0);
  } finally {
    store.destroy();
  }
  if (failures.length > 0) throw failures[0];
  return keys;
}

/** The main data set: #1–#10 in one flush, #11–#21 in a second, as two flushes of a worker would. */
export async function writeKnownMetrics(s3: S3Server, prefix = 'metrics/'): Promise<string[]> {
  const records = SPECS.map((spec) => recordOf(spec));
  return writeWithSink(s3, prefix, [records.slice(0, 10), records.slice(10)]);
}

/** An object the worker would never write, put straight into the bucket. */
export async function putRaw(s3: S3Server, key: string, body: string): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body, ContentType: 'application/json' }));
}

export function hourFolder(prefix: string, hour: string): string {
  return `${prefix}year=2026/month=03/day=01/hour=${hour}/`;
}

export function s3Env(s3: S3Server, extra: Record<string, string> = {}): Record<string, string> {
  return { S3_BUCKET: s3.bucket, S3_ENDPOINT: s3.endpoint, S3_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', ...extra };
}
