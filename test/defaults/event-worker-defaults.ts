import { Duration } from 'cdk8s';
import { QueueWorker, QueueWorkerProps } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';
import { DefaultsTable } from './tables';

const WORKER_IMAGE = 'registry.example.com/mailer:1.0.0';
export const queueWorkerDocs = (props: Partial<QueueWorkerProps> = {}, platform = {}) => synthPlatform((p) => {
  new QueueWorker(p, 'mailer', { image: WORKER_IMAGE, queue: 'mail', ...props });
}, platform);
const deployment = (props: Partial<QueueWorkerProps> = {}) => findObject(queueWorkerDocs(props), 'Deployment', 'mailer');
const container = (props: Partial<QueueWorkerProps> = {}) => deployment(props).spec.template.spec.containers[0];
const scaledObject = (props: Partial<QueueWorkerProps> = {}) => findObject(queueWorkerDocs(props), 'ScaledObject', 'mailer').spec;
const sameQueueWorker = (explicit: Partial<QueueWorkerProps>) => expect(queueWorkerDocs()).toEqual(queueWorkerDocs(explicit));
const sameCpuWorker = (explicit: Partial<QueueWorkerProps>) => expect(queueWorkerDocs({ scaling: 'cpu' })).toEqual(queueWorkerDocs({ scaling: 'cpu', ...explicit }));
const REQUESTS = { cpu: '100m', memory: '128Mi' };
const LIMITS = { cpu: '1', memory: '512Mi' };

