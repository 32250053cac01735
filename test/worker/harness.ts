import { execFileSync } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { CatalogTrigger, TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND } from '../../contracts/trigger-catalog';
import { loadWorkerConfig, WorkerConfig } from '../../worker/config';
import { SCHEDULE_LEAD_MS } from '../../worker/schedulers';
import type { ExecutionRecord } from '../../contracts/execution-record';
import { removeDir, ReceivedRequest, RedisServer, S3Server, startRedis, startS3, tempDir, TargetServer } from './servers';
import { until, within } from './waits';
import { WorkerProcess } from './worker-process';

/**
 * What the worker's tests import: catalogs, configs, loggers, records and the per-file fixture,
 * here; the real servers, the waits and the worker process, from their own files.
 */
export * from './servers';
export * from './waits';
export * from './worker-process';

/** A catalog trigger with test-friendly defaults. */
export function catalogTrigger(overrides: Partial<CatalogTrigger> & { url: string }): CatalogTrigger {
  const workspace = overrides.workspace ?? 'ws';
  const name = overrides.name ?? 'tick';
  return {
    id: `${workspace}/${name}`,
    workspace,
    name,
    schedule: '* * * * * *',
    timezone: 'UTC',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    secretHeaders: {},
    body: '{"hello":"world"}',
    timeoutMs: 2000,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, jitter: false },
    startingDeadlineMs: 60_000,
    concurrency: 'allow',
    enabled: true,
    ...overrides,
  };
}

export function writeCatalog(file: string, triggers: CatalogTrigger[]): void {
  const sorted = [...triggers].sort((a, b) => a.id.localeCompare(b.id));
  // Written then renamed, as an editor or kubelet would: the worker never reads half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify({ apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: sorted }, null, 2));
  execFileSync('mv', [`${file}.tmp`, file]);
}

export interface WorkerEnvOptions {
  readonly redis: RedisServer;
  readonly s3: S3Server;
  readonly dir: string;
  readonly env?: Record<string, string>;
}

/** The worker's env for a test: everything local, 127.0.0.1 allow-listed, a fresh queue name. */
export function workerEnv({ redis, s3, dir, env = {} }: WorkerEnvOptions): Record<string, string> {
  mkdirSync(join(dir, 'secrets'), { recursive: true });
  return {
    REDIS_URL: redis.url,
    ...(redis.caFile ? { REDIS_TLS_CA_FILE: redis.caFile } : {}),
    TRIGGERS_FILE: join(dir, 'triggers.json'),
    SECRET_HEADERS_DIR: join(dir, 'secrets'),
    QUEUE_NAME: `q-${Math.random().toString(36).slice(2, 10)}`,
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    TARGET_ALLOW_LIST: '127.0.0.1',
    PORT: '0',
    WORKER_ID: `w-${Math.random().toString(36).slice(2, 8)}`,
    LOG_LEVEL: 'silent',
    SHUTDOWN_GRACE_MS: '5000',
    ...env,
  };
}

export function workerConfig(options: WorkerEnvOptions): WorkerConfig {
  return loadWorkerConfig(workerEnv(options));
}

/** A logger that keeps every line, to assert on what was (and was not) logged. */
export function capturingLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
  return { logger, lines };
}

/** capturingLogger, plus a source for `until` that wakes on each line. */
export function watchingLogger(): { logger: pino.Logger; lines: string[]; source: (wake: () => void) => () => void } {
  const lines: string[] = [];
  const events = new EventEmitter();
  const logger = pino({ level: 'debug' }, {
    write: (line: string) => {
      lines.push(line);
      events.emit('line');
    },
  });
  return { logger, lines, source: (wake) => {
    events.on('line', wake);
    return () => events.off('line', wake);
  } };
}

/** Collects a worker's execution records as they happen (attach before `start()`). */
export class RecordCollector {
  public readonly records: ExecutionRecord[] = [];
  private readonly events = new EventEmitter();

  public constructor(source: EventEmitter) {
    source.on('record', (record: ExecutionRecord) => {
      this.records.push(record);
      this.events.emit('record');
    });
  }

  public waitFor(count: number, timeoutMs: number, filter: (r: ExecutionRecord) => boolean = () => true): Promise<ExecutionRecord[]> {
    const matching = (): ExecutionRecord[] => this.records.filter(filter);
    if (matching().length >= count) return Promise.resolve(matching());
    return within(timeoutMs, new Promise<ExecutionRecord[]>((resolve) => {
      const listener = (): void => {
        if (matching().length >= count) {
          this.events.off('record', listener);
          resolve(matching());
        }
      };
      this.events.on('record', listener);
    }), `${count} execution records (got ${matching().length})`);
  }
}

/**
 * A 6-field schedule that fires once a minute, at the first whole second at least `aheadMs` from
 * now (past the worker's 1 s dispatch lead), and that tick's time.
 */
export function oneShotSchedule(aheadMs = 2500): { schedule: string; at: number } {
  const at = Math.ceil((Date.now() + aheadMs) / 1000) * 1000;
  return { schedule: `${new Date(at).getUTCSeconds()} * * * * *`, at };
}

/** A worker armOneShot can wait for: one in this process, or a worker process (by its logs). */
export type ArmableWorker = { readonly catalogSource: EventEmitter; settled(): Promise<void> } | WorkerProcess;

