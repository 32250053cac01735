/**
 * Pulumi's official runtime mocks (`pulumi.runtime.setMocks`) plus a recorder of what the program
 * declares: each resource's type, name, inputs and the URNs it depends on, as the engine would
 * receive them. There is no Pulumi CLI or cloud here; this is the program's whole test surface.
 */
import { randomBytes } from 'node:crypto';
import * as pulumi from '@pulumi/pulumi';
import type { CalvinPlatform, CalvinPlatformArgs, CalvinPlatformSecrets, CalvinPlatformSettings } from '../../pulumi';

export interface DeclaredResource {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
  readonly urn: string;
  /** URNs this resource waits for: explicit dependsOn plus the resources its inputs come from. */
  readonly dependencies: string[];
  /** True for `Resource.get` reads. */
  readonly read: boolean;
  /** The explicit provider's reference (`<urn>::<id>`); undefined: the default provider. */
  readonly provider?: string;
  /** The parent's URN ('' for the stack itself). */
  readonly parent: string;
  /** The resource options the engine receives that the component passes through. */
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  /** The URN of the resource whose deletion deletes this one ('' if none). */
  readonly deletedWith: string;
  readonly ignoreChanges: string[];
  /** How many transforms (callbacks) the resource registered. */
  readonly transforms: number;
  /** Its aliases as the URNs the engine computes from them (an alias names a URN the resource had before). */
  readonly aliases: string[];
}

/** Values the mocked cloud returns; the "secret" ones must never show up in plain outputs. */
export const MOCK = {
  clusterId: 'c0ffee00-0000-4000-8000-000000000001',
  /** What the cluster resource stored at creation: its token has expired (7 days), so nothing may use it. */
  storedKubeconfig: 'apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: kube-token-SECRET-expired-0a0a\n',
  /** What getKubernetesCluster returns on this run: a freshly issued token. */
  kubeconfig: 'apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: kube-token-SECRET-1f2e\n',
  valkeyUser: 'default',
  valkeyPassword: 'valkey-password-SECRET-9a8b',
  valkeyPrivateHost: 'private-calvin-valkey-do-user-1.db.ondigitalocean.com',
  valkeyPort: 25061,
  spacesAccessKey: 'DO00MOCKACCESSKEY',
  spacesSecretKey: 'spaces-secret-SECRET-7c6d',
  registryEndpoint: 'registry.digitalocean.com/calvin',
  loadBalancerIp: '203.0.113.10',
  kubernetesVersions: ['1.33.6-do.0', '1.34.1-do.0', '1.34.2-do.1'],
  /** The Pod and Service ranges DOKS reports for a cluster created without any (installMocks can set others). */
  clusterSubnets: ['10.244.0.0/16', '10.245.0.0/16'] as [string, string],
  /** Every value above that is a credential. */
  secrets: ['kube-token-SECRET-1f2e', 'kube-token-SECRET-expired-0a0a', 'valkey-password-SECRET-9a8b', 'spaces-secret-SECRET-7c6d'],
};

/** The ACME account email the tests' stacks use (`acmeEmail`, required). */
export const ACME_EMAIL = 'ops@apps.example.com';
/** The DigitalOcean token of cert-manager's DNS-01 solver (`pulumi config set --secret dnsToken`). */
export const DNS_TOKEN = 'dop_v1_dns-token-SECRET-6f6f';
/** Grafana's admin password (`pulumi config set --secret grafanaAdminPassword`), for platforms with monitoring. */
export const GRAFANA_PASSWORD = 'grafana-SECRET-pass-7a7a';

/** The component's secrets as the stack config would give them: Pulumi secrets. */
export function stackSecrets(signingSecret: string, appSecrets?: Readonly<Record<string, string>>): CalvinPlatformSecrets {
  return { signingSecret: pulumi.secret(signingSecret), dnsToken: pulumi.secret(DNS_TOKEN), appSecrets, grafanaAdminPassword: pulumi.secret(GRAFANA_PASSWORD) };
}

/** The example platform's app Secret values, by config key (`pulumi config set --secret secret.<ns>.<name>.<key>`). */
export const APP_SECRETS: Readonly<Record<string, string>> = {
  // my-app-db is the example's ExternalSecret's: the component asks no value for it.
  'secret.calvin-system.my-app-token.header': 'Bearer app-token-SECRET-4d4d',
};

export class Recorder {
  public readonly resources: DeclaredResource[] = [];
  /** Each data source read; `provider` as in DeclaredResource. */
  public readonly invokes: Array<{ token: string; inputs: Record<string, any>; provider?: string }> = [];

  /** The one declared resource of this type and name. */
  public one(type: string, name: string): DeclaredResource {
    const found = this.resources.filter((r) => r.type === type && r.name === name);
    if (found.length !== 1) throw new Error(`expected one ${type} "${name}", found ${found.length}; declared: ${this.resources.map((r) => `${r.type} ${r.name}`).join(', ')}`);
    return found[0];
  }

