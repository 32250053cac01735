/**
 * Which Kubernetes minors each pinned release supports, checked when the config is read so a
 * cluster the serving stack cannot run on is refused before anything is created.
 */

/** A Kubernetes minor range, both ends inclusive; `max` undefined = the project publishes no upper bound. */
export interface KubernetesRange {
  readonly min: string;
  readonly max?: string;
  /** Where the bounds come from (and which of them is not confirmed). */
  readonly source: string;
}

/** The release components whose Kubernetes support the stack checks, by config key. */
export const COMPONENTS = {
  certManagerVersion: 'cert-manager',
  knativeServingVersion: 'Knative Serving',
  kserveVersion: 'KServe',
} as const;

export type CheckedVersionKey = keyof typeof COMPONENTS;

/**
 * Release minor → supported Kubernetes minors. Add a row before pinning a new release: a release
 * without a row is refused, since nothing would check it.
 */
export const KUBERNETES_SUPPORT: Record<CheckedVersionKey, Readonly<Record<string, KubernetesRange>>> = {
  // cert-manager's supported-releases table (cert-manager.io/docs/releases/, as changed in
  // github.com/cert-manager/website/pull/2007): 1.18 → 1.29–1.33, 1.19 → 1.31–1.35, 1.20 → 1.32–1.35.
  certManagerVersion: {
    // 1.17 (end of life): its row was not found in the pages searched; 1.29–1.32 is its range at release
    // (Kubernetes 1.33 came out after it), the conservative value. It does not overlap Knative 1.21.
    '1.17': { min: '1.29', max: '1.32', source: 'unconfirmed; range at release (conservative)' },
    '1.18': { min: '1.29', max: '1.33', source: 'cert-manager supported releases' },
    '1.19': { min: '1.31', max: '1.35', source: 'cert-manager supported releases' },
    '1.20': { min: '1.32', max: '1.35', source: 'cert-manager supported releases' },
  },
  // Knative's minimum Kubernetes per release (endoflife.date/api/knative.json, `minK8sVersion`, from
  // Knative's release notes). Knative publishes minimums only, no maximum.
  knativeServingVersion: {
    '1.19': { min: '1.32', source: 'endoflife.date knative minK8sVersion' },
    '1.20': { min: '1.32', source: 'endoflife.date knative minK8sVersion' },
    '1.21': { min: '1.33', source: 'endoflife.date knative minK8sVersion' },
  },
  // KServe 0.20's own minimum was not found in the pages searched (kserve.github.io/website states
  // 1.30 for the releases it documents). It runs on Knative 1.21 (bumped in KServe 0.17), so 1.33 is
  // the conservative minimum; no maximum is published.
  kserveVersion: {
    '0.20': { min: '1.33', source: 'unconfirmed; Knative 1.21 minimum (conservative)' },
  },
};

const minorOf = (version: string): string => version.split('.').slice(0, 2).join('.');
const minorNumber = (minor: string): number => Number(minor.split('.')[1]);

/** The Kubernetes minors every component's range includes, as "1.33–1.35" or "1.33 or later"; undefined if none. */
export function describeRange(range: { min: string; max?: string }): string {
  return range.max === undefined ? `${range.min} or later` : `${range.min}–${range.max}`;
}

/**
 * Problems with running `versions` (config key → release version) on Kubernetes `kubernetesMinor`,
 * each naming the key, the value and the supported range.
 */
export function compatibilityProblems(prefix: string, kubernetesMinor: string, versions: Readonly<Record<CheckedVersionKey, string>>): string[] {
  const problems: string[] = [];
  let min = 0;
  let max = Infinity;
  for (const key of Object.keys(COMPONENTS) as CheckedVersionKey[]) {
    const table = KUBERNETES_SUPPORT[key];
    const range = table[minorOf(versions[key])];
    if (!range) {
      problems.push(`${prefix}:${key}: "${versions[key]}"; expected a ${COMPONENTS[key]} release whose Kubernetes support pulumi/compatibility.ts knows: ${Object.keys(table).map((m) => `${m}.x`).join(', ')}`);
      continue;
    }
    min = Math.max(min, minorNumber(range.min));
    if (range.max !== undefined) max = Math.min(max, minorNumber(range.max));
    const k = minorNumber(kubernetesMinor);
    if (k < minorNumber(range.min) || (range.max !== undefined && k > minorNumber(range.max))) {
      problems.push(`${prefix}:kubernetesVersion: "${kubernetesMinor}"; ${COMPONENTS[key]} ${versions[key]} (${key}) supports Kubernetes ${describeRange(range)}`);
    }
  }
  if (problems.length > 0 && min > max) {
    problems.push(`${prefix}:kubernetesVersion: no Kubernetes minor suits ${Object.keys(COMPONENTS).map((key) => `${key} ${versions[key as CheckedVersionKey]}`).join(', ')} together; change one of them`);
  }
  return problems;
}
