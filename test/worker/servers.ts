import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, createServer as createNetServer, Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { ExecutionRecord } from '../../contracts/execution-record';
import { within } from './waits';

/**
 * Real parts for the worker's tests: redis-server (plain and TLS) on ephemeral ports, s3rver, and
 * HTTP targets on 127.0.0.1. Every wait is on an event, bounded by a timeout.
 */

export function tempDir(prefix = 'calvin-worker-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Listens on an ephemeral port of 127.0.0.1 (tests reach nothing but loopback) and resolves to it. */
export async function listenOnLoopback(server: NetServer): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

export async function freePort(): Promise<number> {
  const server = createNetServer();
  const port = await listenOnLoopback(server);
  server.close();
  await once(server, 'close');
  return port;
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
export function makeCertificates(dir: string): { ca: string; cert: string; key: string } {
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
  let server: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', join(__dirname, 's3rver-child.js'), String(port), directory, bucket], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    server = child;
    const early = once(child, 'exit').then(([code]) => Promise.reject(new Error(`s3rver exited (${code}) before it listened`)));
    early.catch(() => undefined); // once it listens, its exit is stop()'s business
    await within(20_000, Promise.race([once(child.stdout!, 'data'), early]), 's3rver to listen');
  };
  const stop = async (): Promise<void> => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await within(10_000, exited, 's3rver to stop').catch(() => child.kill('SIGKILL'));
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
    stop,
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
    this.port = await listenOnLoopback(this.server);
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

/** A TargetServer as a source for `until`. */
export function requestsOf(target: TargetServer): (wake: () => void) => () => void {
  return (wake) => {
    target.on('request', wake);
    return () => target.off('request', wake);
  };
}
