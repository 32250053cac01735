/**
 * kube-prometheus-stack through the component: installed (pinned chart, release named after the
 * constructs' `release` label, Grafana's password a Pulumi secret in a Secret, never in the Helm
 * values) when the user's platform has monitoring, and not otherwise; the platform's objects wait for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'cdk8s';
import * as YAML from 'yaml';
import { CustomerApp, PlatformStack, PlatformStackProps } from '../../constructs';
import { ACME_EMAIL, GRAFANA_PASSWORD, installMocks, isSecretValue, Recorder, settled, stackSecrets, valueOf } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let recorder: Recorder;
let component: typeof import('../../pulumi');

function platformWith(monitoring: PlatformStackProps['monitoring']) {
  return (app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack => {
    const platform = new PlatformStack(app, 'acme', { domain: 'placeholder.example', ...overrides, monitoring });
    new CustomerApp(platform, 'shop', { image: 'registry.digitalocean.com/acme/shop:2.3.1' });
    return platform;
  };
}

const settings = { domain: 'apps.acme.example', acmeEmail: ACME_EMAIL, region: 'ams3' };

beforeAll(async () => {
  recorder = await installMocks();
  component = await import('../../pulumi');
});

async function deploy(monitoring: PlatformStackProps['monitoring'], secrets = stackSecrets(SIGNING_SECRET, {}), grafana?: import('../../pulumi').GrafanaOptions) {
  const from = recorder.resources.length;
  const calvin = new component.CalvinPlatform('calvin', { platform: platformWith(monitoring), settings, secrets, grafana });
  await settled(calvin);
  return { calvin, declared: recorder.resources.slice(from) };
}

test('a platform with monitoring gets kube-prometheus-stack, released under its label, before its ServiceMonitors', async () => {
  const { calvin, declared } = await deploy({ release: 'prom' });
  const chart = declared.find((r) => r.type === 'kubernetes:helm.sh/v4:Chart')!;
  expect(chart.inputs).toMatchObject({
    name: 'prom', namespace: 'monitoring', chart: 'kube-prometheus-stack', version: component.KUBE_PROMETHEUS_STACK_CHART.version,
    repositoryOpts: { repo: 'https://prometheus-community.github.io/helm-charts' },
    values: { grafana: { admin: { existingSecret: 'grafana-admin' }, sidecar: { dashboards: { label: 'grafana_dashboard', labelValue: '1', searchNamespace: 'ALL' } } } },
  });
  expect(JSON.stringify(chart.inputs)).not.toContain(GRAFANA_PASSWORD);
  const secret = declared.find((r) => r.type === 'kubernetes:core/v1:Secret' && r.name === 'grafana-admin')!;
  expect(isSecretValue(secret.inputs.stringData) || isSecretValue(secret.inputs.stringData['admin-password'])).toBe(true);
  expect(chart.dependencies).toEqual(expect.arrayContaining([secret.urn]));
  // The platform's objects (its ServiceMonitors among them) wait for the chart and its CRDs.
  const platform = declared.find((r) => r.type === 'kubernetes:yaml/v2:ConfigGroup' && r.name === 'platform')!;
  expect((platform.inputs.objs as any[]).filter((o) => o.kind === 'ServiceMonitor').map((o) => o.metadata.labels.release)).toEqual(['prom', 'prom', 'prom']);
  expect(platform.dependencies).toEqual(expect.arrayContaining([chart.urn]));
  expect(await valueOf(calvin.grafanaUrl)).toBe('http://prom-grafana.monitoring.svc.cluster.local');
});

test('Knative\'s queue-proxies serve request metrics to Prometheus: config-observability patched after Knative core, before the platform', async () => {
  const { declared } = await deploy({});
  // knative/serving knative-v1.21.1 pkg/observability/config.go: metrics.NewFromMapWithPrefix("request-", …) reads `request-metrics-protocol`.
  const patches = declared.filter((r) => r.type === 'kubernetes:core/v1:ConfigMapPatch' && r.inputs.metadata.name === 'config-observability');
  expect(patches.map((p) => ({ metadata: p.inputs.metadata, data: p.inputs.data }))).toEqual([{
    metadata: { name: 'config-observability', namespace: 'knative-serving', annotations: { 'pulumi.com/patchForce': 'true' } },
    data: { 'request-metrics-protocol': 'prometheus' },
  }]);
  const urnOf = (name: string): string => declared.find((r) => r.name === name)!.urn;
  expect(patches[0].dependencies).toContain(urnOf('knativeCore'));
  // Queue-proxy reads the setting when its revision is created: the apps come after the patch.
  expect(declared.find((r) => r.name === 'platform')!.dependencies).toContain(patches[0].urn);
  // serving-core.yaml declares the ConfigMap (test/fixtures/knative-serving): nothing declares it a second time.
  expect(declared.filter((r) => r.type === 'kubernetes:core/v1:ConfigMap' && r.inputs.metadata?.name === 'config-observability')).toEqual([]);
});

test('without monitoring, no chart and no Grafana URL; no password needed', async () => {
  const { calvin, declared } = await deploy(undefined, { ...stackSecrets(SIGNING_SECRET, {}), grafanaAdminPassword: undefined });
  expect(declared.filter((r) => r.type === 'kubernetes:helm.sh/v4:Chart' || r.name === 'grafana-admin')).toEqual([]);
  // Nothing scrapes the queue-proxies: their request metrics stay off (Knative's default, `none`).
  expect(declared.filter((r) => r.inputs.metadata?.name === 'config-observability')).toEqual([]);
  expect(await valueOf(calvin.grafanaUrl)).toBeUndefined();
});

test('monitoring without a Grafana password is refused before anything is declared, naming the config key', () => {
  const before = recorder.resources.length;
  expect(() => new component.CalvinPlatform('calvin', {
    platform: platformWith({}), settings, secrets: { ...stackSecrets(SIGNING_SECRET, {}), grafanaAdminPassword: undefined },
  })).toThrow('calvin-runtime:grafanaAdminPassword: is not set; expected Grafana\'s admin password (the platform has monitoring): pulumi config set --secret grafanaAdminPassword <password>');
  expect(recorder.resources.length).toBe(before);
});

test('a short password is refused without echoing it', async () => {
  const monitoring = await import('../../pulumi/monitoring');
  expect(monitoring.grafanaPasswordProblem('hunter2')).toBe('is shorter than 12 characters; expected a Grafana admin password of 12 or more');
  expect(monitoring.grafanaPasswordProblem(GRAFANA_PASSWORD)).toBeUndefined();
});

/** `<group>/<Kind>` of every CRD in a vendored release fixture (test/fixtures/). */
function crdsIn(fixture: string): string[] {
  return YAML.parseAllDocuments(readFileSync(join(__dirname, '..', 'fixtures', fixture), 'utf8')).map((d) => d.toJS())
    .filter((o) => o?.kind === 'CustomResourceDefinition').map((o) => `${o.spec.group}/${o.spec.names.kind}`);
}

