import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { examplePlatform } from '../examples/platform';
import { parseTriggerCatalog, TRIGGER_CATALOG_FILE } from '../constructs';
import { findObject, schemaProblems, synthApp } from './helpers';

const ROOT = path.resolve(__dirname, '..');
const CDK8S = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');

function exampleYaml(): string {
  const app = Testing.app();
  examplePlatform(app);
  return app.synthYaml();
}

describe('the example platform (main.ts)', () => {
  const app = Testing.app();
  examplePlatform(app);
  const docs = synthApp(app);

  test('full YAML snapshot', () => {
    expect(exampleYaml()).toMatchSnapshot();
  });

  test('is deterministic: same input, byte-identical output', () => {
    expect(exampleYaml()).toBe(exampleYaml());
  });

  test('every object validates against its upstream schema', () => {
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Namespace/calvin-system', 'ServiceAccount/scheduler-worker', 'ConfigMap/scheduler-worker-triggers', 'Deployment/scheduler-worker',
      'PodDisruptionBudget/scheduler-worker', 'Service/scheduler-worker', 'ClusterIssuer/letsencrypt-staging', 'Namespace/calvin-apps',
      'Certificate/wildcard-tls', 'Namespace/acme', 'Certificate/wildcard-tls',
      'ServiceMonitor/calvin-scheduler-worker', 'ServiceMonitor/calvin-apps', 'PodMonitor/calvin-models', 'PodMonitor/calvin-queue-workers', 'ServiceMonitor/calvin-keda',
      'PrometheusRule/calvin-platform', 'ConfigMap/calvin-platform-dashboard', 'ConfigMap/calvin-app-dashboard',
      'ExternalSecret/my-app-db', 'InferenceService/my-app', 'DomainMapping/my-app.calvinruntime.net', 'DomainMapping/candidate-my-app.calvinruntime.net',
      'InferenceService/reports',
      'PodDisruptionBudget/predictions', 'TriggerAuthentication/predictions-redis', 'ServiceAccount/predictions', 'Deployment/predictions',
      'ScaledObject/predictions', 'TriggerAuthentication/ci-agents-redis', 'ServiceAccount/ci-agents', 'ScaledJob/ci-agents',
      // The tenant acme: its quota, limits, policies and Role, its model and its app.
      'ResourceQuota/tenant-quota', 'LimitRange/tenant-container-defaults', 'NetworkPolicy/default-deny', 'NetworkPolicy/allow-dns',
      'NetworkPolicy/allow-egress', 'NetworkPolicy/allow-same-tenant', 'NetworkPolicy/allow-platform-ingress', 'Role/tenant-developer',
      'RoleBinding/tenant-developer', 'ServiceAccount/iris-storage', 'InferenceService/iris', 'DomainMapping/iris.acme.calvinruntime.net',
      'InferenceService/shop', 'DomainMapping/shop.acme.calvinruntime.net',
      // The ApplySet parents (applySet: true): one per namespace.
      'Secret/calvin-applyset', 'Secret/calvin-applyset', 'Secret/calvin-applyset',
      // The FluxDelivery (a chart of its own): the source and one Kustomization per delivery layer.
      'GitRepository/delivery', 'Kustomization/delivery-namespaces', 'Kustomization/delivery-tls', 'Kustomization/delivery-platform',
    ]);
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('the refresh trigger: a valid catalog calling my-app in-cluster, its Secret mounted in the worker', () => {
    const check = parseTriggerCatalog(findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data[TRIGGER_CATALOG_FILE]);
    expect(check.problems).toEqual([]);
    expect(check.catalog!.triggers.map((t) => [t.id, t.schedule, t.timezone, t.method, t.url])).toEqual([
      ['my-workspace/refresh', '*/5 * * * *', 'Europe/Madrid', 'POST', 'http://my-app-predictor.calvin-apps.svc.cluster.local/endpoint'],
    ]);
    const pod = findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec;
    expect(pod.volumes.filter((v: any) => v.secret).map((v: any) => v.secret)).toEqual([
      { secretName: 'my-app-token', items: [{ key: 'header', path: 'header' }] },
    ]);
  });

  test('my-app: 0–10 pods, port 8080, default resources, explicit Knative mode, DomainMapping to my-app-predictor', () => {
    const isvc = findObject(docs, 'InferenceService', 'my-app');
    expect(isvc.metadata.annotations['serving.kserve.io/deploymentMode']).toBe('Knative');
    expect(isvc.spec.predictor).toMatchObject({ minReplicas: 0, maxReplicas: 10 });
    const container = isvc.spec.predictor.containers[0];
    expect(container.name).toBe('kserve-container');
    expect(container.ports[0].containerPort).toBe(8080);
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } });
    const mapping = findObject(docs, 'DomainMapping', 'my-app.calvinruntime.net');
    expect(mapping.spec.ref.name).toBe('my-app-predictor');
    expect(mapping.spec.tls).toEqual({ secretName: 'wildcard-tls' });
  });

  test('reports: cluster-local, so no DomainMapping and no certificate of its own', () => {
    const isvc = findObject(docs, 'InferenceService', 'reports');
    expect(isvc.metadata.labels['networking.knative.dev/visibility']).toBe('cluster-local');
    // my-app's canary: its candidate's host maps to KServe's `latest` tag route.
    expect(docs.filter((d) => d.kind === 'DomainMapping' && d.metadata.namespace === 'calvin-apps').map((d) => d.spec.ref.name)).toEqual(['my-app-predictor', 'latest-my-app-predictor']);
  });

  test('the tenant acme: its model and app under *.acme.calvinruntime.net, in its own namespace and within its quota', () => {
    expect(docs.filter((d) => d.kind === 'DomainMapping' && d.metadata.namespace === 'acme').map((d) => `${d.metadata.name} → ${d.spec.ref.name}`))
      .toEqual(['iris.acme.calvinruntime.net → iris-predictor', 'shop.acme.calvinruntime.net → shop-predictor']);
    expect(docs.filter((d) => d.kind === 'Certificate').map((d) => `${d.metadata.namespace} ${d.spec.dnsNames}`))
      .toEqual(['calvin-apps *.calvinruntime.net', 'acme *.acme.calvinruntime.net']);
    expect(findObject(docs, 'InferenceService', 'iris').spec.predictor.model).toMatchObject({ modelFormat: { name: 'sklearn' }, storageUri: 's3://calvin-models/acme/iris/1/' });
  });

  test('predictions: a queue worker KEDA owns (no replicas), 0–10 on the BullMQ queue; ci-agents: at most 8 Jobs from the stream', () => {
    expect(findObject(docs, 'Deployment', 'predictions').spec).not.toHaveProperty('replicas');
    expect(findObject(docs, 'ScaledObject', 'predictions').spec).toMatchObject({ minReplicaCount: 0, maxReplicaCount: 10 });
    expect(findObject(docs, 'ScaledObject', 'predictions').spec.triggers.map((t: any) => t.metadata.listName))
      .toEqual(['bull:predictions:wait', 'bull:predictions:prioritized', 'bull:predictions:delayed']);
    expect(findObject(docs, 'ScaledJob', 'ci-agents').spec).toMatchObject({ maxReplicaCount: 8, jobTargetRef: { activeDeadlineSeconds: 1800 } });
  });
});

