import { Testing } from 'cdk8s';
import { APPLY_SET_ID_LABEL, APPLY_SET_PART_OF_LABEL, applySetId } from '../../contracts/apply-set';
import { PlatformStack } from '../../constructs';
import { examplePlatform } from '../../examples/platform';
import { synthApp, synthChart, synthPlatform, TEST_TLS } from '../helpers';

const parentId = (namespace: string, name = 'calvin-applyset'): string => applySetId({ name, namespace, kind: 'Secret', group: '' });

describe('PlatformStack applySet', () => {
  test('the example: every object but the parents carries the part-of label of its namespace\'s set (cluster-scoped: the system namespace\'s)', () => {
    const app = Testing.app();
    // The platform's chart: the example's FluxDelivery is a chart of its own, outside the platform's sets
    // (calvin apply gives it a set of its own in Flux's namespace).
    const docs = synthChart(examplePlatform(app));
    expect(synthApp(app).filter((d) => !d.metadata.labels?.[APPLY_SET_PART_OF_LABEL] && !d.metadata.labels?.[APPLY_SET_ID_LABEL]).map((d) => d.apiVersion.split('/')[0]))
      .toEqual(['source.toolkit.fluxcd.io', 'kustomize.toolkit.fluxcd.io', 'kustomize.toolkit.fluxcd.io', 'kustomize.toolkit.fluxcd.io']);
    const parents = docs.filter((d) => d.metadata.labels?.[APPLY_SET_ID_LABEL]);
    const members = docs.filter((d) => !d.metadata.labels?.[APPLY_SET_ID_LABEL]);
    expect(members.length).toBeGreaterThan(20);
    for (const doc of members) {
      expect([doc.kind, doc.metadata.name, doc.metadata.labels[APPLY_SET_PART_OF_LABEL]])
        .toEqual([doc.kind, doc.metadata.name, parentId(doc.metadata.namespace ?? 'calvin-system')]);
    }
    expect(parents.map((p) => [p.kind, p.metadata.namespace, p.metadata.name, p.metadata.labels[APPLY_SET_ID_LABEL]])).toEqual([
      ['Secret', 'acme', 'calvin-applyset', parentId('acme')],
      ['Secret', 'calvin-apps', 'calvin-applyset', parentId('calvin-apps')],
      ['Secret', 'calvin-system', 'calvin-applyset', parentId('calvin-system')],
    ]);
    for (const parent of parents) expect(parent.metadata.labels[APPLY_SET_PART_OF_LABEL]).toBeUndefined();
  });

  test('a parent lists its members\' group kinds as kubectl writes them, sorted; tooling kubectl; no additional namespaces', () => {
    const docs = synthPlatform(() => undefined, { applySet: { name: 'my-set' } });
    const system = docs.find((d) => d.kind === 'Secret' && d.metadata.namespace === 'calvin-system');
    expect(system.metadata).toEqual({
      name: 'my-set',
      namespace: 'calvin-system',
      labels: { 'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime', [APPLY_SET_ID_LABEL]: parentId('calvin-system', 'my-set') },
      annotations: {
        'applyset.kubernetes.io/tooling': 'kubectl/v1.33',
        'applyset.kubernetes.io/contains-group-kinds': 'ClusterIssuer.cert-manager.io,ConfigMap,Deployment.apps,Namespace,PodDisruptionBudget.policy,Service,ServiceAccount',
        'applyset.kubernetes.io/additional-namespaces': '',
      },
    });
  });

  test('off by default: no label, no parent', () => {
    const docs = synthPlatform();
    expect(docs.filter((d) => d.metadata.labels?.[APPLY_SET_PART_OF_LABEL] || d.kind === 'Secret')).toEqual([]);
  });

  test.each([
    [{ name: 'Bad_Name' }, /applySet\.name.*Bad_Name.*DNS-1123/],
    [{ nmae: 'x' }, /applySet\.nmae.*did you mean "name"/],
  ])('refuses applySet %j', (applySet, message) => {
    expect(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, applySet: applySet as any })).toThrow(message);
  });
});
