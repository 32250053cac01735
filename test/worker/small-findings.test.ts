import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND } from '../../contracts/trigger-catalog';
import { answers, useDispatcherFixture } from './dispatcher-fixture';
import {
  catalogTrigger, RealParts, removeDir, startRealParts, stopRealParts, TargetServer, tempDir, workerEnv, WorkerProcess,
} from './harness';

/**
 * Issue 24's smaller findings, one row each: what a target or a file supplies is capped or kept
 * out of errors, and REDIS_TLS_CA_FILE is checked with the other settings. Worker processes for
 * what the process reports at start; the dispatcher for what a target sends back.
 */

let target: TargetServer;
const { dispatcher, dispatch } = useDispatcherFixture((servers) => ({ target } = servers));

describe('what a target sends back is capped in records and logs', () => {
  test('a 12 KB Location host is not copied whole into the attempt\'s error', async () => {
    const host = `${'a'.repeat(60)}.`.repeat(200).concat('example.test');
    target.handler = (_req, res) => res.writeHead(302, { location: `http://${host}/` }).end();
    // The name resolves to a private address: refused by the guard before any connection, with the host in the message.
    const outcome = await dispatch(dispatcher({ allow: '127.0.0.1', resolver: answers({ [host]: ['10.0.0.5'] }) }), catalogTrigger({ url: `${target.url}/start`, method: 'GET', body: undefined }));
    expect(host.length).toBeGreaterThan(12_000);
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null });
    const { error } = outcome as { error: string };
    expect(error.length).toBeLessThanOrEqual(450);
    expect(error).toMatch(/^redirect target host a{60}\.a+.*… \(\d+ characters\)$/);
  });
});

describe('the worker process at start', () => {
  let parts: RealParts;
  let dir: string;
  const processes: WorkerProcess[] = [];
  beforeAll(async () => {
    parts = await startRealParts();
  });
  afterAll(() => stopRealParts(parts));
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    processes.splice(0).forEach((p) => p.kill());
    removeDir(dir);
  });

  async function refusedAtStart(env: Record<string, string>, setup: (catalogDir: string) => void): Promise<{ text: string; problems: string[] }> {
    const catalogDir = join(dir, 'catalog');
    mkdirSync(catalogDir);
    setup(catalogDir);
    const worker = new WorkerProcess(workerEnv({ redis: parts.redis, s3: parts.s3, dir, env: { TRIGGERS_FILE: catalogDir, ...env } }));
    processes.push(worker);
    expect(await worker.exited).toBe(78);
    const problems = worker.logs().flatMap((l) => (l.problems as string[] | undefined) ?? []);
    return { text: worker.lines.join('\n'), problems };
  }

  const validCatalog = (dir: string): void => writeFileSync(join(dir, 'triggers.json'), JSON.stringify({ apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers: [] }));

  test('a catalog URL with credentials is refused without echoing them', async () => {
    const { text, problems } = await refusedAtStart({}, (catalogDir) => writeFileSync(join(catalogDir, 'triggers.json'), JSON.stringify({
      apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND,
      triggers: [catalogTrigger({ url: 'https://user:s3cretInURL@example.com/hook?token=t0kenInURL' })],
    })));
    expect(problems.join('\n')).toMatch(/\/triggers\/0\/url: "https:\/\/user:\*\*\*@example\.com\/hook\?token=\*\*\*" is not an absolute/);
    expect(text).not.toContain('s3cretInURL');
    expect(text).not.toContain('t0kenInURL');
  });

  test('a shard symlinked to another file is refused without echoing its content', async () => {
    const secretFile = join(dir, 'passwd');
    writeFileSync(secretFile, 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n');
    const { text, problems } = await refusedAtStart({}, (catalogDir) => {
      validCatalog(catalogDir);
      symlinkSync(secretFile, join(catalogDir, 'triggers-0a.json'));
    });
    expect(problems.join('\n')).toMatch(/not valid JSON/);
    expect(text).not.toContain('root:x:0');
    expect(text).not.toContain('/bin/bash');
  });

  test.each<[string, (dir: string) => string, RegExp]>([
    ['missing', (d) => join(d, 'no-such-ca.pem'), /^REDIS_TLS_CA_FILE: ".*no-such-ca\.pem" cannot be read \(ENOENT\)/],
    ['not PEM', (d) => {
      writeFileSync(join(d, 'ca.pem'), 'SECRET-NOT-A-CERT\n');
      return join(d, 'ca.pem');
    }, /^REDIS_TLS_CA_FILE: ".*ca\.pem" holds no PEM certificate/],
    ['a broken certificate', (d) => {
      writeFileSync(join(d, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nU0VDUkVU\n-----END CERTIFICATE-----\n');
      return join(d, 'ca.pem');
    }, /^REDIS_TLS_CA_FILE: ".*ca\.pem": certificate #1 is not a valid X\.509 certificate$/],
  ])('REDIS_TLS_CA_FILE %s: exit 78 with the other problems, contents not echoed', async (_what, file, problem) => {
    const { text, problems } = await refusedAtStart({ REDIS_TLS_CA_FILE: file(dir), QUEUE_NAME: 'bad queue!' }, validCatalog);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem), expect.stringMatching(/^QUEUE_NAME: /)]));
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('U0VDUkVU');
  });

  test('a PEM bundle of valid certificates is accepted', async () => {
    writeFileSync(join(dir, 'bundle.pem'), rootCertificates.slice(0, 3).join('\n'));
    const catalogDir = join(dir, 'catalog');
    mkdirSync(catalogDir);
    validCatalog(catalogDir);
    const worker = new WorkerProcess(workerEnv({ redis: parts.redis, s3: parts.s3, dir, env: { TRIGGERS_FILE: catalogDir, REDIS_TLS_CA_FILE: join(dir, 'bundle.pem') } }));
    processes.push(worker);
    await worker.waitForLog('scheduler worker started', 30_000);
    expect(await worker.stop()).toBe(0);
  });
});
