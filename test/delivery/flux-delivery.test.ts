import { Testing } from 'cdk8s';
import { FluxDelivery, FluxDeliveryProps } from '../../constructs';
import { DELIVERY_LAYERS, deliveryLayerOf } from '../../contracts/delivery-layers';
import { examplePlatform } from '../../examples/platform';
import { errorOf, schemaProblems, synthApp, synthChart } from '../helpers';

const GIT = { git: { url: 'https://github.com/my-org/platform' } };

function synthFlux(props: Partial<FluxDeliveryProps> = {}): any[] {
  const docs = synthChart(new FluxDelivery(Testing.app(), 'calvin', { source: GIT, ...props }));
  expect(schemaProblems(docs)).toEqual([]);
  return docs;
}

describe('FluxDelivery', () => {
  test('a GitRepository and one pruning, waiting Kustomization per layer, each depending on the layers before it; schema-valid', () => {
    const docs = synthFlux();
    expect(docs[0]).toEqual({
      apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository',
      metadata: { name: 'calvin', namespace: 'flux-system' },
      spec: { interval: '5m', url: 'https://github.com/my-org/platform', ref: { branch: 'main' } },
    });
    const kustomizations = docs.filter((d) => d.kind === 'Kustomization');
    expect(kustomizations.map((k) => [k.metadata.name, k.spec.path, (k.spec.dependsOn ?? []).map((d: any) => d.name)])).toEqual([
      ['calvin-namespaces', './dist/namespaces', []],
      ['calvin-tls', './dist/tls', ['calvin-namespaces']],
      ['calvin-platform', './dist/platform', ['calvin-namespaces', 'calvin-tls']],
    ]);
    for (const k of kustomizations) {
      expect(k.spec).toEqual(expect.objectContaining({ prune: true, wait: true, timeout: '5m', interval: '5m', sourceRef: { kind: 'GitRepository', name: 'calvin' } }));
    }
  });

  test('an OCI source with a tag and credentials, another path, interval and timeout', () => {
    const docs = synthFlux({ source: { oci: { url: 'oci://ghcr.io/my-org/platform', tag: 'v3', secretName: 'ghcr' } }, path: './k8s/', interval: '1m', timeout: '10m' });
    expect(docs[0]).toEqual(expect.objectContaining({ kind: 'OCIRepository', spec: { interval: '1m', url: 'oci://ghcr.io/my-org/platform', ref: { tag: 'v3' }, secretRef: { name: 'ghcr' } } }));
    expect(docs.filter((d) => d.kind === 'Kustomization').map((k) => [k.spec.path, k.spec.timeout, k.spec.sourceRef.kind]))
      .toEqual([['./k8s/namespaces', '10m', 'OCIRepository'], ['./k8s/tls', '10m', 'OCIRepository'], ['./k8s/platform', '10m', 'OCIRepository']]);
  });

  test('every object of the example platform falls in a layer, and every layer the Kustomizations apply holds some', () => {
    const app = Testing.app();
    examplePlatform(app);
    const layers = new Set(synthApp(app).map((o) => deliveryLayerOf(o).name));
    expect(Array.from(layers).sort()).toEqual(DELIVERY_LAYERS.map((l) => l.name).sort());
  });

  test.each([
    [{ source: {} }, 'calvin: source {} needs exactly one of git ({ url, branch? }) or oci ({ url, tag? })'],
    [{ source: { ...GIT, oci: { url: 'oci://x/y' } } }, 'needs exactly one of git'],
    [{ source: { git: { url: 'github.com/my-org/platform' } } }, 'calvin: source.git.url "github.com/my-org/platform" is not an https:// or ssh:// URL'],
    [{ source: { oci: { url: 'https://ghcr.io/x' } } }, 'calvin: source.oci.url "https://ghcr.io/x" is not an oci:// URL'],
    [{ source: GIT, timeout: '5 minutes' }, 'calvin: timeout "5 minutes" is not a Go duration'],
    [{ source: GIT, path: '../elsewhere' }, 'calvin: path "../elsewhere" is not a path inside the repository'],
    [{ source: { git: { url: 'https://x/y', brnach: 'dev' } } }, 'calvin: source.git.brnach: unknown prop; did you mean "branch"?'],
  ])('refuses %j', (props, message) => {
    expect(errorOf(() => new FluxDelivery(Testing.app(), 'calvin', props as any))).toContain(message);
  });
});
