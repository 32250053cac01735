import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command } from 'commander';
import * as YAML from 'yaml';
import { APPLY_SET_ID_LABEL, APPLY_SET_PART_OF_LABEL, applySetId, isFluxObject } from 'calvin-runtime/contracts';
import { synthesizedFiles } from '../cdk8s-app';
import { CliError, CliIo, CommandFactory, EXIT_OK, EXIT_USAGE, plural } from '../io';
import { describeObject, displayPath, parseManifestFile } from '../manifests';
import { Kubectl, pruneRemovedFluxSets } from './apply-flux-prune';

interface ApplyOptions {
  readonly dryRun?: boolean;
}

/** One ApplySet of the synthesized output: its parent Secret and the objects it holds. */
interface ApplySetPlan {
  readonly name: string;
  readonly namespace: string;
  readonly members: any[];
}

export const applyCommand: CommandFactory = (context) => new Command('apply')
  .summary('apply the synthesized manifests with kubectl, pruning what the code no longer declares')
  .description('Apply what `calvin synth` wrote, one ApplySet (KEP-3659) per namespace as the platform\'s `applySet` '
    + 'option labels them: `KUBECTL_APPLYSET=true kubectl apply --server-side --prune --applyset=secret/<name> -n <namespace>`. '
    + 'Objects of a set that are no longer in the output are deleted (pruned). Namespaces are applied first, so that kubectl '
    + 'can create each set\'s parent Secret. A FluxDelivery\'s objects (its source and Kustomizations) are applied last, '
    + 'as one more set in their namespace (Flux must be installed: `flux install`); from then on Flux applies and prunes '
    + 'what is committed. A FluxDelivery removed from the code (or moved to another namespace) has its set pruned too, '
    + 'its Kustomizations orphaning what they applied rather than deleting it. kubectl comes from PATH, or from $KUBECTL.')
  .argument('[dir]', 'the synthesized output', 'dist')
  .option('--dry-run', 'ask the API server what would change and what would be pruned (kubectl --dry-run=server); nothing changes')
  .addHelpText('after', `
Examples:
  $ calvin synth && calvin apply --dry-run         # what would be applied and pruned
  $ calvin apply                                   # apply, and delete the objects removed from the code

Exit codes: 0 applied, 1 kubectl failed, 2 bad usage (no ApplySet in the output: set applySet: true on the PlatformStack).`)
  .action(async (dir: string, options: ApplyOptions) => {
    context.exitCode = await runApply(dir, options, context.io);
  });

