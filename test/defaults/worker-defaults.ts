import { Duration } from 'cdk8s';
import { findObject } from '../helpers';
import {
  DefaultsTable, noop, sameWorker, WORKER_LIMITS, WORKER_REQUESTS, workerContainer, workerDocs, workerEnv, workerPod,
} from './tables';

/** SchedulerWorker's props and the interfaces they refer to. */
export const WORKER_DEFAULTS: DefaultsTable = {
  'SchedulerWorkerProps.image': { documented: "none; a platform without Triggers renders the unpublished placeholder 'registry.digitalocean.com/calvin/scheduler-worker:0.1.0'", check: () => {
    expect(workerContainer().image).toBe('registry.digitalocean.com/calvin/scheduler-worker:0.1.0');
  } },
  'SchedulerWorkerProps.replicas': { documented: '2', check: () => {
    expect(findObject(workerDocs(), 'Deployment', 'scheduler-worker').spec.replicas).toBe(2);
    sameWorker({ replicas: 2 });
  } },
  'SchedulerWorkerProps.resources': { documented: "{ requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } }", check: () => {
    expect(workerContainer().resources).toEqual({ requests: WORKER_REQUESTS, limits: WORKER_LIMITS });
    sameWorker({ resources: { requests: WORKER_REQUESTS, limits: WORKER_LIMITS } });
  } },
  'SchedulerWorkerProps.port': { documented: '8080', check: () => {
    expect(workerEnv().PORT).toBe('8080');
    expect(workerContainer().ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(findObject(workerDocs(), 'Service', 'scheduler-worker').spec.ports[0].port).toBe(8080);
  } },
  'SchedulerWorkerProps.concurrency': { documented: '200', check: () => { expect(workerEnv().WORKER_CONCURRENCY).toBe('200'); sameWorker({ concurrency: 200 }); } },
  'SchedulerWorkerProps.queueName': { documented: "'calvin-triggers'", check: () => { expect(workerEnv().QUEUE_NAME).toBe('calvin-triggers'); } },
  'SchedulerWorkerProps.logLevel': { documented: "'info'", check: () => { expect(workerEnv().LOG_LEVEL).toBe('info'); } },
  'SchedulerWorkerProps.redisUrlSecret': { documented: "{ secret: 'calvin-redis', key: 'url' }", check: () => {
    expect(workerEnv().REDIS_URL).toEqual({ name: 'calvin-redis', key: 'url' });
  } },
  'SchedulerWorkerProps.signingSecret': { documented: "{ secret: 'calvin-trigger-signing', key: 'secrets' }", check: () => {
    expect(workerEnv().SIGNING_SECRETS).toEqual({ name: 'calvin-trigger-signing', key: 'secrets' });
  } },
  'SchedulerWorkerProps.s3CredentialsSecret': {
    documented: "{ secret: 'calvin-spaces', accessKeyIdKey: 'access-key-id', secretAccessKeyKey: 'secret-access-key' }",
    check: () => {
      const env = workerEnv();
      expect([env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY]).toEqual([
        { name: 'calvin-spaces', key: 'access-key-id' }, { name: 'calvin-spaces', key: 'secret-access-key' }]);
    },
  },
  'SchedulerWorkerProps.metrics': {
    documented: "{ bucket: 'calvin-runtime-scheduler', endpoint: 'https://fra1.digitaloceanspaces.com', region: 'us-east-1', prefix: 'metrics/', flushCount: 100, flushInterval: Duration.minutes(1) }",
    check: () => {
      sameWorker({ metrics: { bucket: 'calvin-runtime-scheduler', endpoint: 'https://fra1.digitaloceanspaces.com', region: 'us-east-1', prefix: 'metrics/', flushCount: 100, flushInterval: Duration.minutes(1) } });
      expect(workerEnv().S3_BUCKET).toBe('calvin-runtime-scheduler');
    },
  },
  'SchedulerWorkerProps.allowTargets': { documented: '[]', check: () => {
    expect(workerEnv().TARGET_ALLOW_LIST).toBe('.calvin-apps.svc.cluster.local');
    sameWorker({ allowTargets: [] });
  } },
  'SchedulerWorkerProps.triggerShare': { documented: '25', check: () => { expect(workerEnv().WORKER_TRIGGER_SHARE).toBe('25'); } },
  'SchedulerWorkerProps.workspaceShare': { documented: '50', check: () => { expect(workerEnv().WORKER_WORKSPACE_SHARE).toBe('50'); } },
  'SchedulerWorkerProps.clusterCidrs': { documented: "['10.244.0.0/16', '10.245.0.0/16']", check: () => {
    expect(workerEnv().CLUSTER_CIDRS).toBe('10.244.0.0/16,10.245.0.0/16');
    sameWorker({ clusterCidrs: ['10.244.0.0/16', '10.245.0.0/16'] });
  } },
  'SchedulerWorkerProps.terminationGracePeriod': { documented: 'Duration.seconds(30)', check: () => {
    expect(workerPod().terminationGracePeriodSeconds).toBe(30);
  } },
  'SchedulerWorkerProps.shutdownGrace': { documented: 'Duration.seconds(25)', check: () => { expect(workerEnv().SHUTDOWN_GRACE_MS).toBe('25000'); } },
  'SchedulerWorkerProps.imagePullSecrets': { documented: '[]', check: () => {
    expect(workerPod()).not.toHaveProperty('imagePullSecrets');
    sameWorker({ imagePullSecrets: [] });
  } },
  'SchedulerWorkerProps.labels': { documented: '{}', check: () => sameWorker({ labels: {} }) },
  'SchedulerWorkerProps.transform': { documented: 'none', check: () => sameWorker({ transform: { deployment: noop, service: noop, podDisruptionBudget: noop } }) },
  'SchedulerWorkerTransforms.deployment': { documented: 'none', check: () => sameWorker({ transform: { deployment: noop } }) },
  'SchedulerWorkerTransforms.service': { documented: 'none', check: () => sameWorker({ transform: { service: noop } }) },
  'SchedulerWorkerTransforms.podDisruptionBudget': { documented: 'none', check: () => sameWorker({ transform: { podDisruptionBudget: noop } }) },
  'SchedulerWorkerTransforms.catalogConfigMaps': { documented: 'none', check: () => sameWorker({ transform: { catalogConfigMaps: noop } }) },
  'SchedulerWorkerResources.requests': { documented: "{ cpu: '200m', memory: '256Mi' }", check: () => {
    expect(workerContainer({ resources: { limits: { cpu: '1', memory: '1Gi' } } }).resources.requests).toEqual(WORKER_REQUESTS);
  } },
  'SchedulerWorkerResources.limits': { documented: "{ cpu: '500m', memory: '512Mi' }", check: () => {
    expect(workerContainer({ resources: { requests: { cpu: '100m', memory: '128Mi' } } }).resources.limits).toEqual(WORKER_LIMITS);
  } },
  'S3CredentialsSecret.accessKeyIdKey': { documented: "'access-key-id'", check: () => {
    expect(workerEnv({ s3CredentialsSecret: { secret: 'spaces' } }).AWS_ACCESS_KEY_ID).toEqual({ name: 'spaces', key: 'access-key-id' });
  } },
  'S3CredentialsSecret.secretAccessKeyKey': { documented: "'secret-access-key'", check: () => {
    expect(workerEnv({ s3CredentialsSecret: { secret: 'spaces' } }).AWS_SECRET_ACCESS_KEY).toEqual({ name: 'spaces', key: 'secret-access-key' });
  } },
  'SchedulerWorkerMetrics.bucket': { documented: "'calvin-runtime-scheduler'", check: () => {
    expect(workerEnv({ metrics: { prefix: 'm/' } }).S3_BUCKET).toBe('calvin-runtime-scheduler');
  } },
  'SchedulerWorkerMetrics.endpoint': { documented: "'https://fra1.digitaloceanspaces.com'", check: () => {
    expect(workerEnv({ metrics: { bucket: 'b-1' } }).S3_ENDPOINT).toBe('https://fra1.digitaloceanspaces.com');
  } },
  'SchedulerWorkerMetrics.region': { documented: "'us-east-1'", check: () => {
    expect(workerEnv({ metrics: { endpoint: 'https://ams3.digitaloceanspaces.com' } }).S3_REGION).toBe('us-east-1');
  } },
  'SchedulerWorkerMetrics.prefix': { documented: "'metrics/'", check: () => { expect(workerEnv({ metrics: { bucket: 'b-1' } }).METRICS_PREFIX).toBe('metrics/'); } },
  'SchedulerWorkerMetrics.flushCount': { documented: '100', check: () => { expect(workerEnv({ metrics: { bucket: 'b-1' } }).METRICS_FLUSH_COUNT).toBe('100'); } },
  'SchedulerWorkerMetrics.flushInterval': { documented: 'Duration.minutes(1)', check: () => {
    expect(workerEnv({ metrics: { flushCount: 10 } }).METRICS_FLUSH_INTERVAL_MS).toBe('60000');
  } },
};
