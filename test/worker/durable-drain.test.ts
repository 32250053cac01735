import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { ExecutionRecord } from '../../contracts/execution-record';
import { DurableRecordSink } from '../../worker/record-flusher';
import { TriggerWorker } from '../../worker/trigger-worker';
import {
  capturingLogger, catalogTrigger, RedisServer, S3Server, TargetServer, useRealParts, within, workerConfig, workerEnv, WorkerProcess, writeCatalog,
} from './harness';
import { S3Proxy } from './s3-proxy';
import { recordsOfFields } from '../../worker/record-stream';

/**
 * Issue 24, finding 5: no record waits in Redis after the last replica stops gracefully. A replica
 * killed mid-flush leaves its batch pending under its name; the last replica, stopping, claims it
 * because that replica's connection is gone (CLIENT LIST), whatever the entries' idle time
 * (METRICS_CLAIM_IDLE_MS is an hour here, so no idle rule can help), and writes it.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const { processes, track } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

test('the last replica\'s graceful stop claims and writes the batch a killed replica left pending: the stream is empty after it', async () => {
  const proxy = await new S3Proxy(s3.endpoint, s3.bucket).listen();
  const client = new Redis(redis.url);
  try {
    proxy.holdPutResponses = true;
    writeCatalog(join(dir, 'triggers.json'), Array.from({ length: 3 }, (_, i) => catalogTrigger({ name: `d${i}`, url: `${target.url}/d${i}` })));
    const env = workerEnv({ redis, s3, dir, env: { METRICS_PREFIX: 'drain/', METRICS_FLUSH_COUNT: '3', METRICS_CLAIM_IDLE_MS: '3600000', S3_ENDPOINT: proxy.endpoint } });
    const streamKey = `calvin:${env.QUEUE_NAME}:records`;
    const dying = new WorkerProcess({ ...env, WORKER_ID: 'dying' });
    processes.push(dying);
    await within(30_000, proxy.nextHeld(), 'the dying replica\'s first PUT');
    dying.kill();
    await dying.exited;
    proxy.release();
    // What the killed replica left: its pending batch (read, PUT unanswered) and maybe newer entries.
    const left = (await client.xrange(streamKey, '-', '+')).flatMap(([, fields]) => recordsOfFields(fields));
    const pending = await client.xpending(streamKey, 'flushers') as [number, ...unknown[]];
    expect(pending[0]).toBeGreaterThan(0);

    // The last replica: no trigger left, started and stopped at once.
    writeCatalog(join(dir, 'triggers.json'), []);
    const last = new WorkerProcess({ ...env, WORKER_ID: 'last' });
    processes.push(last);
    await last.waitForLog('scheduler worker started', 30_000);
    expect(await last.stop(20_000)).toBe(0);

    expect(await client.xlen(streamKey)).toBe(0);
    expect((await client.xpending(streamKey, 'flushers') as [number])[0]).toBe(0);
    const inS3 = [...(await s3.objects('drain/')).values()].flat() as ExecutionRecord[];
    const key = (r: ExecutionRecord): string => `${r.workspace_id}/${r.job_name}@${r.scheduled_at}#${r.retry_count}#${r.status}`;
    expect(left.map(key).filter((k) => !inS3.map(key).includes(k))).toEqual([]);
    expect(last.logs().filter((l) => l.msg === 'metrics records left in the Redis stream for the other replicas to write')).toEqual([]);
  } finally {
    client.disconnect();
    await proxy.close();
  }
}, 90_000);

test('a stop that comes while the last replica is still starting (SIGTERM during its start) still writes what the stream holds', async () => {
  writeCatalog(join(dir, 'triggers.json'), []);
  const config = workerConfig({ redis, s3, dir, env: { METRICS_PREFIX: 'early/', METRICS_CLAIM_IDLE_MS: '3600000' } });
  const streamKey = `calvin:${config.queueName}:records`;
  const client = new Redis(redis.url);
  try {
    // A replica that stopped while S3 was down: its three records wait in the stream, pending under its name.
    const gone = new DurableRecordSink({
      store: { putJson: () => Promise.reject(new Error('S3 is down')) }, prefix: 'early/', flushCount: 3, flushIntervalMs: 600_000, bufferMax: 1000,
      workerId: 'gone', streamKey, claimIdleMs: 3_600_000, retryDelayMs: 100, maxRetryDelayMs: 200,
    });
    gone.on('flushFailed', () => undefined);
    const goneConnection = new Redis(redis.url);
    gone.attach(goneConnection);
    const records = [0, 1, 2].map((i): ExecutionRecord => {
      const timestamp = new Date(Date.now() - i).toISOString();
      return {
        workspace_id: 'ws', job_id: `repeat:ws/early:${i}`, job_name: 'early', trigger_url: 'http://127.0.0.1:1/early', trigger_method: 'POST',
        timestamp, status: 'success', duration_ms: 1, http_status: 200, retry_count: 0, scheduled_at: timestamp,
      };
    });
    for (const record of records) await gone.record(record);
    expect(await gone.close(300)).toBe(3);
    goneConnection.disconnect();

    // stop() at once: the start has not even read the catalog. Before, the stop found no Redis
    // connection, wrote nothing and returned; the start then went on with nobody to stop it.
    const worker = track(new TriggerWorker({ config, logger: capturingLogger().logger }));
    const starting = worker.start();
    await worker.stop();
    await starting;

    expect(await client.xlen(streamKey)).toBe(0);
    const inS3 = [...(await s3.objects('early/')).values()].flat() as ExecutionRecord[];
    expect(inS3.map((r) => r.job_id).sort()).toEqual(records.map((r) => r.job_id).sort());
  } finally {
    client.disconnect();
  }
}, 60_000);
