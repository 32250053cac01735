import {
  APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION, APPLY_SET_GROUP_KINDS_ANNOTATION, APPLY_SET_ID_LABEL, APPLY_SET_PART_OF_LABEL,
  APPLY_SET_TOOLING, APPLY_SET_TOOLING_ANNOTATION, applySetId, groupKindOf,
} from '../../contracts/apply-set';
import { propKeys } from '../core/prop-keys';
import { dnsLabel, PropProblems } from '../core/validation';

/** @category Constructs */
export interface PlatformApplySetProps {
  /**
   * Name of the parent Secret of each namespace's set (what `calvin apply` passes as
   * `--applyset=secret/<name>`).
   * @default 'calvin-applyset'
   */
  readonly name?: string;
}

export const PLATFORM_APPLY_SET_KEYS = propKeys<PlatformApplySetProps>('PlatformApplySetProps', { name: true });

export const DEFAULT_APPLY_SET_NAME = 'calvin-applyset';

export function checkApplySetProps(problems: PropProblems, value: PlatformApplySetProps | boolean | undefined): void {
  if (value === undefined || typeof value === 'boolean') return;
  problems.check('applySet.name', value.name, dnsLabel());
}

/**
 * Labels every object with the ApplySet it belongs to and adds the sets' parents (KEP-3659), so that
 * `kubectl apply --prune --applyset` deletes what the code no longer declares. One set per
 * namespace, its parent a Secret `name` in that namespace: kubectl requires `-n` with a Secret parent
 * and then refuses objects of any other namespace (a set spanning namespaces needs a cluster-scoped
 * custom parent kind, i.e. a CRD installed first), so a set that kubectl can apply holds one
 * namespace; cluster-scoped objects (Namespaces, ClusterIssuers) join the set of `clusterScopedSet`.
 * The parents' annotations are what kubectl itself writes; their labels `labels` and the id. Returns new objects; `docs` is unchanged.
 */
export function withApplySets(docs: readonly any[], name: string, clusterScopedSet: string, labels: Record<string, string> = {}): any[] {
  const setNamespace = (doc: any): string => doc.metadata?.namespace ?? clusterScopedSet;
  const kinds = new Map<string, Set<string>>();
  const labelled = docs.map((doc) => {
    const namespace = setNamespace(doc);
    if (!kinds.has(namespace)) kinds.set(namespace, new Set());
    kinds.get(namespace)!.add(groupKindOf(doc.apiVersion, doc.kind));
    const id = applySetId({ name, namespace, kind: 'Secret', group: '' });
    return { ...doc, metadata: { ...doc.metadata, labels: { ...doc.metadata?.labels, [APPLY_SET_PART_OF_LABEL]: id } } };
  });
  const parents = Array.from(kinds.keys()).sort().map((namespace) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name,
      namespace,
      annotations: {
        [APPLY_SET_TOOLING_ANNOTATION]: APPLY_SET_TOOLING,
        [APPLY_SET_GROUP_KINDS_ANNOTATION]: Array.from(kinds.get(namespace)!).sort().join(','),
        [APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION]: '',
      },
      labels: { ...labels, [APPLY_SET_ID_LABEL]: applySetId({ name, namespace, kind: 'Secret', group: '' }) },
    },
  }));
  return [...labelled, ...parents];
}