describe('cdk8s synth (the CLI, end to end)', () => {
  let work: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-synth-'));
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  test('the repo\'s cdk8s.yaml writes dist/calvin.k8s.yaml and the FluxDelivery\'s dist/delivery.k8s.yaml, identical to in-process synth', () => {
    const out = path.join(work, 'dist');
    execFileSync(CDK8S, ['synth', '--no-check-upgrade', '--output', out], { cwd: ROOT, stdio: 'pipe' });
    expect(fs.readdirSync(out).sort()).toEqual(['calvin.k8s.yaml', 'delivery.k8s.yaml']);
    const written = ['calvin.k8s.yaml', 'delivery.k8s.yaml'].map((file) => fs.readFileSync(path.join(out, file), 'utf8')).join('---\n');
    expect(YAML.parseAllDocuments(written).map((d) => d.toJS())).toEqual(YAML.parseAllDocuments(exampleYaml()).map((d) => d.toJS()));
  });

  test('bad input: exits non-zero with the construct\'s error and writes no file', () => {
    fs.writeFileSync(path.join(work, 'main.ts'), `
      import { App } from 'cdk8s';
      import { CustomerApp, PlatformStack } from ${JSON.stringify(path.join(ROOT, 'constructs'))};
      const app = new App();
      const good = new PlatformStack(app, 'good', { domain: 'example.com', tls: { issuer: { email: 'ops@example.com' } } });
      new CustomerApp(good, 'fine', { image: 'nginx:1.27' });
      const bad = new PlatformStack(app, 'bad', { domain: 'example.org', appsNamespace: 'apps2', systemNamespace: 'system2' });
      new CustomerApp(bad, 'my_app', { image: 'nginx:1.27' });
      app.synth();
    `);
    fs.writeFileSync(path.join(work, 'cdk8s.yaml'), 'app: node --import tsx main.ts\noutput: dist\n');
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
    const result = spawnSync(CDK8S, ['synth', '--no-check-upgrade'], { cwd: work, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain('bad/my_app: name "my_app" is not a DNS-1035 label');
    const dist = path.join(work, 'dist');
    expect(fs.existsSync(dist) ? fs.readdirSync(dist) : []).toEqual([]);
  });
});

describe('the local worker example (README, "Running the worker")', () => {
  test('examples/local/triggers.json is a catalog the worker accepts', () => {
    const check = parseTriggerCatalog(fs.readFileSync(path.join(ROOT, 'examples', 'local', 'triggers.json'), 'utf8'));
    expect(check.problems).toEqual([]);
    expect(check.catalog!.triggers.map((t) => [t.id, t.schedule, t.url])).toEqual([
      ['demo/every-5s', '*/5 * * * * *', 'http://127.0.0.1:3000/tick'],
      ['demo/flaky', '*/15 * * * * *', 'http://127.0.0.1:3000/flaky'],
    ]);
  });
});
