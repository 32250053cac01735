import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import {
  APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION, APPLY_SET_GROUP_KINDS_ANNOTATION, APPLY_SET_ID_LABEL, APPLY_SET_PART_OF_LABEL, applySetId,
} from '../../contracts/apply-set';
import { examplePlatform } from '../../examples/platform';
import { calvin } from './capture';

/**
 * A fake kubectl (a Node script first on PATH): records each call's arguments, KUBECTL_APPLYSET and
 * the objects of the file it was given, and answers a prune of the calvin-apps set the way kubectl
 * prints one (`<resource>/<name> pruned`). Reads answer from the environment: `get secret` lists
 * FLUX_PARENTS (JSON, as `kubectl get -o json` prints a List), `get … -l part-of=…` FLUX_MEMBERS
 * (`-o name` lines).
 */
const FAKE_KUBECTL = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
const file = args.includes('-f') ? args[args.indexOf('-f') + 1] : undefined;
fs.appendFileSync(process.env.CALLS, JSON.stringify({ args, applyset: process.env.KUBECTL_APPLYSET ?? null, objects: file ? fs.readFileSync(file, 'utf8') : '' }) + '\\n');
const ns = args[args.indexOf('-n') + 1];
if (args[0] === 'get' && args[1] === 'secrets') {
  process.stdout.write(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: JSON.parse(process.env.FLUX_PARENTS ?? '[]') }));
} else if (args[0] === 'get') {
  process.stdout.write(process.env.FLUX_MEMBERS ?? '');
} else if (args.includes('--prune') && ns === 'calvin-apps') {
  const dry = args.includes('--dry-run=server') ? ' (server dry run)' : '';
  process.stdout.write('inferenceservice.serving.kserve.io/my-app serverside-applied' + dry + '\\ninferenceservice.serving.kserve.io/old-app pruned' + dry + '\\n');
}
process.exit(Number(process.env.KUBECTL_EXIT ?? 0));
`;

interface Call { args: string[]; applyset: string | null; objects: any[] }

describe('calvin apply', () => {
  let dir: string;
  let bin: string;
  const calls = (): Call[] => fs.readFileSync(path.join(dir, 'calls.jsonl'), 'utf8').trim().split('\n').map((line) => {
    const call = JSON.parse(line);
    return { ...call, objects: YAML.parseAllDocuments(call.objects).map((d) => d.toJS()) };
  });
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => calvin(['apply', ...args], {
    cwd: dir, env: { PATH: `${bin}${path.delimiter}${process.env.PATH}`, CALLS: path.join(dir, 'calls.jsonl'), ...env },
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-apply-test-'));
    bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'kubectl'), FAKE_KUBECTL, { mode: 0o755 });
    const app = Testing.app({ outdir: path.join(dir, 'dist') });
    examplePlatform(app);
    app.synth();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('--dry-run: Namespaces first, then one server-side pruning apply per namespace\'s set with KUBECTL_APPLYSET=true, Flux\'s objects last; prints what would be pruned', async () => {
    const result = await run(['--dry-run']);
    expect(result.stderr).not.toMatch(/failed|cannot/);
    expect(result.code).toBe(0);
    const recorded = calls().filter((c) => c.args[0] === 'apply');
    expect(recorded.map((c) => c.applyset)).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(recorded.map((c) => c.args.slice(0, -1))).toEqual([
      ['apply', '--server-side', '--dry-run=server', '-f'],
      ['apply', '--server-side', '--prune', '--applyset=secret/calvin-applyset', '-n', 'calvin-system', '--dry-run=server', '-f'],
      ['apply', '--server-side', '--prune', '--applyset=secret/calvin-applyset', '-n', 'acme', '--dry-run=server', '-f'],
      ['apply', '--server-side', '--prune', '--applyset=secret/calvin-applyset', '-n', 'calvin-apps', '--dry-run=server', '-f'],
      // The example's FluxDelivery: a set of its own in Flux's namespace, after the platform.
      ['apply', '--server-side', '--prune', '--applyset=secret/calvin-applyset-flux', '-n', 'flux-system', '--dry-run=server', '-f'],
    ]);
    expect(recorded[4].objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'GitRepository/delivery', 'Kustomization/delivery-namespaces', 'Kustomization/delivery-tls', 'Kustomization/delivery-platform',
    ]);
    for (const call of recorded.slice(0, 4)) expect(call.objects.filter((o) => o.apiVersion.includes('fluxcd.io'))).toEqual([]);
    expect(recorded[0].objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Namespace/calvin-system', 'Namespace/calvin-apps', 'Namespace/acme']);
    // kubectl adds the part-of label itself and refuses input that has it; the parents are kubectl's to write.
    for (const call of recorded) {
      for (const object of call.objects) expect(object.metadata.labels?.[APPLY_SET_PART_OF_LABEL]).toBeUndefined();
      expect(call.objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    }
    // Every object lands in its own namespace's set; cluster-scoped ones in calvin-system's.
    expect(recorded[2].objects.every((o) => o.metadata.namespace === 'acme')).toBe(true);
    expect(recorded[3].objects.map((o) => `${o.kind}/${o.metadata.name}`)).toContain('InferenceService/my-app');
    expect(recorded[1].objects.map((o) => o.kind)).toEqual(expect.arrayContaining(['Namespace', 'ClusterIssuer', 'Deployment']));
    const total = recorded.slice(1, 4).reduce((n, c) => n + c.objects.length, 0);
    const synthesized = YAML.parseAllDocuments(fs.readFileSync(path.join(dir, 'dist', 'calvin.k8s.yaml'), 'utf8')).length;
    expect(total).toBe(synthesized - 3); // all but the three parents
    expect(result.stdout).toContain('1 object would be pruned:\n  calvin-apps: inferenceservice.serving.kserve.io/old-app pruned (server dry run)\n');
  });

  test('without --dry-run: the same calls, no --dry-run flag; prints what was pruned', async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(calls().every((c) => !c.args.some((a) => a.startsWith('--dry-run')))).toBe(true);
    expect(result.stdout).toContain('1 object pruned:\n  calvin-apps: inferenceservice.serving.kserve.io/old-app pruned\n');
  });

  test('kubectl failing stops the apply with its exit code named (exit 1)', async () => {
    const result = await run([], { KUBECTL_EXIT: '3' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kubectl apply failed (exit 3)');
    expect(calls()).toHaveLength(1);
  });

  test('an output without ApplySets is a usage error naming the option, and kubectl never runs', async () => {
    const app = Testing.app({ outdir: path.join(dir, 'plain') });
    examplePlatform(app, { applySet: false });
    app.synth();
    const result = await run(['plain']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plain has no ApplySet parent: set applySet: true on the PlatformStack');
    expect(fs.existsSync(path.join(dir, 'calls.jsonl'))).toBe(false);
  });

  test('a parent whose id label was edited is refused with the expected id', async () => {
    const file = path.join(dir, 'dist', 'calvin.k8s.yaml');
    const wrong = applySetId({ name: 'other', namespace: 'acme', kind: 'Secret', group: '' });
    const right = applySetId({ name: 'calvin-applyset', namespace: 'acme', kind: 'Secret', group: '' });
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`applyset.kubernetes.io/id: ${right}`, `applyset.kubernetes.io/id: ${wrong}`));
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Secret acme/calvin-applyset: label applyset.kubernetes.io/id is ${wrong}, expected ${right}`);
  });

  describe('a Flux set the output no longer has', () => {
    const fluxId = (namespace: string) => applySetId({ name: 'calvin-applyset-flux', namespace, kind: 'Secret', group: '' });
    /** The parent kubectl left in the cluster when it last applied the FluxDelivery's set there. */
    const parent = (namespace: string, id = fluxId(namespace)) => ({
      apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
      metadata: {
        name: 'calvin-applyset-flux', namespace, labels: { [APPLY_SET_ID_LABEL]: id },
        annotations: {
          'applyset.kubernetes.io/tooling': 'kubectl/v1.33.1',
          [APPLY_SET_GROUP_KINDS_ANNOTATION]: 'GitRepository.source.toolkit.fluxcd.io,Kustomization.kustomize.toolkit.fluxcd.io',
          [APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION]: '',
        },
      },
    });
    const MEMBERS = ['gitrepository.source.toolkit.fluxcd.io/delivery', 'kustomization.kustomize.toolkit.fluxcd.io/delivery-namespaces',
      'kustomization.kustomize.toolkit.fluxcd.io/delivery-tls', 'kustomization.kustomize.toolkit.fluxcd.io/delivery-platform'];
    const env = (parents: object[]) => ({ FLUX_PARENTS: JSON.stringify(parents), FLUX_MEMBERS: MEMBERS.map((m) => `${m}\n`).join('') });
    const afterApplies = () => calls().filter((c) => c.args[0] !== 'apply');
    const LOOKUP = ['get', 'secrets', '--all-namespaces', '--field-selector', 'metadata.name=calvin-applyset-flux', '-l', APPLY_SET_ID_LABEL, '-o', 'json'];
    const ORPHAN = ['--type=merge', '-p', '{"spec":{"deletionPolicy":"Orphan"}}'];

    test('a FluxDelivery removed from the code: no Flux apply (kubectl refuses an empty set), its members are found by the parent\'s kinds and part-of label, Kustomizations orphan what they applied, then members and parent are deleted', async () => {
      fs.rmSync(path.join(dir, 'dist', 'delivery.k8s.yaml'));
      const result = await run([], env([parent('flux-system')]));
      expect(result.stderr).not.toMatch(/failed|cannot/);
      expect(result.code).toBe(0);
      const applies = calls().filter((c) => c.args[0] === 'apply');
      expect(applies.map((c) => (c.args.includes('-n') ? c.args[c.args.indexOf('-n') + 1] : 'Namespaces'))).toEqual(['Namespaces', 'calvin-system', 'acme', 'calvin-apps']);
      expect(afterApplies().map((c) => c.args)).toEqual([
        LOOKUP,
        ['get', 'GitRepository.source.toolkit.fluxcd.io,Kustomization.kustomize.toolkit.fluxcd.io', '-n', 'flux-system', '-l', `${APPLY_SET_PART_OF_LABEL}=${fluxId('flux-system')}`, '-o', 'name'],
        // Deleting a Kustomization with prune: true would make Flux delete the platform just applied.
        ['patch', MEMBERS[1], '-n', 'flux-system', ...ORPHAN],
        ['patch', MEMBERS[2], '-n', 'flux-system', ...ORPHAN],
        ['patch', MEMBERS[3], '-n', 'flux-system', ...ORPHAN],
        ['delete', ...MEMBERS, '-n', 'flux-system'],
        ['delete', 'secret/calvin-applyset-flux', '-n', 'flux-system'],
      ]);
      expect(result.stdout).toContain(`5 objects pruned:\n  calvin-apps: inferenceservice.serving.kserve.io/old-app pruned\n${MEMBERS.map((m) => `  flux-system: ${m} pruned\n`).join('')}`);
      // The lookups' output (a Secret list) is read, never shown.
      expect(result.stdout).not.toContain('"items"');
    });

    test('--dry-run: the same lookups; patches and deletes only on the server\'s dry run; reports what would be pruned', async () => {
      fs.rmSync(path.join(dir, 'dist', 'delivery.k8s.yaml'));
      const result = await run(['--dry-run'], env([parent('flux-system')]));
      expect(result.code).toBe(0);
      const changes = afterApplies().filter((c) => c.args[0] !== 'get');
      expect(changes).toHaveLength(5);
      for (const call of changes) expect(call.args.at(-1)).toBe('--dry-run=server');
      expect(result.stdout).toContain(`  flux-system: ${MEMBERS[3]} pruned (server dry run)\n`);
      expect(result.stdout).toMatch(/^5 objects would be pruned:/m);
    });

    test('with the FluxDelivery still in the output, its own namespace\'s set is kubectl\'s to prune; a set left in the namespace it moved from is removed; a Secret of that name with another id is left alone', async () => {
      const result = await run([], env([parent('flux-system'), parent('old-flux'), parent('not-ours', fluxId('elsewhere'))]));
      expect(result.code).toBe(0);
      expect(calls().filter((c) => c.args[0] === 'apply').at(-1)!.args).toContain('--applyset=secret/calvin-applyset-flux');
      const touched = afterApplies().slice(1).map((c) => c.args[c.args.indexOf('-n') + 1]);
      expect(new Set(touched)).toEqual(new Set(['old-flux']));
      expect(afterApplies().at(-1)!.args).toEqual(['delete', 'secret/calvin-applyset-flux', '-n', 'old-flux']);
      expect(result.stderr).toContain(`Secret not-ours/calvin-applyset-flux is not the parent of calvin's Flux set there (label ${APPLY_SET_ID_LABEL} is not ${fluxId('not-ours')}): left alone`);
    });

    test('no Flux set in the cluster: one lookup, nothing deleted', async () => {
      fs.rmSync(path.join(dir, 'dist', 'delivery.k8s.yaml'));
      const result = await run([], env([]));
      expect(result.code).toBe(0);
      expect(afterApplies().map((c) => c.args)).toEqual([LOOKUP]);
      expect(result.stdout).toContain('1 object pruned:');
    });
  });
});
