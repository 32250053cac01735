import { dnsSubdomain, PropProblems } from '../core/validation';

/** Records a problem for each image pull Secret name that is not an object name. */
export function checkImagePullSecrets(problems: PropProblems, field: string, names: readonly unknown[] | undefined): void {
  (names ?? []).forEach((name, i) => problems.check(`${field}[${i}]`, name, dnsSubdomain));
}

/** The pod spec's `imagePullSecrets`, or nothing when there are none (the field is then left out). */
export function imagePullSecretsField(names: readonly string[]): { imagePullSecrets?: Array<{ name: string }> } {
  return names.length > 0 ? { imagePullSecrets: names.map((name) => ({ name })) } : {};
}
