import { createHash } from 'node:crypto';

/**
 * ApplySets (KEP-3659, `kubectl apply --prune --applyset`): the label and annotation names and the id
 * formula, as kubectl defines them (staging/src/k8s.io/kubectl/pkg/cmd/apply/applyset.go). The
 * constructs write them into the synthesized output and `calvin apply` hands the same sets to
 * kubectl: one definition, read by both.
 */

/** On every member object: the id of the set it belongs to. */
export const APPLY_SET_PART_OF_LABEL = 'applyset.kubernetes.io/part-of';
/** On the parent object: its own id (equal to its members' part-of label). */
export const APPLY_SET_ID_LABEL = 'applyset.kubernetes.io/id';
/** On the parent: `<tool>/<semver>` of the tool that manages the set (kubectl refuses a parent of another tool). */
export const APPLY_SET_TOOLING_ANNOTATION = 'applyset.kubernetes.io/tooling';
/** On the parent: the members' kinds as `<Kind>.<group>` (`<Kind>` for the core group), sorted, comma-separated. */
export const APPLY_SET_GROUP_KINDS_ANNOTATION = 'applyset.kubernetes.io/contains-group-kinds';
/** On the parent: the members' namespaces other than the parent's, sorted, comma-separated. */
export const APPLY_SET_ADDITIONAL_NAMESPACES_ANNOTATION = 'applyset.kubernetes.io/additional-namespaces';

/**
 * The tooling the parents declare: kubectl's name, because `kubectl apply --applyset` refuses to
 * touch a parent whose tooling names another tool (it then writes its own version there).
 */
export const APPLY_SET_TOOLING = 'kubectl/v1.33';

/** The parent of an ApplySet: its name, namespace ('' when cluster-scoped), kind and API group ('' for core). */
export interface ApplySetParentRef {
  readonly name: string;
  readonly namespace: string;
  readonly kind: string;
  readonly group: string;
}

/**
 * The set's id: `applyset-` + base64url without padding of sha256(`<name>.<namespace>.<kind>.<group>`)
 * + `-v1` (kubectl's ApplySet.ID: 55 characters, a valid label value).
 */
export function applySetId(parent: ApplySetParentRef): string {
  const hashed = createHash('sha256').update([parent.name, parent.namespace, parent.kind, parent.group].join('.')).digest();
  return `applyset-${hashed.toString('base64url')}-v1`;
}

/** `<Kind>.<group>` of an apiVersion and kind, as kubectl's GroupKind.String() writes it (`<Kind>` for the core group). */
export function groupKindOf(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? kind : `${kind}.${apiVersion.slice(0, slash)}`;
}