async function runApply(dir: string, options: ApplyOptions, io: CliIo): Promise<number> {
  const root = path.resolve(io.cwd, dir);
  const files = synthesizedFiles(root);
  if (files.length === 0) throw new CliError(`no manifests in ${displayPath(root, io.cwd)}: run calvin synth first`, EXIT_USAGE);
  const objects = files.flatMap((file) => parseManifestFile(file).map((document) => {
    if (document.syntaxErrors.length > 0) throw new CliError(`${displayPath(file, io.cwd)}:${document.line}: not valid YAML (calvin validate shows where)`, EXIT_USAGE);
    return document.object as any;
  }));
  // Flux's own objects carry no ApplySet label (FluxDelivery is a chart apart from the platform): they get a set of their own, applied last.
  const flux = objects.filter(isFluxObject);
  const platformSets = planApplySets(objects.filter((o) => !isFluxObject(o)), displayPath(root, io.cwd));
  const fluxSetName = `${platformSets[0].name}-flux`;
  const fluxSets = fluxApplySets(flux, fluxSetName);
  const sets = [...platformSets, ...fluxSets];
  const run: Kubectl = (args, runOptions) => kubectl(args, io, runOptions?.echo ?? true);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-apply-'));
  try {
    const dryRun = options.dryRun ? ['--dry-run=server'] : [];
    // kubectl creates a set's parent Secret before it applies the set: its namespace must exist first.
    const namespaces = objects.filter((o) => o.kind === 'Namespace' && o.apiVersion === 'v1').map(withoutPartOf);
    if (namespaces.length > 0) {
      await run(['apply', '--server-side', ...dryRun, '-f', writeObjects(work, 'namespaces.yaml', namespaces)]);
    }
    const pruned: string[] = [];
    for (const set of sets) {
      const file = writeObjects(work, `${set.name}.${set.namespace}.yaml`, set.members.map(withoutPartOf));
      const output = await run(['apply', '--server-side', '--prune', `--applyset=secret/${set.name}`, '-n', set.namespace, ...dryRun, '-f', file]);
      pruned.push(...output.split('\n').filter((line) => /\spruned\b/.test(line)).map((line) => `${set.namespace}: ${line.trim()}`));
    }
    // A Flux set the output no longer has (no Flux objects there now) gets no apply above: kubectl refuses an empty one.
    const current = new Set(fluxSets.map((set) => set.namespace));
    pruned.push(...await pruneRemovedFluxSets(run, fluxSetName, current, options.dryRun === true, (line) => io.stderr.write(`${line}\n`)));
    const verb = options.dryRun ? 'would be pruned' : 'pruned';
    io.stdout.write(pruned.length === 0
      ? `nothing ${verb} (${plural(sets.length, 'ApplySet')})\n`
      : `${plural(pruned.length, 'object')} ${verb}:\n${pruned.map((line) => `  ${line}`).join('\n')}\n`);
    return EXIT_OK;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The ApplySets of the output, the set holding Namespaces first. Refuses an output without sets, a
 * parent whose id is not its own (edited by hand), and an object of no set (it would never be pruned).
 */
function planApplySets(objects: readonly any[], shownDir: string): ApplySetPlan[] {
  const parents = objects.filter((o) => o?.kind === 'Secret' && o.metadata?.labels?.[APPLY_SET_ID_LABEL]);
  if (parents.length === 0) {
    throw new CliError(`${shownDir} has no ApplySet parent: set applySet: true on the PlatformStack and run calvin synth again`, EXIT_USAGE);
  }
  const byId = new Map<string, ApplySetPlan>();
  for (const parent of parents) {
    const { name, namespace } = parent.metadata;
    const id = applySetId({ name, namespace, kind: 'Secret', group: '' });
    if (parent.metadata.labels[APPLY_SET_ID_LABEL] !== id) {
      throw new CliError(`Secret ${namespace}/${name}: label ${APPLY_SET_ID_LABEL} is ${parent.metadata.labels[APPLY_SET_ID_LABEL]}, expected ${id} (the id of a Secret parent ${name} in ${namespace})`, EXIT_USAGE);
    }
    byId.set(id, { name, namespace, members: [] });
  }
  const orphans: string[] = [];
  for (const object of objects) {
    if (parents.includes(object)) continue;
    const set = byId.get(object?.metadata?.labels?.[APPLY_SET_PART_OF_LABEL]);
    if (set) set.members.push(object);
    else orphans.push(describeObject(object));
  }
  if (orphans.length > 0) {
    throw new CliError(`in ${shownDir}, ${plural(orphans.length, 'object')} of no ApplySet (never pruned; synth them with applySet on): ${orphans.join(', ')}`, EXIT_USAGE);
  }
  const holdsNamespaces = (set: ApplySetPlan): number => (set.members.some((o) => o.kind === 'Namespace') ? 0 : 1);
  return Array.from(byId.values()).sort((a, b) => holdsNamespaces(a) - holdsNamespaces(b) || a.namespace.localeCompare(b.namespace));
}

/**
 * The FluxDelivery objects as sets of their own, one per namespace (Flux's, `flux-system` by default),
 * named `<platform's set>-flux` (never the platform's set of that namespace, which a prune of one
 * would empty of the other's objects): applied after the platform, so a cluster without Flux yet
 * has its platform applied before kubectl refuses the Flux kinds.
 */
function fluxApplySets(flux: readonly any[], name: string): ApplySetPlan[] {
  const byNamespace = new Map<string, any[]>();
  for (const object of flux) {
    const namespace = object.metadata?.namespace ?? 'flux-system';
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), object]);
  }
  return Array.from(byNamespace, ([namespace, members]) => ({ name, namespace, members }));
}

/** kubectl adds the part-of label itself and refuses input that already has it. */
function withoutPartOf(object: any): any {
  const { [APPLY_SET_PART_OF_LABEL]: _, ...labels } = object.metadata.labels ?? {};
  return { ...object, metadata: { ...object.metadata, labels } };
}

function writeObjects(dir: string, name: string, objects: readonly any[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, objects.map((o) => YAML.stringify(o)).join('---\n'));
  return file;
}

/**
 * Runs kubectl (`$KUBECTL` or from PATH) with ApplySets enabled; its stderr goes to ours; resolves with
 * its stdout, which is shown too unless `echo` is false (lookups whose output is read, not reported).
 */
function kubectl(args: readonly string[], io: CliIo, echo: boolean): Promise<string> {
  const command = io.env.KUBECTL || 'kubectl';
  io.stderr.write(`$ KUBECTL_APPLYSET=true ${command} ${args.join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: io.cwd, env: { ...io.env, KUBECTL_APPLYSET: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (echo) io.stdout.write(chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.once('error', (error) => reject(new CliError(`cannot run ${command}: ${error.message} (install kubectl, or set KUBECTL)`)));
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new CliError(`${command} ${args[0]} failed (exit ${code}); nothing after it was applied`))));
  });
}
