import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import express from 'express';
import { Redis, RedisOptions } from 'ioredis';
import { redactUrl } from 'calvin-runtime/contracts';
import { CliError, EXIT_USAGE } from './io';

export interface QueuesDashboardOptions {
  readonly redisUrl: string;
  /** PEM CA bundle for a `rediss://` server whose certificate is not from a public CA (as the worker's REDIS_TLS_CA_FILE). */
  readonly redisTlsCaFile?: string;
  readonly queueNames: readonly string[];
  /** 0 picks a free port. */
  readonly port: number;
  /** Bull Board without retry, clean, remove, pause or add: for looking, not touching. */
  readonly readOnly: boolean;
  /** Where the board is mounted, e.g. `/queues`. @default '/' */
  readonly basePath?: string;
  /** How long to wait for Redis to answer a PING before giving up. @default 5000 */
  readonly connectTimeoutMs?: number;
  /**
   * Called once when the connection to Redis is lost after the start (again only after it came
   * back), with a message that never contains the password; the board keeps reconnecting.
   */
  readonly onRedisError?: (message: string) => void;
}

export interface QueuesDashboard {
  /** `http://127.0.0.1:<port><basePath>`, with the port actually bound. */
  readonly url: string;
  close(): Promise<void>;
}

/** The only interface the dashboard listens on: it can change and delete jobs, so it is not for the network. */
export const DASHBOARD_HOST = '127.0.0.1';

