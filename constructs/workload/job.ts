/**
 * The Job renderer: the restricted pod template (pod-template.ts, the Deployments' own) in a
 * cdk8s-plus Job spec, for objects that embed a JobSpec rather than create a Job (a KEDA
 * ScaledJob's `jobTargetRef`).
 */
import { ApiObject, App, Chart, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { integerIn, PropProblems } from '../core/validation';
import { IConstruct } from 'constructs';
import { checkWorkloadPod, finishHardenedPod, hardenedPodProps, WorkloadPodSpec } from './pod-template';

/** One Job's pod and its run limits, defaults applied by the caller. */
export interface WorkloadJobSpec extends WorkloadPodSpec {
  /** @default unset: no deadline */
  readonly activeDeadline?: Duration;
  /** Pod retries before the Job fails. @default unset: Kubernetes' 6 */
  readonly backoffLimit?: number;
  /** @default unset: the Job is kept until its owner deletes it */
  readonly ttlAfterFinished?: Duration;
}

/** A rendered Job template: the cdk8s-plus Job (add env or volumes with its API) and its spec at synth. */
export interface WorkloadJobTemplate {
  readonly job: kplus.Job;
  /** The JobSpec as JSON (lazy values resolved), to embed where it is needed; call it at synth. */
  renderSpec(): Record<string, any>;
}

/**
 * A JobSpec whose pods meet the Pod Security Standard "restricted", like `hardenedDeployment`'s.
 * The Job is built in a chart of its own that is never synthesized, so that only the object that
 * embeds its spec appears in the manifests. Throws on a bad spec, naming `owner`'s path.
 */
export function hardenedJobTemplate(owner: IConstruct, spec: WorkloadJobSpec): WorkloadJobTemplate {
  const problems = new PropProblems(owner);
  checkWorkloadPod(problems, spec);
  problems.check('backoffLimit', spec.backoffLimit, integerIn(0, 100));
  problems.throwIfAny();
  const chart = new Chart(new App(), 'JobTemplate');
  const job = new kplus.Job(chart, 'Job', {
    ...hardenedPodProps(spec),
    restartPolicy: kplus.RestartPolicy.NEVER,
    activeDeadline: spec.activeDeadline,
    backoffLimit: spec.backoffLimit,
    ttlAfterFinished: spec.ttlAfterFinished,
  });
  finishHardenedPod(job, spec);
  return {
    job,
    renderSpec: () => {
      const spec = ApiObject.of(job).toJson().spec;
      // kplus labels pods with their construct's address, here the never-synthesized chart's (the
      // same for every template): it selects nothing, so it is left out.
      delete spec.template?.metadata?.labels?.[kplus.Pod.ADDRESS_LABEL];
      return spec;
    },
  };
}
