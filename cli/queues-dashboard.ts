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
import { redactUrl } from '../worker/config';
import { CliError } from './io';

export interface QueuesDashboardOptions {
  readonly redisUrl: string;
  /** PEM CA bundle for a `rediss://` server whose certificate is not from a public CA (as the worker's REDIS_TLS_CA_FILE). */
  readonly redisTlsCaFile?: string;
  readonly queueNames: readonly string[];
  /** 0 picks a free port. */
  readonly port: number;
  /** Bull Board without retry, clean, remove, pause or add: for looking, not touching. */
  readonly readOnly: boolean;
  /** How long to wait for Redis to answer a PING before giving up. @default 5000 */
  readonly connectTimeoutMs?: number;
}

export interface QueuesDashboard {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The only interface the dashboard listens on: it can change and delete jobs, so it is not for the network. */
export const DASHBOARD_HOST = '127.0.0.1';

/**
 * Bull Board for the scheduler's queues, served on 127.0.0.1 only. Redis is checked with a
 * bounded PING first: ioredis would otherwise retry forever and the page would just hang.
 */
export async function startQueuesDashboard(options: QueuesDashboardOptions): Promise<QueuesDashboard> {
  // No retries until the first PING answers (a wrong URL fails at once); reconnects after that.
  let reachable = false;
  const redisOptions: RedisOptions = {
    maxRetriesPerRequest: null,
    connectTimeout: options.connectTimeoutMs ?? 5_000,
    retryStrategy: (attempt) => (reachable ? Math.min(attempt * 200, 2_000) : null),
    ...(options.redisUrl.startsWith('rediss:') && options.redisTlsCaFile ? { tls: { ca: readFileSync(options.redisTlsCaFile) } } : {}),
  };
  const connection = new Redis(options.redisUrl, { ...redisOptions, lazyConnect: true });
  // Errors surface through the PING below; without a listener ioredis would print each retry.
  connection.on('error', () => undefined);
  try {
    await ping(connection, options.connectTimeoutMs ?? 5_000);
    reachable = true;
  } catch (error) {
    connection.disconnect();
    throw new CliError(`cannot reach Redis at ${redactUrl(options.redisUrl)}: ${withoutPassword((error as Error).message, options.redisUrl)}`);
  }

  const queues = options.queueNames.map((name) => new Queue(name, { connection }));
  const serverAdapter = new ExpressAdapter();
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: options.readOnly, allowRetries: !options.readOnly })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'calvin queues' } },
  });
  serverAdapter.setBasePath('/');
  const app = express();
  app.disable('x-powered-by');
  app.use('/', serverAdapter.getRouter());

  const server = app.listen(options.port, DASHBOARD_HOST);
  const closeAll = async (): Promise<void> => {
    await Promise.allSettled(queues.map((queue) => queue.close()));
    connection.disconnect();
  };
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => { throw error; })]);
  } catch (error) {
    await closeAll();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${options.port} on ${DASHBOARD_HOST} is in use; pass another --port (0 picks a free one)`);
    if (code === 'EACCES') throw new CliError(`port ${options.port} on ${DASHBOARD_HOST} needs privileges; pass a port above 1023`);
    throw new CliError(`cannot listen on ${DASHBOARD_HOST}:${options.port}: ${(error as Error).message}`);
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${DASHBOARD_HOST}:${port}/`,
    async close() {
      await closeServer(server);
      await closeAll();
    },
  };
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
    throw lastError ? new Error(lastError.message || (lastError as NodeJS.ErrnoException).code || String(lastError)) : error;
  } finally {
    clearTimeout(timer);
    connection.off('error', onError);
  }
}

/** Closes the server and the browser's keep-alive connections, so Ctrl-C does not wait for them. */
async function closeServer(server: Server): Promise<void> {
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
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