describe('public Grafana behind the platform\'s TLS', () => {
  test('grafana.public: a Certificate from the platform\'s ClusterIssuer and a Kourier route to Grafana\'s Service; the URL is https', async () => {
    const { calvin, declared } = await deploy({ release: 'prom' }, undefined, { public: true });
    const of = (kind: string) => declared.filter((r) => r.type === `kubernetes:${r.inputs.apiVersion}:${kind}`);
    const [certificate] = of('Certificate');
    const issuer = (declared.find((r) => r.name === 'platform-tls')!.inputs.objs as any[]).find((o) => o.kind === 'ClusterIssuer');
    expect(certificate.inputs).toMatchObject({
      apiVersion: 'cert-manager.io/v1',
      metadata: { name: 'grafana-tls', namespace: 'monitoring' },
      spec: {
        secretName: 'grafana-tls', dnsNames: ['grafana.apps.acme.example'], issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: issuer.metadata.name },
        secretTemplate: { labels: { 'networking.internal.knative.dev/certificate-uid': 'grafana-tls' } },
      },
    });
    const [ingress] = of('Ingress');
    // The fields of knative.dev/networking's v1alpha1 IngressSpec (vendored in knative/serving knative-v1.21.1).
    expect(ingress.inputs).toEqual({
      apiVersion: 'networking.internal.knative.dev/v1alpha1',
      kind: 'Ingress',
      metadata: { name: 'grafana', namespace: 'monitoring', annotations: { 'networking.knative.dev/ingress.class': 'kourier.ingress.networking.knative.dev' } },
      spec: {
        httpOption: 'Redirected',
        tls: [{ hosts: ['grafana.apps.acme.example'], secretName: 'grafana-tls', secretNamespace: 'monitoring' }],
        rules: [{
          hosts: ['grafana.apps.acme.example'], visibility: 'ExternalIP',
          http: { paths: [{ splits: [{ serviceName: 'prom-grafana', serviceNamespace: 'monitoring', servicePort: 80, percent: 100 }] }] },
        }],
      },
    });
    // Ordered after what creates their CRDs (cert-manager, Knative core: the vendored release objects say which), the ClusterIssuer (platform-tls), Kourier, the chart and the namespace.
    expect(crdsIn('cert-manager/v1.19.4/cert-manager.objects.yaml')).toContain('cert-manager.io/Certificate');
    expect(crdsIn('knative-serving/v1.21.1/serving-core.objects.yaml')).toContain('networking.internal.knative.dev/Ingress');
    const urnOf = (name: string) => declared.find((r) => r.name === name)!.urn;
    expect(certificate.dependencies).toEqual(expect.arrayContaining(['certManager', 'platform-tls', 'monitoring'].map(urnOf)));
    expect(ingress.dependencies).toEqual(expect.arrayContaining(['knativeCore', 'kourier', 'kube-prometheus-stack', certificate.name].map(urnOf)));
    // Grafana's own links follow the public URL.
    const chart = declared.find((r) => r.type === 'kubernetes:helm.sh/v4:Chart')!;
    expect(chart.inputs.values.grafana['grafana.ini']).toEqual({ server: { root_url: 'https://grafana.apps.acme.example' } });
    expect(await valueOf(calvin.grafanaUrl)).toBe('https://grafana.apps.acme.example');
  });

  test('cluster-local by default: no Certificate or route, no root_url', async () => {
    const { declared } = await deploy({});
    expect(declared.filter((r) => r.inputs.metadata?.name === 'grafana-tls' || r.inputs.kind === 'Ingress')).toEqual([]);
    expect(declared.find((r) => r.type === 'kubernetes:helm.sh/v4:Chart')!.inputs.values.grafana['grafana.ini']).toBeUndefined();
  });

  test('a host of its own under the domain', async () => {
    const { calvin } = await deploy({}, undefined, { public: true, host: 'dashboards.apps.acme.example' });
    expect(await valueOf(calvin.grafanaUrl)).toBe('https://dashboards.apps.acme.example');
  });

  test.each<[string, import('../../pulumi').GrafanaOptions, PlatformStackProps['monitoring'], string]>([
    ['a host outside the domain', { public: true, host: 'grafana.example.org' }, {},
      'grafana.host: "grafana.example.org" is not one DNS label under apps.acme.example; expected e.g. grafana.apps.acme.example (the record *.apps.acme.example points there)'],
    ['a host two labels deep', { public: true, host: 'a.b.apps.acme.example' }, {}, 'grafana.host: "a.b.apps.acme.example" is not one DNS label under apps.acme.example'],
    ['an app\'s host', { public: true, host: 'shop.apps.acme.example' }, {}, 'grafana.host: "shop.apps.acme.example" is the host of acme/shop; expected a host no app serves'],
    ['a host without public', { host: 'grafana.apps.acme.example' }, {}, 'grafana.host: "grafana.apps.acme.example" is set, but grafana.public is not true'],
    ['public without monitoring', { public: true }, undefined, 'grafana.public: true, but the platform has no monitoring'],
  ])('refused before anything is declared: %s', (_name, grafana, monitoring, message) => {
    const before = recorder.resources.length;
    expect(() => new component.CalvinPlatform('calvin', { platform: platformWith(monitoring), settings, secrets: stackSecrets(SIGNING_SECRET, {}), grafana })).toThrow(message);
    expect(recorder.resources.length).toBe(before);
  });
});
