import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command } from 'commander';
import { COMMANDS, commandsFor } from '../../cli/main';
import { CommandContext, EXIT_OK } from '../../cli/io';
import { ROOT } from './capture';

/**
 * What `calvin` loads, seen from inside its real processes: a `--require` hook (in NODE_OPTIONS, so
 * that the app calvin spawns loads it too) writes each Node process's `require.cache` at exit.
 */
interface LoadedModules {
  readonly script: string;
  readonly modules: readonly string[];
}

const HOOK = `process.on('exit', () => {
  const file = require('node:path').join(process.env.CALVIN_TEST_MODULES_DIR, process.pid + '.json');
  require('node:fs').writeFileSync(file, JSON.stringify({ script: process.argv[1] || '', modules: Object.keys(require.cache) }));
});
`;

const VALIDATORS = path.join(ROOT, 'imports', 'validators');
const index: { kinds: Record<string, string> } = JSON.parse(fs.readFileSync(path.join(VALIDATORS, 'index.json'), 'utf8'));

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-startup-test-'));
  fs.writeFileSync(path.join(work, 'hook.js'), HOOK);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Runs `calvin <args>` from the sources as a process; returns its exit code and what each process loaded. */
function calvinProcess(args: string[], name: string): { code: number | null; stderr: string; calvin: LoadedModules; others: LoadedModules[] } {
  const modulesDir = path.join(work, `modules-${name}`);
  fs.mkdirSync(modulesDir);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1',
      NODE_OPTIONS: `--require ${path.join(work, 'hook.js')}`, CALVIN_TEST_MODULES_DIR: modulesDir,
    },
  });
  const all: LoadedModules[] = fs.readdirSync(modulesDir).map((file) => JSON.parse(fs.readFileSync(path.join(modulesDir, file), 'utf8')));
  const calvin = all.find((loaded) => loaded.script === path.join(ROOT, 'cli', 'main.ts'));
  if (!calvin) throw new Error(`no module list from calvin's process (exit ${run.status}): ${run.stderr}`);
  return { code: run.status, stderr: run.stderr, calvin, others: all.filter((loaded) => loaded !== calvin) };
}

const relativeTo = (dir: string) => (modules: readonly string[]): string[] => modules
  .filter((file) => file.startsWith(`${dir}${path.sep}`)).map((file) => path.relative(dir, file)).sort();
const packagesIn = (modules: readonly string[]): Set<string> => new Set(modules
  .map((file) => file.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/)?.[1].replace(/\\/g, '/')).filter((name): name is string => !!name));

describe('calvin synth, as a process', () => {
  let synth: ReturnType<typeof calvinProcess>;
  const out = (): string => path.join(work, 'out');
  beforeAll(() => {
    synth = calvinProcess(['synth', '--out', out()], 'synth');
  });

  test('the app loads the generated classes of the kinds it builds (cert-manager\'s, 78 KB; prometheus-operator\'s, 33 KB; KEDA\'s TriggerAuthentication, 48 KB), never KServe\'s (1.6 MB) or Knative\'s for a kind name', () => {
    expect([synth.code, synth.stderr]).toEqual([EXIT_OK, '']);
    const app = synth.others.find((loaded) => loaded.script === path.join(ROOT, 'main.ts'));
    expect(app).toBeDefined();
    // The example platform has monitoring: prometheus-operator's three kinds (pruned types, 33 KB in all).
    expect(relativeTo(path.join(ROOT, 'imports'))(app!.modules)).toEqual(['cert-manager-certificate.js', 'cert-manager-clusterissuer.js', 'gvk.js',
      'keda-triggerauthentication.js', 'prometheus-podmonitor.js', 'prometheus-rule.js', 'prometheus-servicemonitor.js']);
  });

  test('calvin loads the validator modules of the kinds the output contains, and no other', () => {
    // The platform's file and the FluxDelivery's.
    const text = ['calvin.k8s.yaml', 'delivery.k8s.yaml'].map((file) => fs.readFileSync(path.join(out(), file), 'utf8')).join('---\n');
    const kinds = Array.from(text.matchAll(/^apiVersion: (\S+)\nkind: (\S+)$/gm), ([, apiVersion, kind]) => `${apiVersion}/${kind}`);
    expect(kinds.length).toBe(53);
    const expected = Array.from(new Set(kinds.map((key) => index.kinds[key]))).sort();
    expect(expected).toEqual(['cert-manager.io-v1-Certificate.js', 'cert-manager.io-v1-ClusterIssuer.js', 'external-secrets.io-v1-ExternalSecret.js',
      'keda.sh-v1alpha1-ScaledJob.js', 'keda.sh-v1alpha1-ScaledObject.js', 'keda.sh-v1alpha1-TriggerAuthentication.js',
      'kubernetes.js', 'kustomize.toolkit.fluxcd.io-v1-Kustomization.js',
      'monitoring.coreos.com-v1-PodMonitor.js', 'monitoring.coreos.com-v1-PrometheusRule.js', 'monitoring.coreos.com-v1-ServiceMonitor.js',
      'serving.knative.dev-v1beta1-DomainMapping.js', 'serving.kserve.io-v1beta1-InferenceService.js', 'source.toolkit.fluxcd.io-v1-GitRepository.js']);
    expect(relativeTo(VALIDATORS)(synth.calvin.modules)).toEqual(expected);
  });

  test('calvin loads none of the other commands\' heavy dependencies', () => {
    const loaded = packagesIn(synth.calvin.modules);
    for (const name of ['@bull-board/api', '@bull-board/express', 'express', 'bullmq', 'ioredis', '@aws-sdk/client-s3']) {
      expect([name, loaded.has(name)]).toEqual([name, false]);
    }
  });

  test('calvin validate checks the output without loading ajv\'s schema compiler', () => {
    const validate = calvinProcess(['validate', out()], 'validate');
    expect([validate.code, validate.stderr]).toEqual([EXIT_OK, '']);
    expect(relativeTo(VALIDATORS)(validate.calvin.modules)).toEqual(expect.arrayContaining(['serving.kserve.io-v1beta1-InferenceService.js']));
    expect(validate.calvin.modules.filter((file) => /ajv[\\/]dist[\\/]compile[\\/]/.test(file))).toEqual([]);
    // The generated code does use ajv's small run-time helpers.
    expect(packagesIn(validate.calvin.modules).has('ajv')).toBe(true);
  });
});

describe('the command table', () => {
  const context: CommandContext = { io: { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: ROOT }, exitCode: EXIT_OK };

  test('names each command as its factory does', () => {
    expect(COMMANDS.map((command) => command.name)).toEqual(COMMANDS.map((command) => (command.load()(context) as Command).name()));
  });

  test('a named command loads only itself; help, no command or a misspelling load all', () => {
    expect(commandsFor(['synth', '--out', 'x']).map((command) => command.name)).toEqual(['synth']);
    for (const args of [[], ['--help'], ['help', 'synth'], ['trigers'], ['--version']]) {
      expect(commandsFor(args)).toBe(COMMANDS);
    }
  });
});
