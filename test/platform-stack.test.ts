import { CustomerApp } from '../constructs';
import { findObject, synthPlatform } from './helpers';

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
});
