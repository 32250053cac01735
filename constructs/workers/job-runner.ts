import { checkKnownKeys } from '../core/prop-keys';
import { JOB_RUNNER_KEYS } from './job-runner-props';
import { ApiObject, Lazy } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { EVENT_WORKER_KINDS, STREAM_RUNNER_ENV } from '../../contracts/event-workers';
import { SCALED_JOB_GVK } from '../../imports/gvk';
import { TransformableApiObject } from '../core/api-object';
import { PropProblems } from '../core/validation';
import { appScopeOf, checkTenancy, tenantOf } from '../platform/scope';
import { checkImagePullSecrets, hardenedJobTemplate, WorkloadMetadataSpec, workloadServiceAccount } from '../workload';
import { eventWorkerContainer, eventWorkerMetadata, redisTriggerAuthentication, redisUrlEnv, resolveEventWorker } from './event-worker';
import { JobRunnerProps } from './job-runner-props';
import { ResolvedJobRunner, resolveJobRunner } from './job-runner-settings';

export type { JobRunnerProps, JobRunnerScalingStrategy, JobRunnerTransforms } from './job-runner-props';
export { JOB_RUNNER_SCALING_STRATEGIES } from './job-runner-props';

const RESERVED_ENV = Array.from(new Set(Object.values(STREAM_RUNNER_ENV)));

/**
 * Ephemeral runners fed by a Redis Stream consumer group: a KEDA ScaledJob that starts one
 * Kubernetes Job per undelivered entry (the group's lag; `entriesPerJob` to batch), up to
 * `maxJobs` at once, none when the stream is idle. Each Job's pod (the workload core's restricted
 * template) gets `REDIS_URL`, `STREAM_NAME`, `STREAM_GROUP`, `STREAM_CONSUMER` (its pod name) and
 * `STREAM_CLAIM_IDLE_MS`; `StreamRunner` from `calvin-runtime/streams` follows the contract (claim
 * stale entries, read new ones, acknowledge on success). Works in any app scope.
 */
export class JobRunner extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  public readonly stream: string;
  public readonly group: string;
  /** The Secret (in `namespace`) the pods and KEDA read the Redis connection from. */
  public readonly redisSecret: string;
  public readonly scaledJob: ApiObject;
  public readonly triggerAuthentication: ApiObject;
  public readonly serviceAccount: ApiObject;
  /** The Job template as a cdk8s-plus Job (add env or volumes with its API); only the ScaledJob is synthesized. */
  public readonly jobTemplate: kplus.Job;

  public constructor(scope: Construct, id: string, props: JobRunnerProps) {
    super(scope, id);
    const appScope = appScopeOf(this);
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, JOB_RUNNER_KEYS);
    checkTenancy(problems, this, 'worker');
    const worker = resolveEventWorker(problems, id, props, RESERVED_ENV);
    const resolved = resolveJobRunner(problems, props, worker.name);
    checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
    problems.throwIfAny();

    this.name = worker.name;
    this.namespace = appScope.appsNamespace;
    this.stream = props.stream;
    this.group = resolved.group;
    this.redisSecret = worker.redisSecret;
    const metadata = eventWorkerMetadata(this.name, this.namespace, EVENT_WORKER_KINDS.jobRunner, tenantOf(this)?.labels);
    const serviceAccount = workloadServiceAccount(this, 'ServiceAccount', metadata);
    this.serviceAccount = ApiObject.of(serviceAccount);
    const template = hardenedJobTemplate(this, {
      labels: metadata.labels,
      serviceAccount,
      imagePullSecrets: props.imagePullSecrets ?? appScope.imagePullSecrets,
      terminationGracePeriod: worker.terminationGracePeriod,
      activeDeadline: resolved.activeDeadline,
      backoffLimit: resolved.backoffLimit,
      ttlAfterFinished: resolved.ttlAfterFinished,
      container: eventWorkerContainer(this, props, worker, [
        redisUrlEnv(STREAM_RUNNER_ENV.redisUrl, worker.redisSecret),
        { name: STREAM_RUNNER_ENV.stream, value: props.stream },
        { name: STREAM_RUNNER_ENV.group, value: resolved.group },
        // Unique per pod, so a retried pod is a new consumer that claims its predecessor's entry.
        { name: STREAM_RUNNER_ENV.consumer, podField: 'metadata.name' },
        { name: STREAM_RUNNER_ENV.claimIdleMs, value: String(resolved.claimIdleMs) },
      ]),
    });
    this.jobTemplate = template.job;
    this.triggerAuthentication = redisTriggerAuthentication(this, metadata, worker.redisSecret, props.transform?.triggerAuthentication);
    this.scaledJob = scaledJob(this, metadata, resolved, this.triggerAuthentication.name, props, () => template.renderSpec());
    this.scaledJob.addDependency(this.triggerAuthentication, this.serviceAccount);
    for (const object of [this.scaledJob, this.triggerAuthentication, this.serviceAccount]) object.addDependency(appScope.appsNamespaceObject);
  }
}

function scaledJob(
  scope: Construct, metadata: WorkloadMetadataSpec, resolved: ResolvedJobRunner, authName: string, props: JobRunnerProps, jobSpec: () => Record<string, any>,
): ApiObject {
  return new TransformableApiObject(scope, 'ScaledJob', {
    ...SCALED_JOB_GVK,
    metadata: { name: metadata.name, namespace: metadata.namespace, labels: { ...metadata.labels } },
    spec: {
      // Rendered at synth, so that what is added to `jobTemplate` later is in it.
      jobTargetRef: Lazy.any({ produce: jobSpec }),
      pollingInterval: resolved.pollingIntervalSeconds,
      successfulJobsHistoryLimit: resolved.successfulJobsHistoryLimit,
      failedJobsHistoryLimit: resolved.failedJobsHistoryLimit,
      maxReplicaCount: resolved.maxJobs,
      scalingStrategy: { strategy: resolved.scalingStrategy },
      triggers: [{
        type: 'redis-streams',
        name: 'stream',
        metadata: {
          stream: props.stream,
          consumerGroup: resolved.group,
          // lagCount, not pendingEntriesCount: entries a running Job already holds must not start another.
          lagCount: String(resolved.entriesPerJob),
          activationLagCount: String(resolved.activationLag),
        },
        authenticationRef: { name: authName },
      }],
    },
    transform: props.transform?.scaledJob,
  });
}
