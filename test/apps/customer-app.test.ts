import { Duration, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { CustomerApp, CustomerAppProps, MAX_APP_NAME_LENGTH } from '../../constructs';
import { PlatformStack } from '../../constructs/platform/platform-stack';
import { findObject, schemaProblems, synthPlatform } from '../helpers';

const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';

function synthCustomerApp(props: Partial<CustomerAppProps> = {}, id = 'my-app') {
  let app!: CustomerApp;
  const docs = synthPlatform((platform) => {
    app = new CustomerApp(platform, id, { image: IMAGE, ...props });
  });
  return { app, docs };
}

describe('CustomerApp with the kserve engine (default)', () => {
  const { app, docs } = synthCustomerApp();
  const isvc = findObject(docs, 'InferenceService', 'my-app');
  const predictor = isvc.spec.predictor;
  const container = predictor.containers[0];

  test('every synthesized object is valid against its upstream schema', () => {
    // Everything but the scheduler worker, which every platform has (test/scheduler-worker.test.ts).
    const appObjects = docs.filter((d) => d.metadata.namespace !== 'calvin-system');
    // The platform's TLS too: its ClusterIssuer, and the apps namespace's wildcard Certificate the public app asked for.
    expect(appObjects.map((d) => d.kind).sort()).toEqual(['Certificate', 'ClusterIssuer', 'DomainMapping', 'InferenceService', 'Namespace', 'Namespace']);
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('sets the Knative deployment mode explicitly so minReplicas 0 scales to zero', () => {
    expect(isvc.metadata.annotations['serving.kserve.io/deploymentMode']).toBe('Knative');
  });

  // Each documented @default, read back from the manifest.
  test.each([
    ['name = construct id', () => isvc.metadata.name, 'my-app'],
    ['namespace = calvin-apps', () => isvc.metadata.namespace, 'calvin-apps'],
    ['minScale = 0', () => predictor.minReplicas, 0],
    ['maxScale = 10', () => predictor.maxReplicas, 10],
    ['port = 8080', () => container.ports, [{ containerPort: 8080, protocol: 'TCP' }]],
    ['concurrencyTarget = 100', () => [predictor.scaleMetric, predictor.scaleTarget], ['concurrency', 100]],
    ['containerConcurrency = 0', () => predictor.containerConcurrency, 0],
    ['timeout = 5 minutes', () => predictor.timeout, 300],
    ['resources', () => container.resources, { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }],
    ['securityContext = restricted', () => container.securityContext, {
      runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' },
    }],
    ['automountServiceAccountToken = false', () => predictor.automountServiceAccountToken, false],
    ['enableServiceLinks = false', () => predictor.enableServiceLinks, false],
    ['no serviceAccountName', () => predictor.serviceAccountName, undefined],
    ['no imagePullSecrets', () => predictor.imagePullSecrets, undefined],
    ['container name', () => container.name, 'kserve-container'],
    ['no env when none given', () => container.env, undefined],
    ['public visibility: no cluster-local label', () => isvc.metadata.labels['networking.knative.dev/visibility'], undefined],
  ])('default %s', (_what, read, expected) => {
    expect(read()).toEqual(expected);
  });

  test('public apps get a DomainMapping from <name>.<domain> to the predictor Knative Service', () => {
    const mapping = findObject(docs, 'DomainMapping');
    expect(mapping.metadata).toMatchObject({ name: 'my-app.example.com', namespace: 'calvin-apps' });
    expect(mapping.spec).toEqual({
      ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'my-app-predictor' },
      tls: { secretName: 'wildcard-tls' },
    });
    expect(mapping.metadata.annotations).toEqual({ 'networking.knative.dev/http-protocol': 'redirected' });
  });

  test('exposes name, URLs and the Knative Service name', () => {
    expect(app.name).toBe('my-app');
    expect(app.serviceName).toBe('my-app-predictor');
    expect(app.hostname).toBe('my-app.example.com');
    expect(app.url).toBe('https://my-app.example.com');
    expect(app.internalUrl).toBe('http://my-app-predictor.calvin-apps.svc.cluster.local');
  });

  test('objects are ordered namespace → service → mapping, so kubectl apply works in one pass', () => {
    const order = docs.map((d) => d.kind);
    expect(order.indexOf('Namespace')).toBeLessThan(order.indexOf('InferenceService'));
    expect(order.indexOf('InferenceService')).toBeLessThan(order.indexOf('DomainMapping'));
  });
});

describe('CustomerApp with the knative engine', () => {
  const { app, docs } = synthCustomerApp({ engine: 'knative', minScale: 1, maxScale: 3, concurrencyTarget: 5, containerConcurrency: 10 });
  const ksvc = findObject(docs, 'Service', 'my-app');

  test('synthesizes a valid serving.knative.dev/v1 Service and no InferenceService', () => {
    expect(ksvc.apiVersion).toBe('serving.knative.dev/v1');
    expect(docs.some((d) => d.kind === 'InferenceService')).toBe(false);
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('carries scale bounds and the concurrency target as revision annotations', () => {
    expect(ksvc.spec.template.metadata.annotations).toEqual({
      'autoscaling.knative.dev/class': 'kpa.autoscaling.knative.dev',
      'autoscaling.knative.dev/metric': 'concurrency',
      'autoscaling.knative.dev/target': '5',
      'autoscaling.knative.dev/min-scale': '1',
      'autoscaling.knative.dev/max-scale': '3',
    });
    expect(ksvc.spec.template.spec).toMatchObject({ containerConcurrency: 10, timeoutSeconds: 300 });
    expect(ksvc.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'my-app' });
    expect(ksvc.spec.template.spec.containers[0]).toMatchObject({ name: 'app', image: IMAGE, ports: [{ containerPort: 8080, protocol: 'TCP' }] });
  });

  test('same attributes, with the Service named after the app', () => {
    expect(app.serviceName).toBe('my-app');
    expect(app.internalUrl).toBe('http://my-app.calvin-apps.svc.cluster.local');
    expect(findObject(docs, 'DomainMapping').spec.ref.name).toBe('my-app');
  });

  test('the app\'s labels reach the revision template (the pods), as KServe does', () => {
    const { docs: out } = synthCustomerApp({ engine: 'knative', labels: { team: 'payments' } });
    expect(findObject(out, 'Service', 'my-app').spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'my-app', team: 'payments' });
  });

  test('engine can be the platform default', () => {
    const out = synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE }), { defaultEngine: 'knative' });
    expect(findObject(out, 'Service', 'a').apiVersion).toBe('serving.knative.dev/v1');
  });
});

