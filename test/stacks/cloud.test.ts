/**
 * createCloud's options reach everything it declares and every data source it reads, so a caller
 * can put the cloud under a provider of another account or behind a resource of its own.
 */
import { ACME_EMAIL, installMocks, Recorder, settled, valueOf } from './mocks';

let recorder: Recorder;
let accountUrn: string;

beforeAll(async () => {
  // Mocks first, then the program: Pulumi binds to the monitor when its modules load.
  recorder = await installMocks();
  const digitalocean = await import('@pulumi/digitalocean');
  const { parseStackConfig } = await import('../../pulumi/config');
  const { createCloud } = await import('../../pulumi/cloud');
  const account = new digitalocean.Provider('other-account', { token: 'dop_v1_other-account' });
  const prerequisite = new digitalocean.Tag('prerequisite', { name: 'prerequisite' }, { provider: account });
  const cloud = createCloud(parseStackConfig({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, 'prod'), { provider: account, dependsOn: [prerequisite] });
  await settled(cloud);
  await valueOf(cloud.kubeconfig);
  accountUrn = await valueOf(account.urn);
});

test('every resource waits for the caller\'s dependsOn; the cluster waits for the registry as well', () => {
  const declared = recorder.resources.filter((r) => r.type.startsWith('digitalocean:index/') && r.name !== 'prerequisite');
  expect(declared.map((r) => r.name).sort()).toEqual(['cluster', 'domain', 'metrics', 'metrics-writer', 'registry', 'valkey', 'valkey-config', 'valkey-firewall', 'vpc']);
  for (const resource of declared) {
    expect([resource.name, recorder.dependencyNames(resource)]).toEqual([resource.name, expect.arrayContaining(['prerequisite'])]);
  }
  expect(recorder.dependencyNames(recorder.one('digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster'))).toEqual(['prerequisite', 'registry', 'vpc']);
});

test('the resources and both data sources (DOKS versions, the fresh kubeconfig) use the caller\'s provider', () => {
  for (const resource of recorder.resources.filter((r) => r.type.startsWith('digitalocean:index/'))) {
    expect([resource.name, resource.provider]).toEqual([resource.name, expect.stringMatching(new RegExp(`^${accountUrn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}::`))]);
  }
  expect(recorder.invokes.map((i) => [i.token.split(':').at(-1), i.provider?.split('::').slice(0, 4).join('::')])).toEqual([
    ['getKubernetesVersions', accountUrn],
    ['getKubernetesCluster', accountUrn],
  ]);
});
