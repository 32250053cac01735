/**
 * `pulumi destroy`, from the dependency graph the mocks record: what the engine deletes, in which
 * order, and what it keeps. The engine deletes a resource only once everything that depends on it
 * is gone: the resources naming it in their dependencies (dependsOn, or inputs from its outputs),
 * its children, and the resources it is the provider of. `retainOnDelete` resources are dropped
 * from the state without a delete; a `deletedWith` resource is not deleted on its own when the
 * resource it names is deleted in the same run. (The order among the objects inside one release
 * manifest is pulumi-kubernetes' and not seen here.)
 */
import { ACME_EMAIL, APP_SECRETS, DeclaredResource, deployExample, installMocks, Recorder, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

let recorder: Recorder;

beforeAll(async () => {
  recorder = await installMocks();
  await settled(deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS)));
});

/** What destroy does with each resource of the state. */
interface DestroyPlan {
  readonly deleted: DeclaredResource[];
  readonly retained: DeclaredResource[];
  /** Removed by the deletion of the resource they name (deletedWith), without a delete of their own. */
  readonly deletedWith: DeclaredResource[];
  /** Whether the engine deletes `first` before it starts deleting `then`. */
  before(first: DeclaredResource, then: DeclaredResource): boolean;
}

function destroyPlan(resources: DeclaredResource[]): DestroyPlan {
  const state = resources.filter((r) => !r.read);
  // urn → the URNs that must be gone before it is deleted.
  const waitsFor = new Map<string, Set<string>>(state.map((r) => [r.urn, new Set<string>()]));
  for (const r of state) {
    const provider = r.provider?.split('::').slice(0, -1).join('::');
    for (const target of [...r.dependencies, r.parent, provider]) waitsFor.get(target ?? '')?.add(r.urn);
  }
  const closure = (urn: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [...(waitsFor.get(urn) ?? [])];
    for (let i = 0; i < queue.length; i++) {
      if (seen.has(queue[i])) continue;
      seen.add(queue[i]);
      queue.push(...(waitsFor.get(queue[i]) ?? []));
    }
    return seen;
  };
  const retained = state.filter((r) => r.retainOnDelete);
  const deletedWith = state.filter((r) => !r.retainOnDelete && r.deletedWith !== '' && state.some((d) => d.urn === r.deletedWith && !d.retainOnDelete));
  const deleted = state.filter((r) => !retained.includes(r) && !deletedWith.includes(r));
  return { deleted, retained, deletedWith, before: (first, then) => closure(then.urn).has(first.urn) };
}

const named = (type: string, name: string): DeclaredResource => recorder.one(type, name);
const file = (name: string): DeclaredResource => named('kubernetes:yaml/v2:ConfigFile', name);
const group = (name: string): DeclaredResource => named('kubernetes:yaml/v2:ConfigGroup', name);

describe('pulumi destroy of the example platform', () => {
  test('the platform\'s objects go first, while the controllers and webhooks that finalize them still run', () => {
    const plan = destroyPlan(recorder.resources);
    const controllers = [file('certManager'), file('knativeCore'), file('kourier'), file('kserve'), file('keda'),
      named('kubernetes:helm.sh/v4:Chart', 'kube-prometheus-stack')];
    expect(controllers.filter((c) => !plan.before(group('platform'), c)).map((c) => `platform is not deleted before ${c.name}`)).toEqual([]);
    // The ClusterIssuer and Certificates need only cert-manager.
    expect(plan.before(group('platform-tls'), file('certManager'))).toBe(true);
  });

  test('KServe\'s LLMInferenceServiceConfigs get no delete past its webhook: they go with KServe\'s CRDs, after its cluster runtimes\' dependents', () => {
    const plan = destroyPlan(recorder.resources);
    expect(plan.deletedWith.map((r) => r.name)).toEqual(['kserveRuntimes']);
    expect(plan.deleted).toContain(file('kserve'));
    // Its patch and the platform's InferenceServices are gone before KServe's controller is.
    expect(plan.before(named('kubernetes:core/v1:ConfigMapPatch', 'kserve-inferenceservice-config'), file('kserve'))).toBe(true);
    // The namespace its controller lives in outlasts KServe (deleting it first would stop the controller early).
    expect(plan.before(file('kserve'), named('kubernetes:core/v1:Namespace', 'namespace-kserve'))).toBe(true);
    expect(plan.before(file('kserveRuntimes'), named('kubernetes:core/v1:Namespace', 'namespace-kserve'))).toBe(true);
  });

  test('the check has teeth: without deletedWith, the runtimes would be deleted one by one, before KServe, while its webhook runs', () => {
    const runtimes = file('kserveRuntimes');
    const plan = destroyPlan(recorder.resources.map((r) => (r === runtimes ? { ...r, deletedWith: '' } : r)));
    const copy = plan.deleted.find((r) => r.urn === runtimes.urn)!;
    expect(copy).toBeDefined();
    expect(plan.before(copy, file('kserve'))).toBe(true);
  });

  test('every Kubernetes resource is deleted before the cluster goes (through its provider)', () => {
    const plan = destroyPlan(recorder.resources);
    const cluster = named('digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster');
    const provider = named('pulumi:providers:kubernetes', 'doks');
    expect(plan.before(provider, cluster)).toBe(true);
    const late = plan.deleted.filter((r) => r.type.startsWith('kubernetes:') && !plan.before(r, provider)).map((r) => `${r.type} ${r.name}`);
    expect(late).toEqual([]);
  });

  test('the cloud side: the worker image and the cluster before the registry, DNS records before the zone, the firewall before Valkey', () => {
    const plan = destroyPlan(recorder.resources);
    const registry = named('digitalocean:index/containerRegistry:ContainerRegistry', 'registry');
    expect(plan.before(named('digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster'), registry)).toBe(true);
    expect(plan.before(named('docker-build:index:Image', 'worker-image'), registry)).toBe(true);
    const domain = named('digitalocean:index/domain:Domain', 'domain');
    for (const record of recorder.ofType('digitalocean:index/dnsRecord:DnsRecord')) expect([record.name, plan.before(record, domain)]).toEqual([record.name, true]);
    expect(plan.before(named('digitalocean:index/databaseFirewall:DatabaseFirewall', 'valkey-firewall'), named('digitalocean:index/databaseCluster:DatabaseCluster', 'valkey'))).toBe(true);
  });

  test('what destroy keeps: the metrics bucket and the model buckets (your data: objects in them would make the delete fail); everything else is deleted', () => {
    const plan = destroyPlan(recorder.resources);
    expect(plan.retained.map((r) => `${r.type.split(':').at(-1)} ${r.name}`).sort()).toEqual(['SpacesBucket metrics', 'SpacesBucket models-calvin-models']);
    for (const [type, name] of [['digitalocean:index/kubernetesCluster:KubernetesCluster', 'cluster'], ['digitalocean:index/databaseCluster:DatabaseCluster', 'valkey'],
      ['digitalocean:index/containerRegistry:ContainerRegistry', 'registry'], ['digitalocean:index/domain:Domain', 'domain']]) {
      expect(plan.deleted).toContain(named(type, name));
    }
  });
});
