import { Chart, Duration, Testing } from 'cdk8s';
import { join } from 'path';
import {
  AcmeClusterIssuer, AcmeClusterIssuerProps, CustomerApp, CustomerAppProps, KSERVE_DEPLOYMENT_MODE_ANNOTATION, PlatformStack, PlatformStackProps,
  PlatformTlsProps, SchedulerWorkerProps, TlsCertificate, TransformableApiObject, Trigger, TriggerProps,
} from '../constructs';
import { documentedProps } from './documented-props';
import { errorOf, findObject, synthChart, synthPlatform, TEST_TLS } from './helpers';

/**
 * Every `@default` in the props' JSDoc, with a check that synthesizes a chart with the prop left out
 * and expects what the tag promises. `documented` repeats the tag's text, so editing a tag fails
 * this test until its check has been looked at.
 */
type Entry = { readonly documented: string; readonly check: () => void };

const IMAGE = 'registry.example.com/web:1.0.0';
const noop = () => undefined;

function appDocs(props: Partial<CustomerAppProps> = {}, platform: Partial<PlatformStackProps> = {}): any[] {
  return synthPlatform((p) => { new CustomerApp(p, 'web', { image: IMAGE, ...props }); }, platform);
}
const predictor = (props: Partial<CustomerAppProps> = {}) => findObject(appDocs(props), 'InferenceService', 'web').spec.predictor;
const appContainer = (props: Partial<CustomerAppProps> = {}) => predictor(props).containers[0];
/** Leaving the props out synthesizes exactly what setting them to the documented values does. */
const sameApp = (explicit: Partial<CustomerAppProps>) => expect(appDocs()).toEqual(appDocs(explicit));

const workerDocs = (worker: SchedulerWorkerProps = {}) => synthPlatform(noop, { worker });
const workerPod = (worker: SchedulerWorkerProps = {}) => findObject(workerDocs(worker), 'Deployment', 'scheduler-worker').spec.template.spec;
const workerContainer = (worker: SchedulerWorkerProps = {}) => workerPod(worker).containers[0];
/** The worker's environment by name: the value, or the `secretKeyRef` of a Secret-backed variable. */
function workerEnv(worker: SchedulerWorkerProps = {}): Record<string, any> {
  return Object.fromEntries(workerContainer(worker).env.map((e: any) => [e.name, e.value ?? e.valueFrom?.secretKeyRef ?? e.valueFrom]));
}
const sameWorker = (explicit: SchedulerWorkerProps) => expect(workerDocs()).toEqual(workerDocs(explicit));
const samePlatform = (explicit: Partial<PlatformStackProps>) => {
  const build = (p: PlatformStack) => { new CustomerApp(p, 'web', { image: IMAGE }); };
  expect(synthPlatform(build)).toEqual(synthPlatform(build, explicit));
};

/** The platform's TLS objects and the app `web`'s DomainMapping, for `tls` settings. */
const tlsDocs = (tls: PlatformTlsProps | false, app: Partial<CustomerAppProps> = {}) => appDocs(app, { tls });
const issuerDocs = (issuer: Partial<AcmeClusterIssuerProps> = {}) => tlsDocs({ issuer: { email: 'ops@example.com', ...issuer } });
const sameIssuer = (explicit: Partial<AcmeClusterIssuerProps>) => expect(issuerDocs()).toEqual(issuerDocs(explicit));
const BYO = { certificateSecret: 'origin-cert' };

const TRIGGER = { workspace: 'ws', schedule: '*/5 * * * *', url: 'https://hooks.example.org/tick' };
/** The catalog entry of one trigger; `withApp` adds the CustomerApp `web` and targets it instead of `url`. */
function entry(props: Partial<TriggerProps> = {}, withApp = false): any {
  const docs = synthPlatform((p) => {
    const target = withApp ? new CustomerApp(p, 'web', { image: IMAGE }) : undefined;
    const base = withApp ? { workspace: TRIGGER.workspace, schedule: TRIGGER.schedule, target } : TRIGGER;
    new Trigger(p, 't', { ...base, ...props } as TriggerProps);
  });
  return JSON.parse(findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data['triggers.json']).triggers[0];
}
const missingTargetError = () => errorOf(() => synthPlatform((p) => { new Trigger(p, 't', { workspace: 'ws', schedule: '* * * * *' }); }));
const INTERNAL_URL = 'http://web-predictor.calvin-apps.svc.cluster.local';

