import {
  APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION, APPLY_SET_GROUP_KINDS_ANNOTATION, APPLY_SET_ID_LABEL, APPLY_SET_PART_OF_LABEL, applySetId,
} from 'calvin-runtime/contracts';
import { CliError } from '../io';

/** Runs kubectl with `args` and resolves with its stdout; `echo: false` keeps the output from the user's screen. */
export type Kubectl = (args: readonly string[], options?: { readonly echo?: boolean }) => Promise<string>;

/** How `kubectl get -o name` names a Flux Kustomization (`<kind>.<group>/<name>`, kind lower-case). */
const KUSTOMIZATION_RESOURCE = 'kustomization.kustomize.toolkit.fluxcd.io/';

/**
 * Removes the Flux ApplySets (`secret/<name>-flux`) the output no longer has: a FluxDelivery removed
 * from the code, or moved to another namespace. kubectl cannot do it: `kubectl apply --prune
 * --applyset` with no objects stops with "no objects passed to apply" before it prunes
 * (pkg/cmd/apply/apply.go, Run), so an emptied set would keep its objects for ever. This does what
 * kubectl's pruner does for a set (applyset_pruner.go: list each kind of the parent's
 * contains-group-kinds annotation, in its namespace and additional-namespaces, by the part-of label),
 * deletes what it finds, then the parent.
 *
 * Each Kustomization gets `spec.deletionPolicy: Orphan` first: deleting one with the FluxDelivery's
 * `prune: true` (deletionPolicy MirrorPrune) makes kustomize-controller delete everything it applied
 * (finalizerShouldDeleteResources), i.e. the platform this same `calvin apply` has just applied.
 *
 * @param current the namespaces whose Flux set the output still has (applied, and pruned, by kubectl)
 * @returns the pruned objects, one `<namespace>: <resource>/<name> pruned` line each
 */
export async function pruneRemovedFluxSets(kubectl: Kubectl, setName: string, current: ReadonlySet<string>, dryRun: boolean, warn: (line: string) => void): Promise<string[]> {
  const listed = await kubectl(['get', 'secrets', '--all-namespaces', '--field-selector', `metadata.name=${setName}`, '-l', APPLY_SET_ID_LABEL, '-o', 'json'], { echo: false });
  const parents: any[] = parseList(listed).filter((parent) => !current.has(parent.metadata?.namespace));
  const dry = dryRun ? ['--dry-run=server'] : [];
  const pruned: string[] = [];
  for (const parent of parents) {
    const namespace: string = parent.metadata.namespace;
    const id = applySetId({ name: setName, namespace, kind: 'Secret', group: '' });
    if (parent.metadata.labels?.[APPLY_SET_ID_LABEL] !== id) {
      warn(`Secret ${namespace}/${setName} is not the parent of calvin's Flux set there (label ${APPLY_SET_ID_LABEL} is not ${id}): left alone`);
      continue;
    }
    const annotations = parent.metadata.annotations ?? {};
    const kinds = splitList(annotations[APPLY_SET_GROUP_KINDS_ANNOTATION]);
    for (const ns of [namespace, ...splitList(annotations[APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION])]) {
      if (kinds.length === 0) break;
      const members = splitList((await kubectl(['get', kinds.join(','), '-n', ns, '-l', `${APPLY_SET_PART_OF_LABEL}=${id}`, '-o', 'name'], { echo: false })).replace(/\n/g, ','));
      if (members.length === 0) continue;
      for (const kustomization of members.filter((member) => member.startsWith(KUSTOMIZATION_RESOURCE))) {
        await kubectl(['patch', kustomization, '-n', ns, '--type=merge', '-p', JSON.stringify({ spec: { deletionPolicy: 'Orphan' } }), ...dry], { echo: false });
      }
      await kubectl(['delete', ...members, '-n', ns, ...dry], { echo: false });
      pruned.push(...members.map((member) => `${ns}: ${member} pruned${dryRun ? ' (server dry run)' : ''}`));
    }
    // Only once its members are gone: a failure above leaves the parent, and the next run retries.
    await kubectl(['delete', `secret/${setName}`, '-n', namespace, ...dry], { echo: false });
  }
  return pruned;
}

function parseList(output: string): any[] {
  try {
    const items = JSON.parse(output).items;
    if (Array.isArray(items)) return items;
  } catch {
    // reported below
  }
  throw new CliError('kubectl get secrets -o json did not print a List: cannot tell which Flux sets to prune');
}

function splitList(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter((item) => item !== '') : [];
}