describe('clusterLocal apps', () => {
  test.each(['kserve', 'knative'] as const)('%s: labelled cluster-local, no DomainMapping, URL is internal', (engine) => {
    const { app, docs } = synthCustomerApp({ engine, visibility: 'clusterLocal' });
    const service = docs.find((d) => d.kind === 'InferenceService' || d.apiVersion === 'serving.knative.dev/v1');
    expect(service.metadata.labels['networking.knative.dev/visibility']).toBe('cluster-local');
    expect(docs.some((d) => d.kind === 'DomainMapping')).toBe(false);
    expect(app.hostname).toBeUndefined();
    expect(app.url).toBe(app.internalUrl);
    expect(schemaProblems(docs)).toEqual([]);
  });
});

describe('overrides', () => {
  test('every prop reaches the manifest', () => {
    const { docs } = synthCustomerApp({
      name: 'billing',
      port: 3000,
      envs: { LOG_LEVEL: 'debug', FEATURE_X: 'on' },
      secretEnvs: { API_KEY: { secret: 'billing-keys', key: 'api', optional: true } },
      resources: { requests: { cpu: '250m' }, limits: { memory: '1Gi' } },
      timeout: Duration.seconds(42),
      hostname: 'pay.example.org',
      dedicatedCertificate: true,
      imagePullSecrets: ['do-registry'],
      serviceAccountName: 'billing',
      automountServiceAccountToken: true,
      securityContext: { readOnlyRootFilesystem: true, runAsUser: 10001 },
      labels: { team: 'payments' },
      annotations: { 'example.com/owner': 'payments' },
    }, 'ignored-id');
    const isvc = findObject(docs, 'InferenceService', 'billing');
    const predictor = isvc.spec.predictor;
    expect(predictor.containers[0].ports[0].containerPort).toBe(3000);
    expect(predictor.containers[0].env).toEqual([
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'FEATURE_X', value: 'on' },
      { name: 'API_KEY', valueFrom: { secretKeyRef: { name: 'billing-keys', key: 'api', optional: true } } },
    ]);
    expect(predictor.containers[0].resources).toEqual({
      requests: { cpu: '250m', memory: '128Mi' }, limits: { cpu: '1', memory: '1Gi' },
    });
    expect(predictor.timeout).toBe(42);
    expect(predictor.imagePullSecrets).toEqual([{ name: 'do-registry' }]);
    expect(predictor.serviceAccountName).toBe('billing');
    expect(predictor.automountServiceAccountToken).toBe(true);
    expect(predictor.containers[0].securityContext).toMatchObject({ readOnlyRootFilesystem: true, runAsUser: 10001, runAsNonRoot: true });
    expect(isvc.metadata.labels.team).toBe('payments');
    expect(isvc.metadata.annotations).toEqual({ 'example.com/owner': 'payments', 'serving.kserve.io/deploymentMode': 'Knative' });
    expect(findObject(docs, 'DomainMapping').metadata.name).toBe('pay.example.org');
    expect(findObject(docs, 'DomainMapping').spec.tls).toEqual({ secretName: 'billing-tls' });
    expect(findObject(docs, 'Certificate', 'billing-tls').spec.dnsNames).toEqual(['pay.example.org']);
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('secret values never enter the manifest, only their references', () => {
    const { docs } = synthCustomerApp({ secretEnvs: { DATABASE_URL: { secret: 'db', key: 'url' } } });
    const env = findObject(docs, 'InferenceService').spec.predictor.containers[0].env;
    expect(env).toEqual([{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'db', key: 'url' } } }]);
    expect(env[0]).not.toHaveProperty('value');
    expect(docs.some((d) => d.kind === 'Secret')).toBe(false);
  });

  test('imagePullSecrets default to the platform\'s', () => {
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE }), { imagePullSecrets: ['registry-creds'] });
    expect(findObject(docs, 'InferenceService').spec.predictor.imagePullSecrets).toEqual([{ name: 'registry-creds' }]);
  });

  test('env added after construction is in the output (the spec is rendered at synth)', () => {
    const docs = synthPlatform((p) => {
      const app = new CustomerApp(p, 'a', { image: IMAGE, envs: { A: '1' } });
      app.addEnv('B', '2');
      app.addSecretEnv('C', { secret: 's', key: 'k' });
    });
    expect(findObject(docs, 'InferenceService').spec.predictor.containers[0].env.map((e: any) => e.name)).toEqual(['A', 'B', 'C']);
  });

  test('transform hook edits the final manifests; JSON patches work on .resource', () => {
    const docs = synthPlatform((p) => {
      const app = new CustomerApp(p, 'a', {
        image: IMAGE,
        transform: {
          service: (m) => { m.spec.predictor.nodeSelector = { pool: 'apps' }; },
          domainMapping: (m) => { m.metadata.annotations = { note: 'x' }; },
        },
      });
      app.resource.addJsonPatch(JsonPatch.add('/spec/predictor/priorityClassName', 'customer'));
    });
    const isvc = findObject(docs, 'InferenceService');
    expect(isvc.spec.predictor.nodeSelector).toEqual({ pool: 'apps' });
    expect(isvc.spec.predictor.priorityClassName).toBe('customer');
    expect(findObject(docs, 'DomainMapping').metadata.annotations).toEqual({ note: 'x' });
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('a transform that adds a misspelled field is caught by schema validation', () => {
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', {
      image: IMAGE, transform: { service: (m) => { m.spec.predictor.minReplica = 1; } },
    }), {}, { expectInvalid: true });
    expect(schemaProblems(docs)).toEqual([
      'serving.kserve.io/v1beta1/InferenceService a: /spec/predictor/minReplica unknown field "minReplica"',
    ]);
  });

  test('the longest allowed name synthesizes valid objects', () => {
    const name = 'a'.repeat(MAX_APP_NAME_LENGTH);
    const { app, docs } = synthCustomerApp({ name });
    expect(`${app.serviceName}-00001`.length).toBe(63);
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('the KServe deployment mode can be the legacy name for old KServe releases', () => {
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE }), { kserveDeploymentMode: 'Serverless' });
    expect(findObject(docs, 'InferenceService').metadata.annotations['serving.kserve.io/deploymentMode']).toBe('Serverless');
  });

  test('apps can be nested in constructs inside the platform', () => {
    const docs = synthPlatform((p) => {
      const team = new Construct(p, 'team-a');
      const app = new CustomerApp(team, 'svc', { image: IMAGE });
      expect(PlatformStack.of(app)).toBe(p);
    });
    expect(findObject(docs, 'InferenceService').metadata.name).toBe('svc');
  });
});