/** QueueWorker's and JobRunner's props (the container props they share are checked on a QueueWorker). */
export const EVENT_WORKER_DEFAULTS: DefaultsTable = {
  'EventWorkerContainerProps.name': { documented: 'the construct id', check: () => { expect(deployment().metadata.name).toBe('mailer'); } },
  'EventWorkerContainerProps.command': { documented: "the image's ENTRYPOINT", check: () => { expect(container()).not.toHaveProperty('command'); } },
  'EventWorkerContainerProps.args': { documented: "the image's CMD", check: () => { expect(container()).not.toHaveProperty('args'); } },
  'EventWorkerContainerProps.env': { documented: '{}', check: () => {
    expect(container().env.map((e: any) => e.name)).toEqual(['REDIS_URL', 'QUEUE_NAME', 'QUEUE_PREFIX']);
    sameQueueWorker({ env: {} });
  } },
  'EventWorkerContainerProps.secretEnv': { documented: '{}', check: () => { sameQueueWorker({ secretEnv: {} }); } },
  'EventWorkerContainerProps.resources': { documented: "{ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }", check: () => {
    expect(container().resources).toEqual({ requests: REQUESTS, limits: LIMITS });
    sameQueueWorker({ resources: { requests: REQUESTS, limits: LIMITS } });
  } },
  'EventWorkerResources.requests': { documented: "{ cpu: '100m', memory: '128Mi' }", check: () => { sameQueueWorker({ resources: { requests: REQUESTS } }); } },
  'EventWorkerResources.limits': { documented: "{ cpu: '1', memory: '512Mi' }", check: () => { sameQueueWorker({ resources: { limits: LIMITS } }); } },
  'EventWorkerContainerProps.imagePullSecrets': { documented: "the scope's `imagePullSecrets`", check: () => {
    const docs = queueWorkerDocs({}, { imagePullSecrets: ['regcred'] });
    expect(findObject(docs, 'Deployment', 'mailer').spec.template.spec.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  } },
  'EventWorkerContainerProps.redisSecret': { documented: "'redis-connection'", check: () => {
    expect(container().env[0]).toEqual({ name: 'REDIS_URL', valueFrom: { secretKeyRef: { name: 'redis-connection', key: 'url' } } });
    sameQueueWorker({ redisSecret: 'redis-connection' });
  } },
  'EventWorkerContainerProps.terminationGracePeriod': { documented: 'Duration.seconds(30)', check: () => {
    expect(deployment().spec.template.spec.terminationGracePeriodSeconds).toBe(30);
    sameQueueWorker({ terminationGracePeriod: Duration.seconds(30) });
  } },

  'QueueWorkerProps.prefix': { documented: "'bull'", check: () => { expect(scaledObject().triggers[0].metadata.listName).toBe('bull:mail:wait'); sameQueueWorker({ prefix: 'bull' }); } },
  'QueueWorkerProps.scaling': { documented: "'queue'", check: () => { expect(scaledObject().scaleTargetRef.name).toBe('mailer'); sameQueueWorker({ scaling: 'queue' }); } },
  'QueueWorkerProps.minReplicas': { documented: "0 with `scaling: 'queue'`, 1 with `scaling: 'cpu'`", check: () => {
    expect(scaledObject().minReplicaCount).toBe(0);
    sameQueueWorker({ minReplicas: 0 });
    expect(findObject(queueWorkerDocs({ scaling: 'cpu' }), 'HorizontalPodAutoscaler', 'mailer').spec.minReplicas).toBe(1);
    sameCpuWorker({ minReplicas: 1 });
  } },
  'QueueWorkerProps.maxReplicas': { documented: '10', check: () => { expect(scaledObject().maxReplicaCount).toBe(10); sameQueueWorker({ maxReplicas: 10 }); sameCpuWorker({ maxReplicas: 10 }); } },
  'QueueWorkerProps.replicas': { documented: '1', check: () => {
    expect(findObject(queueWorkerDocs({ scaling: 'none' }), 'Deployment', 'mailer').spec.replicas).toBe(1);
    expect(queueWorkerDocs({ scaling: 'none' })).toEqual(queueWorkerDocs({ scaling: 'none', replicas: 1 }));
  } },
  'QueueWorkerProps.jobsPerReplica': { documented: '10', check: () => { expect(scaledObject().advanced.scalingModifiers.target).toBe('10'); sameQueueWorker({ jobsPerReplica: 10 }); } },
  'QueueWorkerProps.activation': { documented: '0', check: () => { expect(scaledObject().advanced.scalingModifiers.activationTarget).toBe('0'); sameQueueWorker({ activation: 0 }); } },
  'QueueWorkerProps.delayedJobs': { documented: "'wake'", check: () => {
    expect(scaledObject().triggers.map((t: any) => t.name)).toEqual(['wait', 'prioritized', 'delayed']);
    sameQueueWorker({ delayedJobs: 'wake' });
  } },
  'QueueWorkerProps.pollingInterval': { documented: 'Duration.seconds(30)', check: () => { expect(scaledObject().pollingInterval).toBe(30); sameQueueWorker({ pollingInterval: Duration.seconds(30) }); } },
  'QueueWorkerProps.cooldown': { documented: 'Duration.minutes(5)', check: () => { expect(scaledObject().cooldownPeriod).toBe(300); sameQueueWorker({ cooldown: Duration.minutes(5) }); } },
  'QueueWorkerProps.fallbackReplicas': { documented: '1', check: () => {
    expect(scaledObject().fallback).toEqual({ failureThreshold: 3, replicas: 1 });
    sameQueueWorker({ fallbackReplicas: 1 });
  } },
  'QueueWorkerProps.cpuUtilization': { documented: '70', check: () => {
    expect(findObject(queueWorkerDocs({ scaling: 'cpu' }), 'HorizontalPodAutoscaler', 'mailer').spec.metrics[0].resource.target).toEqual({ type: 'Utilization', averageUtilization: 70 });
    sameCpuWorker({ cpuUtilization: 70 });
  } },
  'QueueWorkerProps.port': { documented: 'no port', check: () => { expect(container()).not.toHaveProperty('ports'); } },
  'QueueWorkerProps.liveness': { documented: 'no liveness probe', check: () => { expect(container()).not.toHaveProperty('livenessProbe'); } },
  'QueueWorkerProps.readiness': { documented: 'no readiness probe', check: () => { expect(container()).not.toHaveProperty('readinessProbe'); } },
  'QueueWorkerProps.transform': { documented: 'none', check: () => { sameQueueWorker({ transform: {} }); } },
  'QueueWorkerTransforms.deployment': { documented: 'none', check: () => { sameQueueWorker({ transform: { deployment: undefined } }); } },
  'QueueWorkerTransforms.scaledObject': { documented: 'none', check: () => { sameQueueWorker({ transform: { scaledObject: undefined } }); } },
  'QueueWorkerTransforms.triggerAuthentication': { documented: 'none', check: () => { sameQueueWorker({ transform: { triggerAuthentication: undefined } }); } },
  'QueueWorkerTransforms.horizontalPodAutoscaler': { documented: 'none', check: () => { sameCpuWorker({ transform: { horizontalPodAutoscaler: undefined } }); } },
  'QueueWorkerTransforms.podDisruptionBudget': { documented: 'none', check: () => { sameQueueWorker({ transform: { podDisruptionBudget: undefined } }); } },
};
