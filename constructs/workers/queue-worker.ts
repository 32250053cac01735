import { checkKnownKeys } from '../core/prop-keys';
import { QUEUE_WORKER_KEYS } from './queue-worker-props';
import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { EVENT_WORKER_KINDS, EVENT_WORKER_METRICS_LABEL, EVENT_WORKER_METRICS_PATH_ANNOTATION, QUEUE_WORKER_ENV } from '../../contracts/event-workers';
import { addManifestTransform } from '../core/api-object';
import { PropProblems } from '../core/validation';
import { appScopeOf, checkTenancy, tenantOf } from '../platform/scope';
import { checkImagePullSecrets, hardenedDeployment, workloadPodDisruptionBudget, workloadServiceAccount } from '../workload';
import { eventWorkerContainer, eventWorkerMetadata, redisTriggerAuthentication, redisUrlEnv, resolveEventWorker } from './event-worker';
import { cpuHorizontalPodAutoscaler, queueScaledObject } from './queue-scaling';
import { QueueWorkerProps, QueueWorkerScaling } from './queue-worker-props';
import { resolveQueueWorker } from './queue-worker-settings';

export type { QueueWorkerDelayedJobs, QueueWorkerProps, QueueWorkerScaling, QueueWorkerTransforms } from './queue-worker-props';
export { QUEUE_WORKER_DELAYED_JOBS, QUEUE_WORKER_SCALINGS } from './queue-worker-props';
export { queueScalingFormula } from './queue-scaling';

const RESERVED_ENV = Object.values(QUEUE_WORKER_ENV);

/**
 * A BullMQ consumer: the customer's worker image as a restricted Deployment in the scope's apps
 * namespace (a PlatformStack's, or a Tenant's), a PodDisruptionBudget, and what scales it. By
 * default a KEDA ScaledObject on the queue's waiting jobs (plain plus prioritized, to zero when
 * idle; one replica while delayed jobs wait), with a TriggerAuthentication reading the Redis
 * connection Secret; or an HPA on CPU, or a fixed count. The pods get `REDIS_URL`, `QUEUE_NAME`
 * and `QUEUE_PREFIX`.
 */
export class QueueWorker extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  public readonly queue: string;
  public readonly prefix: string;
  public readonly scaling: QueueWorkerScaling;
  /** The Secret (in `namespace`) the pods and KEDA read the Redis connection from. */
  public readonly redisSecret: string;
  /** The Redis keys KEDA counts: BullMQ's waiting list, prioritized and delayed sets. */
  public readonly queueKeys: { readonly wait: string; readonly prioritized: string; readonly delayed: string };
  public readonly deployment: ApiObject;
  /** The Deployment as a cdk8s-plus construct (add env, volumes, annotations with its API). */
  public readonly deploymentResource: kplus.Deployment;
  public readonly serviceAccount: ApiObject;
  public readonly podDisruptionBudget: ApiObject;
  /** With `scaling: 'queue'`. */
  public readonly scaledObject?: ApiObject;
  /** With `scaling: 'queue'`. */
  public readonly triggerAuthentication?: ApiObject;
  /** With `scaling: 'cpu'`. */
  public readonly horizontalPodAutoscaler?: ApiObject;

  public constructor(scope: Construct, id: string, props: QueueWorkerProps) {
    super(scope, id);
    const appScope = appScopeOf(this);
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, QUEUE_WORKER_KEYS);
    checkTenancy(problems, this, 'worker');
    const worker = resolveEventWorker(problems, id, props, RESERVED_ENV);
    const resolved = resolveQueueWorker(problems, props);
    checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
    problems.throwIfAny();

    this.name = worker.name;
    this.namespace = appScope.appsNamespace;
    this.queue = props.queue;
    this.prefix = resolved.prefix;
    this.scaling = resolved.scaling;
    this.redisSecret = worker.redisSecret;
    this.queueKeys = resolved.queue.keys;
    const metadata = eventWorkerMetadata(this.name, this.namespace, EVENT_WORKER_KINDS.queueWorker, tenantOf(this)?.labels);
    const serviceAccount = workloadServiceAccount(this, 'ServiceAccount', metadata);
    const port = props.port === undefined ? undefined : { name: 'http', number: props.port };
    this.deploymentResource = hardenedDeployment(this, 'Deployment', {
      ...metadata,
      // Left out when KEDA or the HPA owns the count, so that an apply never resets it.
      replicas: this.scaling === 'none' ? resolved.replicas : undefined,
      serviceAccount,
      imagePullSecrets: props.imagePullSecrets ?? appScope.imagePullSecrets,
      terminationGracePeriod: worker.terminationGracePeriod,
      container: eventWorkerContainer(this, props, worker, [
        redisUrlEnv(QUEUE_WORKER_ENV.redisUrl, worker.redisSecret),
        { name: QUEUE_WORKER_ENV.queue, value: props.queue },
        { name: QUEUE_WORKER_ENV.prefix, value: resolved.prefix },
      ], { port, liveness: props.liveness, readiness: props.readiness }),
    });
    this.deployment = ApiObject.of(this.deploymentResource);
    const path = props.metricsPath;
    if (path !== undefined) {
      // On the pod template: Prometheus discovers pods, and reads the path from their annotation.
      addManifestTransform(this.deployment, (m) => {
        const pod = m.spec.template.metadata;
        pod.labels = { ...pod.labels, [EVENT_WORKER_METRICS_LABEL]: 'true' };
        pod.annotations = { ...pod.annotations, [EVENT_WORKER_METRICS_PATH_ANNOTATION]: path };
      });
    }
    addManifestTransform(this.deployment, props.transform?.deployment);
    this.serviceAccount = ApiObject.of(serviceAccount);
    this.podDisruptionBudget = workloadPodDisruptionBudget(this, 'PodDisruptionBudget', metadata, props.transform?.podDisruptionBudget);
    if (this.scaling === 'queue') {
      this.triggerAuthentication = redisTriggerAuthentication(this, metadata, worker.redisSecret, props.transform?.triggerAuthentication);
      this.scaledObject = queueScaledObject(this, metadata, this.name, this.triggerAuthentication.name, resolved.queue, props.transform?.scaledObject);
      this.scaledObject.addDependency(this.triggerAuthentication, this.deployment);
    } else if (this.scaling === 'cpu') {
      this.horizontalPodAutoscaler = cpuHorizontalPodAutoscaler(this, metadata, this.name, {
        minReplicas: resolved.queue.minReplicas, maxReplicas: resolved.queue.maxReplicas, cpuUtilization: resolved.cpuUtilization,
      }, props.transform?.horizontalPodAutoscaler);
      this.horizontalPodAutoscaler.addDependency(this.deployment);
    }
    for (const object of this.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject)) object.addDependency(appScope.appsNamespaceObject);
    this.deployment.addDependency(this.serviceAccount);
  }
}
