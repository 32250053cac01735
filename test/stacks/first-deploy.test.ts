/**
 * Issue 18's first-deploy findings that show in the declared graph (the CRDs declared twice are
 * test/stacks/graph.test.ts'; cert-manager's webhook wait is test/stacks/cert-manager-wait.test.ts):
 * the registry region, `pulumi destroy` (the metrics bucket, KServe's configs) and a second
 * `pulumi up` without changes (the cluster version, the kubeconfig refresh).
 */
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, MOCK, Recorder, settled, stackSecrets, valueOf } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const REGISTRY = 'digitalocean:index/containerRegistry:ContainerRegistry';
const BUCKET = 'digitalocean:index/spacesBucket:SpacesBucket';
/** What DigitalOcean's registry-create reference (POST /v2/registry, which the provider calls) accepts. */
const REGISTRY_API_REGIONS = ['nyc3', 'sfo3', 'ams3', 'sgp1', 'fra1'];

let recorder: Recorder;
let configModule: typeof import('../../pulumi/config');

beforeAll(async () => {
  recorder = await installMocks();
  configModule = await import('../../pulumi/config');
});

/** Declares the example through the component; returns what it declared. */
async function deploy(settings: Partial<import('../../pulumi').CalvinPlatformSettings>): Promise<Recorder['resources']> {
  const from = recorder.resources.length;
  const calvin = deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL, workerImage: 'ghcr.io/acme/scheduler-worker:1.0.0', ...settings }, stackSecrets(SIGNING_SECRET, APP_SECRETS));
  await settled(calvin);
  await valueOf(calvin.kubeconfig);
  return recorder.resources.slice(from);
}
const one = (declared: Recorder['resources'], type: string, name: string): Recorder['resources'][number] => {
  const found = declared.filter((r) => r.type === type && r.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('the container registry region', () => {
  test('every stack region gets a registry in a region the registry API accepts, the nearest by default', async () => {
    const nearest: Record<string, string> = {};
    for (const region of configModule.DO_REGIONS) {
      const declared = await deploy({ region });
      nearest[region] = one(declared, REGISTRY, 'registry').inputs.region;
      expect([region, REGISTRY_API_REGIONS]).toEqual([region, expect.arrayContaining([nearest[region]])]);
    }
    expect(nearest).toEqual({
      ams3: 'ams3', atl1: 'nyc3', blr1: 'sgp1', fra1: 'fra1', lon1: 'ams3', nyc3: 'nyc3', sfo2: 'sfo3', sfo3: 'sfo3', sgp1: 'sgp1', syd1: 'sgp1', tor1: 'nyc3',
    });
  });

  test('registryRegion is its own setting, validated against the registry regions', async () => {
    const declared = await deploy({ region: 'lon1', registryRegion: 'fra1' });
    expect(one(declared, REGISTRY, 'registry').inputs.region).toBe('fra1');
    expect(() => configModule.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, registryRegion: 'lon1' }, 'prod'))
      .toThrow('calvin-runtime:registryRegion: "lon1"; expected one of nyc3, sfo3, ams3, sgp1, fra1');
  });
});

describe('pulumi destroy completes', () => {
  test('the metrics bucket is kept by default (retainOnDelete), without forceDestroy', async () => {
    const bucket = one(await deploy({}), BUCKET, 'metrics');
    expect([bucket.retainOnDelete, bucket.inputs.forceDestroy]).toEqual([true, false]);
  });

  test('metricsForceDestroy: destroy empties and deletes it', async () => {
    const bucket = one(await deploy({ metricsForceDestroy: true }), BUCKET, 'metrics');
    expect([bucket.retainOnDelete, bucket.inputs.forceDestroy]).toEqual([false, true]);
    expect(() => configModule.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, metricsForceDestroy: 'yes' }, 'prod'))
      .toThrow('calvin-runtime:metricsForceDestroy: "yes"; expected true or false');
  });

  test('KServe\'s LLMInferenceServiceConfigs are deleted with KServe\'s CRDs, never one by one past its webhook', async () => {
    const declared = await deploy({});
    const kserve = one(declared, 'kubernetes:yaml/v2:ConfigFile', 'kserve');
    const runtimes = one(declared, 'kubernetes:yaml/v2:ConfigFile', 'kserveRuntimes');
    expect(runtimes.deletedWith).toBe(kserve.urn);
    // Destroy goes in reverse dependency order, so the runtimes would otherwise be deleted first, while the webhook runs.
    expect(runtimes.dependencies).toContain(kserve.urn);
  });
});

describe('a second pulumi up without changes plans none', () => {
  test('the cluster keeps the patch it was created with; DOKS upgrades it in the maintenance window', async () => {
    const cluster = one(await deploy({}), 'digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster');
    expect(cluster.inputs).toMatchObject({ autoUpgrade: true, version: '1.34.2-do.1' });
    expect(cluster.ignoreChanges).toEqual(['version']);
  });

  test('the fresh kubeconfig reaches the provider only: no platform resource\'s inputs hold it', async () => {
    const declared = await deploy({});
    const token = 'kube-token-SECRET-1f2e';
    expect(MOCK.kubeconfig).toContain(token);
    const holding = declared.filter((r) => r.type.startsWith('kubernetes:') && JSON.stringify(r.inputs).includes(token)).map((r) => `${r.type} ${r.name}`);
    expect(holding).toEqual([]);
    expect(JSON.stringify(one(declared, 'pulumi:providers:kubernetes', 'doks').inputs)).toContain(token);
  });
});
