import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import pino from 'pino';
import S3rver from 's3rver';
import { CatalogTrigger, TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND } from '../../contracts/trigger-catalog';
import { loadWorkerConfig, WorkerConfig } from '../../worker/config';
import type { ExecutionRecord } from '../../contracts/execution-record';

/**
 * Real parts for the worker's tests: redis-server (plain and TLS) on ephemeral ports, s3rver, and
 * HTTP targets on 127.0.0.1. Every wait is on an event, bounded by a timeout, so a test whose
 * server died fails instead of hanging.
 */

export function tempDir(prefix = 'calvin-worker-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** Rejects with `what` if `promise` does not settle within `ms`. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** PEM CA file (TLS servers only). */
  readonly caFile?: string;
  /** The running redis-server's process id (benchmarks read its CPU time). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Starts again on the same port (data kept only if `persist`). */
  start(): Promise<void>;
}

/** Generates a throwaway CA and a server certificate for 127.0.0.1 with the openssl CLI. */
function makeCertificates(dir: string): { ca: string; cert: string; key: string } {
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=calvin-test-ca');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  run('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '1', '-extfile', 'san.ext');
  return { ca: join(dir, 'ca.crt'), cert: join(dir, 'server.crt'), key: join(dir, 'server.key') };
}

export async function startRedis(options: { tls?: boolean; persist?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = tempDir('calvin-redis-');
  const certs = options.tls ? makeCertificates(dir) : undefined;
  const args = [
    '--bind', '127.0.0.1', '--dir', dir, '--maxmemory-policy', 'noeviction', '--save', '', '--appendonly', options.persist ? 'yes' : 'no',
    ...(certs
      ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', certs.cert, '--tls-key-file', certs.key, '--tls-ca-cert-file', certs.ca, '--tls-auth-clients', 'no']
      : ['--port', String(port)]),
  ];
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    await within(10_000, new Promise<void>((resolve, reject) => {
      proc.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      proc.once('error', reject);
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
    }), 'redis-server to accept connections');
  };
  await start();
  return {
    url: `${certs ? 'rediss' : 'redis'}://127.0.0.1:${port}`,
    port,
    caFile: certs?.ca,
    get pid() {
      return child?.pid;
    },
    start,
    async stop() {
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      const exited = once(proc, 'exit');
      proc.kill('SIGTERM');
      await within(10_000, exited, 'redis-server to exit');
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface S3Server {
  readonly endpoint: string;
  readonly bucket: string;
  readonly client: S3Client;
  stop(): Promise<void>;
  /** Starts again on the same port and directory: the objects written before are still there. */
  start(): Promise<void>;
  /** Closes the test's own S3 client. */
  destroy(): void;
  /** Every object under `prefix`, key → parsed JSON. */
  objects(prefix?: string): Promise<Map<string, ExecutionRecord[]>>;
}

export async function startS3(bucket = 'calvin-metrics'): Promise<S3Server> {
  const port = await freePort();
  const directory = tempDir('calvin-s3-');
  let server: S3rver | undefined;
  const start = async (): Promise<void> => {
    server = new S3rver({ port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
    await server.run();
  };
  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint, region: 'us-east-1', forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    endpoint,
    bucket,
    client,
    start,
    async stop() {
      await server?.close();
      server = undefined;
    },
    destroy() {
      client.destroy();
    },
    async objects(prefix = '') {
      const result = new Map<string, ExecutionRecord[]>();
      let token: string | undefined;
      for (let page = 0; page < 100; page++) {
        const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const { Key } of listed.Contents ?? []) {
          const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: Key! }));
          result.set(Key!, JSON.parse(await object.Body!.transformToString()));
        }
        if (!listed.IsTruncated) break;
        token = listed.NextContinuationToken;
      }
      return result;
    },
  };
}

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly receivedAt: number;
}

export type TargetHandler = (request: ReceivedRequest, res: ServerResponse) => void;

/** An HTTP server on 127.0.0.1 that records every request and answers with `handler` (default 200). */
export class TargetServer extends EventEmitter {
  public readonly requests: ReceivedRequest[] = [];
  private readonly server: Server;
  public port = 0;

