import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { formatFireTimes, zonedTime } from '../../cli/schedule-text';
import { calvin } from './capture';

const FIXTURE_APP = path.join(__dirname, 'fixtures', 'inventory-app.ts');

describe('calvin apps and calvin triggers', () => {
  let work: string;
  let dist: string;
  let exampleDist: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-inventory-'));
    dist = path.join(work, 'dist');
    exampleDist = path.join(work, 'example');
    const [fixture, example] = await Promise.all([
      calvin(['synth', '--app', FIXTURE_APP, '--out', dist]),
      calvin(['synth', '--out', exampleDist]),
    ]);
    expect([fixture.code, example.code]).toEqual([0, 0]);
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('apps: engine, scale bounds, public URL from the domain mapping or the cluster-local URL, image', async () => {
    const run = await calvin(['apps', '--dir', dist]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe([
      'NAMESPACE    NAME    ENGINE   SCALE  URL                                                          IMAGE',
      'calvin-apps  ledger  knative    0–3  http://ledger.calvin-apps.svc.cluster.local (cluster-local)  registry.example.com/ledger:0.9.0',
      'calvin-apps  web     kserve     1–4  https://web.apps.example.com                                 registry.example.com/web:1.2.3',
      '',
    ].join('\n'));
  });

  test('apps --json, synthesizing the app itself into a throwaway directory', async () => {
    const cwd = fs.mkdtempSync(path.join(work, 'cwd-'));
    const run = await calvin(['apps', '--app', FIXTURE_APP, '--json'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { name: 'ledger', namespace: 'calvin-apps', engine: 'knative', visibility: 'clusterLocal', url: 'http://ledger.calvin-apps.svc.cluster.local',
        internalUrl: 'http://ledger.calvin-apps.svc.cluster.local', image: 'registry.example.com/ledger:0.9.0', minScale: 0, maxScale: 3 },
      { name: 'web', namespace: 'calvin-apps', engine: 'kserve', visibility: 'public', url: 'https://web.apps.example.com',
        internalUrl: 'http://web-predictor.calvin-apps.svc.cluster.local', image: 'registry.example.com/web:1.2.3', minScale: 1, maxScale: 4 },
    ]);
    // Nothing written where it ran.
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  test("triggers: schedule in words and the next 3 fire times in each trigger's zone", async () => {
    // Friday 2026-03-27 12:00 UTC: Madrid moves to summer time on Sunday, Kathmandu is +05:45 all year.
    const run = await calvin(['triggers', '--dir', dist, '--at', '2026-03-27T12:00:00Z']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe([
      'WORKSPACE  NAME            SCHEDULE        TIMEZONE        DESCRIPTION                         NEXT 3                                                       TARGET',
      'acme       heartbeat       */20 * * * * *  Asia/Kathmandu  Every 20 seconds                    2026-03-27 17:45:20 +05:45, 17:45:40, 17:46:00               GET https://status.example.com/ping',
      'acme       weekday-report  0 9 * * 1-5     Europe/Madrid   At 09:00, on Monday through Friday  2026-03-30 09:00 +02:00, 2026-03-31 09:00, 2026-04-01 09:00  GET http://web-predictor.calvin-apps.svc.cluster.local/report',
      'globex     nightly         @daily          UTC             At 00:00                            disabled                                                     GET http://web-predictor.calvin-apps.svc.cluster.local/nightly',
      '',
    ].join('\n'));
  });

  test('triggers across the spring-forward hour: the skipped wall-clock times are not shown', async () => {
    // 2026-03-29 01:00 UTC: Madrid jumps from 02:00 CET to 03:00 CEST.
    const run = await calvin(['triggers', '--dir', exampleDist, '--at', '2026-03-29T00:50:00Z', '--next', '4']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toContain('Every 5 minutes  2026-03-29 01:55 +01:00, 2026-03-29 03:00 +02:00, 03:05, 03:10  POST http://my-app-predictor.calvin-apps.svc.cluster.local/endpoint');
  });

  test('--at without an offset is UTC, as --from and --to of calvin metrics, whatever the machine\'s zone', async () => {
    const explicit = await calvin(['triggers', '--dir', dist, '--at', '2026-03-27T12:00:00Z', '--json']);
    // Node applies a changed TZ at once: a bare time parsed as local would land 4 hours later.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    const bare = await calvin(['triggers', '--dir', dist, '--at', '2026-03-27T12:00:00', '--json']).finally(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(explicit.stdout);
  });

  test('triggers --json --workspace: ISO times with the zone offset', async () => {
    const run = await calvin(['triggers', '--dir', dist, '--at', '2026-03-27T12:00:00Z', '--workspace', 'acme', '--json']);
    expect(run.code).toBe(0);
    const triggers = JSON.parse(run.stdout);
    expect(triggers.map((t: any) => t.id)).toEqual(['acme/heartbeat', 'acme/weekday-report']);
    expect(triggers[1]).toEqual({
      id: 'acme/weekday-report', workspace: 'acme', name: 'weekday-report', schedule: '0 9 * * 1-5', timezone: 'Europe/Madrid',
      description: 'At 09:00, on Monday through Friday', enabled: true, method: 'GET',
      url: 'http://web-predictor.calvin-apps.svc.cluster.local/report', target: { app: 'web', namespace: 'calvin-apps', via: 'internal' },
      catalog: 'calvin-system/scheduler-worker-triggers',
      next: ['2026-03-30T09:00:00+02:00', '2026-03-31T09:00:00+02:00', '2026-04-01T09:00:00+02:00'],
    });
    expect(triggers[0].next).toEqual(['2026-03-27T17:45:20+05:45', '2026-03-27T17:45:40+05:45', '2026-03-27T17:46:00+05:45']);
  });

  test('an invalid trigger catalog is an error listing its problems, not an empty table', async () => {
    const broken = path.join(work, 'broken-catalog');
    fs.mkdirSync(broken);
    const catalog = { apiVersion: 'calvin-runtime.dev/v1', kind: 'TriggerCatalog', triggers: [{ id: 'acme/x', workspace: 'acme', name: 'x', schedule: '61 * * * *' }] };
    fs.writeFileSync(path.join(broken, 'catalog.k8s.yaml'), YAML.stringify({
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'triggers', namespace: 'ops' }, data: { 'triggers.json': JSON.stringify(catalog) },
    }));
    const run = await calvin(['triggers', '--dir', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: ConfigMap ops\/triggers holds an invalid trigger catalog:\n {2}\S/);
  });

  test('bad flags and an empty directory are usage errors', async () => {
    const next = await calvin(['triggers', '--dir', dist, '--next', '0']);
    expect(next.code).toBe(2);
    expect(next.stderr).toBe('error: --next: "0" is not an integer from 1 to 20\n');
    const at = await calvin(['triggers', '--dir', dist, '--at', 'yesterday']);
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('--at: "yesterday" is not an ISO 8601 date or time');
    const empty = await calvin(['apps', '--dir', fs.mkdtempSync(path.join(work, 'empty-'))]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no .yaml files in');
  });

  test('time formatting: UTC shows +00:00, a change of day or offset shows in full', () => {
    expect(zonedTime(Date.UTC(2026, 0, 1, 0, 0, 5), 'UTC', true)).toEqual({ date: '2026-01-01', time: '00:00:05', offset: '+00:00', iso: '2026-01-01T00:00:05+00:00' });
    // Fall back in New York: 01:30 happens twice, at -04:00 and then at -05:00.
    const first = Date.UTC(2026, 10, 1, 5, 30);
    expect(formatFireTimes([first, first + 3_600_000, first + 86_400_000], 'America/New_York', false))
      .toBe('2026-11-01 01:30 -04:00, 2026-11-01 01:30 -05:00, 2026-11-02 00:30');
  });
});
