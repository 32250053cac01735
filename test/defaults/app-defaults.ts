import { Chart, Duration, Testing } from 'cdk8s';
import { KSERVE_DEPLOYMENT_MODE_ANNOTATION, TransformableApiObject } from '../../constructs';
import { findObject, synthChart } from '../helpers';
import {
  appContainer, appDocs, DefaultsTable, noop, predictor, sameApp, WORKER_LIMITS, WORKER_REQUESTS, workerContainer,
} from './tables';

const APP_SECURITY = { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } };
const APP_REQUESTS = { cpu: '100m', memory: '128Mi' };
const APP_LIMITS = { cpu: '1', memory: '512Mi' };

/** CustomerApp's props and the workload types it shares with the worker, plus TransformableApiObject's. */
export const APP_DEFAULTS: DefaultsTable = {
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
};
