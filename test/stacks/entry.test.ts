/** `stacks/index.ts`, the file `pulumi up` runs: config in, stack outputs out, bad config refused before any resource. */
import { ACME_EMAIL, APP_SECRETS, DNS_TOKEN, GRAFANA_PASSWORD, installMocks, Recorder, valueOf } from './mocks';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let recorder: Recorder;

beforeAll(async () => {
  recorder = await installMocks({
    config: {
      'calvin-runtime:domain': 'apps.example.com', 'calvin-runtime:region': 'ams3', 'calvin-runtime:signingSecret': SECRET,
      'calvin-runtime:acmeEmail': ACME_EMAIL, 'calvin-runtime:dnsToken': DNS_TOKEN, 'calvin-runtime:grafanaAdminPassword': GRAFANA_PASSWORD,
      ...Object.fromEntries(Object.entries(APP_SECRETS).map(([key, value]) => [`calvin-runtime:${key}`, value])),
    },
    secretKeys: ['calvin-runtime:signingSecret', 'calvin-runtime:dnsToken', 'calvin-runtime:grafanaAdminPassword', ...Object.keys(APP_SECRETS).map((key) => `calvin-runtime:${key}`)],
  });
});

test('declares the stack from the config and exports its outputs', async () => {
  const entry = await import('../../stacks/index');
  expect(await valueOf(entry.loadBalancerIp)).toBe('203.0.113.10');
  expect(await valueOf(entry.metricsBucket)).toBe('calvin-prod-metrics');
  expect(await valueOf(entry.appUrls)).toEqual({
    'my-app': 'https://my-app.apps.example.com', 'acme/iris': 'https://iris.acme.apps.example.com', 'acme/shop': 'https://shop.acme.apps.example.com',
  });
  // The example platform has monitoring: kube-prometheus-stack's Grafana, inside the cluster.
  expect(await valueOf(entry.grafanaUrl)).toBe('http://kube-prometheus-stack-grafana.monitoring.svc.cluster.local');
  expect(recorder.resources.find((r) => r.name === 'cluster')?.inputs.region).toBe('ams3');
});

test('a bad config fails before any resource is declared, naming every key', async () => {
  const pulumi = await import('@pulumi/pulumi');
  pulumi.runtime.setAllConfig({ 'calvin-runtime:region': 'mars1', 'calvin-runtime:signingSecret': SECRET }, ['calvin-runtime:signingSecret']);
  const before = recorder.resources.length;
  let failure: unknown;
  jest.isolateModules(() => {
    try {
      require('../../stacks/index');
    } catch (error) {
      failure = error;
    }
  });
  expect(failure).toBeInstanceOf(Error);
  expect((failure as Error).name).toBe('StackConfigError');
  expect((failure as Error).message).toContain('calvin-runtime:region: "mars1"');
  expect((failure as Error).message).toContain('calvin-runtime:domain: is not set');
  expect((failure as Error).message).toContain('calvin-runtime:acmeEmail: is not set');
  expect(recorder.resources.length).toBe(before);
});
