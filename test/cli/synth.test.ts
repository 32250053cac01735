import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { calvin, ROOT } from './capture';

const FIXTURES = path.join(__dirname, 'fixtures');

/** Every file under `dir` (relative path → bytes and mode), directories included by mode. */
function tree(dir: string): Map<string, { mode: number; bytes?: string }> {
  const entries = new Map<string, { mode: number; bytes?: string }>();
  const visit = (current: string): void => {
    for (const name of fs.readdirSync(current).sort()) {
      const full = path.join(current, name);
      const stat = fs.statSync(full);
      const relative = path.relative(dir, full);
      if (stat.isDirectory()) {
        entries.set(`${relative}/`, { mode: stat.mode });
        visit(full);
      } else {
        entries.set(relative, { mode: stat.mode, bytes: fs.readFileSync(full).toString('base64') });
      }
    }
  };
  entries.set('./', { mode: fs.statSync(dir).mode });
  visit(dir);
  return entries;
}

describe('calvin synth', () => {
  let work: string;

  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-synth-test-'));
  });

  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  test('writes exactly what cdk8s synth writes, and summarizes it', async () => {
    const byCdk8s = path.join(work, 'cdk8s');
    const byCalvin = path.join(work, 'calvin');
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'cdk8s'), ['synth', '--no-check-upgrade', '--output', byCdk8s], { cwd: ROOT, stdio: 'pipe' });
    const run = await calvin(['synth', '--out', byCalvin]);

    expect(run.code).toBe(0);
    const expected = tree(byCdk8s);
    expect(Array.from(expected.keys())).toEqual(['./', 'calvin.k8s.yaml', 'delivery.k8s.yaml']);
    expect(tree(byCalvin)).toEqual(expected);
    expect(run.stdout).toBe([
      `synthesized 53 objects into ${byCalvin}/, all valid against the bundled schemas`,
      `  ${byCalvin}/calvin.k8s.yaml  49 objects`,
      `  ${byCalvin}/delivery.k8s.yaml  4 objects`,
      'kinds     Certificate 2, ClusterIssuer 1, ConfigMap 3, Deployment 2, DomainMapping 4, ExternalSecret 1, GitRepository 1, InferenceService 4, '
        + 'Kustomization 3, LimitRange 1, Namespace 3, NetworkPolicy 5, '
        + 'PodDisruptionBudget 2, PodMonitor 2, PrometheusRule 1, ResourceQuota 1, Role 1, RoleBinding 1, ScaledJob 1, ScaledObject 1, Secret 3, Service 1, '
        + 'ServiceAccount 4, ServiceMonitor 3, TriggerAuthentication 2',
      'apps      4: iris, shop, my-app, reports',
      'triggers  1: my-workspace/refresh',
      '',
    ].join('\n'));
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\u001b[');
    // Nothing left beside the output.
    expect(fs.readdirSync(work).sort()).toEqual(['calvin', 'cdk8s']);
  });

  test('--layers writes each object into the directory of its delivery layer, Flux\'s own objects into flux/', async () => {
    const run = await calvin(['synth', '--app', path.join(FIXTURES, 'flux-app.ts'), '--out', 'dist', '--layers', '--json'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.files.map((f: any) => f.file)).toEqual([
      'dist/flux/delivery.k8s.yaml', 'dist/namespaces/calvin.k8s.yaml', 'dist/platform/calvin.k8s.yaml', 'dist/tls/calvin.k8s.yaml',
    ]);
    const kinds = (file: string) => fs.readFileSync(path.join(work, file), 'utf8').split(/^---$/m).map((doc) => /^kind: (\S+)/m.exec(doc)![1]);
    expect(kinds('dist/namespaces/calvin.k8s.yaml')).toEqual(['Namespace', 'Namespace']);
    expect(new Set(kinds('dist/tls/calvin.k8s.yaml'))).toEqual(new Set(['ClusterIssuer', 'Certificate']));
    expect(kinds('dist/platform/calvin.k8s.yaml')).toEqual(expect.arrayContaining(['Deployment', 'InferenceService', 'DomainMapping']));
    expect(kinds('dist/platform/calvin.k8s.yaml')).not.toContain('Namespace');
    expect(kinds('dist/flux/delivery.k8s.yaml')).toEqual(['GitRepository', 'Kustomization', 'Kustomization', 'Kustomization']);
    // What the Kustomizations apply is what was written.
    const paths = fs.readFileSync(path.join(work, 'dist/flux/delivery.k8s.yaml'), 'utf8').match(/path: \S+/g);
    expect(paths).toEqual(['path: ./dist/namespaces', 'path: ./dist/tls', 'path: ./dist/platform']);
    // Valid as split: calvin validate reads the directories.
    expect((await calvin(['validate', 'dist'], { cwd: work })).code).toBe(0);
  });

  test('--json summarizes for machines, with paths relative to the working directory', async () => {
    const run = await calvin(['synth', '--app', path.join(FIXTURES, 'inventory-app.ts'), '--out', 'out/k8s', '--json'], { cwd: work });

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      out: 'out/k8s',
      files: [{ file: 'out/k8s/shop.k8s.yaml', objects: 12 }],
      objects: 12,
      kinds: { Certificate: 1, ClusterIssuer: 1, ConfigMap: 1, Deployment: 1, DomainMapping: 1, InferenceService: 1, Namespace: 2, PodDisruptionBudget: 1, Service: 2, ServiceAccount: 1 },
      apps: [
        { name: 'ledger', namespace: 'calvin-apps', url: 'http://ledger.calvin-apps.svc.cluster.local' },
        { name: 'web', namespace: 'calvin-apps', url: 'https://web.apps.example.com' },
      ],
      triggers: ['acme/heartbeat', 'acme/weekday-report', 'globex/nightly'],
    });
  });

  test("a construct's error stops synth, is passed on, and leaves the previous output as it was", async () => {
    const out = path.join(work, 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'previous.k8s.yaml'), 'kind: Previous\n');
    const run = await calvin(['synth', '--app', path.join(FIXTURES, 'invalid-props-app.ts'), '--out', out], { cwd: work });

    expect(run.code).toBe(1);
    // The app runs in a child process; its error reaches stderr as the problem lines, nothing else.
    expect(run.stderr).toBe([
      'broken/heartbeat: schedule "*/70 * * * * *" has step 70 in the seconds field ("*/70"), larger than the range it steps through (0-59): it fires only at second 0, not every 70 seconds; write "0 * * * * *" for that, or list the seconds',
      'broken/report: timezone "Europe/Berln" is not an IANA time zone name (e.g. "UTC", "Europe/Madrid", "America/New_York"); did you mean "Europe/Berlin"?',
      'broken/web: visibilty: unknown prop; did you mean "visibility"?',
      'broken/web: minScale 5 is greater than maxScale (2)',
      '',
    ].join('\n'));
    expect(run.stdout).toBe('');
    expect(fs.readdirSync(out)).toEqual(['previous.k8s.yaml']);
    expect(fs.readdirSync(work)).toEqual(['dist']);
  });

  test('a problem found when cdk8s validates (no worker.image for a trigger) is shown as its one line too, not as a stack', async () => {
    const out = path.join(work, 'dist');
    const run = await calvin(['synth', '--app', path.join(FIXTURES, 'no-worker-image-app.ts'), '--out', out], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe([
      'shop/SchedulerWorker: worker.image is not set; expected the image of the scheduler worker that fires this platform\'s 1 trigger(s): '
        + 'build worker/Dockerfile, push it to a registry the cluster pulls from and set PlatformStackProps.worker.image, '
        + 'or deploy with CalvinPlatform (calvin-runtime/pulumi), which builds, pushes and sets it',
      '',
    ].join('\n'));
    expect(fs.existsSync(out)).toBe(false);
  });

  test('--verbose and CALVIN_DEBUG show the error with its stack; the exit code is the same', async () => {
    const app = path.join(FIXTURES, 'invalid-props-app.ts');
    for (const run of [
      await calvin(['synth', '--verbose', '--app', app, '--out', path.join(work, 'dist')], { cwd: work }),
      await calvin(['synth', '--app', app, '--out', path.join(work, 'dist')], { cwd: work, env: { CALVIN_DEBUG: '1' } }),
    ]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('CalvinValidationError: broken/heartbeat: schedule "*/70 * * * * *" has step 70');
      expect(run.stderr).toMatch(/\n {4}at /);
      expect(run.stderr).toContain('exited with code 1 (its errors are above); nothing was written');
    }
  });

  test('an object the schemas reject (written through the escape hatch) stops synth with file, line and field path', async () => {
    const out = path.join(work, 'dist');
    const run = await calvin(['synth', '--app', path.join(FIXTURES, 'invalid-object-app.ts'), '--out', out], { cwd: work });

    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('dist/hatch.k8s.yaml document 8 InferenceService/web');
    expect(lines[1]).toMatch(/^ {2}\d+:\d+ {2}spec\.predictor\.containers\[0\]\.ports\[0\]\.containerPort {2}must be integer$/);
    expect(lines[2]).toMatch(/^ {2}\d+:\d+ {2}spec\.predictor\.minReplica {2}unknown field "minReplica"$/);
    expect(lines[3]).toBe('invalid: 2 problems in 1 object (9 objects in 1 file)');
    expect(run.stderr).toContain('the synthesized objects are invalid; nothing was written');
    expect(fs.readdirSync(work)).toEqual([]);
  });

  test('usage errors: no cdk8s.yaml, a missing entry file, an unknown flag', async () => {
    const noConfig = await calvin(['synth'], { cwd: work });
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toContain(`no cdk8s.yaml in ${work}; run from the app's directory or pass --app <entry file>`);

    const missing = await calvin(['synth', '--app', 'nope.ts'], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`--app: "nope.ts" does not exist (relative to ${work})`);

    const badFlag = await calvin(['synth', '--outt', 'x'], { cwd: work });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("error: unknown option '--outt'");
    expect(badFlag.stderr).toContain('(Did you mean --out?)');
    expect(badFlag.stderr).toContain('(run "calvin synth --help" for usage)');
  });
});
