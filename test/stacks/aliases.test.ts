/**
 * A stack deployed from the program before CalvinPlatform (stacks/ at 557a2c3: every resource at
 * the stack's root) keeps its resources: stacks/index.ts declares the component with
 * `movedFromStackRoot`, and each resource that moved into the component carries an alias equal to
 * its old URN (test/fixtures/stacks-before-component/: the old program's URNs under the same mocks),
 * so `pulumi up` moves it instead of deleting and creating it again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACME_EMAIL, APP_SECRETS, DeclaredResource, DNS_TOKEN, GRAFANA_PASSWORD, installMocks, Recorder, valueOf } from './mocks';

jest.setTimeout(60_000);

const OLD_URNS: string[] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'stacks-before-component', 'urns.json'), 'utf8'));
/** `urn:pulumi:<stack>::<project>::<qualified type>::<name>` → its type (the last of the qualified type) and name. */
const typeAndName = (urn: string): string => {
  const [, , qualified, name] = urn.split('::');
  return `${qualified.split('$').at(-1)}::${name}`;
};

let recorder: Recorder;
let componentUrn: string;

beforeAll(async () => {
  const secrets: Record<string, string> = {
    'calvin-runtime:signingSecret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'calvin-runtime:dnsToken': DNS_TOKEN, 'calvin-runtime:grafanaAdminPassword': GRAFANA_PASSWORD,
    ...Object.fromEntries(Object.entries(APP_SECRETS).map(([key, value]) => [`calvin-runtime:${key}`, value])),
  };
  recorder = await installMocks({
    config: { 'calvin-runtime:domain': 'apps.example.com', 'calvin-runtime:region': 'ams3', 'calvin-runtime:acmeEmail': ACME_EMAIL, ...secrets },
    secretKeys: Object.keys(secrets),
  });
  const entry = await import('../../stacks/index');
  await valueOf(entry.loadBalancerIp);
  // The program exports outputs, not the component: wait until every registration it started is done.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require('@pulumi/pulumi/runtime/settings') as { waitForRPCs: () => Promise<void> }).waitForRPCs();
  componentUrn = recorder.resources.find((r) => r.type === 'calvin-runtime:index:CalvinPlatform')!.urn;
});

/** The resource of the new program with the old one's type and name, declared in the component. */
function successor(oldUrn: string): DeclaredResource | undefined {
  return recorder.resources.find((r) => !r.read && r.parent === componentUrn && typeAndName(r.urn) === typeAndName(oldUrn));
}

test('every resource of the old program has a successor in the component with an alias equal to its old URN (knativeCrds aside: it is gone)', () => {
  expect(OLD_URNS).toHaveLength(32);
  const gone = OLD_URNS.filter((urn) => successor(urn) === undefined);
  // knativeCrds: serving-core declares its CRDs now. my-app-db: the example produces it with an
  // ExternalSecret now, so the component no longer writes it from config (docs/deploying.md says
  // how to keep the running Secret while the operator takes it over).
  expect(gone).toEqual([
    'urn:pulumi:prod::calvin-runtime::kubernetes:yaml/v2:ConfigFile::knativeCrds',
    'urn:pulumi:prod::calvin-runtime::kubernetes:core/v1:Secret::app-secret-calvin-apps-my-app-db',
  ]);
  const missing = OLD_URNS.filter((urn) => !gone.includes(urn))
    .map((urn) => ({ urn, now: successor(urn)! }))
    .filter(({ urn, now }) => now.urn === urn || !now.aliases.includes(urn))
    .map(({ urn, now }) => `${urn}: now ${now.urn}, aliases ${JSON.stringify(now.aliases)}`);
  expect(missing).toEqual([]);
});

test('the resources that hold data are among them: cluster, Valkey, metrics bucket and its key, registry, DNS zone and record', () => {
  for (const [type, name] of [
    ['digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster'], ['digitalocean:index/databaseCluster:DatabaseCluster', 'valkey'],
    ['digitalocean:index/spacesBucket:SpacesBucket', 'metrics'], ['digitalocean:index/spacesKey:SpacesKey', 'metrics-writer'],
    ['digitalocean:index/containerRegistry:ContainerRegistry', 'registry'], ['digitalocean:index/domain:Domain', 'domain'],
    ['digitalocean:index/dnsRecord:DnsRecord', 'wildcard'],
  ]) {
    const old = `urn:pulumi:prod::calvin-runtime::${type}::${name}`;
    expect(OLD_URNS).toContain(old);
    expect(recorder.one(type, name).aliases).toEqual([old]);
  }
});

test('only the component\'s direct children carry the alias, not the component itself (it is new), and each child exactly one', () => {
  expect(recorder.resources.find((r) => r.urn === componentUrn)!.aliases).toEqual([]);
  const children = recorder.resources.filter((r) => !r.read && r.parent === componentUrn);
  expect(children.length).toBeGreaterThan(30);
  expect(children.filter((r) => r.aliases.length !== 1).map((r) => `${r.urn}: ${JSON.stringify(r.aliases)}`)).toEqual([]);
});