  public ofType(type: string): DeclaredResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** Names of the resources `resource` depends on. */
  public dependencyNames(resource: DeclaredResource): string[] {
    return resource.dependencies.map((urn) => {
      const match = this.resources.find((r) => r.urn === urn);
      return match ? match.name : urn;
    }).sort();
  }
}

/** Every value the mocked random provider generated (base64), in order. */
export const MOCK_RANDOM_BYTES: string[] = [];

function outputsFor(type: string, inputs: Record<string, any>): Record<string, any> {
  switch (type) {
    case 'digitalocean:index/kubernetesCluster:KubernetesCluster':
      return { ...inputs, kubeConfigs: [{ rawConfig: MOCK.storedKubeconfig }], endpoint: 'https://c0ffee.k8s.ondigitalocean.com' };
    case 'digitalocean:index/databaseCluster:DatabaseCluster':
      return { ...inputs, user: MOCK.valkeyUser, password: MOCK.valkeyPassword, privateHost: MOCK.valkeyPrivateHost, port: MOCK.valkeyPort, host: 'calvin-valkey-do-user-1.db.ondigitalocean.com' };
    case 'digitalocean:index/spacesKey:SpacesKey':
      return { ...inputs, accessKey: MOCK.spacesAccessKey, secretKey: MOCK.spacesSecretKey };
    case 'digitalocean:index/containerRegistry:ContainerRegistry':
      return { ...inputs, endpoint: MOCK.registryEndpoint, serverUrl: 'registry.digitalocean.com' };
    case 'digitalocean:index/containerRegistryDockerCredentials:ContainerRegistryDockerCredentials':
      return { ...inputs, dockerCredentials: MOCK_REGISTRY.dockerCredentials };
    case 'docker-build:index:Image':
      return { ...inputs, digest: MOCK_REGISTRY.digest, ref: `${String(inputs.tags?.[0]).replace(/:[^:/]+$/, '')}@${MOCK_REGISTRY.digest}` };
    case 'kubernetes:core/v1:Service':
      return { ...inputs, status: { loadBalancer: { ingress: [{ ip: MOCK.loadBalancerIp }] } } };
    case 'random:index/randomBytes:RandomBytes': {
      // Real random bytes, as the provider makes them; kept so that tests can look for them in plain text.
      const bytes = randomBytes(Number(inputs.length));
      MOCK_RANDOM_BYTES.push(bytes.toString('base64'));
      return { ...inputs, base64: bytes.toString('base64'), hex: bytes.toString('hex') };
    }
    default:
      return inputs;
  }
}

/**
 * Installs the mocks (before the program is imported) and returns the recorder. `versions`
 * overrides what getKubernetesVersions answers.
 */
export async function installMocks(options: { config?: Record<string, string>; secretKeys?: string[]; versions?: string[]; clusterSubnets?: [string, string] } = {}): Promise<Recorder> {
  const recorder = new Recorder();
  const pending = new Map<string, { inputs: Record<string, any>; provider?: string }>();
  await pulumi.runtime.setMocks({
    newResource: (args) => {
      const id = args.type === 'digitalocean:index/kubernetesCluster:KubernetesCluster' ? MOCK.clusterId
        : args.type === 'digitalocean:index/domain:Domain' ? args.inputs.name
          : args.id || `${args.name}-id`;
      pending.set(`${args.type}::${args.name}`, { inputs: args.inputs, provider: args.provider });
      const [clusterSubnet, serviceSubnet] = options.clusterSubnets ?? MOCK.clusterSubnets;
      const subnets = args.type === 'digitalocean:index/kubernetesCluster:KubernetesCluster' ? { clusterSubnet, serviceSubnet } : {};
      return { id, state: { ...outputsFor(args.type, args.inputs), ...subnets } };
    },
    call: (args) => {
      recorder.invokes.push({ token: args.token, inputs: args.inputs, provider: args.provider });
      if (args.token === 'digitalocean:index/getKubernetesVersions:getKubernetesVersions') {
        const prefix = String(args.inputs.versionPrefix ?? '');
        const valid = options.versions ?? MOCK.kubernetesVersions;
        const matching = valid.filter((v) => v.startsWith(prefix));
        return { latestVersion: matching.at(-1) ?? '', validVersions: valid, versionPrefix: prefix };
      }
      if (args.token === 'digitalocean:index/getKubernetesCluster:getKubernetesCluster') {
        return { id: MOCK.clusterId, name: args.inputs.name, kubeConfigs: [{ rawConfig: MOCK.kubeconfig, token: 'kube-token-SECRET-1f2e', expiresAt: '2026-12-07T00:00:00Z' }] };
      }
      throw new Error(`unexpected invoke ${args.token}`);
    },
  }, 'calvin-runtime', 'prod', false);
  if (options.config) pulumi.runtime.setAllConfig(options.config, options.secretKeys);

  // Wrap the mock monitor to see each registration's dependencies, which the mocks API leaves out.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const monitor = require('@pulumi/pulumi/runtime/settings').getMonitor();
  const wrap = (method: 'registerResource' | 'readResource', read: boolean): void => {
    const original = monitor[method].bind(monitor);
    monitor[method] = (req: any, callback: (err: unknown, res: any) => void) => original(req, (err: unknown, res: any) => {
      if (!err) {
        const key = `${req.getType()}::${req.getName()}`;
        const seen = pending.get(key);
        pending.delete(key);
        recorder.resources.push({
          type: req.getType(),
          name: req.getName(),
          inputs: seen?.inputs ?? {},
          urn: res.getUrn(),
          dependencies: read ? [] : req.getDependenciesList(),
          read,
          provider: seen?.provider,
          parent: req.getParent(),
          protect: read ? false : Boolean(req.getProtect?.()),
          retainOnDelete: read ? false : Boolean(req.getRetainondelete?.()),
          deletedWith: read ? '' : req.getDeletedwith?.() ?? '',
          ignoreChanges: read ? [] : req.getIgnorechangesList?.() ?? [],
          transforms: read ? 0 : req.getTransformsList?.().length ?? 0,
          aliases: read ? [] : aliasUrns(req),
        });
      }
      callback(err, res);
    });
  };
  wrap('registerResource', false);
  wrap('readResource', true);
  return recorder;
}

