/**
 * `npm run bench:worker`: the scheduler worker against a ceiling measured in the same run, on one
 * redis-server, one s3rver and one 127.0.0.1 HTTP target, workers in their own processes:
 *  (a) bare BullMQ, no-op processor: jobs/s (the ceiling);
 *  (a2) bare BullMQ sending one plain POST per job to the same target: the floor of one request per job;
 *  (b) the worker dispatching the same number of jobs as HTTP POSTs, metrics on (to s3rver): executions/s, b/a, b/a2;
 *  (c) fire lateness (request received − nominal time), 1,000 triggers due every second, 2 worker processes;
 *  (d) worker RSS idle and under (c)'s load.
 * Medians of ROUNDS rounds for (a)/(a2)/(b), each with the worker's, redis-server's and the target's CPU per job. Targets: b/a ≥ 0.5, lateness p99 ≤ 50 ms, idle RSS ≤ 64 MB.
 * The worker runs as the image does (bench/image.ts); BENCH_BASELINE adds another checkout's build.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  catalogTrigger, RedisServer, removeDir, S3Server, startRedis, startS3, tempDir, within, workerEnv, WorkerProcess, writeCatalog,
} from '../test/worker/harness';
import { imageWorkerProcess } from './image';
import { tickJobOptions, TickJobData, triggerRevision } from '../worker/schedulers';
import { median, summary } from './stats';
import { DEBUG, debugArrivals, debugStarts, debugTakenAt, debugWorkerLogs } from './worker-debug';
import { controlFetch, rssMb } from './control';
import { commandCounts, CommandStats, commandTable, meanCounts, perExecution, total } from './redis-commands';

const JOBS = Number(process.env.BENCH_JOBS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 100;
/** The benchmarks measure one trigger (or one workspace) at full concurrency, not the fairness caps. */
const WHOLE_SHARE = { WORKER_TRIGGER_SHARE: '100', WORKER_WORKSPACE_SHARE: '100' };
const LATENCY_TRIGGERS = 1000;
const BURST_SECONDS = 30;
const STRESS_SECONDS = 10;
/**
 * The first seconds after the first tick fires (whenever the catalog was picked up) are cold: new
 * connections to the target, JIT, the S3 SDK's first load, and the schedulers of 1,000 new triggers
 * still being written. Reported on their own row, not in the steady-state figures.
 */
const WARMUP_SECONDS = 3;
/**
 * The worker as the image runs it: the bundle with the Dockerfile CMD's flags (`npm run bench:worker`
 * builds both first), plus WORKER_NODE_OPTIONS (e.g. `--cpu-prof --cpu-prof-dir=...` to profile).
 * BENCH_WORKER=lib runs the tsc output instead.
 */
const EXTRA_FLAGS = (process.env.WORKER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
const WORKER_PROCESS = process.env.BENCH_WORKER === 'lib' ? { built: true, nodeOptions: EXTRA_FLAGS } : imageWorkerProcess(EXTRA_FLAGS);
/** BENCH_WORKER_ENV='NAME=value ...': extra worker settings for an experiment (e.g. METRICS_FLUSH_COUNT=1000). */
const EXTRA_ENV = Object.fromEntries((process.env.BENCH_WORKER_ENV ?? '').split(' ').filter(Boolean).map((pair) => pair.split('=', 2) as [string, string]));
type WorkerProcessOptions = ConstructorParameters<typeof WorkerProcess>[1];
/**
 * BENCH_BASELINE=<dir>: another checkout whose bundle is built (e.g. `git archive <commit>` there,
 * node_modules linked, `npm run bundle:worker`), measured beside this one in every round, with its
 * own Dockerfile's CMD flags: before/after figures from one run.
 */
const BASELINE: WorkerProcessOptions | undefined = process.env.BENCH_BASELINE ? imageWorkerProcess(EXTRA_FLAGS, process.env.BENCH_BASELINE) : undefined;

/** bench/target.ts in its own process. */
class Target {
  private constructor(private readonly proc: ChildProcess, public readonly url: string) {}

  public get pid(): number {
    return this.proc.pid!;
  }

  public static async start(): Promise<Target> {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'target.ts')], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const port = await within(20_000, new Promise<string>((resolve) => proc.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()))), 'target to listen');
    return new Target(proc, `http://127.0.0.1:${port}`);
  }

  public async reset(): Promise<void> {
    await controlFetch(`${this.url}/__reset`);
  }

  /** Waits (long poll) until `count` requests have arrived, then returns [receivedAt, scheduledAt, url] of each. */
  public async received(count: number, timeoutMs: number): Promise<Array<[number, string, string]>> {
    await within(timeoutMs, controlFetch(`${this.url}/__await?count=${count}`, { signal: AbortSignal.timeout(timeoutMs) }), `${count} requests at the target`);
    return (await controlFetch(`${this.url}/__stats`)).json() as Promise<Array<[number, string, string]>>;
  }

  public stop(): void {
    this.proc.kill();
  }
}