/** Resolves once `worker` has reconciled its schedulers after a catalog write made after this call. */
function reconciledAfterWrite(worker: ArmableWorker): Promise<void> {
  if (worker instanceof WorkerProcess) {
    const reconciles = (): number => worker.logs().filter((l) => l.msg === 'schedulers reconciled').length;
    const before = reconciles();
    return until(() => reconciles() > before, [(wake) => worker.onLine(wake)], 10_000, 'the worker process to reconcile the one-shot catalog');
  }
  return within(10_000, once(worker.catalogSource, 'change'), 'the worker to see the one-shot catalog')
    .then(() => within(10_000, worker.settled(), 'the one-shot schedulers'));
}

/**
 * Writes `file` with `triggers` firing once (given a once-a-minute schedule of the tick, and the
 * tick, for a schedule of their own), at a tick chosen now (`aheadMs` on), for workers
 * already started, and resolves to that tick once every worker's schedulers are in place. A
 * one-shot scheduler written later than its tick's lead fires a minute late, so a tick the workers
 * were too slow for (a loaded machine) is replaced by a later one, three times at most.
 */
export async function armOneShot(workers: readonly ArmableWorker[], file: string, triggers: (schedule: string, at: number) => CatalogTrigger[] | Promise<CatalogTrigger[]>, aheadMs = 2500): Promise<number> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { schedule, at } = oneShotSchedule(aheadMs);
    const catalog = await triggers(schedule, at);
    const reconciled = workers.map(reconciledAfterWrite);
    writeCatalog(file, catalog);
    await Promise.all(reconciled);
    if (Date.now() < at - SCHEDULE_LEAD_MS) return at;
  }
  throw new Error(`no one-shot tick had its schedulers in place ${SCHEDULE_LEAD_MS} ms before it (3 ticks, each ${aheadMs} ms ahead)`);
}

/** The real parts most worker test files share: a redis-server, an s3rver and an HTTP target on 127.0.0.1. */
export interface RealParts {
  readonly redis: RedisServer;
  readonly s3: S3Server;
  readonly target: TargetServer;
}

export async function startRealParts(): Promise<RealParts> {
  const [redis, s3, target] = await Promise.all([startRedis(), startS3(), new TargetServer().listen()]);
  return { redis, s3, target };
}

/** The real parts, and the temporary directory of the test that runs. */
export interface RealPartsAndDir extends RealParts {
  readonly dir: string;
}

/** What a test started and its file's hooks end after it, before its directory goes. */
export interface TestFleet {
  /** Worker processes: killed (SIGKILL) after each test. */
  readonly processes: WorkerProcess[];
  /** Anything with a `stop()` (in-process workers): stopped after each test, 15 s each at most. */
  readonly stoppables: Array<{ stop(): Promise<unknown> }>;
  /** Adds an in-process worker (or any stoppable) to `stoppables` and returns it. */
  track<T extends { stop(): Promise<unknown> }>(stoppable: T): T;
  /** Ends what was started so far (as after each test): for a test that stops a server after its workers. */
  stop(): Promise<void>;
}

/**
 * The hooks the worker test files share: the real parts started once for the file and stopped
 * after it; before each test a fresh temporary directory and a target that answers 200; after
 * each, what the test started (the returned fleet) ended, then the directory removed. `bind` gets
 * the parts and each test's directory, for the file's own variables.
 */
export function useRealParts(bind: (parts: RealPartsAndDir) => void): TestFleet {
  let parts: RealParts | undefined;
  let dir = '';
  const fleet: TestFleet = {
    processes: [],
    stoppables: [],
    track: (stoppable) => {
      fleet.stoppables.push(stoppable);
      return stoppable;
    },
    stop: async () => {
      fleet.processes.splice(0).forEach((p) => p.kill());
      for (const stoppable of fleet.stoppables.splice(0)) await within(15_000, stoppable.stop(), 'a worker to stop');
    },
  };
  beforeAll(async () => {
    parts = await startRealParts();
    bind({ ...parts, dir });
  });
  afterAll(() => stopRealParts(parts ?? {}));
  beforeEach(() => {
    dir = tempDir();
    parts!.target.requests.length = 0;
    parts!.target.handler = (_req, res) => res.writeHead(200).end();
    bind({ ...parts!, dir });
  });
  afterEach(async () => {
    await fleet.stop();
    removeDir(dir);
  });
  return fleet;
}

/** Stops whatever started; safe after a failed start (any part may be missing). */
export async function stopRealParts(parts: Partial<RealParts>): Promise<void> {
  parts.s3?.destroy();
  await Promise.all([parts.redis?.stop(), parts.s3?.stop(), parts.target?.close()]);
}

/** The tick a request is for: `<trigger id>@<scheduled at ms>`. */
export function tickOfRequest(request: ReceivedRequest): string {
  return `${request.headers['calvin-trigger-id']}@${Date.parse(String(request.headers['calvin-scheduled-at']))}`;
}

/** The tick a record is for, in the same form. */
export function tickOfRecord(record: ExecutionRecord): string {
  return `${record.workspace_id}/${record.job_name}@${Date.parse(record.scheduled_at)}`;
}