import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { captureProblems } from '../app-problems';
import { resolveCdk8sApp, runCdk8sApp, synthesizedFiles } from '../cdk8s-app';
import { CliError, CliIo, colorsFor, CommandFactory, EXIT_OK, EXIT_PROBLEMS, plural } from '../io';
import { splitIntoLayers } from '../layers';
import { displayPath, validateManifestFiles } from '../manifests';
import { writeTextReport } from './validate';

interface SynthOptions {
  readonly app?: string;
  readonly out?: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
  readonly layers?: boolean;
}

export const synthCommand: CommandFactory = (context) => new Command('synth')
  .summary('synthesize the cdk8s app to manifests, validated')
  .description('Run the cdk8s app (the one cdk8s.yaml names, or --app) exactly as `cdk8s synth` does, validate every '
    + 'object against the bundled schemas, and only then replace the output directory: a failed or invalid synth '
    + 'leaves the previous output untouched. Prints objects per kind, apps and triggers.')
  .option('-a, --app <entry>', "the app's entry file (.ts runs with tsx) or a command; default: cdk8s.yaml's app")
  .option('-o, --out <dir>', "output directory; default: cdk8s.yaml's output, else dist")
  .option('--json', 'print the summary as JSON')
  .option('--layers', 'write each object into <out>/<layer>/ (namespaces, tls, platform: the directories FluxDelivery applies in order) and Flux\'s own objects into <out>/flux/')
  .option('--verbose', 'on an error in the app, print its stack too, not only its problem lines (or set CALVIN_DEBUG=1)')
  .addHelpText('after', `
Examples:
  $ calvin synth                                   # as "cdk8s synth", plus validation and a summary
  $ calvin synth --app platform/main.ts --out build/k8s
  $ calvin synth --json | jq '.kinds'
  $ calvin synth --layers                          # for FluxDelivery: dist/namespaces/, dist/tls/, dist/platform/, dist/flux/

Exit codes: 0 written and valid, 1 the app failed or an object is invalid (nothing written), 2 bad usage.`)
  .action(async (options: SynthOptions) => {
    context.exitCode = await runSynth(options, context.io);
  });

async function runSynth(options: SynthOptions, io: CliIo): Promise<number> {
  const app = resolveCdk8sApp(io.cwd, options.app);
  const out = path.resolve(io.cwd, options.out ?? app.output);
  const shownOut = displayPath(out, io.cwd);
  const untouched = fs.existsSync(out) ? `${shownOut} was left as it was` : 'nothing was written';
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Beside the output, so that putting it in place is a rename on the same file system.
  // mkdir, not mkdtemp: mkdtemp's mode 0700 would become the output's mode, and cdk8s's is the umask's.
  const staging = path.join(path.dirname(out), `.${path.basename(out)}.calvin-${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(staging);
  const capture = captureProblems(io.env, options.verbose ?? false);
  try {
    const running = runCdk8sApp(app, staging, io, capture?.env);
    const inventory = prepareSummary();
    const code = await running;
    // A construct error: the app printed its problem lines, which are the whole error (exit code 1 as before).
    if (code !== 0 && capture?.shown()) throw new CliError('');
    if (code !== 0) throw new CliError(`synthesis failed: "${app.command}" exited with code ${code} (its errors are above); ${untouched}`);
    const files = synthesizedFiles(staging);
    if (files.length === 0) throw new CliError(`the app wrote no manifests (does it call app.synth()?); ${untouched}`);
    const final = (file: string): string => displayPath(path.join(out, path.relative(staging, file)), io.cwd);
    const report = validateManifestFiles(files);
    if (report.findings.length > 0) {
      writeTextReport(report, io, final);
      io.stderr.write(`${colorsFor(io.stderr, io.env).red('error:')} the synthesized objects are invalid; ${untouched}\n`);
      return EXIT_PROBLEMS;
    }
    let written = files.map((file) => ({ file, objects: (report.documents.get(file) ?? []).map((document) => document.object) }));
    if (options.layers) written = splitIntoLayers(staging, written);
    const objects = written.map((entry) => ({ file: final(entry.file), objects: entry.objects }));
    replaceDirectory(staging, out);
    writeSummary(io, options, shownOut, objects, report.kinds, inventory);
    return EXIT_OK;
  } finally {
    capture?.dispose();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Loads the summary's modules while the app runs in its own process (on another core). */
function prepareSummary(): typeof import('../inventory') {
  return require('../inventory') as typeof import('../inventory');
}

/** Swaps `staging` into `out`: the old output is moved aside first, so `out` is never half-written. */
function replaceDirectory(staging: string, out: string): void {
  const previous = `${staging}.previous`;
  const hadOutput = fs.existsSync(out);
  if (hadOutput) fs.renameSync(out, previous);
  fs.renameSync(staging, out);
  if (hadOutput) fs.rmSync(previous, { recursive: true, force: true });
}

function writeSummary(io: CliIo, options: SynthOptions, out: string, files: Array<{ file: string; objects: unknown[] }>,
  kinds: ReadonlyMap<string, number>, inventory: typeof import('../inventory')): void {
  const all = files.flatMap((entry) => entry.objects);
  const apps = inventory.appsIn(all);
  const triggers = inventory.triggersIn(all);
  const sortedKinds = Array.from(kinds.entries()).sort(([a], [b]) => a.localeCompare(b));
  if (options.json) {
    io.stdout.write(`${JSON.stringify({
      out,
      files: files.map((entry) => ({ file: entry.file, objects: entry.objects.length })),
      objects: all.length,
      kinds: Object.fromEntries(sortedKinds),
      apps: apps.map((app) => ({ name: app.name, namespace: app.namespace, url: app.url })),
      triggers: triggers.map((trigger) => trigger.id),
    }, null, 2)}\n`);
    return;
  }
  const colors = colorsFor(io.stdout, io.env);
  const lines = [
    colors.green(`synthesized ${plural(all.length, 'object')} into ${out}/, all valid against the bundled schemas`),
    ...files.map((entry) => `  ${entry.file}  ${colors.dim(plural(entry.objects.length, 'object'))}`),
    `${colors.bold('kinds')}     ${sortedKinds.map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    `${colors.bold('apps')}      ${apps.length}${apps.length > 0 ? `: ${apps.map((app) => app.name).join(', ')}` : ''}`,
    `${colors.bold('triggers')}  ${triggers.length}${triggers.length > 0 ? `: ${triggers.map((trigger) => trigger.id).join(', ')}` : ''}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}
