import { Duration } from 'cdk8s';
import { JobRunner, JobRunnerProps, QueueWorker, QueueWorkerProps } from '../../constructs';
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
  'QueueWorkerProps.metricsPath': { documented: 'not scraped', check: () => {
    const pods = findObject(queueWorkerDocs({ port: 9090 }, { monitoring: {} }), 'Deployment', 'mailer').spec.template.metadata;
    expect(Object.keys(pods.labels ?? {}).filter((k) => k.includes('metrics'))).toEqual([]);
    expect(pods.annotations ?? {}).toEqual({});
  } },
  'QueueWorkerProps.liveness': { documented: 'no liveness probe', check: () => { expect(container()).not.toHaveProperty('livenessProbe'); } },
  'QueueWorkerProps.readiness': { documented: 'no readiness probe', check: () => { expect(container()).not.toHaveProperty('readinessProbe'); } },
  'QueueWorkerProps.transform': { documented: 'none', check: () => { sameQueueWorker({ transform: {} }); } },
  'QueueWorkerTransforms.deployment': { documented: 'none', check: () => { sameQueueWorker({ transform: { deployment: undefined } }); } },
  'QueueWorkerTransforms.scaledObject': { documented: 'none', check: () => { sameQueueWorker({ transform: { scaledObject: undefined } }); } },
  'QueueWorkerTransforms.triggerAuthentication': { documented: 'none', check: () => { sameQueueWorker({ transform: { triggerAuthentication: undefined } }); } },
  'QueueWorkerTransforms.horizontalPodAutoscaler': { documented: 'none', check: () => { sameCpuWorker({ transform: { horizontalPodAutoscaler: undefined } }); } },
  'QueueWorkerTransforms.podDisruptionBudget': { documented: 'none', check: () => { sameQueueWorker({ transform: { podDisruptionBudget: undefined } }); } },
};

const runnerDocs = (props: Partial<JobRunnerProps> = {}) => synthPlatform((p) => { new JobRunner(p, 'agents', { image: WORKER_IMAGE, stream: 'ci', ...props }); });
const scaledJob = (props: Partial<JobRunnerProps> = {}) => findObject(runnerDocs(props), 'ScaledJob', 'agents').spec;
const sameRunner = (explicit: Partial<JobRunnerProps>) => expect(runnerDocs()).toEqual(runnerDocs(explicit));

export const JOB_RUNNER_DEFAULTS: DefaultsTable = {
  'JobRunnerProps.group': { documented: "the runner's name", check: () => { expect(scaledJob().triggers[0].metadata.consumerGroup).toBe('agents'); sameRunner({ group: 'agents' }); } },
  'JobRunnerProps.entriesPerJob': { documented: '1', check: () => { expect(scaledJob().triggers[0].metadata.lagCount).toBe('1'); sameRunner({ entriesPerJob: 1 }); } },
  'JobRunnerProps.activationLag': { documented: '0', check: () => { expect(scaledJob().triggers[0].metadata.activationLagCount).toBe('0'); sameRunner({ activationLag: 0 }); } },
  'JobRunnerProps.maxJobs': { documented: '10', check: () => { expect(scaledJob().maxReplicaCount).toBe(10); sameRunner({ maxJobs: 10 }); } },
  'JobRunnerProps.pollingInterval': { documented: 'Duration.seconds(30)', check: () => { expect(scaledJob().pollingInterval).toBe(30); sameRunner({ pollingInterval: Duration.seconds(30) }); } },
  'JobRunnerProps.scalingStrategy': { documented: "'default'", check: () => { expect(scaledJob().scalingStrategy).toEqual({ strategy: 'default' }); sameRunner({ scalingStrategy: 'default' }); } },
  'JobRunnerProps.activeDeadline': { documented: 'Duration.hours(1)', check: () => { expect(scaledJob().jobTargetRef.activeDeadlineSeconds).toBe(3600); sameRunner({ activeDeadline: Duration.hours(1) }); } },
  'JobRunnerProps.backoffLimit': { documented: '2', check: () => { expect(scaledJob().jobTargetRef.backoffLimit).toBe(2); sameRunner({ backoffLimit: 2 }); } },
  'JobRunnerProps.ttlAfterFinished': { documented: 'Duration.minutes(10)', check: () => { expect(scaledJob().jobTargetRef.ttlSecondsAfterFinished).toBe(600); sameRunner({ ttlAfterFinished: Duration.minutes(10) }); } },
  'JobRunnerProps.successfulJobsHistoryLimit': { documented: '5', check: () => { expect(scaledJob().successfulJobsHistoryLimit).toBe(5); sameRunner({ successfulJobsHistoryLimit: 5 }); } },
  'JobRunnerProps.failedJobsHistoryLimit': { documented: '5', check: () => { expect(scaledJob().failedJobsHistoryLimit).toBe(5); sameRunner({ failedJobsHistoryLimit: 5 }); } },
  'JobRunnerProps.claimIdle': { documented: 'Duration.minutes(5)', check: () => {
    expect(scaledJob().jobTargetRef.template.spec.containers[0].env).toContainEqual({ name: 'STREAM_CLAIM_IDLE_MS', value: '300000' });
    sameRunner({ claimIdle: Duration.minutes(5) });
  } },
  'JobRunnerProps.transform': { documented: 'none', check: () => { sameRunner({ transform: {} }); } },
  'JobRunnerTransforms.scaledJob': { documented: 'none', check: () => { sameRunner({ transform: { scaledJob: undefined } }); } },
  'JobRunnerTransforms.triggerAuthentication': { documented: 'none', check: () => { sameRunner({ transform: { triggerAuthentication: undefined } }); } },
};
