/**
 * The whole resource graph under Pulumi's mocks: every namespaced object's namespace and every
 * custom resource's CRD must be created by the resource that applies it or by one it (transitively)
 * depends on. Objects come from the vendored KServe release manifests (test/fixtures/kserve), the
 * recorded contents of the other release manifests (pulumi/release-namespaces.ts), the synthesized
 * platform's ConfigGroups and the program's own typed resources.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { ACME_EMAIL, APP_SECRETS, DeclaredResource, deployExample, installMocks, Recorder, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: any };
/** What applying one declared resource creates, and what must exist for it to apply. */
interface GraphNode {
  readonly resource: DeclaredResource;
  readonly namespaces: Set<string>;
  /** `<group>/<Kind>` → whether its objects are namespaced. */
  readonly crds: Map<string, boolean>;
  readonly needs: Array<{ what: string; namespace?: string; crd?: string }>;
}

const BUILTIN_GROUPS = new Set(['', 'apps', 'batch', 'policy', 'autoscaling', 'rbac.authorization.k8s.io', 'apiextensions.k8s.io', 'admissionregistration.k8s.io',
  'networking.k8s.io', 'storage.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io', 'node.k8s.io', 'apiregistration.k8s.io',
  'certificates.k8s.io', 'events.k8s.io', 'flowcontrol.apiserver.k8s.io']);
const CLUSTER_SCOPED_BUILTINS = new Set(['Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'StorageClass',
  'CSIDriver', 'CSINode', 'VolumeAttachment', 'PriorityClass', 'IngressClass', 'RuntimeClass', 'APIService', 'CertificateSigningRequest', 'FlowSchema',
  'PriorityLevelConfiguration']);
const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');

let recorder: Recorder;
let releases: typeof import('../../pulumi/release-namespaces');
let kserveVersion: string;

beforeAll(async () => {
  recorder = await installMocks();
  releases = await import('../../pulumi/release-namespaces');
  const calvin = deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS));
  kserveVersion = calvin.config.versions.kserve;
  await settled(calvin);
});

/** The vendored objects of one KServe release file (the fixture README says where they come from). */
function kserveFixture(file: 'kserve.objects.yaml' | 'kserve-cluster-resources.yaml'): KubeObject[] {
  const dir = path.join(__dirname, '..', 'fixtures', 'kserve', `v${kserveVersion}`);
  if (!fs.existsSync(dir)) throw new Error(`no vendored KServe manifests for the pinned v${kserveVersion} in ${dir}; vendor them (see test/fixtures/kserve/*/README.md)`);
  return YAML.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS()).filter(Boolean);
}

