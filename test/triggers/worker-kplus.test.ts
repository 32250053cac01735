import { ApiObject, Chart, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { addManifestTransform, PlatformStack, Trigger } from '../../constructs';
import { imagePullPolicyOf } from '../../constructs/triggers/worker-deployment';
import { findObject, synthChart, synthPlatform, TEST_WORKER_IMAGE } from '../helpers';

const NAME = { 'app.kubernetes.io/name': 'scheduler-worker' };

describe('the scheduler worker as cdk8s-plus constructs', () => {
  test('the ApiObject properties are the constructs\' objects, and edits through either reach the manifests', () => {
    const docs = synthPlatform((platform) => {
      const worker = platform.worker;
      expect(worker.deployment).toBe(ApiObject.of(worker.deploymentResource));
      expect(worker.service).toBe(ApiObject.of(worker.serviceResource));
      expect(worker.configMap).toBe(ApiObject.of(worker.configMapResource));
      expect(worker.serviceAccount).toBe(ApiObject.of(worker.serviceAccountResource));
      worker.deploymentResource.containers[0].env.addVariable('EXTRA', kplus.EnvValue.fromValue('1'));
      worker.deployment.addJsonPatch(JsonPatch.add('/spec/template/spec/priorityClassName', 'high'));
      worker.serviceResource.metadata.addAnnotation('team', 'platform');
    });
    const pod = findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec;
    expect(pod.containers[0].env.at(-1)).toEqual({ name: 'EXTRA', value: '1' });
    expect(pod.priorityClassName).toBe('high');
    expect(findObject(docs, 'Service', 'scheduler-worker').metadata.annotations.team).toBe('platform');
  });

  test('Deployment, Service and PodDisruptionBudget select by the stable name label; the pods carry it and kplus\' address label', () => {
    const docs = synthPlatform();
    const deployment = findObject(docs, 'Deployment', 'scheduler-worker');
    // Immutable on an existing Deployment: it must stay what earlier releases applied.
    expect(deployment.spec.selector).toEqual({ matchLabels: NAME });
    expect(findObject(docs, 'Service', 'scheduler-worker').spec.selector).toEqual(NAME);
    expect(findObject(docs, 'PodDisruptionBudget', 'scheduler-worker').spec.selector).toEqual({ matchLabels: NAME });
    expect(deployment.spec.template.metadata.labels).toMatchObject({ ...NAME, 'cdk8s.io/metadata.addr': expect.any(String) });
  });

  test.each([
    ['registry.digitalocean.com/calvin/scheduler-worker:0.1.0', 'IfNotPresent'],
    ['localhost:5000/worker:1.2', 'IfNotPresent'],
    ['ghcr.io/acme/worker@sha256:' + 'a'.repeat(64), 'IfNotPresent'],
    ['ghcr.io/acme/worker:latest', 'Always'],
    ['localhost:5000/worker', 'Always'],
  ])('imagePullPolicy of %s is Kubernetes\' default for it: %s', (image, policy) => {
    expect(imagePullPolicyOf(image)).toBe(policy);
    const container = findObject(synthPlatform(() => undefined, { worker: { image } }), 'Deployment').spec.template.spec.containers[0];
    expect(container.imagePullPolicy).toBe(policy);
  });

  test('the secret-header volumes and the checksum follow the catalog from one synth to the next', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker: { image: TEST_WORKER_IMAGE } });
    const trigger = (id: string, key: string) => new Trigger(platform, id, {
      workspace: 'w', schedule: '@daily', url: 'https://example.org/', secretHeaders: { [`X-${id}`]: { secret: 'tokens', key } },
    });
    const synth = () => findObject(synthChart(platform), 'Deployment').spec.template;
    trigger('a', 'one');
    const first = synth();
    expect(first.spec.volumes.filter((v: any) => v.secret).map((v: any) => v.secret)).toEqual([{ secretName: 'tokens', items: [{ key: 'one', path: 'one' }] }]);
    trigger('b', 'two');
    const second = synth();
    expect(second.spec.volumes.filter((v: any) => v.secret).map((v: any) => v.secret))
      .toEqual([{ secretName: 'tokens', items: [{ key: 'one', path: 'one' }, { key: 'two', path: 'two' }] }]);
    expect(second.spec.containers[0].volumeMounts.filter((m: any) => m.name.startsWith('header-secret-'))).toHaveLength(1);
    expect(second.metadata.annotations).not.toEqual(first.metadata.annotations);
  });
});

describe('addManifestTransform', () => {
  test('edits the final manifest of an ApiObject it did not construct, after its JSON patches, in the order added, once per synth', () => {
    const chart = new Chart(Testing.app(), 'c');
    const object = ApiObject.of(new kplus.ConfigMap(chart, 'cm', { metadata: { name: 'x' }, data: { a: '1' } }));
    object.addJsonPatch(JsonPatch.add('/data/b', '2'));
    addManifestTransform(object, (m) => { m.data.c = `${m.data.b}3`; });
    addManifestTransform(object, (m) => { m.data.d = `${m.data.c}4`; });
    addManifestTransform(object, undefined);
    const expected = { a: '1', b: '2', c: '23', d: '234' };
    expect(Testing.synth(chart)[0].data).toEqual(expected);
    expect(Testing.synth(chart)[0].data).toEqual(expected);
  });
});
