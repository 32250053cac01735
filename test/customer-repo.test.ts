import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { findObject, schemaProblems } from './helpers';
import { ACME_EMAIL, DNS_TOKEN, MOCK, MOCK_REGISTRY } from './stacks/mocks';
import type { ProgramRun } from './stacks/run-program';

const ROOT = path.resolve(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'customer-repo');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
/** The oldest Node line the package supports (`engines`), where customers may still be. */
const OLDEST_NODE_MAJOR = /^>=(\d+)$/.exec(packageJson.engines.node)![1];
/** The newest release of that line when it was pinned; fetched by scripts/ensure-node.sh. */
const OLDEST_NODE_VERSION = '22.23.5';

/**
 * The most a customer repo's node_modules may weigh with the library, cdk8s and constructs. 26 MiB
 * since issue 12: the validators and schemas of cert-manager's Certificate, ClusterIssuer and Issuer
 * (about 0.75 MiB, the ACME solvers' embedded pod templates are most of it) and the typed
 * Certificate and ClusterIssuer classes (0.2 MiB) took the install from 24.8 to 25.8 MiB. 29 MiB since
 * issue 18: the worker image's build context (lib/worker-image: the bundled worker, 2.6 MiB, which
 * CalvinPlatform builds in a customer's repo) and the component (lib/pulumi, 0.2 MiB) took it to 28.5 MiB.
 * 32 MiB since issues 20–23 landed together: Tenant, ModelService, QueueWorker, JobRunner, Monitoring,
 * ExternalSecret, SealedSecret and FluxDelivery, with the KEDA, prometheus-operator, ESO, Sealed
 * Secrets and Flux validators and classes, took it to 30.3 MiB (each issue alone stayed under 29.5;
 * the Grafana SDK, 5.7 MB, stays an optional peer), and `yaml` (lib/pulumi reads the synthesized
 * output with it; it was only there by accident, through the CLI) to 31.0 MiB. Issue 21's typed
 * TriggerAuthentication and ClusterTriggerAuthentication classes add 0.19 MiB to lib/ (du -sb lib,
 * 13,725,994 → 13,926,645 bytes): about 31.2 MiB.
 */
const LEAN_INSTALL_MAX_BYTES = 32 * 1024 * 1024;

/** Two builds (each package's prepack), two packs and an npm install, on a loaded machine. */
const PACK_AND_INSTALL_TIMEOUT = 600_000;

/** Bytes under `dir` as `du` counts file sizes (apparent sizes, links not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * The customer example, copied outside this repo, with the library and the CLI installed by npm
 * from the tarballs `npm pack` makes (what a registry would serve), on the oldest supported Node.
 */