const APP_SECURITY = { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
const APP_REQUESTS = { cpu: '100m', memory: '128Mi' };
const APP_LIMITS = { cpu: '1', memory: '512Mi' };
const WORKER_REQUESTS = { cpu: '200m', memory: '256Mi' };
const WORKER_LIMITS = { cpu: '500m', memory: '512Mi' };

const DEFAULTS: Record<string, Entry> = {
  'TransformableApiObjectProps.transform': { documented: 'none', check: () => {
    const chart = new Chart(Testing.app(), 'c');
    new TransformableApiObject(chart, 'o', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: '1' } });
    expect(synthChart(chart)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: '1' } }]);
  } },

  'CustomerAppProps.name': { documented: 'the construct id', check: () => {
    expect(findObject(appDocs(), 'InferenceService').metadata.name).toBe('web');
  } },
  'CustomerAppProps.envs': { documented: '{}', check: () => { expect(appContainer().env).toBeUndefined(); sameApp({ envs: {} }); } },
  'CustomerAppProps.secretEnvs': { documented: '{}', check: () => { expect(appContainer().env).toBeUndefined(); sameApp({ secretEnvs: {} }); } },
  'CustomerAppProps.port': { documented: '8080', check: () => {
    expect(appContainer().ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
    sameApp({ port: 8080 });
  } },
  'CustomerAppProps.minScale': { documented: '0', check: () => { expect(predictor().minReplicas).toBe(0); sameApp({ minScale: 0 }); } },
  'CustomerAppProps.maxScale': { documented: '10', check: () => { expect(predictor().maxReplicas).toBe(10); sameApp({ maxScale: 10 }); } },
  'CustomerAppProps.concurrencyTarget': { documented: '100', check: () => { expect(predictor().scaleTarget).toBe(100); sameApp({ concurrencyTarget: 100 }); } },
  'CustomerAppProps.containerConcurrency': { documented: '0', check: () => { expect(predictor().containerConcurrency).toBe(0); sameApp({ containerConcurrency: 0 }); } },
  'CustomerAppProps.timeout': { documented: 'Duration.minutes(5)', check: () => { expect(predictor().timeout).toBe(300); sameApp({ timeout: Duration.minutes(5) }); } },
  'CustomerAppProps.resources': { documented: "{ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }", check: () => {
    expect(appContainer().resources).toEqual({ requests: APP_REQUESTS, limits: APP_LIMITS });
    sameApp({ resources: { requests: APP_REQUESTS, limits: APP_LIMITS } });
  } },
  'CustomerAppProps.hostname': { documented: '`<name>.<platform domain>`', check: () => {
    expect(findObject(appDocs(), 'DomainMapping').metadata.name).toBe('web.example.com');
    expect(findObject(appDocs({ name: 'shop' }), 'DomainMapping').metadata.name).toBe('shop.example.com');
  } },
  'CustomerAppProps.visibility': { documented: "'public'", check: () => {
    expect(findObject(appDocs(), 'DomainMapping').spec.ref.name).toBe('web-predictor');
    sameApp({ visibility: 'public' });
  } },
  'CustomerAppProps.engine': { documented: "the PlatformStack's `defaultEngine` ('kserve')", check: () => {
    expect(findObject(appDocs(), 'InferenceService', 'web').apiVersion).toBe('serving.kserve.io/v1beta1');
    const knative = findObject(appDocs({}, { defaultEngine: 'knative' }), 'Service', 'web');
    expect(knative.apiVersion).toBe('serving.knative.dev/v1');
  } },
  'CustomerAppProps.imagePullSecrets': { documented: "the PlatformStack's `imagePullSecrets`", check: () => {
    const docs = appDocs({}, { imagePullSecrets: ['regcred'] });
    expect(findObject(docs, 'InferenceService', 'web').spec.predictor.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  } },
  'CustomerAppProps.serviceAccountName': { documented: "the namespace's `default` ServiceAccount", check: () => {
    expect(predictor()).not.toHaveProperty('serviceAccountName');
  } },
  'CustomerAppProps.automountServiceAccountToken': { documented: 'false', check: () => {
    expect(predictor().automountServiceAccountToken).toBe(false);
    sameApp({ automountServiceAccountToken: false });
  } },
  'CustomerAppProps.securityContext': {
    documented: "{ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } }",
    check: () => { expect(appContainer().securityContext).toEqual(APP_SECURITY); sameApp({ securityContext: APP_SECURITY as any }); },
  },
  'CustomerAppProps.labels': { documented: '{}', check: () => {
    expect(findObject(appDocs(), 'InferenceService', 'web').metadata.labels).toEqual({
      'app.kubernetes.io/name': 'web', 'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime',
    });
    sameApp({ labels: {} });
  } },
  'CustomerAppProps.annotations': { documented: '{}', check: () => {
    expect(findObject(appDocs(), 'InferenceService', 'web').metadata.annotations).toEqual({ [KSERVE_DEPLOYMENT_MODE_ANNOTATION]: 'Knative' });
    sameApp({ annotations: {} });
  } },
  'CustomerAppProps.dedicatedCertificate': { documented: 'false', check: () => {
    expect(findObject(appDocs(), 'DomainMapping').spec.tls).toEqual({ secretName: 'wildcard-tls' });
    expect(appDocs().filter((d) => d.kind === 'Certificate').map((d) => d.metadata.name)).toEqual(['wildcard-tls']);
    sameApp({ dedicatedCertificate: false });
  } },
  'CustomerAppProps.transform': { documented: 'none', check: () => sameApp({ transform: { service: noop, domainMapping: noop } }) },
  'CustomerAppTransforms.service': { documented: 'none', check: () => sameApp({ transform: { service: noop } }) },
  'CustomerAppTransforms.domainMapping': { documented: 'none', check: () => sameApp({ transform: { domainMapping: noop } }) },
  'AppResources.requests': { documented: "{ cpu: '100m', memory: '128Mi' }", check: () => {
    expect(appContainer({ resources: { limits: { cpu: '2', memory: '1Gi' } } }).resources.requests).toEqual(APP_REQUESTS);
  } },
  'AppResources.limits': { documented: "{ cpu: '1', memory: '512Mi' }", check: () => {
    expect(appContainer({ resources: { requests: { cpu: '50m', memory: '64Mi' } } }).resources.limits).toEqual(APP_LIMITS);
  } },
  'ResourceQuantities.cpu': { documented: 'the CPU of the default requests or limits this is merged over', check: () => {
    const memoryOnly = { requests: { memory: '200Mi' }, limits: { memory: '400Mi' } };
    const app = appContainer({ resources: memoryOnly }).resources;
    expect([app.requests.cpu, app.limits.cpu]).toEqual([APP_REQUESTS.cpu, APP_LIMITS.cpu]);
    const worker = workerContainer({ resources: memoryOnly }).resources;
    expect([worker.requests.cpu, worker.limits.cpu]).toEqual([WORKER_REQUESTS.cpu, WORKER_LIMITS.cpu]);
  } },
  'ResourceQuantities.memory': { documented: 'the memory of the default requests or limits this is merged over', check: () => {
    const cpuOnly = { requests: { cpu: '150m' }, limits: { cpu: '300m' } };
    const app = appContainer({ resources: cpuOnly }).resources;
    expect([app.requests.memory, app.limits.memory]).toEqual([APP_REQUESTS.memory, APP_LIMITS.memory]);
    const worker = workerContainer({ resources: cpuOnly }).resources;
    expect([worker.requests.memory, worker.limits.memory]).toEqual([WORKER_REQUESTS.memory, WORKER_LIMITS.memory]);
  } },
  'SecretKeyRef.optional': { documented: 'false', check: () => {
    const env = appContainer({ secretEnvs: { DB: { secret: 'db', key: 'url' } } }).env;
    expect(env).toEqual([{ name: 'DB', valueFrom: { secretKeyRef: { name: 'db', key: 'url' } } }]); // Kubernetes reads no `optional` as false
    sameApp({ secretEnvs: {} });
  } },
  'ContainerSecurity.runAsNonRoot': { documented: 'true', check: () => {
    expect(appContainer({ securityContext: { readOnlyRootFilesystem: true } }).securityContext.runAsNonRoot).toBe(true);
  } },
  'ContainerSecurity.runAsUser': { documented: "unset: the image's user", check: () => {
    expect(appContainer({ securityContext: { runAsGroup: 2000 } }).securityContext).not.toHaveProperty('runAsUser');
  } },
  'ContainerSecurity.runAsGroup': { documented: "unset: the image's group", check: () => {
    expect(appContainer({ securityContext: { runAsUser: 2000 } }).securityContext).not.toHaveProperty('runAsGroup');
  } },
  'ContainerSecurity.allowPrivilegeEscalation': { documented: 'false', check: () => {
    expect(appContainer({ securityContext: { runAsUser: 2000 } }).securityContext.allowPrivilegeEscalation).toBe(false);
  } },
  'ContainerSecurity.readOnlyRootFilesystem': { documented: 'unset: a writable root filesystem', check: () => {
    expect(appContainer({ securityContext: { runAsUser: 2000 } }).securityContext).not.toHaveProperty('readOnlyRootFilesystem');
  } },
  'ContainerSecurity.capabilities': { documented: "{ drop: ['ALL'] }", check: () => {
    expect(appContainer({ securityContext: { runAsUser: 2000 } }).securityContext.capabilities).toEqual({ drop: ['ALL'] });
  } },
  'ContainerSecurity.seccompProfile': { documented: "{ type: 'RuntimeDefault' }", check: () => {
    expect(appContainer({ securityContext: { runAsUser: 2000 } }).securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
  } },

  'PlatformStackProps.appsNamespace': { documented: "'calvin-apps'", check: () => {
    const docs = appDocs();
    findObject(docs, 'Namespace', 'calvin-apps');
    expect(findObject(docs, 'InferenceService', 'web').metadata.namespace).toBe('calvin-apps');
  } },
  'PlatformStackProps.systemNamespace': { documented: "'calvin-system'", check: () => {
    const docs = appDocs();
    findObject(docs, 'Namespace', 'calvin-system');
    expect(findObject(docs, 'Deployment', 'scheduler-worker').metadata.namespace).toBe('calvin-system');
  } },
  'PlatformStackProps.labels': { documented: '{}', check: () => {
    expect(findObject(appDocs(), 'Deployment', 'scheduler-worker').metadata.labels).toEqual({
      'app.kubernetes.io/name': 'scheduler-worker', 'app.kubernetes.io/component': 'trigger-scheduler',
      'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime',
    });
    samePlatform({ labels: {} });
  } },
  'PlatformStackProps.defaultEngine': { documented: "'kserve'", check: () => {
    expect(appDocs().filter((d) => d.metadata?.name === 'web').map((d) => d.kind)).toEqual(['InferenceService']);
    samePlatform({ defaultEngine: 'kserve' });
  } },
  'PlatformStackProps.kserveDeploymentMode': { documented: "'Knative'", check: () => {
    expect(findObject(appDocs(), 'InferenceService', 'web').metadata.annotations[KSERVE_DEPLOYMENT_MODE_ANNOTATION]).toBe('Knative');
    samePlatform({ kserveDeploymentMode: 'Knative' });
  } },
  'PlatformStackProps.imagePullSecrets': { documented: '[]', check: () => {
    expect(predictor()).not.toHaveProperty('imagePullSecrets');
    samePlatform({ imagePullSecrets: [] });
  } },
  'PlatformStackProps.appsPodSecurity': { documented: "'baseline'", check: () => {
    expect(findObject(appDocs(), 'Namespace', 'calvin-apps').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    samePlatform({ appsPodSecurity: 'baseline' });
  } },
  'PlatformStackProps.worker': { documented: 'see SchedulerWorkerProps', check: () => samePlatform({ worker: {} }) },
  'PlatformStackProps.tls': { documented: 'none: required once an app is public', check: () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    new CustomerApp(platform, 'jobs', { image: IMAGE, visibility: 'clusterLocal' });
    expect(synthChart(platform).filter((d) => d.apiVersion.startsWith('cert-manager.io/'))).toEqual([]);
    expect(errorOf(() => new CustomerApp(platform, 'web', { image: IMAGE }))).toMatch(/^calvin: tls undefined is required once the platform serves a public app \(calvin\/web at web.example.com\)/);
  } },
  'PlatformTlsProps.issuer': { documented: 'none: required unless `certificateSecret` is set', check: () => {
    expect(errorOf(() => tlsDocs({}))).toMatch(/^calvin: tls.issuer undefined is required/);
    expect(tlsDocs(BYO).filter((d) => d.apiVersion.startsWith('cert-manager.io/'))).toEqual([]);
  } },
  'PlatformTlsProps.wildcardSecretName': { documented: "'wildcard-tls'", check: () => {
    expect(findObject(issuerDocs(), 'Certificate').spec.secretName).toBe('wildcard-tls');
    expect(issuerDocs()).toEqual(tlsDocs({ ...TEST_TLS as PlatformTlsProps, wildcardSecretName: 'wildcard-tls' }));
  } },
  'PlatformTlsProps.certificateSecret': { documented: 'none: cert-manager issues the certificates (`issuer`)', check: () => {
    expect(findObject(issuerDocs(), 'Certificate').spec.issuerRef.name).toBe('letsencrypt-staging');
  } },
  'PlatformTlsProps.certificateDnsNames': { documented: '[`*.<domain>`]', check: () => {
    expect(tlsDocs(BYO)).toEqual(tlsDocs({ ...BYO, certificateDnsNames: ['*.example.com'] }));
    expect(errorOf(() => tlsDocs(BYO, { hostname: 'example.com' }))).toMatch(/calvin\/web: hostname "example.com" is not covered by the platform's certificate \(tls.certificateDnsNames: \*.example.com;/);
  } },
  'AcmeClusterIssuerProps.environment': { documented: "'staging'", check: () => {
    expect(findObject(issuerDocs(), 'ClusterIssuer').spec.acme.server).toBe('https://acme-staging-v02.api.letsencrypt.org/directory');
    sameIssuer({ environment: 'staging' });
  } },
  'AcmeClusterIssuerProps.name': { documented: '`letsencrypt-<environment>`', check: () => {
    expect(findObject(issuerDocs(), 'ClusterIssuer').metadata.name).toBe('letsencrypt-staging');
    expect(findObject(issuerDocs({ environment: 'production' }), 'ClusterIssuer').metadata.name).toBe('letsencrypt-production');
  } },
  'AcmeClusterIssuerProps.dnsTokenSecret': { documented: "{ secret: 'digitalocean-dns', key: 'access-token' }", check: () => {
    expect(findObject(issuerDocs(), 'ClusterIssuer').spec.acme.solvers).toEqual([{ dns01: { digitalocean: { tokenSecretRef: { name: 'digitalocean-dns', key: 'access-token' } } } }]);
    sameIssuer({ dnsTokenSecret: { secret: 'digitalocean-dns', key: 'access-token' } });
  } },
  'AcmeClusterIssuerProps.certManagerNamespace': { documented: "'cert-manager'", check: () => {
    const issuer = new AcmeClusterIssuer(new Chart(Testing.app(), 'c'), 'issuer', { email: 'ops@example.com' });
    expect(issuer.dnsTokenSecret).toEqual({ namespace: 'cert-manager', secret: 'digitalocean-dns', key: 'access-token' });
    expect(issuer.accountKeySecret).toEqual({ namespace: 'cert-manager', secret: 'letsencrypt-staging-account-key' });
  } },
  'AcmeClusterIssuerProps.transform': { documented: 'none', check: () => sameIssuer({ transform: noop }) },
  'TlsCertificateProps.transform': { documented: 'none', check: () => {
    const synth = (transform?: () => void) => {
      const chart = new Chart(Testing.app(), 'c');
      new TlsCertificate(chart, 'cert', { namespace: 'apps', dnsNames: ['*.example.com'], secretName: 's', clusterIssuer: 'le', transform });
      return synthChart(chart);
    };
    expect(synth()).toEqual(synth(noop));
  } },

  'SchedulerWorkerProps.image': { documented: "'registry.digitalocean.com/calvin/scheduler-worker:0.1.0'", check: () => {
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

  'TriggerProps.name': { documented: 'the construct id', check: () => { expect([entry().name, entry().id]).toEqual(['t', 'ws/t']); } },
  'TriggerProps.timezone': { documented: "'UTC'", check: () => { expect(entry().timezone).toBe('UTC'); } },
  'TriggerProps.target': { documented: 'none: `url` is required', check: () => {
    expect(entry()).not.toHaveProperty('target');
    expect(missingTargetError()).toMatch(/calvin\/t: .*url/);
  } },
  'TriggerProps.url': { documented: 'none: `target` is required', check: () => {
    expect(entry({}, true).url).toBe(`${INTERNAL_URL}/`);
    expect(missingTargetError()).toMatch(/calvin\/t: .*target/);
  } },
  'TriggerProps.path': { documented: "'/'", check: () => { expect(entry({}, true).url).toBe(`${INTERNAL_URL}/`); } },
  'TriggerProps.targetVia': { documented: "'internal'", check: () => {
    expect(entry({}, true).target).toEqual({ app: 'web', namespace: 'calvin-apps', via: 'internal' });
    expect(entry({ path: '/hook' }, true).url).toBe(`${INTERNAL_URL}/hook`);
  } },
  'TriggerProps.method': { documented: "'POST' when there is a body, else 'GET'", check: () => {
    expect([entry().method, entry({ body: 'x' }).method]).toEqual(['GET', 'POST']);
  } },
  'TriggerProps.headers': { documented: '{} (plus `Content-Type: application/json` for an object body)', check: () => {
    expect(entry().headers).toEqual({});
    expect(entry({ body: { a: 1 } }).headers).toEqual({ 'Content-Type': 'application/json' });
  } },
  'TriggerProps.secretHeaders': { documented: '{}', check: () => { expect(entry().secretHeaders).toEqual({}); } },
  'TriggerProps.body': { documented: 'no body', check: () => { expect(entry()).not.toHaveProperty('body'); } },
  'TriggerProps.timeout': { documented: 'Duration.seconds(30)', check: () => { expect(entry().timeoutMs).toBe(30_000); } },
  'TriggerProps.retry': { documented: '{ attempts: 3, baseDelay: 1 s, maxDelay: 5 min, jitter: true }', check: () => {
    expect(entry().retry).toEqual({ attempts: 3, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: true });
  } },
  'TriggerProps.startingDeadline': { documented: 'Duration.minutes(5)', check: () => { expect(entry().startingDeadlineMs).toBe(300_000); } },
  'TriggerProps.concurrency': { documented: "'allow'", check: () => { expect(entry().concurrency).toBe('allow'); } },
  'TriggerProps.enabled': { documented: 'true', check: () => { expect(entry().enabled).toBe(true); } },
  'TriggerProps.transform': { documented: 'none', check: () => { expect(entry()).toEqual(entry({ transform: noop })); } },
  'TriggerRetry.attempts': { documented: '3', check: () => { expect(entry({ retry: { jitter: false } }).retry.attempts).toBe(3); } },
  'TriggerRetry.baseDelay': { documented: 'Duration.seconds(1)', check: () => { expect(entry({ retry: { attempts: 2 } }).retry.baseDelayMs).toBe(1000); } },
  'TriggerRetry.maxDelay': { documented: 'Duration.minutes(5), or `baseDelay` if that is longer', check: () => {
    expect(entry({ retry: { attempts: 2 } }).retry.maxDelayMs).toBe(300_000);
    expect(entry({ retry: { baseDelay: Duration.minutes(10) } }).retry.maxDelayMs).toBe(600_000);
  } },
  'TriggerRetry.jitter': { documented: 'true', check: () => { expect(entry({ retry: { attempts: 2 } }).retry.jitter).toBe(true); } },
};

// contracts/ too: the props refer to shared types declared there (SecretKeyRef).
const props = documentedProps(join(__dirname, '..', 'constructs'), join(__dirname, '..', 'contracts'));

describe('@default tags', () => {
  test('the props interfaces are found', () => {
    const interfaces = new Set(props.map((p) => p.key.split('.')[0]));
    for (const name of ['CustomerAppProps', 'PlatformStackProps', 'SchedulerWorkerProps', 'TriggerProps', 'SchedulerWorkerMetrics', 'AppResources', 'S3CredentialsSecret']) {
      expect(interfaces).toContain(name);
    }
  });

  test('every optional prop has a @default', () => {
    expect(props.filter((p) => p.optional && p.documented === undefined).map((p) => p.key)).toEqual([]);
  });

  test('every @default has a check, and every check a @default with the same text', () => {
    const tags = Object.fromEntries(props.filter((p) => p.documented !== undefined).map((p) => [p.key, p.documented]));
    const documented = Object.fromEntries(Object.entries(DEFAULTS).map(([key, e]) => [key, e.documented]));
    expect(documented).toEqual(tags);
  });

  test.each(Object.keys(DEFAULTS))('%s', (key) => {
    DEFAULTS[key].check();
  });
});
