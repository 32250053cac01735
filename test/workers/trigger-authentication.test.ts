/**
 * KEDA's TriggerAuthentication and ClusterTriggerAuthentication are bundled as typed classes
 * (scripts/import-crds.ts), and the workers write theirs through the typed class, not as a raw
 * ApiObject: the generated props type checks the spec's shape, the closed schema the object.
 */
import { Chart, Testing } from 'cdk8s';
import { JobRunner, ManifestValidator, QueueWorker } from '../../constructs';
import { ClusterTriggerAuthentication } from '../../imports/keda-clustertriggerauthentication';
import { TriggerAuthentication } from '../../imports/keda-triggerauthentication';
import { findObject, synthPlatform } from '../helpers';

describe('KEDA credentials kinds as typed classes', () => {
  test('QueueWorker and JobRunner create their TriggerAuthentication with the typed class; the output is schema-valid', () => {
    let worker!: QueueWorker;
    let runner!: JobRunner;
    const docs = synthPlatform((p) => {
      worker = new QueueWorker(p, 'predictions', { image: 'ghcr.io/acme/worker:1', queue: 'predictions' });
      runner = new JobRunner(p, 'agents', { image: 'ghcr.io/acme/agent:1', stream: 'ci:jobs' });
    });
    // By constructor: cdk8s's ApiObject answers `instanceof` for every ApiObject (Symbol.hasInstance), subclasses included.
    expect(worker.triggerAuthentication!.constructor).toBe(TriggerAuthentication);
    expect(runner.triggerAuthentication.constructor).toBe(TriggerAuthentication);
    // Its GVK is the storage version whose schema validates it (synthPlatform checked every object).
    expect(findObject(docs, 'TriggerAuthentication', 'predictions-redis').apiVersion).toBe(TriggerAuthentication.GVK.apiVersion);
    expect(TriggerAuthentication.GVK).toEqual({ apiVersion: 'keda.sh/v1alpha1', kind: 'TriggerAuthentication' });
  });

  test('a transform still edits the typed object\'s final manifest', () => {
    const docs = synthPlatform((p) => {
      new QueueWorker(p, 'predictions', {
        image: 'ghcr.io/acme/worker:1', queue: 'predictions',
        transform: { triggerAuthentication: (manifest) => { manifest.metadata.annotations = { team: 'ml' }; } },
      });
    });
    expect(findObject(docs, 'TriggerAuthentication', 'predictions-redis').metadata.annotations).toEqual({ team: 'ml' });
  });

  test('ClusterTriggerAuthentication: cluster-scoped, typed, and its synthesized object validates against KEDA\'s closed schema', () => {
    const chart = new Chart(Testing.app(), 'keda');
    new ClusterTriggerAuthentication(chart, 'redis', {
      metadata: { name: 'shared-redis' },
      spec: { secretTargetRef: [{ parameter: 'password', name: 'redis-connection', key: 'password' }] },
    });
    const [object] = Testing.synth(chart);
    expect(object).toEqual({
      apiVersion: 'keda.sh/v1alpha1', kind: 'ClusterTriggerAuthentication', metadata: { name: 'shared-redis' },
      spec: { secretTargetRef: [{ parameter: 'password', name: 'redis-connection', key: 'password' }] },
    });
    const validator = ManifestValidator.bundled();
    expect(validator.validate(object)).toEqual([]);
    expect(validator.validate({ ...object, spec: { secretTargetRef: [{ parameter: 'password', name: 'r', key: 'k', extra: 1 }] } })).not.toEqual([]);
  });
});
