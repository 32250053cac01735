/**
 * The resource-graph checks over what a Pulumi program declared under the mocks (test/stacks/mocks.ts):
 * every namespaced object's namespace and every custom resource's CRD must be created by the resource
 * that applies it or by one it (transitively) depends on, and no object is declared by two resources.
 * Objects come from the vendored release manifests of the pinned versions (test/fixtures/), the
 * synthesized platform's ConfigGroups and the program's own typed resources. Used for this repo's
 * example (graph.test.ts), the example with the component's public Grafana (grafana-graph.test.ts)
 * and the `calvin init` scaffold's platform (scaffold-graph.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import type { StackConfig } from '../../pulumi';
import { BUILTIN_NAMESPACES } from '../../pulumi/release-namespaces';
import type { DeclaredResource, Recorder } from './mocks';

export type Versions = StackConfig['versions'];
export type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: any };
/** What applying one declared resource creates, and what must exist for it to apply. */
export interface GraphNode {
  readonly resource: DeclaredResource;
  readonly namespaces: Set<string>;
  /** `<group>/<Kind>` → whether its objects are namespaced. */
  readonly crds: Map<string, boolean>;
  readonly needs: Array<{ what: string; namespace?: string; crd?: string }>;
  /** The objects it creates (a patch creates none), for the check that no object is declared twice. */
  readonly objects: KubeObject[];
}

export const BUILTIN_GROUPS = new Set(['', 'apps', 'batch', 'policy', 'autoscaling', 'rbac.authorization.k8s.io', 'apiextensions.k8s.io', 'admissionregistration.k8s.io',
  'networking.k8s.io', 'storage.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io', 'node.k8s.io', 'apiregistration.k8s.io',
  'certificates.k8s.io', 'events.k8s.io', 'flowcontrol.apiserver.k8s.io']);
const CLUSTER_SCOPED_BUILTINS = new Set(['Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'StorageClass',
  'CSIDriver', 'CSINode', 'VolumeAttachment', 'PriorityClass', 'IngressClass', 'RuntimeClass', 'APIService', 'CertificateSigningRequest', 'FlowSchema',
  'PriorityLevelConfiguration']);
export const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');

/** The vendored objects of one release file of the pinned version (each fixture's README says where they come from). */
export function releaseFixture(project: string, version: string, file: string): KubeObject[] {
  const dir = path.join(__dirname, '..', 'fixtures', project, `v${version}`);
  if (!fs.existsSync(dir)) throw new Error(`no vendored ${project} manifests for the pinned v${version} in ${dir}; vendor them (see test/fixtures/${project}/*/README.md)`);
  return YAML.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS()).filter(Boolean);
}
/** The vendored objects each release layer applies. */
export function layerFixture(layer: string, versions: Versions): KubeObject[] | undefined {
  const kserveFixture = (file: string): KubeObject[] => releaseFixture('kserve', versions.kserve, file);
  switch (layer) {
    case 'kserve': return kserveFixture('kserve.objects.yaml');
    case 'kserveRuntimes': return kserveFixture('kserve-cluster-resources.yaml');
    case 'knativeCrds': return releaseFixture('knative-serving', versions.knativeServing, 'serving-crds.objects.yaml');
    case 'knativeCore': return releaseFixture('knative-serving', versions.knativeServing, 'serving-core.objects.yaml');
    case 'kourier': return releaseFixture('net-kourier', versions.kourier, 'kourier.objects.yaml');
    case 'certManager': return releaseFixture('cert-manager', versions.certManager, 'cert-manager.objects.yaml');
    case 'keda': return releaseFixture('keda', versions.keda, 'keda.objects.yaml');
    case 'externalSecrets': return releaseFixture('external-secrets', versions.externalSecrets, 'external-secrets.objects.yaml');
    default: return undefined;
  }
}

function nodeFromObjects(resource: DeclaredResource, objects: KubeObject[]): GraphNode {
  const node: GraphNode = { resource, namespaces: new Set(), crds: new Map(), needs: [], objects };
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

export function graphNodes(recorder: Recorder, versions: Versions): GraphNode[] {
  return recorder.resources.filter((r) => r.type.startsWith('kubernetes:') && !r.read).map((r) => {
    if (r.type === 'kubernetes:yaml/v2:ConfigFile') {
      const file = String(r.inputs.file);
      const objects = layerFixture(r.name, versions);
      if (!objects) throw new Error(`ConfigFile ${r.name} (${file}) has no vendored manifest`);
      return nodeFromObjects(r, objects);
    }
    if (r.type === 'kubernetes:yaml/v2:ConfigGroup') return nodeFromObjects(r, r.inputs.objs);
    // kube-prometheus-stack (pulumi/monitoring.ts): its CRDs from the vendored chart; its objects need its namespace.
    if (r.type === 'kubernetes:helm.sh/v4:Chart' && r.name === 'kube-prometheus-stack') {
      const node = nodeFromObjects(r, releaseFixture('kube-prometheus-stack', String(r.inputs.version), 'crds.objects.yaml'));
      return { ...node, needs: [...node.needs, { what: 'the release\'s objects', namespace: String(r.inputs.namespace) }] };
    }
    // A typed resource: `kubernetes:<group>/<version>:<Kind>`; a patch needs what its object needs.
    const [, groupVersion, kind] = r.type.split(':');
    const group = groupVersion.split('/')[0];
    const node = nodeFromObjects(r, [{ apiVersion: group === 'core' ? 'v1' : `${group}/v1`, kind: kind.replace(/Patch$/, ''), metadata: r.inputs.metadata }]);
    return kind.endsWith('Patch') ? { ...node, objects: [] } : node;
  });
}

/**
 * Objects (`group/kind/namespace/name`) two resources declare: since pulumi-kubernetes 4.29 the
 * second create fails with AlreadyExists. Patches take over fields of an existing object and are left out.
 */
export function declaredTwice(nodes: GraphNode[], crdScopes: Map<string, boolean>): string[] {
  const owners = new Map<string, string[]>();
  for (const node of nodes) {
    for (const o of node.objects) {
      const group = groupOf(o.apiVersion);
      const namespaced = BUILTIN_GROUPS.has(group) ? !CLUSTER_SCOPED_BUILTINS.has(o.kind) : crdScopes.get(`${group}/${o.kind}`) !== false;
      const key = `${group || 'core'}/${o.kind}/${namespaced ? (o.metadata.namespace ?? 'default') : ''}/${o.metadata.name}`;
      owners.set(key, [...(owners.get(key) ?? []), node.resource.name]);
    }
  }
  return [...owners.entries()].filter(([, names]) => names.length > 1).map(([key, names]) => `${key}: declared by ${names.join(', ')}`);
}

/** Every need that neither the resource itself nor anything it transitively depends on creates. */
export function unmetNeeds(recorder: Recorder, nodes: GraphNode[]): string[] {
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
      if (namespaced && namespace && !BUILTIN_NAMESPACES.includes(namespace) && !before.some((n) => n.namespaces.has(namespace))) {
        problems.push(missing(need.what, `namespace "${namespace}"`));
      }
    }
  }
  return problems;
}

