import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { ExecutionRecord } from '../../contracts/execution-record';
import { catalogTrigger, RedisServer, S3Server, TargetServer, useRealParts, within, workerEnv, WorkerProcess, writeCatalog } from './harness';
import { S3Proxy } from './s3-proxy';

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
const { processes } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

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
    const left = (await client.xrange(streamKey, '-', '+')).map(([, fields]) => JSON.parse(fields[fields.indexOf('r') + 1]) as ExecutionRecord);
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