  public constructor(public handler: TargetHandler = (_req, res) => res.writeHead(200).end('ok')) {
    super();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request: ReceivedRequest = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() };
        this.requests.push(request);
        this.emit('request', request);
        this.handler(request, res);
      });
    });
  }

  public get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  public async listen(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Resolves when `count` requests matching `filter` have arrived (counting those already here). */
  public waitForRequests(count: number, timeoutMs: number, filter: (r: ReceivedRequest) => boolean = () => true): Promise<ReceivedRequest[]> {
    const matching = this.requests.filter(filter);
    if (matching.length >= count) return Promise.resolve(matching);
    let listener: ((request: ReceivedRequest) => void) | undefined;
    // Counted one request at a time: a benchmark waits for tens of thousands.
    return within(timeoutMs, new Promise<ReceivedRequest[]>((resolve) => {
      listener = (request) => {
        if (!filter(request)) return;
        matching.push(request);
        if (matching.length >= count) resolve(matching);
      };
      this.on('request', listener);
    }), `${count} requests at the target (got ${matching.length})`).finally(() => {
      if (listener) this.off('request', listener);
    });
  }

  public async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

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

/** A worker in its own process (`node --import tsx worker/main.ts`), as in production. */
export class WorkerProcess {
  public readonly lines: string[] = [];
  public readonly exited: Promise<number | null>;
  private readonly proc: ChildProcess;
  private readonly events = new EventEmitter();

  /**
   * `built`: run the compiled lib/worker/main.js (as the image does) instead of the sources through
   * tsx. `isolated`: run `entry` from `cwd` with `env` alone (no inherited variables) over the image's
   * ENV (`isolated.env`), as a container would start an image's CMD.
   */
  public constructor(env: Record<string, string>, options: {
    built?: boolean; nodeOptions?: string[]; isolated?: { readonly entry: string[]; readonly cwd: string; readonly env?: Record<string, string> };
  } = {}) {
    const root = join(__dirname, '..', '..');
    const entry = options.isolated?.entry
      ?? (options.built ? [join(root, 'lib', 'worker', 'main.js')] : ['--import', 'tsx', join(root, 'worker', 'main.ts')]);
    this.proc = spawn(process.execPath, [...(options.nodeOptions ?? []), ...entry], {
      cwd: options.isolated?.cwd,
      // Logs are how the test follows the process: never silent.
      env: { ...(options.isolated ? options.isolated.env : process.env), ...env, LOG_LEVEL: env.LOG_LEVEL && env.LOG_LEVEL !== 'silent' ? env.LOG_LEVEL : 'info', NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const onData = (chunk: Buffer): void => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        this.lines.push(line);
        this.events.emit('line', line);
      }
    };
    this.proc.stdout!.on('data', onData);
    this.proc.stderr!.on('data', onData);
    this.exited = new Promise((resolve) => this.proc.once('exit', (code) => resolve(code)));
  }

  /** Resolves with the first log line (past or future) whose `msg` is `message`. */
  public waitForLog(message: string, timeoutMs: number): Promise<Record<string, unknown>> {
    const find = (): Record<string, unknown> | undefined => {
      for (const line of this.lines) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (parsed.msg === message) return parsed;
        } catch { /* not JSON */ }
      }
      return undefined;
    };
    const found = find();
    if (found) return Promise.resolve(found);
    return within(timeoutMs, new Promise((resolve, reject) => {
      const onLine = (): void => {
        const hit = find();
        if (hit) {
          this.events.off('line', onLine);
          resolve(hit);
        }
      };
      this.events.on('line', onLine);
      void this.exited.then((code) => reject(new Error(`worker exited (${code}) before logging "${message}":\n${this.lines.slice(-20).join('\n')}`)));
    }), `worker log "${message}"`);
  }

  /** Every log line parsed (non-JSON lines left out). */
  public logs(): Array<Record<string, unknown>> {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** Calls `listener` with each new log line (for `until`). */
  public onLine(listener: (line: string) => void): () => void {
    this.events.on('line', listener);
    return () => this.events.off('line', listener);
  }

  public signal(signal: NodeJS.Signals): void {
    this.proc.kill(signal);
  }

  /** SIGTERM and wait for the exit code. */
  public async stop(timeoutMs = 20_000): Promise<number | null> {
    if (this.proc.exitCode === null) this.proc.kill('SIGTERM');
    return within(timeoutMs, this.exited, 'worker process to exit');
  }

  public kill(): void {
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
  }
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

/**
 * Resolves once `check()` holds, checking now and again each time one of `sources` reports
 * something (a request at a target, a log line): an event-driven wait, bounded by `timeoutMs`.
 */
export function until(check: () => boolean, sources: Array<(wake: () => void) => () => void>, timeoutMs: number, what: string): Promise<void> {
  if (check()) return Promise.resolve();
  const unsubscribe: Array<() => void> = [];
  return within(timeoutMs, new Promise<void>((resolve) => {
    const wake = (): void => {
      if (check()) resolve();
    };
    for (const source of sources) unsubscribe.push(source(wake));
  }), what).finally(() => unsubscribe.forEach((off) => off()));
}

/** A TargetServer as a source for `until`. */
export function requestsOf(target: TargetServer): (wake: () => void) => () => void {
  return (wake) => {
    target.on('request', wake);
    return () => target.off('request', wake);
  };
}

/** The tick a request is for: `<trigger id>@<scheduled at ms>`. */
export function tickOfRequest(request: ReceivedRequest): string {
  return `${request.headers['calvin-trigger-id']}@${Date.parse(String(request.headers['calvin-scheduled-at']))}`;
}

/** The tick a record is for, in the same form. */
export function tickOfRecord(record: ExecutionRecord): string {
  return `${record.workspace_id}/${record.job_name}@${Date.parse(record.scheduled_at)}`;
}
