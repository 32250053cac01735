/**
 * The resource-graph checks (graph.ts: no object declared twice, namespaces and CRDs before the
 * objects that need them) over the example deployed with the component's public Grafana
 * (`grafana: { public: true }`, pulumi/monitoring.ts): its Certificate (cert-manager's CRD, the
 * monitoring namespace) and its Kourier route (a KIngress: Knative's CRD) are typed resources that
 * the example's own graph (graph.test.ts, cluster-local Grafana) never declares.
 */
import { declaredTwice, graphNodes, unmetNeeds, Versions } from './graph';
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, Recorder, settled, stackSecrets, valueOf } from './mocks';

jest.setTimeout(60_000);

let recorder: Recorder;
let versions: Versions;

beforeAll(async () => {
  recorder = await installMocks();
  const calvin = deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS), { grafana: { public: true } });
  versions = calvin.config.versions;
  await settled(calvin);
  expect(await valueOf(calvin.grafanaUrl)).toBe('https://grafana.apps.example.com');
});

/** The typed resources public Grafana adds, as graph nodes. */
const grafanaNodes = () => graphNodes(recorder, versions).filter((n) => ['grafana-certificate', 'grafana-ingress'].includes(n.resource.name));

describe('resource graph of the example with public Grafana', () => {
  test('its Certificate and KIngress are in the graph, with what they need', () => {
    expect(grafanaNodes().map((n) => [n.resource.type, n.needs])).toEqual([
      ['kubernetes:cert-manager.io/v1:Certificate', [{ what: 'Certificate monitoring/grafana-tls', crd: 'cert-manager.io/Certificate', namespace: 'monitoring' }]],
      ['kubernetes:networking.internal.knative.dev/v1alpha1:Ingress', [{ what: 'Ingress monitoring/grafana', crd: 'networking.internal.knative.dev/Ingress', namespace: 'monitoring' }]],
    ]);
  });

  test('no Kubernetes object is declared by two resources (Patch resources aside), over the vendored release manifests', () => {
    const nodes = graphNodes(recorder, versions);
    expect(nodes.flatMap((n) => n.objects).length).toBeGreaterThan(150);
    expect(declaredTwice(nodes, new Map(nodes.flatMap((n) => [...n.crds.entries()])))).toEqual([]);
  });

  test('every namespace and CRD an object needs is created by the resource that applies it or one it depends on', () => {
    expect(unmetNeeds(recorder, graphNodes(recorder, versions))).toEqual([]);
  });

  test('the check has teeth: public Grafana\'s resources without their dependencies miss their CRDs and namespace', () => {
    const nodes = graphNodes(recorder, versions).map((n) => (grafanaNodes().some((g) => g.resource.urn === n.resource.urn)
      ? { ...n, resource: { ...n.resource, dependencies: [] } } : n));
    expect(unmetNeeds(recorder, nodes)).toEqual([
      'Certificate "grafana-certificate": Certificate monitoring/grafana-tls needs the CRD of cert-manager.io/Certificate, which no resource it depends on creates',
      'Certificate "grafana-certificate": Certificate monitoring/grafana-tls needs namespace "monitoring", which no resource it depends on creates',
      'Ingress "grafana-ingress": Ingress monitoring/grafana needs the CRD of networking.internal.knative.dev/Ingress, which no resource it depends on creates',
      'Ingress "grafana-ingress": Ingress monitoring/grafana needs namespace "monitoring", which no resource it depends on creates',
    ]);
  });

  test('the check has teeth: a second declaration of Grafana\'s Certificate is found', () => {
    const nodes = graphNodes(recorder, versions);
    const [certificate] = grafanaNodes();
    const again = { ...certificate, resource: { ...certificate.resource, name: 'grafana-certificate-again' } };
    expect(declaredTwice([...nodes, again], new Map(nodes.flatMap((n) => [...n.crds.entries()])))).toEqual([
      'cert-manager.io/Certificate/monitoring/grafana-tls: declared by grafana-certificate, grafana-certificate-again',
    ]);
  });
});
