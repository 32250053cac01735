/**
 * One order of delivery: the Pulumi component's ConfigGroups are the layers of
 * contracts/delivery-layers.ts, each depending on the same layers as FluxDelivery's Kustomization.
 */
import { Testing } from 'cdk8s';
import { FluxDelivery } from '../../constructs';
import { DELIVERY_LAYERS, deliveryLayerOf } from '../../contracts/delivery-layers';
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, Recorder, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

let recorder: Recorder;

beforeAll(async () => {
  recorder = await installMocks();
  await settled(deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS)));
});

/** The component's ConfigGroup of a layer: `platform-<layer>`, the last layer plain `platform`. */
const groupOf = (layer: string): string => (layer === 'platform' ? 'platform' : `platform-${layer}`);

test('each ConfigGroup holds exactly the objects of its layer', () => {
  for (const layer of DELIVERY_LAYERS) {
    const objects = recorder.one('kubernetes:yaml/v2:ConfigGroup', groupOf(layer.name)).inputs.objs as any[];
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.filter((o) => deliveryLayerOf(o).name !== layer.name).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
  }
});

test('the ConfigGroups depend on each other as the Flux Kustomizations do', () => {
  const groups = new Set(DELIVERY_LAYERS.map((l) => groupOf(l.name)));
  const pulumiOrder = DELIVERY_LAYERS.map((layer) => recorder.dependencyNames(recorder.one('kubernetes:yaml/v2:ConfigGroup', groupOf(layer.name))).filter((name) => groups.has(name)));
  const flux = new FluxDelivery(Testing.app(), 'calvin', { source: { git: { url: 'https://github.com/my-org/platform' } } });
  const fluxOrder = Testing.synth(flux).filter((d) => d.kind === 'Kustomization')
    .map((k) => (k.spec.dependsOn ?? []).map((d: any) => groupOf(d.name.replace(/^calvin-/, ''))).sort());
  expect(pulumiOrder).toEqual(fluxOrder);
  expect(fluxOrder).toEqual([[], ['platform-namespaces'], ['platform-namespaces', 'platform-tls']]);
});
