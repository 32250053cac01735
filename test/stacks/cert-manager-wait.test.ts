/**
 * cert-manager's webhook: the issuer and the certificates (the platform's, and KServe's own) are
 * applied only once cert-manager's release is ready, and the release is ready only once its webhook
 * configurations carry their CA bundle (pulumi-kubernetes' `pulumi.com/waitFor`), so a first
 * `pulumi up` needs no second run.
 */
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, Recorder, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

let recorder: Recorder;
let serving: typeof import('../../pulumi/serving');

beforeAll(async () => {
  recorder = await installMocks();
  serving = await import('../../pulumi/serving');
  await settled(deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS)));
});

/** A child of cert-manager's ConfigFile as the transform receives it (yaml/v2 registers each object as a typed resource). */
function child(kind: string, name: string): Parameters<import('@pulumi/pulumi').ResourceTransform>[0] {
  const apiVersion = kind.endsWith('WebhookConfiguration') ? 'admissionregistration.k8s.io/v1' : 'apps/v1';
  return {
    type: `kubernetes:${apiVersion}:${kind}`, name: `certManager:cert-manager/${name}`, custom: true,
    props: { apiVersion, kind, metadata: { name, annotations: { 'cert-manager.io/inject-ca-from-secret': 'cert-manager/cert-manager-webhook-ca' } }, webhooks: [{ name: 'webhook.cert-manager.io' }] },
    opts: {},
  };
}

test('cert-manager\'s release is declared with the transform; what waits for cert-manager depends on it', () => {
  const certManager = recorder.one('kubernetes:yaml/v2:ConfigFile', 'certManager');
  expect(certManager.transforms).toBe(1);
  for (const [type, name] of [['kubernetes:yaml/v2:ConfigGroup', 'platform-tls'], ['kubernetes:yaml/v2:ConfigFile', 'kserve'], ['kubernetes:core/v1:Secret', 'cert-manager-dns-token']]) {
    expect([name, recorder.one(type, name).dependencies]).toEqual([name, expect.arrayContaining([certManager.urn])]);
  }
});

test('the transform makes both webhook configurations wait for a CA bundle, keeping their other annotations, and leaves other objects alone', async () => {
  for (const kind of ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
    const result = await serving.waitForWebhookCaBundle(child(kind, 'cert-manager-webhook'));
    expect(result?.props.metadata.annotations).toEqual({
      'cert-manager.io/inject-ca-from-secret': 'cert-manager/cert-manager-webhook-ca',
      'pulumi.com/waitFor': 'jsonpath={.webhooks[*].clientConfig.caBundle}',
    });
    expect(result?.props.webhooks).toEqual([{ name: 'webhook.cert-manager.io' }]);
  }
  expect(await serving.waitForWebhookCaBundle(child('Deployment', 'cert-manager-webhook'))).toBeUndefined();
});
