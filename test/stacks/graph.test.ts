/**
 * The whole resource graph under Pulumi's mocks: every namespaced object's namespace and every
 * custom resource's CRD must be created by the resource that applies it or by one it (transitively)
 * depends on, and no object is declared by two resources. Objects come from the vendored release
 * manifests of the pinned versions (test/fixtures/: KServe, Knative Serving, net-kourier, KEDA and
 * cert-manager), the synthesized platform's ConfigGroups and the program's own typed resources.
 */
import { BUILTIN_GROUPS, declaredTwice, graphNodes, groupOf, layerFixture, releaseFixture, unmetNeeds, Versions } from './graph';
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, Recorder, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

let recorder: Recorder;
let releases: typeof import('../../pulumi/release-namespaces');
let versions: Versions;

beforeAll(async () => {
  recorder = await installMocks();
  releases = await import('../../pulumi/release-namespaces');
  const calvin = deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS));
  versions = calvin.config.versions;
  await settled(calvin);
});

describe('resource graph', () => {
  test('no Kubernetes object is declared by two resources (Patch resources aside), over the vendored release manifests', () => {
    const nodes = graphNodes(recorder, versions);
    const scopes = new Map(nodes.flatMap((n) => [...n.crds.entries()]));
    expect(nodes.flatMap((n) => n.objects).length).toBeGreaterThan(150);
    expect(declaredTwice(nodes, scopes)).toEqual([]);
  });

  test('the check has teeth: Knative\'s CRDs applied on their own as well as with serving-core are each declared twice', () => {
    const nodes = graphNodes(recorder, versions);
    const core = nodes.find((n) => n.resource.name === 'knativeCore')!;
    const crdsAlone = { ...core, resource: { ...core.resource, name: 'knativeCrds' }, objects: releaseFixture('knative-serving', versions.knativeServing, 'serving-crds.objects.yaml') };
    const problems = declaredTwice([...nodes, crdsAlone], new Map());
    expect(problems).toContain('apiextensions.k8s.io/CustomResourceDefinition//services.serving.knative.dev: declared by knativeCore, knativeCrds');
    expect(problems).toHaveLength(12);
  });

  test('every namespace and CRD an object needs is created by the resource that applies it or one it depends on', () => {
    const nodes = graphNodes(recorder, versions);
    expect(nodes.map((n) => n.resource.name)).toEqual(expect.arrayContaining(['kserve', 'kserveRuntimes', 'platform', 'platform-namespaces', 'knativeCore']));
    expect(nodes.flatMap((n) => n.needs).length).toBeGreaterThan(50);
    expect(unmetNeeds(recorder, nodes)).toEqual([]);
  });

  test('the check has teeth: without the stack\'s own Namespace resources, KServe\'s objects have no namespace', () => {
    const problems = unmetNeeds(recorder, graphNodes(recorder, versions).filter((n) => n.resource.type !== 'kubernetes:core/v1:Namespace'));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ConfigFile "kserve": Deployment kserve\/kserve-controller-manager needs namespace "kserve"/),
      expect.stringMatching(/^ConfigFile "kserveRuntimes": LLMInferenceServiceConfig kserve\/.* needs namespace "kserve"/),
      expect.stringMatching(/^ConfigMapPatch "kserve-inferenceservice-config": ConfigMap kserve\/inferenceservice-config needs namespace "kserve"/),
    ]));
  });

  test('the check has teeth: without Knative and cert-manager, the platform\'s and KServe\'s custom resources and Kourier\'s namespace are missing', () => {
    const problems = unmetNeeds(recorder, graphNodes(recorder, versions).filter((n) => !['knativeCore', 'certManager'].includes(n.resource.name)));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ConfigGroup "platform": DomainMapping .* needs the CRD of serving\.knative\.dev\/DomainMapping/),
      expect.stringMatching(/^ConfigFile "kourier": Deployment knative-serving\/net-kourier-controller needs namespace "knative-serving"/),
      expect.stringMatching(/^ConfigFile "kserve": Certificate kserve\/serving-cert needs the CRD of cert-manager\.io\/Certificate/),
      expect.stringMatching(/^ConfigGroup "platform-tls": ClusterIssuer letsencrypt-staging needs the CRD of cert-manager\.io\/ClusterIssuer/),
      expect.stringMatching(/^ConfigGroup "platform-tls": Certificate calvin-apps\/wildcard-tls needs the CRD of cert-manager\.io\/Certificate/),
      expect.stringMatching(/^Secret "cert-manager-dns-token": Secret cert-manager\/digitalocean-dns needs namespace "cert-manager"/),
    ]));
  });

  test('cert-manager\'s release, complete: its Deployments, RBAC in kube-system and both webhook configurations, each of which the component makes wait for its CA bundle', async () => {
    const serving = await import('../../pulumi/serving');
    const objects = layerFixture('certManager', versions)!;
    const list = (kind: string): string[] => objects.filter((o) => o.kind === kind).map((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`).sort();
    expect(list('Deployment')).toEqual(['cert-manager/cert-manager', 'cert-manager/cert-manager-cainjector', 'cert-manager/cert-manager-webhook']);
    expect(list('Role')).toEqual(expect.arrayContaining(['kube-system/cert-manager-cainjector:leaderelection', 'kube-system/cert-manager:leaderelection']));
    const webhooks = objects.filter((o) => /WebhookConfiguration$/.test(o.kind));
    expect(webhooks.map((o) => o.kind).sort()).toEqual(['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']);
    for (const o of webhooks) {
      // yaml/v2 registers each object of the file as a typed child resource, which the transform receives.
      const result = await serving.waitForWebhookCaBundle({ type: `kubernetes:${o.apiVersion}:${o.kind}`, name: `certManager:${o.metadata.name}`, custom: true, props: o, opts: {} });
      expect([o.kind, result?.props.metadata.annotations]).toEqual([o.kind, expect.objectContaining({ 'pulumi.com/waitFor': serving.WEBHOOK_CA_BUNDLE_WAIT })]);
    }
  });

  test('the check has teeth: without the External Secrets Operator, the example\'s ExternalSecret has no CRD', () => {
    expect(graphNodes(recorder, versions).map((n) => n.resource.name)).toContain('externalSecrets');
    const problems = unmetNeeds(recorder, graphNodes(recorder, versions).filter((n) => n.resource.name !== 'externalSecrets'));
    expect(problems).toEqual([
      'ConfigGroup "platform": ExternalSecret calvin-apps/my-app-db needs the CRD of external-secrets.io/ExternalSecret, which no resource it depends on creates',
    ]);
  });

  test('what release-namespaces.ts records of each layer matches its vendored manifests', () => {
    for (const layer of ['certManager', 'kserve', 'kserveRuntimes', 'knativeCore', 'kourier', 'externalSecrets'] as const) {
      const objects = layerFixture(layer, versions)!;
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
