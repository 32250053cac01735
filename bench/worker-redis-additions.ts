/**
 * `npx tsx bench/worker-redis-additions.ts`: redis-server's CPU for each piece of Redis work the
 * worker adds to BullMQ's own per job, in isolation on a fresh redis-server (issue 24 item 7):
 *  - marker: a tick's `sent` marker (SET … NX GET PX), 20 concurrent claims auto-pipelined, as the
 *    runner connection sends them;
 *  - append: records appended 20 a script call (about what one event-loop turn gathers in
 *    bench:worker), and 100 a call (the per-call share);
 *  - flush: the flusher's reads (XREADGROUP, 1,000 records at a time: 50 entries of the 20-record
 *    appends) and acknowledgements (XACK + XDEL).
 * CPU from /proc (user + system, CLK_TCK resolution), per record; medians of BENCH_ROUNDS rounds of
 * BENCH_RECORDS records.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import type { ExecutionRecord } from '../contracts/execution-record';
import { RecordStream } from '../worker/record-stream';
import { TickMarkers } from '../worker/tick-markers';
import { startRedis } from '../test/worker/harness';
import { median } from './stats';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const FIRST = 1_765_000_000_000;

function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** A record the size of bench:worker's (about 350 bytes of JSON). */
function record(i: number): ExecutionRecord {
  const at = new Date(FIRST + i).toISOString();
  return {
    workspace_id: 'ws', trigger_id: 'ws/bench', job_id: `repeat:0123456789abcdef:${FIRST + i}`, job_name: 'bench',
    trigger_url: 'http://127.0.0.1:40000/bench', trigger_method: 'POST', timestamp: at, status: 'success',
    duration_ms: 3, http_status: 200, retry_count: 0, scheduled_at: at,
  } as ExecutionRecord;
}

type Piece = (redis: Redis, stream: RecordStream, round: number) => Promise<void>;

const PIECES: Record<string, Piece> = {
  'marker (SET NX GET PX, 20 concurrent)': async (redis, _stream, round) => {
    const markers = new TickMarkers({ redis, prefix: `calvin:q${round}` });
    for (let s = 0; s < RECORDS; s += 20) await Promise.all(Array.from({ length: 20 }, (_, k) => markers.claimSend('ws/bench', FIRST + s + k, 86_400_000)));
  },
  'append, 20 records a call': async (_redis, stream) => {
    for (let s = 0; s < RECORDS; s += 20) await stream.append(Array.from({ length: 20 }, (_, k) => record(s + k)), 10 * RECORDS);
  },
  // 50 entries of 20 records: 1,000 records a read, as before batched entries.
  'flush (XREADGROUP 1,000 records + XACK/XDEL)': async (_redis, stream) => {
    for (let batch = await stream.readNew(50); batch.length > 0; batch = await stream.readNew(50)) await stream.ack(batch);
  },
  'append, 100 records a call': async (_redis, stream) => {
    for (let s = 0; s < RECORDS; s += 100) await stream.append(Array.from({ length: 100 }, (_, k) => record(RECORDS + s + k)), 10 * RECORDS);
  },
};

async function main(): Promise<void> {
  const server = await startRedis();
  const redis = new Redis(server.url, { enableAutoPipelining: true });
  const results: Record<string, number[]> = {};
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const stream = new RecordStream(redis, `calvin:q${round}:records`, 'g', 'c');
      await stream.ensureGroup();
      for (const [name, piece] of Object.entries(PIECES)) {
        const before = cpuMsOf(server.pid!);
        await piece(redis, stream, round);
        (results[name] ??= []).push((1000 * (cpuMsOf(server.pid!) - before)) / RECORDS);
      }
    }
    console.log(`| redis-server CPU per record, median of ${ROUNDS} × ${RECORDS} | µs |\n|---|---|`);
    for (const [name, runs] of Object.entries(results)) console.log(`| ${name} | ${median(runs).toFixed(2)} (${runs.map((r) => r.toFixed(2)).join(', ')}) |`);
  } finally {
    redis.disconnect();
    await server.stop();
  }
}

void main();