async function fill(redis: RedisServer, queueName: string, data: (i: number) => object, opts: object): Promise<void> {
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection });
  for (let start = 0; start < JOBS; start += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, JOBS - start) }, (_, k) => ({ name: 'bench', data: data(start + k), opts })));
  }
  await queue.close();
  connection.disconnect();
}

/** (a) jobs/s of a bare BullMQ worker with a no-op processor; with `target`, one plain POST per job (a2). */
async function bareBullmq(redis: RedisServer, target?: Target): Promise<Throughput> {
  const queueName = `bare-${Date.now()}`;
  await fill(redis, queueName, (i) => ({ i }), tickJobOptions(catalogTrigger({ url: 'http://127.0.0.1/' })));
  if (target) await target.reset();
  const cpuBefore = [cpuMsOf(redis.pid!), target ? cpuMsOf(target.pid) : 0];
  const commandsBefore = await commandCounts(redis.url);
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bare-bullmq.ts')], {
    env: { ...process.env, REDIS_URL: redis.url, QUEUE_NAME: queueName, COUNT: String(JOBS), CONCURRENCY: String(CONCURRENCY), NODE_NO_WARNINGS: '1', ...(target ? { POST_URL: `${target.url}/floor` } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const code = await within(150_000, new Promise<number | null>((resolve) => child.once('exit', resolve)), 'bare BullMQ run');
  if (code !== 0) throw new Error(`bare BullMQ run exited ${code}`);
  const { first, last, count, cpuMs } = JSON.parse(out) as { first: number; last: number; count: number; cpuMs: number };
  // Redis's and the target's CPU over the whole run (fill excluded), per job.
  const [redisUsPerJob, targetUsPerJob] = [cpuMsOf(redis.pid!), target ? cpuMsOf(target.pid) : 0].map((v, i) => (1000 * (v - cpuBefore[i])) / count);
  const commands = perExecution(commandsBefore, await commandCounts(redis.url), count);
  return { perS: (count - 1) / ((last - first) / 1000), cpuUsPerJob: (1000 * cpuMs) / (count - 1), redisUsPerJob, targetUsPerJob, commands };
}

/** A process's CPU time so far (user + system), in ms, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 once pid and comm are cut.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/**
 * Rate and CPU per job: the worker's (cpuUsPerJob), and redis-server's and the target's over the
 * same run. Everything shares the machine's 2 cores, so their sum bounds the rate as well.
 */
interface Throughput {
  perS: number; cpuUsPerJob: number; redisUsPerJob: number; targetUsPerJob: number;
  /** redis-server's commands and their µs per job over the same window, by command. */
  commands: CommandStats;
}

/** (b) executions/s of the real worker: each job a signed POST to the target, each attempt a metrics record. */
async function workerThroughput(redis: RedisServer, s3: S3Server, target: Target, processOptions: WorkerProcessOptions, buildEnv: Record<string, string>): Promise<Throughput> {
  const dir = tempDir();
  try {
    writeCatalog(join(dir, 'triggers.json'), []);
    // One trigger's jobs fill the whole concurrency here: its fair share (WORKER_TRIGGER_SHARE) is lifted.
    const env = workerEnv({ redis, s3, dir, env: { ...WHOLE_SHARE, WORKER_CONCURRENCY: String(CONCURRENCY), METRICS_PREFIX: `bench-b-${Date.now()}/`, SIGNING_SECRETS: `whsec_${Buffer.alloc(32, 7).toString('base64')}` } });
    // A huge starting deadline: these jobs were queued before the worker started, and must still fire.
    const trigger = catalogTrigger({ url: `${target.url}/bench`, startingDeadlineMs: 86_400_000 });
    const revision = triggerRevision(trigger);
    // One tick per job, each with its own nominal time (a millisecond apart, all in the past): the
    // worker sends a tick once, so jobs sharing a trigger and a time would be sent once, not each.
    const firstTick = Date.now() - JOBS;
    await fill(redis, env.QUEUE_NAME, (i): TickJobData => ({ trigger, revision, nominal: firstTick + i }), tickJobOptions(trigger));
    await target.reset();
    const worker = new WorkerProcess({ ...env, LOG_LEVEL: 'warn', ...buildEnv, ...EXTRA_ENV }, processOptions);
    try {
      const pid = (worker as unknown as { proc: { pid: number } }).proc.pid;
      await target.received(1, 30_000);
      const cpuAtFirst = [cpuMsOf(pid), cpuMsOf(redis.pid!), cpuMsOf(target.pid)];
      const commandsAtFirst = await commandCounts(redis.url);
      const requests = await target.received(JOBS, 150_000);
      const [cpuMs, redisMs, targetMs] = [cpuMsOf(pid), cpuMsOf(redis.pid!), cpuMsOf(target.pid)].map((v, i) => v - cpuAtFirst[i]);
      // Over the CPU's window: the records' flushes (one every METRICS_FLUSH_COUNT) are in it.
      const commands = perExecution(commandsAtFirst, await commandCounts(redis.url), JOBS - 1);
      const first = requests[0][0];
      const last = requests[JOBS - 1][0];
      const perJob = (ms: number): number => (1000 * ms) / (JOBS - 1);
      return { perS: (JOBS - 1) / ((last - first) / 1000), cpuUsPerJob: perJob(cpuMs), redisUsPerJob: perJob(redisMs), targetUsPerJob: perJob(targetMs), commands };
    } finally {
      await worker.stop(30_000);
    }
  } finally {
    removeDir(dir);
  }
}


/**
 * (c) + (d): 1,000 triggers on 2 worker processes, lateness at the target, RSS by scraping /metrics.
 * `schedule` '*\/5 * * * * *' is the burst the figure is about (all 1,000 due on the same second, every
 * 5 s); '* * * * * *' is a sustained stress (1,000 requests every second) reported beside it.
 */
async function lateness(redis: RedisServer, s3: S3Server, target: Target, schedule: string, seconds: number, processOptions: WorkerProcessOptions, buildEnv: Record<string, string>): Promise<LatenessRun> {
  const dir = tempDir();
  const workers: WorkerProcess[] = [];
  try {
    const file = join(dir, 'triggers.json');
    writeCatalog(file, []);
    const prefix = `bench-c-${Date.now()}/`;
    // Every trigger is in one workspace here: its fair share (WORKER_WORKSPACE_SHARE) is lifted.
    const env = workerEnv({ redis, s3, dir, env: { ...WHOLE_SHARE, WORKER_CONCURRENCY: String(LATENCY_TRIGGERS), METRICS_PREFIX: prefix } });
    for (const id of ['bench-1', 'bench-2']) workers.push(new WorkerProcess({ ...env, WORKER_ID: id, ...buildEnv, ...EXTRA_ENV }, processOptions));
    const ports = (await Promise.all(workers.map((w) => w.waitForLog('scheduler worker started', 30_000)))).map((line) => Number(line.port));
    // Idle: started, connected, nothing due.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleRss = await Promise.all(ports.map(rssMb));

    await target.reset();
    const loadRss: number[] = [];
    writeCatalog(file, Array.from({ length: LATENCY_TRIGGERS }, (_, i) => catalogTrigger({ name: `t${i}`, url: `${target.url}/t${i}`, schedule })));
    const started = Date.now();
    for (let s = 0; s < WARMUP_SECONDS + seconds; s++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      loadRss.push(...(await Promise.all(ports.map(rssMb))));
    }
    const all = await target.received(0, 10_000);
    const firstTick = Math.min(...all.map(([, scheduledAt]) => Date.parse(scheduledAt)));
    // The catalog is picked up within the 2 s poll, so the first tick falls anywhere in the first
    // seconds: the cold window is counted from it.
    const from = Math.max(Math.ceil(started / 1000) * 1000 + WARMUP_SECONDS * 1000, firstTick + WARMUP_SECONDS * 1000);
    const measured = all.filter(([, scheduledAt]) => Date.parse(scheduledAt) >= from);
    const perTick = new Map<string, number>();
    for (const [, scheduledAt, url] of measured) perTick.set(`${url}@${scheduledAt}`, (perTick.get(`${url}@${scheduledAt}`) ?? 0) + 1);
    const duplicates = [...perTick.values()].filter((n) => n > 1).length;
    if (DEBUG) debugArrivals(measured);
    // Fire lateness as the worker records it (attempt start − nominal time), from its S3 metrics,
    // which the stop below flushes; and arrival lateness as the target saw it.
    const stopped = workers.splice(0);
    await Promise.all(stopped.map((w) => w.stop(30_000)));
    if (DEBUG) {
      await debugTakenAt(redis, env.QUEUE_NAME, from);
      debugWorkerLogs(stopped.map((w) => w.lines));
    }
    // Reported, not fatal: on a loaded machine an attempt can time out after the target got it, and
    // its retry is a second delivery (at-least-once). What the workers recorded for those ticks says why.
    const duplicateCauses = duplicates === 0 ? {} : await causesOfDuplicates(s3, prefix, perTick);
    const records = [...(await s3.objects(prefix)).values()].flat().filter((r) => Date.parse(r.scheduled_at) >= from && r.status === 'success');
    if (DEBUG) debugStarts(records);
    return {
      duplicates,
      duplicateCauses,
      lateness: records.map((r) => Date.parse(r.timestamp) - Date.parse(r.scheduled_at)),
      cold: [...(await s3.objects(prefix)).values()].flat().filter((r) => Date.parse(r.scheduled_at) < from && r.status === 'success')
        .map((r) => Date.parse(r.timestamp) - Date.parse(r.scheduled_at)),
      received: measured.map(([receivedAt, scheduledAt]) => receivedAt - Date.parse(scheduledAt)),
      idleRss,
      loadRss,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop(30_000).catch(() => w.kill())));
    removeDir(dir);
  }
}

/** What the workers recorded for the ticks the target got more than once, counted by status, attempt and error. */
async function causesOfDuplicates(s3: S3Server, prefix: string, perTick: ReadonlyMap<string, number>): Promise<Record<string, number>> {
  const why = new Map<string, number>();
  for (const r of [...(await s3.objects(prefix)).values()].flat()) {
    if ((perTick.get(`${new URL(r.trigger_url).pathname}@${r.scheduled_at}`) ?? 0) < 2) continue;
    const key = `${r.status} attempt ${r.retry_count + 1}${r.error ? `: ${r.error.slice(0, 80)}` : ''}`;
    why.set(key, (why.get(key) ?? 0) + 1);
  }
  return Object.fromEntries(why);
}

interface LatenessRun { lateness: number[]; cold: number[]; received: number[]; idleRss: number[]; loadRss: number[]; duplicates: number; duplicateCauses: Record<string, number> }

/** The table rows of one build: throughput against the same run's ceiling, lateness and RSS. */
function rows(label: string, bare: Throughput[], floor: Throughput[], runs: Throughput[], burst: LatenessRun, stress: LatenessRun): string[] {
  const a = median(bare.map((r) => r.perS));
  const a2 = median(floor.map((r) => r.perS));
  const throughput = runs.map((r) => r.perS);
  const b = median(throughput);
  const cpu = median(runs.map((r) => r.cpuUsPerJob));
  const ms = (v: ReturnType<typeof summary>): string => `${v.p50Ms} / ${v.p99Ms} / ${v.maxMs} ms`;
  return [
    `| (b) ${label}: signed HTTP POST + metrics to S3, median of ${ROUNDS} (${throughput.map(Math.round).join(', ')}) | ${Math.round(b)} executions/s | — |`,
    `| ${label}: b/a | ${(b / a).toFixed(2)} | ≥ 0.5 |`,
    `| ${label}: b/a2 (against the one-POST floor) | ${(b / a2).toFixed(2)} | — |`,
    `| ${label}: worker CPU per execution, median (bare BullMQ's per job ÷ it) | ${Math.round(cpu)} µs (${(median(bare.map((r) => r.cpuUsPerJob)) / cpu).toFixed(2)}) | — |`,
    `| ${label}: redis-server / target CPU per execution, median (bare BullMQ's Redis per job) | ${Math.round(median(runs.map((r) => r.redisUsPerJob)))} / ${Math.round(median(runs.map((r) => r.targetUsPerJob)))} µs (${Math.round(median(bare.map((r) => r.redisUsPerJob)))} µs) | — |`,
    ...redisRows(label, bare, runs),
    `| (c) ${label}: fire lateness (attempt start − nominal) p50 / p99 / max: ${LATENCY_TRIGGERS} triggers due on the same second (every 5 s), 2 workers, ${burst.lateness.length} attempts | ${ms(summary(burst.lateness))} | p99 ≤ 50 ms |`,
    `| (c) ${label}: arrival lateness at the one-process target, same run | ${ms(summary(burst.received))} | — |`,
    `| (c, cold) ${label}: fire lateness of the ticks in the first ${WARMUP_SECONDS} s from the first tick after the catalog loaded (new connections, JIT), ${burst.cold.length} attempts | ${ms(summary(burst.cold))} | — |`,
    `| (c, stress) ${label}: fire lateness with all ${LATENCY_TRIGGERS} due every second (1,000 req/s sustained), ${stress.lateness.length} attempts | ${ms(summary(stress.lateness))} | — |`,
    `| (c, stress) ${label}: arrival lateness at the target | ${ms(summary(stress.received))} | — |`,
    `| (c, stress, cold) ${label}: fire lateness in the first ${WARMUP_SECONDS} s from the first tick, ${stress.cold.length} attempts | ${ms(summary(stress.cold))} | — |`,
    `| (c) ${label}: ticks delivered more than once, burst / stress | ${burst.duplicates} / ${stress.duplicates} ${JSON.stringify({ ...burst.duplicateCauses, ...stress.duplicateCauses })} | 0 |`,
    `| (d) ${label}: RSS idle (each of 2) | ${burst.idleRss.map((v) => v.toFixed(1)).join(' / ')} MB | ≤ 64 MB |`,
    `| (d) ${label}: RSS under (c)'s loads, max | ${Math.max(...burst.loadRss, ...stress.loadRss).toFixed(1)} MB | — |`,
  ];
}

/** Redis's work per execution against bare BullMQ's per job (issue 24, item 7: at most 1.5×). */
function redisRows(label: string, bare: Throughput[], runs: Throughput[]): string[] {
  const redisUs = median(runs.map((r) => r.redisUsPerJob));
  const bareUs = median(bare.map((r) => r.redisUsPerJob));
  const commands = total(meanCounts(runs.map((r) => r.commands)).calls);
  const bareCommands = total(meanCounts(bare.map((r) => r.commands)).calls);
  return [
    `| ${label}: Redis commands per execution (bare BullMQ's per job) | ${commands.toFixed(2)} (${bareCommands.toFixed(2)}): ${(commands / bareCommands).toFixed(2)}× | ≤ 1.5× |`,
    `| ${label}: redis-server CPU per execution (bare BullMQ's per job) | ${Math.round(redisUs)} µs (${Math.round(bareUs)} µs): ${(redisUs / bareUs).toFixed(2)}× | ≤ 1.5× |`,
    `| ${label}: executions/s per Redis core (10⁶ µs ÷ Redis CPU per execution; bare BullMQ jobs/s per core) | ${Math.round(1e6 / redisUs)} (${Math.round(1e6 / bareUs)}) | — |`,
  ];
}

async function main(): Promise<void> {
  const [redis, s3, target] = await Promise.all([startRedis(), startS3(), Target.start()]);
  // The durable record path (a Redis stream append before a job completes) is measured against the
  // in-memory sink in the same rounds: it must not push the figures back.
  const builds: Array<{ label: string; options: WorkerProcessOptions; env: Record<string, string> }> = [
    { label: 'worker', options: WORKER_PROCESS, env: {} },
    ...(process.env.BENCH_SKIP_IN_MEMORY ? [] : [{ label: 'worker, in-memory records (METRICS_DURABLE=false)', options: WORKER_PROCESS, env: { METRICS_DURABLE: 'false' } }]),
    ...(BASELINE ? [{ label: `baseline (${process.env.BENCH_BASELINE})`, options: BASELINE, env: {} }] : []),
  ];
  try {
    const bare: Throughput[] = [];
    const floor: Throughput[] = [];
    const throughput = builds.map((): Throughput[] => []);
    // BENCH_SKIP_THROUGHPUT=1: lateness and RSS only.
    for (let round = 1; round <= (process.env.BENCH_SKIP_THROUGHPUT ? 0 : ROUNDS); round++) {
      bare.push(await bareBullmq(redis));
      floor.push(await bareBullmq(redis, target));
      for (const [i, build] of builds.entries()) throughput[i].push(await workerThroughput(redis, s3, target, build.options, build.env));
      const cpus = (r: Throughput): string => `${r.cpuUsPerJob.toFixed(0)} µs, redis ${r.redisUsPerJob.toFixed(0)}, target ${r.targetUsPerJob.toFixed(0)}`;
      process.stderr.write(`round ${round}/${ROUNDS}: bare ${bare[round - 1].perS.toFixed(0)} jobs/s (${cpus(bare[round - 1])}), floor ${floor[round - 1].perS.toFixed(0)} (${cpus(floor[round - 1])}), ${builds.map((build, i) => `${build.label} ${throughput[i][round - 1].perS.toFixed(0)} (${cpus(throughput[i][round - 1])})`).join(', ')} executions/s\n`);
    }
    const a = median(bare.map((r) => r.perS));
    // BENCH_SKIP_LATENESS=1: throughput only (for profiling runs).
    const skip: LatenessRun = { lateness: [0], cold: [0], received: [0], idleRss: [0], loadRss: [0], duplicates: 0, duplicateCauses: {} };
    const table = ['| measure | value | target |', '|---|---|---|', `| (a) bare BullMQ, no-op processor (ceiling), median of ${ROUNDS} (${bare.map((r) => Math.round(r.perS)).join(', ')}) | ${Math.round(a)} jobs/s, ${Math.round(median(bare.map((r) => r.cpuUsPerJob)))} µs CPU/job | — |`,
      `| (a2) floor: bare BullMQ + one plain undici POST per job to the same target, median of ${ROUNDS} | ${Math.round(median(floor.map((r) => r.perS)))} jobs/s, ${Math.round(median(floor.map((r) => r.cpuUsPerJob)))} µs CPU/job; redis-server / target ${Math.round(median(floor.map((r) => r.redisUsPerJob)))} / ${Math.round(median(floor.map((r) => r.targetUsPerJob)))} µs per job | — |`];
    const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, jobs: JOBS, rounds: ROUNDS, concurrency: CONCURRENCY, bare, floor };
    for (const [i, build] of builds.entries()) {
      const burst = process.env.BENCH_SKIP_LATENESS ? skip : await lateness(redis, s3, target, '*/5 * * * * *', BURST_SECONDS, build.options, build.env);
      const stress = process.env.BENCH_SKIP_LATENESS ? skip : await lateness(redis, s3, target, '* * * * * *', STRESS_SECONDS, build.options, build.env);
      table.push(...rows(build.label, bare, floor, throughput[i], burst, stress));
      results[build.label] = {
        throughput: throughput[i],
        ratio: Number((median(throughput[i].map((r) => r.perS)) / a).toFixed(2)),
        lateness: summary(burst.lateness),
        arrival: summary(burst.received),
        stressLateness: summary(stress.lateness),
        stressArrival: summary(stress.received),
        cold: summary(burst.cold),
        stressCold: summary(stress.cold),
        rssMb: { idle: burst.idleRss.map((v) => Number(v.toFixed(1))), underLoadMax: Number(Math.max(...burst.loadRss, ...stress.loadRss).toFixed(1)) },
      };
    }
    console.log(table.join('\n'));
    if (bare.length > 0) {
      console.log(`\n${commandTable([
        { label: '(a) bare BullMQ', counts: meanCounts(bare.map((r) => r.commands)) },
        { label: '(a2) bare BullMQ + one POST', counts: meanCounts(floor.map((r) => r.commands)) },
        ...builds.map((build, i) => ({ label: `(b) ${build.label}`, counts: meanCounts(throughput[i].map((r) => r.commands)) })),
      ]).join('\n')}`);
    }
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', `worker-${String(results.date).replace(/[:.]/g, '-')}.json`), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    s3.destroy();
    target.stop();
    await Promise.all([redis.stop(), s3.stop()]);
  }
}

main().then(() => process.exit(0), (error: Error) => {
  console.error(error);
  process.exit(1);
});