describe('a customer repo using the packed packages, on the oldest supported Node', () => {
  let work: string;
  let packed: string;
  let env: NodeJS.ProcessEnv;
  let tarballs: { library: string; cli: string; libraryFiles: string[]; cliFiles: string[] };
  const run = (command: string, args: string[], cwd = work) => execFileSync(command, args, { cwd, encoding: 'utf8', env, stdio: 'pipe' });
  const npmInstall = (dir: string, dependencies: Record<string, string>) => {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true, dependencies }, null, 2));
    // From npm's cache where it can (the repo's own install filled it), from the registry otherwise.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], dir);
  };

  beforeAll(() => {
    expect(OLDEST_NODE_VERSION.split('.')[0]).toBe(OLDEST_NODE_MAJOR);
    const nodeBin = execFileSync(path.join(ROOT, 'scripts', 'ensure-node.sh'), [OLDEST_NODE_VERSION], { encoding: 'utf8' }).trim();
    // NO_COLOR: the summary lines are compared as text.
    env = { ...process.env, PATH: `${nodeBin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    expect(run('node', ['--version'], ROOT).trim()).toBe(`v${OLDEST_NODE_VERSION}`);
    packed = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-packed-'));
    // No build first: each package's `prepack` builds, so `npm pack` alone makes a complete
    // tarball (and writes the build's output to stderr, so --json stays JSON).
    const pack = (args: string[]) => JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packed, ...args], ROOT))[0];
    const library = pack([]);
    const cli = pack(['--workspace', '@calvin-runtime/cli']);
    tarballs = {
      library: path.join(packed, library.filename), cli: path.join(packed, cli.filename),
      libraryFiles: library.files.map((f: { path: string }) => f.path), cliFiles: cli.files.map((f: { path: string }) => f.path),
    };

    work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-customer-'));
    fs.cpSync(EXAMPLE, work, { recursive: true, filter: (src) => !/node_modules|dist/.test(path.relative(EXAMPLE, src)) });
    const example = JSON.parse(fs.readFileSync(path.join(EXAMPLE, 'package.json'), 'utf8'));
    expect(Object.keys({ ...example.dependencies, ...example.devDependencies })).toEqual(expect.arrayContaining(['calvin-runtime', '@calvin-runtime/cli']));
    npmInstall(work, {
      'calvin-runtime': `file:${tarballs.library}`, '@calvin-runtime/cli': `file:${tarballs.cli}`,
      'cdk8s': packageJson.devDependencies.cdk8s, 'constructs': packageJson.devDependencies.constructs,
    });
    // The build tools the example names (tsx for the cdk8s app, tsc for the types test) come from
    // this repo, to keep the install small: they are not what is under test.
    const modules = path.join(work, 'node_modules');
    for (const dep of ['tsx', 'typescript']) fs.symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(modules, dep));
    // The CLI's Kubernetes client brings some @types as dependencies of its own: add the others beside them.
    fs.mkdirSync(path.join(modules, '@types'), { recursive: true });
    for (const types of fs.readdirSync(path.join(ROOT, 'node_modules', '@types'))) {
      const link = path.join(modules, '@types', types);
      if (!fs.existsSync(link)) fs.symlinkSync(path.join(ROOT, 'node_modules', '@types', types), link);
    }
    fs.symlinkSync(bin('tsx'), path.join(modules, '.bin', 'tsx'));
  }, PACK_AND_INSTALL_TIMEOUT);

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(packed, { recursive: true, force: true });
  });

  test('the library installs lean: with cdk8s and constructs, within 32 MiB, without the worker\'s or the CLI\'s dependencies', () => {
    const lean = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-lean-'));
    try {
      npmInstall(lean, { 'calvin-runtime': `file:${tarballs.library}`, 'cdk8s': packageJson.devDependencies.cdk8s, 'constructs': packageJson.devDependencies.constructs });
      const modules = path.join(lean, 'node_modules');
      const bytes = bytesUnder(modules);
      const installed = fs.readdirSync(modules).flatMap((name) => (name.startsWith('@') ? fs.readdirSync(path.join(modules, name)).map((n) => `${name}/${n}`) : [name]))
        .filter((name) => !name.startsWith('.'));
      process.stdout.write(`lean customer install: ${(bytes / 2 ** 20).toFixed(1)} MB, ${installed.length} top-level packages\n`);
      expect(bytes).toBeLessThanOrEqual(LEAN_INSTALL_MAX_BYTES);
      for (const heavy of ['@aws-sdk/client-s3', 'bullmq', 'ioredis', 'express', '@bull-board/api', 'undici', 'pino', 'commander']) {
        expect(installed).not.toContain(heavy);
      }
      expect(installed).toEqual(expect.arrayContaining(['calvin-runtime', 'cdk8s', 'constructs', 'cdk8s-plus-28']));
    } finally {
      fs.rmSync(lean, { recursive: true, force: true });
    }
  });

  test('cdk8s synth writes valid manifests through the package entry point', () => {
    run(bin('cdk8s'), ['synth', '--no-check-upgrade']);
    const docs = YAML.parseAllDocuments(fs.readFileSync(path.join(work, 'dist', 'acme.k8s.yaml'), 'utf8')).map((d) => d.toJS());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Namespace/calvin-system', 'ServiceAccount/scheduler-worker', 'ConfigMap/scheduler-worker-triggers', 'Deployment/scheduler-worker',
      'PodDisruptionBudget/scheduler-worker', 'Service/scheduler-worker', 'ClusterIssuer/letsencrypt-staging',
      'Namespace/calvin-apps', 'Certificate/wildcard-tls', 'InferenceService/shop', 'DomainMapping/shop.apps.acme.example', 'InferenceService/pricing',
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
    expect(summary.split('\n')[0]).toBe('synthesized 12 objects into by-calvin/, all valid against the bundled schemas');
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

  test('the package resolves to the compiled entry of the installed copy, not the TypeScript source', () => {
    const resolved = run('node', ['-p', 'require.resolve("calvin-runtime")']).trim();
    expect(fs.realpathSync(resolved)).toBe(fs.realpathSync(path.join(work, 'node_modules', 'calvin-runtime', 'lib', 'constructs', 'index.js')));
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
      const id = 'tick_' + ts * 1000 + '_ws/a';
      const headers = { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook([secret], id, ts, '{"a":1}'), 'calvin-trigger-id': 'ws/a' };
      const ok = verifyTriggerRequest({ headers, body: '{"a":1}', secret });
      let tampered;
      try { verifyTriggerRequest({ headers, body: '{"a":2}', secret }); } catch (e) { tampered = e.name; }
      console.log(JSON.stringify([ok.triggerId, tampered, Object.keys(require.cache).some((k) => k.includes('cdk8s'))]));`;
    expect(JSON.parse(run('node', ['-e', script]))).toEqual(['ws/a', 'WebhookVerificationError', false]);
  });

  test('its types resolve through the package exports (tsc, node16 resolution)', () => {
    run(bin('tsc'), ['-p', path.join(work, 'tsconfig.json')]);
  });

  test('the public declarations import nothing but the package\'s own dependencies (renderer types stay internal)', () => {
    const dependencies = Object.keys({ ...packageJson.dependencies, ...packageJson.peerDependencies });
    const seen = new Set<string>();
    const foreign: string[] = [];
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        if (specifier.startsWith('.')) {
          const base = path.resolve(path.dirname(file), specifier);
          const next = [`${base}.d.ts`, path.join(base, 'index.d.ts')].find((candidate) => fs.existsSync(candidate));
          if (next) walk(next);
        } else {
          const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
          if (!name.startsWith('node:') && !dependencies.includes(name)) foreign.push(`${path.relative(ROOT, file)} imports ${specifier}`);
        }
      }
    };
    walk(path.join(ROOT, 'lib', 'constructs', 'index.d.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });

  test('the library publishes its compiled code, imports and schemas; the CLI publishes its own; neither the worker nor sources', () => {
    expect(tarballs.libraryFiles).toEqual(expect.arrayContaining([
      'lib/constructs/index.js', 'lib/constructs/index.d.ts', 'lib/imports/kserve.js', 'lib/imports/kserve.d.ts',
      'lib/imports/schemas/kubernetes.json', 'lib/imports/schemas/crds.json', 'lib/imports/gvk.js', 'lib/imports/gvk.d.ts',
      'lib/imports/validators/index.json', 'lib/imports/validators/kubernetes.js', 'lib/imports/validators/serving.kserve.io-v1beta1-InferenceService.js',
      'lib/contracts/index.js', 'lib/contracts/trigger-catalog.schema.json', 'lib/contracts/webhook-signature.js',
      'lib/contracts/generated/trigger-catalog-validator.js',
    ]));
    expect(tarballs.libraryFiles.filter((f) => !f.startsWith('lib/') && !['package.json', 'README.md', 'LICENSE'].includes(f))).toEqual([]);
    expect(tarballs.libraryFiles.some((f) => f.startsWith('lib/worker/') || f.startsWith('lib/cli/'))).toBe(false);
    expect(tarballs.cliFiles).toEqual(expect.arrayContaining(['package.json', 'lib/main.js', 'lib/commands/synth.js', 'lib/commands/init.js',
      'templates/init/package.template.json', 'templates/init/gitignore', 'templates/init/platform.ts', 'templates/init/infra/index.ts']));
    expect(tarballs.cliFiles.filter((f) => f !== 'package.json' && f !== 'README.md' && !f.startsWith('lib/') && !f.startsWith('templates/init/'))).toEqual([]);
  });

  /**
   * `calvin init` from the installed CLI into a new directory, then what its README says: install
   * the two tarballs, and run its scripts. The Pulumi packages are this repo's (linked: the same
   * ranges, test/cli/init.test.ts checks) to keep the install small, and the program runs under
   * Pulumi's mocks in a process of its own, loading the installed calvin-runtime/pulumi.
   */
  describe('the repo `calvin init` writes', () => {
    let scaffold: string;
    const inScaffold = (command: string, args: string[]) => run(command, args, scaffold);

    beforeAll(() => {
      const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-init-'));
      scaffold = path.join(parent, 'acme-platform');
      const init = run(path.join(work, 'node_modules', '.bin', 'calvin'), ['init', 'acme-platform'], parent);
      expect(init.split('\n')[0]).toBe('wrote 11 files into acme-platform/ (project acme-platform)');
      // What the scaffold's README says, with --omit=optional for the Pulumi packages linked below.
      inScaffold('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--omit=optional', '--loglevel=error', tarballs.library, tarballs.cli]);
      fs.symlinkSync(path.join(ROOT, 'node_modules', '@pulumi'), path.join(scaffold, 'node_modules', '@pulumi'));
    }, PACK_AND_INSTALL_TIMEOUT);

    afterAll(() => fs.rmSync(path.dirname(scaffold), { recursive: true, force: true }));

    test('its typecheck, synth, validate and test scripts pass out of the box', () => {
      inScaffold('npm', ['run', 'typecheck']);
      expect(inScaffold('npm', ['run', 'synth'])).toContain('dist/platform.k8s.yaml');
      expect(inScaffold('npm', ['run', 'validate'])).toMatch(/^valid: 11 objects in 1 file$/m);
      // Node 22's test runner reports as TAP when piped, newer ones as "ℹ pass 1".
      const tested = inScaffold('npm', ['test']);
      expect([tested.match(/\bpass (\d+)/)?.[1], tested.match(/\bfail (\d+)/)?.[1]]).toEqual(['1', '0']);
      const docs = YAML.parseAllDocuments(fs.readFileSync(path.join(scaffold, 'dist', 'platform.k8s.yaml'), 'utf8')).map((d) => d.toJS());
      expect(findObject(docs, 'InferenceService', 'hello').spec.predictor.containers[0].image).toBe('ghcr.io/knative/helloworld-go:latest');
      expect(findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data).toBeDefined();
      expect(schemaProblems(docs)).toEqual([]);
    });

    /** The scaffold's Pulumi program under the mocks, with the stack config its README sets (plus `extra`). */
    const runProgram = (name: string, extra: Record<string, string> = {}): ProgramRun => {
      const result = path.join(path.dirname(scaffold), `${name}.json`);
      const config = {
        'calvin-runtime:domain': 'apps.acme.example', 'calvin-runtime:acmeEmail': ACME_EMAIL,
        'calvin-runtime:signingSecret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'calvin-runtime:dnsToken': DNS_TOKEN, ...extra,
      };
      const options = { config, secretKeys: ['calvin-runtime:signingSecret', 'calvin-runtime:dnsToken'] };
      // The scaffold's own tsx, from the scaffold: `calvin-runtime` resolves to the installed package.
      inScaffold('node', ['--import', 'tsx', path.join(ROOT, 'test', 'stacks', 'run-program.ts'), path.join(scaffold, 'infra', 'index.ts'), result, JSON.stringify(options)]);
      return JSON.parse(fs.readFileSync(result, 'utf8'));
    };

    test('its Pulumi program deploys its own app through CalvinPlatform (under mocks): applied, with its URL in the outputs', () => {
      const declared = runProgram('built-worker');
      expect(declared.outputs).toMatchObject({ appUrls: { hello: 'https://hello.apps.acme.example' }, kubeconfig: '[secret]', loadBalancerIp: MOCK.loadBalancerIp });
      expect(declared.configGroups.platform).toEqual(expect.arrayContaining(['InferenceService/calvin-apps/hello', 'DomainMapping/calvin-apps/hello.apps.acme.example']));
      // The customer's platform, not this repo's example.
      expect(JSON.stringify(declared.configGroups)).not.toMatch(/my-app|reports/);
      // The component filled the worker image with the one it built and pushed (main.ts's placeholder is not used).
      expect(declared.images).toContain(`${MOCK.registryEndpoint}/scheduler-worker@${MOCK_REGISTRY.digest}`);
      expect(declared.images.join(' ')).not.toContain('my-registry');
      // ... from the build context the installed package ships (a customer repo has no worker sources).
      const installed = fs.realpathSync(path.join(scaffold, 'node_modules', 'calvin-runtime'));
      expect(declared.builds).toHaveLength(1);
      expect(path.relative(installed, declared.builds[0].context)).toBe(path.join('lib', 'worker-image'));
      expect(fs.existsSync(declared.builds[0].dockerfile) && declared.builds[0].dockerfile.startsWith(declared.builds[0].context)).toBe(true);
      expect(declared.resources.filter((r) => r.type !== 'calvin-runtime:index:CalvinPlatform' && r.parent !== 'calvin')).toEqual([]);
      // Loaded from the tarball's compiled code, not this repo's sources.
      const resolved = run('node', ['-p', 'require.resolve("calvin-runtime/pulumi")'], scaffold).trim();
      expect(fs.realpathSync(resolved)).toBe(fs.realpathSync(path.join(scaffold, 'node_modules', 'calvin-runtime', 'lib', 'pulumi', 'index.js')));
    });

    test('with calvin-runtime:workerImage set (its README: without Docker), the worker runs that image and nothing is built', () => {
      const declared = runProgram('configured-worker', { 'calvin-runtime:workerImage': 'ghcr.io/acme/scheduler-worker:0.1.0' });
      expect(declared.images).toContain('ghcr.io/acme/scheduler-worker:0.1.0');
      expect(declared.images.join(' ')).not.toMatch(/my-registry|@sha256:/);
      expect(declared.resources.filter((r) => r.type === 'docker-build:index:Image')).toEqual([]);
      expect(declared.outputs).toMatchObject({ appUrls: { hello: 'https://hello.apps.acme.example' } });
    });
  });
});
