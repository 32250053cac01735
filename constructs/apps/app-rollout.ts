import { Duration } from 'cdk8s';
import { AppEngine, knativeTagName } from '../../contracts/engine';
import { propKeys } from '../core/prop-keys';
import { dnsLabel, integerIn, PropProblems } from '../core/validation';

/**
 * A canary rollout of an app's new version: a share of the traffic goes to it, the rest stays on the
 * version rolled out before. Blue/green is the same with `canaryPercent: 0` (the candidate has its
 * own tagged URL for smoke tests), then 100; rolling back is `canaryPercent: 0`.
 * @category Constructs
 */
export interface AppRollout {
  /**
   * Percent of the requests (0–100) the new revision receives. With KServe the rest goes to the
   * last revision that was fully rolled out (KServe remembers it; before one exists nothing is split).
   */
  readonly canaryPercent: number;
  /**
   * `knative` engine: this version's revision suffix; the revision is named `<app>-<revision>`.
   * Knative requires the name to change whenever the template changes (a new image, env, …).
   * @default none: required with the knative engine
   */
  readonly revision?: string;
  /**
   * `knative` engine: the suffix the version serving the rest was rolled out with (its `revision`).
   * @default none: required with the knative engine when canaryPercent is below 100
   */
  readonly previousRevision?: string;
  /**
   * `knative` engine: shift the traffic to the new revision gradually over this time
   * (`serving.knative.dev/rollout-duration`) instead of at once.
   * @default at once
   */
  readonly duration?: Duration;
}

export const APP_ROLLOUT_KEYS = propKeys<AppRollout>('AppRollout', { canaryPercent: true, revision: true, previousRevision: true, duration: true });

/** The tags of the two revisions' own routes (`<tag>-<service>.<namespace>…`): for smoke tests. */
export const CANDIDATE_TAG = 'candidate';
/**
 * KServe's tag of the latest revision, set on its Knative Service when the InferenceService has
 * `serving.kserve.io/enable-tag-routing: "true"` (kserve v0.20.0,
 * pkg/controller/v1beta1/inferenceservice/reconcilers/knative/ksvc_reconciler.go; the previous
 * rolled-out revision is tagged `prev`).
 */
export const KSERVE_CANDIDATE_TAG = 'latest';
export const KSERVE_TAG_ROUTING_ANNOTATION = 'serving.kserve.io/enable-tag-routing';
export const CURRENT_TAG = 'current';
export const ROLLOUT_DURATION_ANNOTATION = 'serving.knative.dev/rollout-duration';

/**
 * The name Knative gives a tag's route (contracts' KNATIVE_TAG_TEMPLATE, `{{.Tag}}-{{.Name}}`). It
 * names the tag's placeholder Kubernetes Service (`candidate-shop` in the app's namespace) and, put
 * in front of the app's host, the tag's public host (`candidate-shop.example.com`: one label more
 * under the same parent, so the namespace's wildcard certificate covers it).
 */
export const tagName = knativeTagName;

/** Records a problem when the tag's public host would not be a valid host name (its first label past 63 characters). */
export function checkTagHostname(problems: PropProblems, host: string): void {
  const label = host.split('.')[0];
  if (label.length > 63) {
    problems.add('rollout', host, 'is the candidate\'s host (candidate-<hostname>), and its first label is longer than 63 characters (shorten the app\'s name or hostname)');
  }
}

/** Records the problems of `rollout` for an app served by `serviceName` on `engine`. */
export function checkRollout(problems: PropProblems, rollout: AppRollout | undefined, engine: AppEngine, serviceName: string): void {
  if (rollout === undefined) return;
  if (rollout.canaryPercent === undefined) problems.add('rollout.canaryPercent', undefined, 'is required (0–100: the share of requests the new version gets)');
  problems.check('rollout.canaryPercent', rollout.canaryPercent, integerIn(0, 100));
  if (engine === 'kserve') {
    for (const field of ['revision', 'previousRevision', 'duration'] as const) {
      if (rollout[field] !== undefined) problems.add(`rollout.${field}`, rollout[field], 'applies to the knative engine only (KServe names revisions and keeps the previous one itself)');
    }
    return;
  }
  if (rollout.revision === undefined) problems.add('rollout.revision', undefined, 'is required with the knative engine (a suffix that changes with every new version, e.g. "v2")');
  // Knative's rules: a revision name is `<service>-<suffix>`, a DNS label of at most 63 characters.
  const name = (suffix: unknown, field: string): void => problems.check(field, suffix, (v) => dnsLabel(63 - serviceName.length - 1)(v)
    && `is not a revision suffix: "${serviceName}-<suffix>" must be a DNS-1123 label of at most 63 characters`);
  name(rollout.revision, 'rollout.revision');
  name(rollout.previousRevision, 'rollout.previousRevision');
  if (rollout.canaryPercent !== 100 && rollout.previousRevision === undefined) {
    problems.add('rollout.previousRevision', undefined, 'is required while canaryPercent is below 100 (the revision serving the rest)');
  }
  if (rollout.previousRevision !== undefined && rollout.previousRevision === rollout.revision) {
    problems.add('rollout.previousRevision', rollout.previousRevision, 'is the same as revision (a new version needs a new revision name)');
  }
  if (rollout.duration !== undefined && !(rollout.duration instanceof Duration)) problems.add('rollout.duration', rollout.duration, 'is not a Duration (e.g. Duration.minutes(10))');
}
