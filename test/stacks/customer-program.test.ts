/**
 * examples/customer-repo's Pulumi program (`Pulumi.yaml` → `deploy/index.ts`) under Pulumi's mocks:
 * the customer's OWN platform function (platform.ts, the one `cdk8s synth` runs too) through
 * CalvinPlatform, with its settings and secrets from the stack config.
 */
import { ACME_EMAIL, DNS_TOKEN, installMocks, Recorder, valueOf } from './mocks';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const APP_SECRETS: Record<string, string> = {
  'secret.calvin-apps.shop-db.url': 'postgres://shop:shop-db-SECRET-1a1a@db.internal:5432/shop',
  'secret.calvin-apps.acme-registry..dockerconfigjson': '{"auths":{"registry.digitalocean.com":{"auth":"YWNtZTphY21lLVNFQ1JFVA=="}}}',
};
let recorder: Recorder;

beforeAll(async () => {
  const secrets = { 'calvin-runtime:signingSecret': SECRET, 'calvin-runtime:dnsToken': DNS_TOKEN, ...Object.fromEntries(Object.entries(APP_SECRETS).map(([k, v]) => [`calvin-runtime:${k}`, v])) };
  recorder = await installMocks({
    config: { 'calvin-runtime:domain': 'apps.acme.example', 'calvin-runtime:acmeEmail': ACME_EMAIL, ...secrets },
    secretKeys: Object.keys(secrets),
  });
});

test('deploys the customer\'s own apps, not the example\'s, with their URLs in the outputs', async () => {
  const program = await import('../../examples/customer-repo/deploy/index');
  expect(await valueOf(program.appUrls)).toEqual({ shop: 'https://shop.apps.acme.example' });
  expect(await valueOf(program.loadBalancerIp)).toBe('203.0.113.10');
  // The program exports outputs, not the component: wait until every registration it started is done.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require('@pulumi/pulumi/runtime/settings') as { waitForRPCs: () => Promise<void> }).waitForRPCs();
  const objects = recorder.one('kubernetes:yaml/v2:ConfigGroup', 'platform').inputs.objs as Array<{ kind: string; metadata: { name: string } }>;
  expect(objects.filter((o) => o.kind === 'InferenceService').map((o) => o.metadata.name).sort()).toEqual(['pricing', 'shop']);
  expect(JSON.stringify(objects)).not.toContain('my-app');
  // No ExternalSecret in this platform: no External Secrets Operator either (the example installs it).
  expect(recorder.ofType('kubernetes:yaml/v2:ConfigFile').map((r) => r.name)).not.toContain('externalSecrets');
  expect(recorder.ofType('kubernetes:yaml/v2:ConfigFile').map((r) => r.name)).toContain('keda');
  // The settings in code (region) and from the config (domain) both reached the cloud.
  expect(recorder.one('digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster').inputs.region).toBe('ams3');
  expect(recorder.one('digitalocean:index/domain:Domain', 'domain').inputs.name).toBe('apps.acme.example');
});
