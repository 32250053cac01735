import { Duration } from 'cdk8s';
import { errorOf, findObject, synthPlatform } from '../helpers';
import { appDocs, DefaultsTable, IMAGE, predictor } from './tables';
import { CustomerApp, CustomerAppProps, ModelService } from '../../constructs';

const knative = (props: Partial<CustomerAppProps>) => findObject(synthPlatform((p) => { new CustomerApp(p, 'web', { image: IMAGE, engine: 'knative', ...props }); }), 'Service', 'web');

/** CustomerApp's and ModelService's rollout. */
export const ROLLOUT_DEFAULTS: DefaultsTable = {
  'ModelServiceProps.rollout': { documented: 'none: a new version takes all the traffic at once', check: () => {
    const model = (props: object) => findObject(synthPlatform((p) => {
      new ModelService(p, 'iris', { modelFormat: 'sklearn', storageUri: 's3://models/iris/1/', ...props });
    }), 'InferenceService', 'iris');
    expect(model({}).spec.predictor).not.toHaveProperty('canaryTrafficPercent');
    expect(model({})).toEqual(model({ rollout: undefined }));
  } },
  'CustomerAppProps.rollout': { documented: 'none: a new version takes all the traffic at once', check: () => {
    expect(predictor()).not.toHaveProperty('canaryTrafficPercent');
    expect(knative({}).spec).not.toHaveProperty('traffic');
    expect(appDocs()).toEqual(appDocs({ rollout: undefined }));
  } },
  'AppRollout.revision': { documented: 'none: required with the knative engine', check: () => {
    expect(() => appDocs({ rollout: { canaryPercent: 10 } })).not.toThrow();
    expect(errorOf(() => knative({ rollout: { canaryPercent: 100 } }))).toMatch(/rollout\.revision is required with the knative engine/);
  } },
  'AppRollout.previousRevision': { documented: 'none: required with the knative engine when canaryPercent is below 100', check: () => {
    expect(knative({ rollout: { canaryPercent: 100, revision: 'v2' } }).spec.traffic).toEqual([{ latestRevision: true, percent: 100, tag: 'candidate' }]);
    expect(errorOf(() => knative({ rollout: { canaryPercent: 50, revision: 'v2' } }))).toMatch(/rollout\.previousRevision is required/);
  } },
  'AppRollout.duration': { documented: 'at once', check: () => {
    expect(knative({ rollout: { canaryPercent: 100, revision: 'v2' } }).metadata).not.toHaveProperty('annotations');
    expect(knative({ rollout: { canaryPercent: 100, revision: 'v2', duration: Duration.seconds(60) } }).metadata.annotations).toEqual({ 'serving.knative.dev/rollout-duration': '60s' });
  } },
};
