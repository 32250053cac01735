import { join } from 'node:path';
import { CatalogTrigger } from '../../contracts/trigger-catalog';
import { DnsServer } from './dns-server';
import {
  catalogTrigger, RedisServer, S3Server, TargetServer, until, useRealParts, workerEnv, WorkerProcess, writeCatalog,
} from './harness';

/**
 * Issue 24, findings 1 and 2, against worker processes: a target that redirects into an
 * allow-listed name or address, and allow-listed names that resolve to loopback through a DNS
 * server the test controls (TARGET_DNS_SERVERS). A trap server on 127.0.0.1 stands for what the
 * guard protects; it must receive nothing.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const { processes } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

let trap: TargetServer;
let dns: DnsServer;
beforeEach(async () => {
  trap = await new TargetServer().listen();
  dns = await new DnsServer({
    'victim.calvin-apps.svc.cluster.local': ['127.0.0.1'],
    'meta.calvin-apps.svc.cluster.local': ['127.0.0.1'],
  }).listen();
});
afterEach(async () => {
  await trap.close();
  await dns.close();
});

/** Starts a worker process on `triggers` and returns the final failure (its error) of each trigger's first tick. */
async function firstFailures(triggers: CatalogTrigger[], allowList: string): Promise<Map<string, string>> {
  writeCatalog(join(dir, 'triggers.json'), triggers);
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { TARGET_ALLOW_LIST: allowList, TARGET_DNS_SERVERS: dns.address } }));
  processes.push(worker);
  const failures = new Map<string, string>();
  const collect = (): boolean => {
    for (const log of worker.logs()) if (log.msg === 'trigger attempt failed' && !failures.has(String(log.trigger))) failures.set(String(log.trigger), String(log.error));
    return triggers.every((t) => failures.has(t.id));
  };
  await until(collect, [(wake) => worker.onLine(wake)], 30_000, `a failed attempt of each of ${triggers.map((t) => t.id).join(', ')}`);
  expect(await worker.stop()).toBe(0);
  return failures;
}

const once = { retry: { attempts: 1, baseDelayMs: 100, maxDelayMs: 100, jitter: false } } as const;

test('a redirect from the catalog\'s target into an allow-listed name is refused, and recorded as such', async () => {
  // The target the catalog names (127.0.0.1 stands for a public host here) redirects into the cluster.
  target.handler = (_request, res) => res.writeHead(307, { location: `http://victim.calvin-apps.svc.cluster.local:${trap.port}/admin` }).end();
  const failures = await firstFailures([catalogTrigger({ name: 'to-name', url: `${target.url}/to-name`, ...once })], '127.0.0.1,.calvin-apps.svc.cluster.local');
  expect(trap.requests).toEqual([]);
  expect(failures.get('ws/to-name')).toBe('redirect refused: victim.calvin-apps.svc.cluster.local is allow-listed, and the allow-list exempts only the URL the catalog names');
});

test('a same-origin redirect inside the allow-list is still followed', async () => {
  target.handler = (request, res) => (request.url === '/start' ? res.writeHead(307, { location: '/next' }).end() : res.writeHead(200).end());
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ name: 'same', url: `${target.url}/start`, ...once })]);
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { TARGET_ALLOW_LIST: '127.0.0.1', TARGET_DNS_SERVERS: dns.address } }));
  processes.push(worker);
  await target.waitForRequests(1, 30_000, (r) => r.url === '/next');
  expect(await worker.stop()).toBe(0);
});

test('an allow-listed name that resolves to loopback is refused, directly and through a redirect', async () => {
  target.handler = (_request, res) => res.writeHead(307, { location: `http://meta.calvin-apps.svc.cluster.local:${trap.port}/latest` }).end();
  const failures = await firstFailures([
    catalogTrigger({ name: 'direct', url: `http://meta.calvin-apps.svc.cluster.local:${trap.port}/latest`, ...once }),
    catalogTrigger({ name: 'via-redirect', url: `${target.url}/go`, ...once }),
  ], '127.0.0.1,.calvin-apps.svc.cluster.local');
  expect(trap.requests).toEqual([]);
  expect(dns.queries).toContain('meta.calvin-apps.svc.cluster.local');
  expect(failures.get('ws/direct')).toMatch(/^target host meta\.calvin-apps\.svc\.cluster\.local resolves to 127\.0\.0\.1 is a .*; a host name never reaches it, allow-listed or not$/);
  expect(failures.get('ws/via-redirect')).toMatch(/^redirect refused: meta\.calvin-apps\.svc\.cluster\.local is allow-listed/);
});

test('TARGET_ALLOW_LIST entries that allow everything are refused at start (exit 78), each named', async () => {
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { TARGET_ALLOW_LIST: '0.0.0.0/0,::/0,.com,169.254.169.254,.svc.cluster.local' } }));
  processes.push(worker);
  expect(await worker.exited).toBe(78);
  const problems = worker.logs().flatMap((log) => (log.problems as string[] | undefined) ?? []);
  expect(problems.map((p) => p.replace(/ (reaches|is) .*/, ' $1'))).toEqual([
    'TARGET_ALLOW_LIST: "0.0.0.0/0" reaches', 'TARGET_ALLOW_LIST: "::/0" reaches', 'TARGET_ALLOW_LIST: ".com" is', 'TARGET_ALLOW_LIST: "169.254.169.254" is',
  ]);
  expect(problems[2]).toMatch(/one-label suffix/);
  expect(problems[3]).toMatch(/link-local/);
});