/**
 * A registration's aliases as URNs, computed the way the engine does from an alias spec: the name,
 * type, stack and project default to the resource's own; no parent (or the stack itself as parent)
 * leaves the parent's type out, another parent prefixes its qualified type (`<parent type>$<type>`).
 */
function aliasUrns(req: any): string[] {
  const own = String(req.getParent() || '');
  return (req.getAliasesList?.() ?? []).map((alias: any) => {
    if (!alias.hasSpec()) return alias.getUrn();
    const spec = alias.getSpec();
    const type = spec.getType() || req.getType();
    const name = spec.getName() || req.getName();
    const stack = spec.getStack() || pulumi.getStack();
    const project = spec.getProject() || pulumi.getProject();
    const parent: string = spec.getNoparent() ? '' : spec.getParenturn() || own;
    const parentType = parent === '' ? '' : parent.split('::')[2];
    const qualified = parentType === '' || parentType === 'pulumi:pulumi:Stack' ? type : `${parentType}$${type}`;
    return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
  });
}

/** The value of an Output (under mocks every Output settles). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply((v) => { resolve(v); return v; }));
}

/** Waits until every resource reachable from `root` has been registered (its URN is known). */
export async function settled(root: unknown): Promise<void> {
  const seen = new Set<unknown>();
  const urns: Array<Promise<string>> = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (pulumi.Resource.isInstance(value)) {
      urns.push(valueOf(value.urn));
      // A component: its children are reachable from its public fields (not the SDK's __ ones).
      if (!(value instanceof pulumi.ComponentResource)) return;
    }
    const entries = Array.isArray(value) ? value : Object.entries(value).filter(([key]) => !key.startsWith('_')).map(([, v]) => v);
    for (const child of entries) visit(child, depth + 1);
  };
  visit(root, 0);
  await Promise.all(urns);
}

/** How a secret input reaches the engine: `{ <sig key>: <secret sig>, value }`. */
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

export function isSecretValue(value: unknown): value is { value: unknown } {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

/** The inputs with every secret replaced by its plain value (to read what a resource receives). */
export function revealed(value: any): any {
  if (isSecretValue(value)) return revealed(value.value);
  if (Array.isArray(value)) return value.map(revealed);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revealed(v)]));
  return value;
}

/** The inputs with every secret replaced by "[secret]" (what may be shown in plain text). */
export function redacted(value: any): any {
  if (isSecretValue(value)) return '[secret]';
  if (Array.isArray(value)) return value.map(redacted);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redacted(v)]));
  return value;
}

/** What the registry side returns: write credentials (a secret token) and a pushed image's digest. */
export const MOCK_REGISTRY = {
  token: 'registry-token-SECRET-3c3c',
  get dockerCredentials(): string {
    const auth = Buffer.from(`${this.token}:${this.token}`).toString('base64');
    return JSON.stringify({ auths: { 'registry.digitalocean.com': { auth } } });
  },
  digest: `sha256:${'ab12'.repeat(16)}`,
};

/**
 * This repo's example platform through the component, as `stacks/index.ts` declares it, with
 * `settings` in code. Required after installMocks: Pulumi binds to the monitor when it loads.
 */
export function deployExample(settings: Partial<CalvinPlatformSettings>, secrets: CalvinPlatformSecrets, more: Omit<Partial<CalvinPlatformArgs>, 'platform' | 'settings' | 'secrets'> = {}): CalvinPlatform {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const component = require('../../pulumi') as typeof import('../../pulumi');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { examplePlatform } = require('../../examples/platform') as typeof import('../../examples/platform');
  return new component.CalvinPlatform('calvin', { ...more, platform: examplePlatform, settings, secrets });
}
