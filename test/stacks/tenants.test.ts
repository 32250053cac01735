/**
 * Tenants through the component, under Pulumi's mocks: each tenant's trigger signing keys generated
 * (two per tenant, for rotation) and written into the worker's and the tenant's Secrets, never in
 * plain text; the tenants' secret headers asked from the stack config in the tenant's namespace;
 * the quota of tenants that set none from the stack config.
 */
import * as pulumi from '@pulumi/pulumi';
import { App } from 'cdk8s';
import { CustomerApp, ModelService, PlatformStack, PlatformStackProps, Tenant, Trigger } from '../../constructs';
import { signingSecretsProblems, splitSigningSecrets } from '../../contracts/worker-env';
import { referencedSecrets } from '../../pulumi/app-secrets';
import { ACME_EMAIL, installMocks, isSecretValue, MOCK_RANDOM_BYTES, Recorder, redacted, revealed, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const API_TOKEN = 'Bearer acme-api-token-SECRET-9a9a';
const SETTINGS = { domain: 'apps.example.com', acmeEmail: ACME_EMAIL };
let recorder: Recorder;
let component: typeof import('../../pulumi');
let configModule: typeof import('../../pulumi/config');

/** acme: an app, a trigger with a secret header from acme's namespace, a model; globex: an app, a quota of its own. */
function tenantsPlatform(app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack {
  const platform = new PlatformStack(app, 'calvin', { domain: 'placeholder.example', ...overrides });
  const acme = new Tenant(platform, 'acme');
  const shop = new CustomerApp(acme, 'shop', { image: 'registry.digitalocean.com/acme/shop:1.0.0', maxScale: 1, resources: { limits: { cpu: '250m', memory: '256Mi' } } });
  new Trigger(acme, 'sync', { schedule: '0 * * * *', target: shop, secretHeaders: { Authorization: { secret: 'api-token', key: 'token' } } });
  new ModelService(acme, 'iris', { modelFormat: 'sklearn', storageUri: 's3://calvin-models/acme/iris/1/', storage: { secret: 'acme-models', endpoint: 'https://fra1.digitaloceanspaces.com' } });
  const globex = new Tenant(platform, 'globex', { quota: { pods: 3 } });
  new CustomerApp(globex, 'shop', { image: 'registry.digitalocean.com/globex/shop:1.0.0', maxScale: 1, resources: { limits: { cpu: '250m', memory: '256Mi' } } });
  return platform;
}

beforeAll(async () => {
  recorder = await installMocks();
  component = await import('../../pulumi');
  configModule = await import('../../pulumi/config');
});

function deploy(settings: Partial<import('../../pulumi').CalvinPlatformSettings>, appSecrets?: Record<string, string>): import('../../pulumi').CalvinPlatform {
  return new component.CalvinPlatform('calvin', { platform: tenantsPlatform, settings: { ...SETTINGS, ...settings }, secrets: stackSecrets(SIGNING_SECRET, appSecrets) });
}

test('a tenant\'s secret header is asked from the stack config in the tenant\'s namespace; its signing keys are not', () => {
  let failure: unknown;
  try {
    deploy({}, {});
  } catch (error) {
    failure = error;
  }
  expect(failure).toBeInstanceOf(configModule.StackConfigError);
  expect((failure as InstanceType<typeof configModule.StackConfigError>).problems).toEqual([
    'calvin-runtime:secret.acme.api-token.token: is not set; expected key "token" of Secret acme/api-token, which Trigger/acme/sync reads: '
      + 'pulumi config set --secret \'secret.acme.api-token.token\' <value>',
  ]);
});

describe('with the secret header set', () => {
  let from: number;
  let randomFrom: number;
  beforeAll(async () => {
    from = recorder.resources.length;
    randomFrom = MOCK_RANDOM_BYTES.length;
    await settled(deploy({ tenantQuota: { cpu: '3', memory: '6Gi' } }, { 'secret.acme.api-token.token': API_TOKEN }));
  });
  const declared = (): Recorder['resources'] => recorder.resources.slice(from);
  const secretNamed = (namespace: string, name: string) => declared().find((r) => r.type === 'kubernetes:core/v1:Secret' && r.inputs.metadata.name === name && r.inputs.metadata.namespace === namespace);

  test('two random keys per tenant, 32 bytes each, children of the component', () => {
    const keys = declared().filter((r) => r.type === 'random:index/randomBytes:RandomBytes');
    expect(keys.map((k) => k.name).sort()).toEqual(['tenant-signing-acme-a', 'tenant-signing-acme-b', 'tenant-signing-globex-a', 'tenant-signing-globex-b']);
    for (const key of keys) expect(key.inputs.length).toBe(32);
    const componentUrn = declared().find((r) => r.type === component.CALVIN_PLATFORM_TYPE)!.urn;
    expect(new Set(keys.map((k) => k.parent))).toEqual(new Set([componentUrn]));
  });

  test('both keys, as two whsec_ secrets, in the worker\'s Secret (system namespace) and the tenant\'s copy, as Pulumi secrets', () => {
    const generated = MOCK_RANDOM_BYTES.slice(randomFrom);
    for (const tenant of ['acme', 'globex']) {
      const worker = secretNamed('calvin-system', `${tenant}-trigger-signing`)!;
      const apps = secretNamed(tenant, 'trigger-signing')!;
      for (const secret of [worker, apps]) {
        expect(isSecretValue(secret.inputs.stringData) || isSecretValue(secret.inputs.stringData.secrets)).toBe(true);
        expect(recorder.dependencyNames(secret)).toContain('platform-namespaces');
      }
      const value = revealed(worker.inputs.stringData).secrets as string;
      expect(revealed(apps.inputs.stringData).secrets).toBe(value);
      const keys = splitSigningSecrets(value);
      expect(keys).toHaveLength(2);
      expect(signingSecretsProblems(keys)).toEqual([]);
      expect(keys.every((key) => generated.includes(key.slice('whsec_'.length)))).toBe(true);
    }
    // No two tenants share a key.
    const values = ['acme', 'globex'].map((t) => revealed(secretNamed('calvin-system', `${t}-trigger-signing`)!.inputs.stringData).secrets);
    expect(new Set(splitSigningSecrets(values.join(' '))).size).toBe(4);
  });

  test('the platform\'s objects wait for the keys\' Secrets, and no key appears in plain text anywhere', async () => {
    const platform = declared().find((r) => r.type === 'kubernetes:yaml/v2:ConfigGroup' && r.name === 'platform')!;
    for (const tenant of ['acme', 'globex']) expect(platform.dependencies).toContain(secretNamed('calvin-system', `${tenant}-trigger-signing`)!.urn);
    const plain = JSON.stringify(declared().map((r) => redacted(r.inputs)));
    for (const key of MOCK_RANDOM_BYTES.slice(randomFrom)) {
      // Only the RandomBytes' own inputs would hold it, and they hold just the length.
      expect(plain).not.toContain(key);
    }
    expect(plain).not.toContain(API_TOKEN);
  });

  test('the tenant\'s secret header is created in the tenant\'s namespace from the config value', () => {
    expect(revealed(secretNamed('acme', 'api-token')!.inputs.stringData)).toEqual({ token: API_TOKEN });
  });

  test('tenantQuota from the settings applies field by field to tenants that set none', () => {
    const objects = declared().find((r) => r.type === 'kubernetes:yaml/v2:ConfigGroup' && r.name === 'platform')!.inputs.objs as any[];
    const quota = (namespace: string) => objects.find((o) => o.kind === 'ResourceQuota' && o.metadata.namespace === namespace).spec.hard;
    expect(quota('acme')).toEqual({ 'requests.cpu': '3', 'limits.cpu': '3', 'requests.memory': '6Gi', 'limits.memory': '6Gi', 'pods': 5 });
    expect(quota('globex')).toEqual({ 'requests.cpu': '3', 'limits.cpu': '3', 'requests.memory': '6Gi', 'limits.memory': '6Gi', 'pods': 3 });
  });
});

describe('tenantQuota in the stack config', () => {
  const parse = (tenantQuota: string) => configModule.parseStackConfig({ ...SETTINGS, tenantQuota }, 'prod');
  const problems = (tenantQuota: string): readonly string[] => {
    try {
      parse(tenantQuota);
      return [];
    } catch (error) {
      return (error as InstanceType<typeof configModule.StackConfigError>).problems;
    }
  };

  test('as Pulumi stores it (JSON; --path writes strings), unset: the platform\'s own', () => {
    expect(parse('{"cpu":"4","memory":"8Gi","pods":10}').tenantQuota).toEqual({ cpu: '4', memory: '8Gi', pods: 10 });
    expect(parse('{"pods":"7"}').tenantQuota).toEqual({ pods: 7 });
    expect(parse('').tenantQuota).toBeUndefined();
  });

  test.each([
    ['not JSON', 'cpu=4', 'calvin-runtime:tenantQuota: "cpu=4"; expected a JSON object with cpu, memory (Kubernetes quantities) and pods (1–10000), e.g. {"cpu":"4","memory":"8Gi","pods":10}'],
    ['a bad quantity', '{"cpu":"lots"}', 'calvin-runtime:tenantQuota.cpu: "lots" is not a Kubernetes quantity'],
    ['zero memory', '{"memory":"0"}', 'calvin-runtime:tenantQuota.memory: "0" is zero: no pod of a tenant could start'],
    ['pods out of range', '{"pods":0}', 'calvin-runtime:tenantQuota.pods: 0; expected an integer from 1 to 10000'],
    ['an unknown field', '{"cpus":"4"}', 'calvin-runtime:tenantQuota.cpus: is not a quota field; expected cpu, memory, pods'],
  ])('%s is refused, naming the key, the value and what is expected', (_what, value, expected) => {
    expect(problems(value).join('\n')).toContain(expected);
  });

  test('read from the stack config (calvin-runtime:tenantQuota) and laid over the platform function\'s props', async () => {
    pulumi.runtime.setAllConfig({ 'calvin-runtime:tenantQuota': '{"pods":9}', 'calvin-runtime:domain': SETTINGS.domain, 'calvin-runtime:acmeEmail': ACME_EMAIL });
    try {
      const config = configModule.loadStackConfig();
      expect(config.tenantQuota).toEqual({ pods: 9 });
      const platform = await import('../../pulumi/platform');
      const { objects } = platform.synthesizePlatform(tenantsPlatform, config, 'https://fra1.digitaloceanspaces.com');
      const quota = (namespace: string) => (objects.find((o: any) => o.kind === 'ResourceQuota' && o.metadata.namespace === namespace) as any).spec.hard;
      expect([quota('acme').pods, quota('acme')['limits.cpu'], quota('globex').pods]).toEqual([9, '2', 3]);
    } finally {
      pulumi.runtime.setAllConfig({});
    }
  });
});

test('the secret scan follows a ServiceAccount\'s secrets and imagePullSecrets', () => {
  const found = referencedSecrets([{
    kind: 'ServiceAccount', metadata: { name: 'iris-storage', namespace: 'acme' }, secrets: [{ name: 'acme-models' }], imagePullSecrets: [{ name: 'acme-registry' }],
  } as never]);
  expect(found.keys.map((k) => `${k.namespace}/${k.secret}/${k.key} ${k.readBy}`)).toEqual(['acme/acme-registry/.dockerconfigjson ServiceAccount/iris-storage']);
  expect(found.whole.map((w) => `${w.namespace}/${w.secret} ${w.readBy}`)).toEqual(['acme/acme-models ServiceAccount/iris-storage']);
});
