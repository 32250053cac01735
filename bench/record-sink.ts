/**
 * `npx tsx bench/record-sink.ts`: the record sinks alone, durable (Redis stream + consumer group)
 * against in-memory, in one run on one redis-server and one s3rver: RECORDS records appended by
 * CONCURRENCY callers at a time (as the worker's jobs do), timed until every `record()` resolved
 * (what a job waits for) and until every record is in S3. Records/s for each and the ratios;
 * medians of ROUNDS rounds.
 */
import { Redis } from 'ioredis';
import type { ExecutionRecord } from '../contracts/execution-record';
import { MetricsSink } from '../worker/metrics-sink';
import { DurableRecordSink } from '../worker/record-flusher';
import { RecordSink } from '../worker/record-sink';
import { S3ObjectStore } from '../worker/s3-store';
import { startRedis, startS3, within } from '../test/worker/harness';
import { median } from './stats';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 200;
const FLUSH_COUNT = 100;

function record(i: number): ExecutionRecord {
  const timestamp = new Date().toISOString();
  return {
    workspace_id: 'bench', job_id: `repeat:bench/t${i % 1000}:${i}`, job_name: `t${i % 1000}`, trigger_url: 'http://127.0.0.1:1/hook', trigger_method: 'POST',
    timestamp, status: 'success', duration_ms: 3, http_status: 200, retry_count: 0, scheduled_at: timestamp,
  };
}

interface Rates {
  /** Records/s until every record() resolved. */
  readonly appended: number;
  /** Records/s until every record was in S3. */
  readonly stored: number;
}

/** Appends RECORDS records, CONCURRENCY at a time, and resolves with the rates once all are in S3. */
async function measure(sink: RecordSink): Promise<Rates> {
  let flushed = 0;
  const allFlushed = new Promise<void>((resolve) => sink.on('flushed', (_key: string, count: number) => {
    flushed += count;
    if (flushed >= RECORDS) resolve();
  }));
  const started = performance.now();
  let next = 0;
  const caller = async (): Promise<void> => {
    while (next < RECORDS) await sink.record(record(next++));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, caller));
  const appended = RECORDS / ((performance.now() - started) / 1000);
  await sink.flush();
  await within(120_000, allFlushed, `${RECORDS} records in S3 (got ${flushed})`);
  return { appended, stored: RECORDS / ((performance.now() - started) / 1000) };
}

async function main(): Promise<void> {
  const [redisServer, s3] = await Promise.all([startRedis(), startS3()]);
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  const store = new S3ObjectStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  const common = { store, prefix: 'bench/', flushCount: FLUSH_COUNT, flushIntervalMs: 60_000, bufferMax: 1_000_000, workerId: 'bench' };
  const results = { memory: [] as Rates[], durable: [] as Rates[] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Alternated, so that load from elsewhere on the machine weighs on both alike.
      const memory = new MetricsSink(common);
      results.memory.push(await measure(memory));
      await memory.close(10_000);
      const durable = new DurableRecordSink({ ...common, streamKey: `bench:${round}:records`, claimIdleMs: 60_000 });
      durable.attach(redis);
      results.durable.push(await measure(durable));
      await durable.close(10_000);
    }
  } finally {
    redis.disconnect();
    store.destroy();
    s3.destroy();
    await Promise.all([redisServer.stop(), s3.stop()]);
  }
  const summary = (key: keyof Rates): Record<string, number> => {
    const memory = median(results.memory.map((r) => r[key]));
    const durable = median(results.durable.map((r) => r[key]));
    return { memory: Math.round(memory), durable: Math.round(durable), durableOverMemory: Number((durable / memory).toFixed(2)) };
  };
  console.log(JSON.stringify({ records: RECORDS, rounds: ROUNDS, concurrency: CONCURRENCY, flushCount: FLUSH_COUNT, appendedPerSecond: summary('appended'), storedPerSecond: summary('stored') }));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
