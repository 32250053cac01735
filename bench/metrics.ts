/**
 * `npx tsx bench/metrics.ts`: `calvin metrics` reading OBJECTS metrics objects from s3rver on
 * 127.0.0.1, against a ceiling measured in the same run:
 *  (a) bare ListObjectsV2 + GetObject of the same objects, same concurrency, bodies read and dropped;
 *  (b) `calvin metrics --json` in-process (list, get, parse, aggregate): objects/s, records/s, b/a.
 * Medians of ROUNDS rounds, alternating (a) and (b) so that neither gets a warmer server.
 */
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { runCli } from '../cli/main';
import { OutputStream } from '../cli/io';
import { hourPartitions } from '../cli/metrics/range';
import type { ExecutionRecord } from '../contracts/execution-record';
import { S3Server, startS3 } from '../test/worker/harness';
import { median } from './stats';

const OBJECTS = Number(process.env.BENCH_OBJECTS ?? 1000);
const RECORDS_PER_OBJECT = Number(process.env.BENCH_RECORDS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 8;
const HOURS = 10;
const FROM = Date.parse('2026-03-01T00:00:00Z');
const PREFIX = 'metrics/';

const silent: OutputStream = { write: () => true };

/** OBJECTS objects of RECORDS_PER_OBJECT records, spread over HOURS hour partitions. */
async function seed(s3: S3Server, partitions: readonly string[]): Promise<void> {
  const queue = Array.from({ length: OBJECTS }, (_, index) => index);
  await Promise.all(Array.from({ length: 16 }, async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const hour = index % HOURS;
      const records: ExecutionRecord[] = Array.from({ length: RECORDS_PER_OBJECT }, (_, n) => {
        const timestamp = new Date(FROM + hour * 3_600_000 + ((index * 7 + n * 13) % 3_600_000)).toISOString();
        return {
          workspace_id: n % 4 === 0 ? 'other' : 'acme', job_id: `repeat:acme/t${n % 20}:${index}`, job_name: `t${n % 20}`,
          trigger_url: 'http://127.0.0.1:9/x', trigger_method: 'POST', timestamp, status: n % 17 === 0 ? 'failure' : 'success',
          duration_ms: (index * 31 + n * 7) % 2000, http_status: 200, retry_count: 0, scheduled_at: timestamp,
        };
      });
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}${partitions[hour]}metrics-${index}.json`, Body: JSON.stringify(records) }));
    }
  }));
}

/** (a) The floor: list every partition and read every object, with nothing parsed. Returns objects read. */
async function bareRead(s3: S3Server, partitions: readonly string[]): Promise<number> {
  const keys: string[] = [];
  for (const partition of partitions) {
    let token: string | undefined;
    for (let page = 0; page < 100; page++) {
      const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${PREFIX}${partition}`, ContinuationToken: token }));
      keys.push(...(listed.Contents ?? []).map((object) => object.Key!));
      if (!listed.IsTruncated) break;
      token = listed.NextContinuationToken;
    }
  }
  const pending = [...keys];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let key = pending.shift(); key !== undefined; key = pending.shift()) {
      const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
      await object.Body!.transformToString();
    }
  }));
  return keys.length;
}

/** (b) `calvin metrics --json` over the same hours. Returns the objects it says it read. */
async function calvinRead(s3: S3Server): Promise<number> {
  let stdout = '';
  const env = { S3_BUCKET: s3.bucket, S3_ENDPOINT: s3.endpoint, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
  const code = await runCli(['metrics', '-w', 'acme', '--from', new Date(FROM).toISOString(), '--to', new Date(FROM + HOURS * 3_600_000).toISOString(),
    '--json', '--concurrency', String(CONCURRENCY)], { stdout: { write: (chunk) => { stdout += chunk; return true; } }, stderr: silent, env, cwd: process.cwd() });
  if (code !== 0) throw new Error(`calvin metrics exited ${code}`);
  return JSON.parse(stdout).source.objects_read as number;
}

async function main(): Promise<void> {
  const s3 = await startS3();
  try {
    const partitions = hourPartitions({ fromMs: FROM, toMs: FROM + HOURS * 3_600_000 });
    await seed(s3, partitions);
    const bareRates: number[] = [];
    const calvinRates: number[] = [];
    const runs = [[() => bareRead(s3, partitions), bareRates], [() => calvinRead(s3), calvinRates]] as const;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [run, rates] of runs) {
        const started = process.hrtime.bigint();
        const objects = await run();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (objects !== OBJECTS) throw new Error(`read ${objects} objects, expected ${OBJECTS}`);
        rates.push(objects / seconds);
      }
    }
    const a = median(bareRates);
    const b = median(calvinRates);
    process.stdout.write(`${OBJECTS} objects × ${RECORDS_PER_OBJECT} records in ${HOURS} hour partitions, concurrency ${CONCURRENCY}, median of ${ROUNDS}\n`
      + `(a) bare ListObjectsV2+GetObject: ${a.toFixed(0)} objects/s\n`
      + `(b) calvin metrics --json:        ${b.toFixed(0)} objects/s, ${(b * RECORDS_PER_OBJECT).toFixed(0)} records/s (b/a = ${(b / a).toFixed(2)})\n`
      + `rss after: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);
  } finally {
    s3.destroy();
    await s3.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
