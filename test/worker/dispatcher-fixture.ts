import type { LookupAddress } from 'node:dns';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import { AttemptOutcome, TriggerDispatcher } from '../../worker/dispatcher';
import { SecretHeaderStore } from '../../worker/secret-headers';
import { parseAllowList, Resolver } from '../../worker/target-guard';
import { listenOnLoopback, removeDir, TargetServer, tempDir } from './servers';
import { within } from './waits';

/**
 * The dispatcher's tests: one attempt at a time against real HTTP servers on 127.0.0.1. DNS answers
 * are simulated with the dispatcher's `resolver` option, the only injection; everything else is real.
 */

export const SCHEDULED_AT = Date.parse('2025-06-01T12:00:00.000Z');

/** Two targets (two origins) for the file, and each test's directory (its secrets live there). */
export interface DispatcherServers {
  readonly target: TargetServer;
  readonly other: TargetServer;
  readonly dir: string;
}

export interface DispatcherFixture {
  /** A dispatcher allow-listing `allow` (default 127.0.0.1), closed after the test. */
  dispatcher(options?: { allow?: string; secrets?: string[]; resolver?: Resolver; maxRedirects?: number }): TriggerDispatcher;
  /** One attempt at the tick SCHEDULED_AT (or `scheduledAt`), bounded by 10 s. */
  dispatch(d: TriggerDispatcher, trigger: CatalogTrigger, attempt?: number, scheduledAt?: number): Promise<AttemptOutcome>;
  /** Writes a secret header value where the dispatcher's SecretHeaderStore reads it. */
  writeSecret(secret: string, key: string, value: string): void;
}

/**
 * The hooks of a dispatcher test file: the two targets for the file, answering 200 "ok" and with no
 * requests before each test; a fresh directory per test; every dispatcher closed after it.
 */
export function useDispatcherFixture(bind: (servers: DispatcherServers) => void): DispatcherFixture {
  let target: TargetServer | undefined;
  let other: TargetServer | undefined;
  let dir = '';
  const dispatchers: TriggerDispatcher[] = [];
  beforeAll(async () => {
    [target, other] = await Promise.all([new TargetServer().listen(), new TargetServer().listen()]);
  });
  afterAll(async () => {
    await Promise.all([target?.close(), other?.close()]);
  });
  beforeEach(() => {
    dir = tempDir('calvin-dispatch-');
    for (const server of [target!, other!]) {
      server.requests.length = 0;
      server.handler = (_req, res) => res.writeHead(200).end('ok');
    }
    bind({ target: target!, other: other!, dir });
  });
  afterEach(async () => {
    await Promise.all(dispatchers.splice(0).map((d) => within(5000, d.close(), 'dispatcher to close')));
    removeDir(dir);
  });
  return {
    dispatcher: (options = {}) => {
      const { list, problems } = parseAllowList(options.allow ?? '127.0.0.1');
      expect(problems).toEqual([]);
      const d = new TriggerDispatcher({
        allowList: list,
        secretHeaders: new SecretHeaderStore(join(dir, 'secrets')),
        signingSecrets: options.secrets ?? [],
        resolver: options.resolver,
        maxRedirects: options.maxRedirects,
      });
      dispatchers.push(d);
      return d;
    },
    dispatch: (d, trigger, attempt = 1, scheduledAt = SCHEDULED_AT) => within(10_000, d.dispatch({ trigger, scheduledAt, attempt }), `dispatch to ${trigger.url}`),
    writeSecret: (secret, key, value) => {
      mkdirSync(join(dir, 'secrets', secret), { recursive: true });
      writeFileSync(join(dir, 'secrets', secret, key), value);
    },
  };
}

/** A resolver answering from a fixed table (the one sanctioned injection: simulated DNS). */
export function answers(table: Record<string, string[]>): Resolver {
  return async (host) => {
    const addresses = table[host.toLowerCase()];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** A server that counts TCP connections and requests: for "nothing reached it". */
export class TrapServer {
  public connections = 0;
  public requests = 0;
  private readonly server: Server = createServer((_req, res) => {
    this.requests++;
    res.writeHead(200).end('trapped');
  });

  public port = 0;

  public async listen(): Promise<this> {
    this.server.on('connection', () => this.connections++);
    this.port = await listenOnLoopback(this.server);
    return this;
  }

  public async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
