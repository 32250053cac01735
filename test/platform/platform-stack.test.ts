import { ApiObject, Testing } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { CustomerApp, PlatformStack } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';

describe('PlatformStack', () => {
  test('defaults: namespaces, their pod security labels and the stack labels on every object', () => {
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: 'nginx:1.27' }));
    const apps = findObject(docs, 'Namespace', 'calvin-apps');
    const system = findObject(docs, 'Namespace', 'calvin-system');
    expect(apps.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
    });
    expect(system.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    for (const doc of docs) {
      expect(doc.metadata.labels).toMatchObject({ 'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime' });
    }
    expect(findObject(docs, 'InferenceService').metadata.namespace).toBe('calvin-apps');
  });

  test('custom namespaces, labels and pod security reach every object', () => {
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: 'nginx:1.27' }), {
      appsNamespace: 'tenants', systemNamespace: 'platform', labels: { env: 'prod' }, appsPodSecurity: 'restricted',
    });
    expect(findObject(docs, 'Namespace', 'tenants').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    findObject(docs, 'Namespace', 'platform');
    expect(findObject(docs, 'InferenceService').metadata.namespace).toBe('tenants');
    expect(findObject(docs, 'DomainMapping').metadata.namespace).toBe('tenants');
    for (const doc of docs) expect(doc.metadata.labels.env).toBe('prod');
  });

  test('lists its apps in creation order', () => {
    synthPlatform((p) => {
      new CustomerApp(p, 'one', { image: 'nginx:1.27' });
      new CustomerApp(p, 'two', { image: 'nginx:1.27', visibility: 'clusterLocal' });
      expect(p.apps.map((a) => [a.name, a.hostname])).toEqual([['one', 'one.example.com'], ['two', undefined]]);
    });
  });

  test('the Namespaces are cdk8s-plus constructs; the *NamespaceObject properties keep their KubeNamespace type', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    expect(platform.appsNamespaceObject).toBeInstanceOf(k8s.KubeNamespace);
    expect(platform.systemNamespaceObject).toBeInstanceOf(k8s.KubeNamespace);
    expect(ApiObject.of(platform.appsNamespaceResource)).toBe(platform.appsNamespaceObject);
    expect(ApiObject.of(platform.systemNamespaceResource)).toBe(platform.systemNamespaceObject);
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: 'nginx:1.27' }));
    expect(findObject(docs, 'Namespace', 'calvin-system')).toEqual({
      apiVersion: 'v1', kind: 'Namespace',
      metadata: {
        name: 'calvin-system',
        labels: {
          'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime',
          'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/audit': 'restricted',
        },
      },
      // cdk8s-plus writes an empty spec.
      spec: {},
    });
    const order = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    expect(order.indexOf('Namespace/calvin-apps')).toBeLessThan(order.indexOf('InferenceService/a'));
  });
});