function nodeFromObjects(resource: DeclaredResource, objects: KubeObject[]): GraphNode {
  const node: GraphNode = { resource, namespaces: new Set(), crds: new Map(), needs: [] };
  for (const o of objects) {
    if (o.kind === 'Namespace') node.namespaces.add(o.metadata.name);
    if (o.kind === 'CustomResourceDefinition') node.crds.set(`${o.spec.group}/${o.spec.names.kind}`, o.spec.scope === 'Namespaced');
  }
  for (const o of objects) {
    const what = `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
    // A custom resource is namespaced if its CRD says so (kustomize sets a namespace on cluster-scoped ones too).
    if (!BUILTIN_GROUPS.has(groupOf(o.apiVersion))) node.needs.push({ what, crd: `${groupOf(o.apiVersion)}/${o.kind}`, namespace: o.metadata.namespace });
    else if (!CLUSTER_SCOPED_BUILTINS.has(o.kind)) node.needs.push({ what, namespace: o.metadata.namespace ?? 'default' });
  }
  return node;
}

/** A release manifest that is built at release time, from what release-namespaces.ts records of it. */
function nodeFromRecord(resource: DeclaredResource, contents: import('../../pulumi/release-namespaces').ReleaseContents): GraphNode {
  return {
    resource,
    namespaces: new Set(contents.createsNamespaces),
    // Only the records' cluster-scoped types are named Cluster*; nothing here relies on more.
    crds: new Map(contents.createsCrds.map((gk) => [gk, !gk.split('/')[1].startsWith('Cluster')])),
    needs: [
      ...contents.objectNamespaces.map((namespace) => ({ what: `objects in ${namespace}`, namespace })),
      ...contents.customResources.map((crd) => ({ what: `${crd} objects`, crd })),
    ],
  };
}

function graphNodes(): GraphNode[] {
  return recorder.resources.filter((r) => r.type.startsWith('kubernetes:') && !r.read).map((r) => {
    if (r.type === 'kubernetes:yaml/v2:ConfigFile') {
      const file = String(r.inputs.file);
      if (r.name === 'kserve') return nodeFromObjects(r, kserveFixture('kserve.objects.yaml'));
      if (r.name === 'kserveRuntimes') return nodeFromObjects(r, kserveFixture('kserve-cluster-resources.yaml'));
      const contents = releases.RELEASE_CONTENTS[r.name as keyof typeof releases.RELEASE_CONTENTS];
      if (!contents) throw new Error(`ConfigFile ${r.name} (${file}) has no entry in RELEASE_CONTENTS and no vendored manifest`);
      return nodeFromRecord(r, contents);
    }
    if (r.type === 'kubernetes:yaml/v2:ConfigGroup') return nodeFromObjects(r, r.inputs.objs);
    // A typed resource: `kubernetes:<group>/<version>:<Kind>`; a patch needs what its object needs.
    const [, groupVersion, kind] = r.type.split(':');
    const group = groupVersion.split('/')[0];
    return nodeFromObjects(r, [{ apiVersion: group === 'core' ? 'v1' : `${group}/v1`, kind: kind.replace(/Patch$/, ''), metadata: r.inputs.metadata }]);
  });
}

/** Every need that neither the resource itself nor anything it transitively depends on creates. */
function unmetNeeds(nodes: GraphNode[]): string[] {
  const byUrn = new Map(nodes.map((n) => [n.resource.urn, n]));
  const closure = (start: GraphNode): GraphNode[] => {
    const seen = new Set<string>([start.resource.urn]);
    const queue = [start.resource];
    for (let i = 0; i < queue.length; i++) {
      for (const urn of queue[i].dependencies) {
        const dep = recorder.resources.find((r) => r.urn === urn);
        if (dep && !seen.has(urn)) { seen.add(urn); queue.push(dep); }
      }
    }
    return [...seen].map((urn) => byUrn.get(urn)).filter((n): n is GraphNode => n !== undefined);
  };
  const problems: string[] = [];
  for (const node of nodes) {
    const before = closure(node);
    const label = `${node.resource.type.split(':').at(-1)} "${node.resource.name}"`;
    const missing = (what: string, needed: string): string => `${label}: ${what} needs ${needed}, which no resource it depends on creates`;
    for (const need of node.needs) {
      const crd = need.crd ? before.find((n) => n.crds.has(need.crd!)) : undefined;
      if (need.crd && !crd) problems.push(missing(need.what, `the CRD of ${need.crd}`));
      // Without its CRD the scope is unknown: a namespace given is then taken as needed.
      const namespaced = !need.crd || !crd || crd.crds.get(need.crd) === true;
      const namespace = need.namespace ?? (need.crd ? undefined : 'default');
      if (namespaced && namespace && !releases.BUILTIN_NAMESPACES.includes(namespace) && !before.some((n) => n.namespaces.has(namespace))) {
        problems.push(missing(need.what, `namespace "${namespace}"`));
      }
    }
  }
  return problems;
}

describe('resource graph', () => {
  test('every namespace and CRD an object needs is created by the resource that applies it or one it depends on', () => {
    const nodes = graphNodes();
    expect(nodes.map((n) => n.resource.name)).toEqual(expect.arrayContaining(['kserve', 'kserveRuntimes', 'platform', 'platform-namespaces', 'knativeCore']));
    expect(nodes.flatMap((n) => n.needs).length).toBeGreaterThan(50);
    expect(unmetNeeds(nodes)).toEqual([]);
  });

  test('the check has teeth: without the stack\'s own Namespace resources, KServe\'s objects have no namespace', () => {
    const problems = unmetNeeds(graphNodes().filter((n) => n.resource.type !== 'kubernetes:core/v1:Namespace'));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ConfigFile "kserve": Deployment kserve\/kserve-controller-manager needs namespace "kserve"/),
      expect.stringMatching(/^ConfigFile "kserveRuntimes": LLMInferenceServiceConfig kserve\/.* needs namespace "kserve"/),
      expect.stringMatching(/^ConfigMapPatch "kserve-inferenceservice-config": ConfigMap kserve\/inferenceservice-config needs namespace "kserve"/),
    ]));
  });

  test('the check has teeth: without Knative and cert-manager, the platform\'s and KServe\'s custom resources and Kourier\'s namespace are missing', () => {
    const problems = unmetNeeds(graphNodes().filter((n) => !['knativeCrds', 'knativeCore', 'certManager'].includes(n.resource.name)));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ConfigGroup "platform": DomainMapping .* needs the CRD of serving\.knative\.dev\/DomainMapping/),
      expect.stringMatching(/^ConfigFile "kourier": objects in knative-serving needs namespace "knative-serving"/),
      expect.stringMatching(/^ConfigFile "kserve": Certificate kserve\/serving-cert needs the CRD of cert-manager\.io\/Certificate/),
      expect.stringMatching(/^ConfigGroup "platform-tls": ClusterIssuer letsencrypt-staging needs the CRD of cert-manager\.io\/ClusterIssuer/),
      expect.stringMatching(/^ConfigGroup "platform-tls": Certificate calvin-apps\/wildcard-tls needs the CRD of cert-manager\.io\/Certificate/),
      expect.stringMatching(/^Secret "cert-manager-dns-token": Secret cert-manager\/digitalocean-dns needs namespace "cert-manager"/),
    ]));
  });

  test('what release-namespaces.ts records of KServe matches its vendored manifests', () => {
    for (const [layer, file] of [['kserve', 'kserve.objects.yaml'], ['kserveRuntimes', 'kserve-cluster-resources.yaml']] as const) {
      const objects = kserveFixture(file);
      const recorded = releases.RELEASE_CONTENTS[layer];
      const custom = objects.filter((o) => !BUILTIN_GROUPS.has(groupOf(o.apiVersion)));
      expect({
        createsNamespaces: objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name),
        objectNamespaces: [...new Set(objects.flatMap((o) => o.metadata.namespace ?? []))].sort(),
        createsCrds: objects.filter((o) => o.kind === 'CustomResourceDefinition').map((o) => `${o.spec.group}/${o.spec.names.kind}`).sort(),
        customResources: [...new Set(custom.map((o) => `${groupOf(o.apiVersion)}/${o.kind}`))].sort(),
      }).toEqual({
        createsNamespaces: [...recorded.createsNamespaces],
        objectNamespaces: [...recorded.objectNamespaces].sort(),
        createsCrds: [...recorded.createsCrds].sort(),
        customResources: [...recorded.customResources].sort(),
      });
    }
  });
});
