/**
 * The stack's platform references no Secret that nothing creates: every Secret key the synthesized
 * objects read is created by a Secret resource the objects wait for (or the reference is optional),
 * and a missing value stops the program before any resource is declared.
 */
import * as pulumi from '@pulumi/pulumi';
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, isSecretValue, Recorder, revealed, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let recorder: Recorder;
let configModule: typeof import('../../pulumi/config');
let settings: Partial<import('../../pulumi').CalvinPlatformSettings>;

/** Written apart from pulumi/app-secrets.ts: namespace/name/key of every non-optional Secret read. */
function secretReads(objects: any[]): Array<{ namespace: string; name: string; key: string }> {
  const reads: Array<{ namespace: string; name: string; key: string }> = [];
  for (const object of objects) {
    const namespace = object.metadata.namespace ?? 'default';
    const podSpecs: any[] = [];
    const collect = (value: any): void => {
      if (!value || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach(collect);
      if (Array.isArray(value.containers)) podSpecs.push(value);
      Object.values(value).forEach(collect);
    };
    collect(object);
    for (const spec of podSpecs) {
      for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
        for (const env of container.env ?? []) {
          const ref = env.valueFrom?.secretKeyRef;
          if (ref && !ref.optional) reads.push({ namespace, name: ref.name, key: ref.key });
        }
        for (const from of container.envFrom ?? []) if (from.secretRef && !from.secretRef.optional) reads.push({ namespace, name: from.secretRef.name, key: '*' });
      }
      for (const volume of spec.volumes ?? []) {
        if (!volume.secret || volume.secret.optional) continue;
        for (const item of volume.secret.items ?? [{ key: '*' }]) reads.push({ namespace, name: volume.secret.secretName, key: item.key });
      }
      for (const pull of spec.imagePullSecrets ?? []) reads.push({ namespace, name: pull.name, key: '.dockerconfigjson' });
    }
  }
  return reads;
}

beforeAll(async () => {
  recorder = await installMocks();
  configModule = await import('../../pulumi/config');
  settings = { domain: 'apps.example.com', acmeEmail: ACME_EMAIL };
});

test('a missing Secret value is a config error naming its key and the command, before any resource; the ExternalSecret\'s Secret is not asked', async () => {
  let failure: unknown;
  try {
    deployExample(settings, stackSecrets(SIGNING_SECRET, {}));
  } catch (error) {
    failure = error;
  }
  expect(failure).toBeInstanceOf(configModule.StackConfigError);
  // my-app-db is read by my-app too, but the example's ExternalSecret produces it: no config value for it.
  expect((failure as InstanceType<typeof configModule.StackConfigError>).problems).toEqual([
    'calvin-runtime:secret.calvin-system.my-app-token.header: is not set; expected key "header" of Secret calvin-system/my-app-token, '
      + 'which Deployment/scheduler-worker reads: pulumi config set --secret \'secret.calvin-system.my-app-token.header\' <value>',
  ]);
  // From the stack config: nothing set, the same one problem.
  expect(() => deployExample(settings, stackSecrets(SIGNING_SECRET))).toThrow(/my-app-token\.header: is not set/);
});

test('a key the platform does not read is refused (a typo would otherwise leave the real one unset), the ExternalSecret\'s included', () => {
  pulumi.runtime.setAllConfig({ 'calvin-runtime:secret.calvin-apps.my-app-db.url': 'x' }, ['calvin-runtime:secret.calvin-apps.my-app-db.url']);
  expect(() => deployExample(settings, stackSecrets(SIGNING_SECRET))).toThrow(
    /secret\.calvin-apps\.my-app-db\.url: is not a Secret key the platform reads; expected one of secret\.calvin-system\.my-app-token\.header$/m,
  );
  pulumi.runtime.setAllConfig({});
});

describe('with every value set', () => {
  beforeAll(async () => {
    pulumi.runtime.setAllConfig(
      Object.fromEntries(Object.entries(APP_SECRETS).map(([key, value]) => [`calvin-runtime:${key}`, value])),
      Object.keys(APP_SECRETS).map((key) => `calvin-runtime:${key}`),
    );
    await settled(deployExample(settings, stackSecrets(SIGNING_SECRET)));
  });

  test('the failed attempts declared nothing: each resource exists once', () => {
    expect(recorder.ofType('digitalocean:index/vpc:Vpc')).toHaveLength(1);
    const urns = recorder.resources.map((r) => r.urn);
    expect(new Set(urns).size).toBe(urns.length);
  });

  test('every Secret the synthesized objects read is created by a Secret resource they depend on, or by an ExternalSecret among them', () => {
    const platform = recorder.one('kubernetes:yaml/v2:ConfigGroup', 'platform');
    const reads = secretReads(platform.inputs.objs);
    expect(reads.map((r) => `${r.namespace}/${r.name}`)).toEqual(expect.arrayContaining(['calvin-apps/my-app-db', 'calvin-system/my-app-token']));
    const secrets = recorder.ofType('kubernetes:core/v1:Secret');
    const external = platform.inputs.objs.filter((o: any) => o.kind === 'ExternalSecret').map((o: any) => `${o.metadata.namespace}/${o.spec.target.name}`);
    expect(external).toEqual(['calvin-apps/my-app-db']);
    expect(secrets.filter((s) => s.inputs.metadata.name === 'my-app-db')).toEqual([]);
    for (const read of reads.filter((r) => !external.includes(`${r.namespace}/${r.name}`))) {
      const creator = secrets.find((s) => s.inputs.metadata.name === read.name && s.inputs.metadata.namespace === read.namespace);
      expect({ read, created: creator !== undefined }).toEqual({ read, created: true });
      expect(Object.keys(revealed(creator!.inputs.stringData))).toContain(read.key);
      expect(platform.dependencies).toContain(creator!.urn);
      expect(recorder.dependencyNames(creator!)).toContain('platform-namespaces');
    }
  });

  test('the app Secrets hold the config values, each a Pulumi secret', () => {
    const secret = (namespace: string, name: string): any => recorder.ofType('kubernetes:core/v1:Secret')
      .find((s) => s.inputs.metadata.name === name && s.inputs.metadata.namespace === namespace)!.inputs;
    const token = secret('calvin-system', 'my-app-token');
    expect(isSecretValue(token.stringData) || isSecretValue(token.stringData.header)).toBe(true);
    expect(revealed(secret('calvin-system', 'my-app-token').stringData)).toEqual({ header: APP_SECRETS['secret.calvin-system.my-app-token.header'] });
  });
});