/** `queues`, `/queues/` → `/queues/`; '' → `/`. Anything but plain path segments is refused. */
export function normalizeBasePath(basePath = '/'): string {
  const segments = basePath.split('/').filter(Boolean);
  if (segments.some((segment) => !/^[A-Za-z0-9_.~-]+$/.test(segment) || segment === '.' || segment === '..')) {
    throw new CliError(`base path "${basePath}" is not made of plain path segments (letters, digits, '_', '.', '~', '-')`, EXIT_USAGE);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * Bull Board for the scheduler's queues, served on 127.0.0.1 only. Redis is checked with a
 * bounded PING first: ioredis would otherwise retry forever and the page would just hang.
 */
export async function startQueuesDashboard(options: QueuesDashboardOptions): Promise<QueuesDashboard> {
  const basePath = normalizeBasePath(options.basePath);
  const connection = await connectToRedis(options);
  const queues = openQueues(options.queueNames, connection);
  const app = boardApp(queues, basePath, options.readOnly);
  const closeRedis = async (): Promise<void> => {
    // Bounded: with Redis gone, closing a queue could wait for it forever (maxRetriesPerRequest null).
    await settlesWithin(Promise.allSettled(queues.map((queue) => queue.close())), 2_000);
    disconnect(connection);
  };
  let server: Server;
  try {
    server = await listen(app, options.port);
  } catch (error) {
    await closeRedis();
    throw listenFailure(error as NodeJS.ErrnoException, options.port);
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${DASHBOARD_HOST}:${port}${basePath}`,
    close() {
      closing ??= closeServer(server).then(closeRedis);
      return closing;
    },
  };
}

/**
 * No retries until the first PING answers (a wrong URL fails at once); after that reconnect
 * as the worker does, at most 2 s apart, since a managed Redis failover takes seconds.
 */
async function connectToRedis(options: QueuesDashboardOptions): Promise<Redis> {
  const timeoutMs = options.connectTimeoutMs ?? 5_000;
  let reachable = false;
  const redisOptions: RedisOptions = {
    maxRetriesPerRequest: null,
    connectTimeout: timeoutMs,
    lazyConnect: true,
    retryStrategy: (attempt) => (reachable ? Math.min(attempt * 100, 2_000) : null),
    ...(options.redisUrl.startsWith('rediss:') && options.redisTlsCaFile ? { tls: { ca: readFileSync(options.redisTlsCaFile) } } : {}),
  };
  const connection = new Redis(options.redisUrl, redisOptions);
  reportOutages(connection, options, () => reachable);
  try {
    await ping(connection, timeoutMs);
    reachable = true;
  } catch (error) {
    disconnect(connection);
    throw new CliError(`cannot reach Redis at ${redactUrl(options.redisUrl)}: ${withoutPassword((error as Error).message, options.redisUrl)}`);
  }
  return connection;
}

/** Once per outage, not per reconnect attempt: the board keeps trying every 2 s. */
function reportOutages(connection: Redis, options: QueuesDashboardOptions, reachable: () => boolean): void {
  let down = false;
  connection.on('error', (error: Error) => {
    // Before the PING answers, errors surface through it; a listener keeps ioredis from printing each one.
    if (!reachable() || down) return;
    down = true;
    options.onRedisError?.(`lost Redis at ${redactUrl(options.redisUrl)}: ${withoutPassword(errorText(error), options.redisUrl)}; reconnecting`);
  });
  connection.on('ready', () => { down = false; });
}

/** One shared connection: a Queue needs no blocking one, and a shared one is left for us to close. */
function openQueues(names: readonly string[], connection: Redis): Queue[] {
  return names.map((name) => {
    const queue = new Queue(name, { connection });
    // Connection errors are reported once by reportOutages; BullMQ would otherwise console.error them again.
    queue.on('error', () => undefined);
    return queue;
  });
}

function boardApp(queues: readonly Queue[], basePath: string, readOnly: boolean): express.Express {
  const serverAdapter = new ExpressAdapter();
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: readOnly, allowRetries: !readOnly })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'calvin queues' } },
  });
  serverAdapter.setBasePath(basePath);
  const app = express();
  app.disable('x-powered-by');
  app.use(basePath === '/' ? '/' : basePath.slice(0, -1), serverAdapter.getRouter());
  return app;
}

/** Async, so that a port Node refuses outright (out of range) rejects like a busy one and Redis is closed after it too. */
async function listen(app: express.Express, port: number): Promise<Server> {
  const server = app.listen(port, DASHBOARD_HOST);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => { throw error; })]);
  return server;
}

function listenFailure(error: NodeJS.ErrnoException, port: number): CliError {
  if (error.code === 'EADDRINUSE') return new CliError(`port ${port} on ${DASHBOARD_HOST} is in use; pass another --port (0 picks a free one)`);
  if (error.code === 'EACCES') return new CliError(`port ${port} on ${DASHBOARD_HOST} needs privileges; pass a port above 1023`);
  return new CliError(`cannot listen on ${DASHBOARD_HOST}:${port}: ${error.message}`);
}

async function ping(connection: Redis, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to PING within ${timeoutMs} ms`)), timeoutMs);
  });
  // The last connection error says more than "timed out" (ECONNREFUSED, WRONGPASS, a TLS error).
  let lastError: Error | undefined;
  const onError = (error: Error): void => {
    lastError = error;
  };
  connection.on('error', onError);
  try {
    await Promise.race([connection.connect().then(() => connection.ping()), timeout]);
  } catch (error) {
    throw lastError ? new Error(errorText(lastError)) : error;
  } finally {
    clearTimeout(timer);
    connection.off('error', onError);
  }
}

/**
 * ioredis arms a 2 s timer on disconnect that only the socket's 'close' clears; on a socket that
 * has already closed it would keep the process alive for nothing.
 */
function disconnect(connection: Redis): void {
  if (connection.status !== 'end') connection.disconnect();
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => { timer = setTimeout(resolve, ms); })]);
  clearTimeout(timer);
}

/** Closes the server and the browser's keep-alive connections, so Ctrl-C does not wait for them. */
async function closeServer(server: Server): Promise<void> {
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}

function errorText(error: Error): string {
  return error.message || (error as NodeJS.ErrnoException).code || String(error);
}

/** A server's error text may quote the AUTH it refused; the password never reaches the terminal. */
function withoutPassword(message: string, redisUrl: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(redisUrl).password);
  } catch {
    // an unparseable URL has no password to hide
  }
  return password ? message.split(password).join('***') : message;
}
