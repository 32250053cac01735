import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { findObject, schemaProblems } from './helpers';

const ROOT = path.resolve(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'customer-repo');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
/** The oldest Node line the package supports (`engines`), where customers may still be. */
const OLDEST_NODE_MAJOR = /^>=(\d+)$/.exec(packageJson.engines.node)![1];
/** The newest release of that line when it was pinned; fetched by scripts/ensure-node.sh. */
const OLDEST_NODE_VERSION = '22.23.5';

/**
 * The customer example, copied outside this repo so that nothing but `node_modules/calvin-runtime`
 * (a link to the built package, as `npm link` makes) can resolve the library.
 */
describe('a customer repo using the package by name, on the oldest supported Node', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  const run = (command: string, args: string[], cwd = work) => execFileSync(command, args, { cwd, encoding: 'utf8', env, stdio: 'pipe' });

  beforeAll(() => {
    expect(OLDEST_NODE_VERSION.split('.')[0]).toBe(OLDEST_NODE_MAJOR);
    const nodeBin = execFileSync(path.join(ROOT, 'scripts', 'ensure-node.sh'), [OLDEST_NODE_VERSION], { encoding: 'utf8' }).trim();
    // NO_COLOR: the summary lines are compared as text.
    env = { ...process.env, PATH: `${nodeBin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    expect(run('node', ['--version'], ROOT).trim()).toBe(`v${OLDEST_NODE_VERSION}`);
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-customer-'));
    fs.cpSync(EXAMPLE, work, { recursive: true, filter: (src) => !/node_modules|dist/.test(path.relative(EXAMPLE, src)) });
    const modules = path.join(work, 'node_modules');
    fs.mkdirSync(path.join(modules, '.bin'), { recursive: true });
    fs.symlinkSync(ROOT, path.join(modules, 'calvin-runtime'));
    for (const dep of ['cdk8s', 'constructs', 'tsx', 'typescript', '@types']) {
      fs.symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(modules, dep));
    }
    fs.symlinkSync(bin('tsx'), path.join(modules, '.bin', 'tsx'));
    // npm links each `bin` of an installed package into node_modules/.bin.
    fs.symlinkSync(path.join(ROOT, 'lib', 'cli', 'main.js'), path.join(modules, '.bin', 'calvin'));
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('cdk8s synth writes valid manifests through the package entry point', () => {
    run(bin('cdk8s'), ['synth', '--no-check-upgrade']);
    const docs = YAML.parseAllDocuments(fs.readFileSync(path.join(work, 'dist', 'acme.k8s.yaml'), 'utf8')).map((d) => d.toJS());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Namespace/calvin-system', 'ServiceAccount/scheduler-worker', 'ConfigMap/scheduler-worker-triggers', 'Deployment/scheduler-worker',
      'PodDisruptionBudget/scheduler-worker', 'Service/scheduler-worker',
      'Namespace/calvin-apps', 'InferenceService/shop', 'DomainMapping/shop.apps.acme.example', 'InferenceService/pricing',
    ]);
    const pricing = findObject(docs, 'InferenceService', 'pricing');
    expect(pricing.spec.predictor.containers[0].env).toEqual([
      { name: 'SHOP_URL', value: 'http://shop-predictor.calvin-apps.svc.cluster.local' },
    ]);
    expect(pricing.spec.predictor.imagePullSecrets).toEqual([{ name: 'acme-registry' }]);
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('npx calvin: synth writes what cdk8s synth wrote, and apps reads it back', () => {
    run(bin('cdk8s'), ['synth', '--no-check-upgrade', '--output', 'by-cdk8s']);
    const summary = run('npx', ['--no-install', 'calvin', 'synth', '--out', 'by-calvin']);
    expect(summary.split('\n')[0]).toBe('synthesized 10 objects into by-calvin/, all valid against the bundled schemas');
    const read = (dir: string) => fs.readFileSync(path.join(work, dir, 'acme.k8s.yaml'), 'utf8');
    expect(read('by-calvin')).toBe(read('by-cdk8s'));
    const apps = JSON.parse(run('npx', ['--no-install', 'calvin', 'apps', '--dir', 'by-calvin', '--json']));
    expect(apps.map((app: { name: string; url: string }) => [app.name, app.url])).toEqual([
      ['pricing', 'http://pricing-predictor.calvin-apps.svc.cluster.local'],
      ['shop', 'https://shop.apps.acme.example'],
    ]);
    // The compiled bin sets the process exit code: 2 for a usage error.
    const bad = spawnSync(path.join(work, 'node_modules', '.bin', 'calvin'), ['validate', 'missing.yaml'], { cwd: work, encoding: 'utf8', env });
    expect([bad.status, bad.stderr]).toEqual([2, 'error: no such file or directory: missing.yaml\n']);
  });

  test('the package resolves to the compiled entry, not the TypeScript source', () => {
    const resolved = run('node', ['-p', 'require.resolve("calvin-runtime")']).trim();
    expect(fs.realpathSync(resolved)).toBe(path.join(ROOT, 'lib', 'constructs', 'index.js'));
  });

  test('the packaged ManifestValidator finds its bundled schemas', () => {
    const script = `const { ManifestValidator } = require('calvin-runtime');
      const v = ManifestValidator.bundled();
      console.log(JSON.stringify([v.validate({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', nmae: 1 } }), v.kinds.length]));`;
    const [problems, kinds] = JSON.parse(run('node', ['-e', script]));
    expect(problems).toEqual([{ path: '/metadata/nmae', message: 'unknown field "nmae"' }]);
    expect(kinds).toBeGreaterThanOrEqual(27);
  });

  test('calvin-runtime/webhooks verifies a signed trigger request without loading cdk8s', () => {
    const script = `const { verifyTriggerRequest, signWebhook, generateSigningSecret } = require('calvin-runtime/webhooks');
      const secret = generateSigningSecret();
      const ts = Math.floor(Date.now() / 1000);
      const headers = { 'webhook-id': 'tick_1', 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook([secret], 'tick_1', ts, '{"a":1}'), 'calvin-trigger-id': 'ws/a' };
      const ok = verifyTriggerRequest({ headers, body: '{"a":1}', secret });
      let tampered;
      try { verifyTriggerRequest({ headers, body: '{"a":2}', secret }); } catch (e) { tampered = e.name; }
      console.log(JSON.stringify([ok.triggerId, tampered, Object.keys(require.cache).some((k) => k.includes('cdk8s'))]));`;
    expect(JSON.parse(run('node', ['-e', script]))).toEqual(['ws/a', 'WebhookVerificationError', false]);
  });

  test('its types resolve through the package exports (tsc, node16 resolution)', () => {
    run(bin('tsc'), ['-p', path.join(work, 'tsconfig.json')]);
  });

  test('the published files include the compiled imports and schemas', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining([
      'lib/constructs/index.js', 'lib/constructs/index.d.ts', 'lib/imports/kserve.js', 'lib/imports/kserve.d.ts',
      'lib/imports/schemas/kubernetes.json', 'lib/imports/schemas/crds.json', 'lib/imports/gvk.js', 'lib/imports/gvk.d.ts',
      'lib/imports/validators/index.json', 'lib/imports/validators/kubernetes.js', 'lib/imports/validators/serving.kserve.io-v1beta1-InferenceService.js',
      'lib/constructs/trigger-catalog.schema.json', 'lib/constructs/webhook-signature.js', 'lib/worker/main.js', 'lib/cli/main.js',
    ]));
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('constructs/'))).toBe(false);
  });
});
