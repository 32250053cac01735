import { Duration, Testing } from 'cdk8s';
import { CustomerApp, CustomerAppProps, ModelService, PlatformStack, Tenant } from '../../constructs';
import { errorOf, findObject, synthPlatform, TEST_TLS } from '../helpers';

const IMAGE = 'registry.example.com/shop:v2';
const app = (props: Partial<CustomerAppProps>) => synthPlatform((p) => { new CustomerApp(p, 'shop', { image: IMAGE, ...props }); });

describe('CustomerApp rollout', () => {
  test('kserve: canaryPercent becomes the predictor\'s canaryTrafficPercent; schema-valid', () => {
    expect(findObject(app({ rollout: { canaryPercent: 10 } }), 'InferenceService', 'shop').spec.predictor.canaryTrafficPercent).toBe(10);
    expect(findObject(app({}), 'InferenceService', 'shop').spec.predictor).not.toHaveProperty('canaryTrafficPercent');
  });

  test('knative: the revision is named <app>-<revision>, and the traffic splits between the tagged candidate and the previous revision', () => {
    const service = findObject(app({ engine: 'knative', rollout: { canaryPercent: 20, revision: 'v2', previousRevision: 'v1' } }), 'Service', 'shop');
    expect(service.spec.template.metadata.name).toBe('shop-v2');
    expect(service.spec.traffic).toEqual([
      { latestRevision: true, percent: 20, tag: 'candidate' },
      { revisionName: 'shop-v1', percent: 80, tag: 'current' },
    ]);
  });

  test('knative blue/green: the candidate at 0 % with its own tag, then 100 %; a gradual shift sets rollout-duration', () => {
    const green = findObject(app({ engine: 'knative', rollout: { canaryPercent: 0, revision: 'v2', previousRevision: 'v1' } }), 'Service', 'shop');
    expect(green.spec.traffic.map((t: any) => [t.tag, t.percent])).toEqual([['candidate', 0], ['current', 100]]);
    const done = findObject(app({ engine: 'knative', rollout: { canaryPercent: 100, revision: 'v2', duration: Duration.minutes(10) } }), 'Service', 'shop');
    expect(done.spec.traffic).toEqual([{ latestRevision: true, percent: 100, tag: 'candidate' }]);
    expect(done.metadata.annotations).toEqual({ 'serving.knative.dev/rollout-duration': '600s' });
  });

  test.each([
    [{ canaryPercent: 120 }, 'kserve', 'calvin/shop: rollout.canaryPercent 120 is not an integer from 0 to 100'],
    [{ canaryPercent: 10, revision: 'v2' }, 'kserve', 'calvin/shop: rollout.revision "v2" applies to the knative engine only'],
    [{ canaryPercent: 10, previousRevision: 'v1' }, 'knative', 'calvin/shop: rollout.revision is required with the knative engine'],
    [{ canaryPercent: 10, revision: 'v2' }, 'knative', 'calvin/shop: rollout.previousRevision is required while canaryPercent is below 100'],
    [{ canaryPercent: 10, revision: 'v2', previousRevision: 'v2' }, 'knative', 'calvin/shop: rollout.previousRevision "v2" is the same as revision'],
    [{ canaryPercent: 10, revision: 'V2_', previousRevision: 'v1' }, 'knative', 'calvin/shop: rollout.revision "V2_" is not a revision suffix: "shop-<suffix>" must be a DNS-1123 label'],
    [{ canaryPercent: 10, revision: 'x'.repeat(60), previousRevision: 'v1' }, 'knative', 'is not a revision suffix'],
    [{ canaryPrecent: 10 }, 'kserve', 'calvin/shop: rollout.canaryPrecent: unknown prop; did you mean "canaryPercent"?'],
  ])('refuses %j on %s', (rollout, engine, message) => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    expect(errorOf(() => new CustomerApp(platform, 'shop', { image: IMAGE, engine: engine as any, rollout: rollout as any }))).toContain(message);
  });
});

describe('ModelService rollout', () => {
  const model = (rollout?: object) => synthPlatform((p) => {
    new ModelService(new Tenant(p, 'acme', {}), 'iris', { modelFormat: 'sklearn', storageUri: 's3://models/iris/2/', rollout: rollout as any });
  });

  test('canaryPercent becomes the predictor\'s canaryTrafficPercent; schema-valid', () => {
    expect(findObject(model({ canaryPercent: 25 }), 'InferenceService', 'iris').spec.predictor.canaryTrafficPercent).toBe(25);
    expect(findObject(model(), 'InferenceService', 'iris').spec.predictor).not.toHaveProperty('canaryTrafficPercent');
  });

  test('knative-only settings and bad percentages are refused naming the model', () => {
    expect(errorOf(() => model({ canaryPercent: -1, revision: 'v2' }))).toBe(
      'calvin/acme/iris: rollout.canaryPercent -1 is not an integer from 0 to 100\n'
      + 'calvin/acme/iris: rollout.revision "v2" applies to the knative engine only (KServe names revisions and keeps the previous one itself)');
  });
});
