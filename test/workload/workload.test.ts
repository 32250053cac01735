import { CustomerApp, RESTRICTED_CONTAINER_SECURITY, Trigger } from '../../constructs';
import { errorOf, findObject, synthPlatform } from '../helpers';

const IMAGE = 'registry.example.com/acme/app:1.0.0';

/** One Secret-reference, resources and security model behind every workload construct. */
describe('the workload core', () => {
  test('a Secret reference is checked by the same rules for app env vars, trigger headers and worker settings', () => {
    const bad = { secret: 'Not_A_Name', key: 'bad key' };
    const app = errorOf(() => synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE, secretEnvs: { DB: bad } })));
    const worker = errorOf(() => synthPlatform(() => undefined, { worker: { redisUrlSecret: bad } }));
    const trigger = errorOf(() => synthPlatform((p) => new Trigger(p, 't', {
      workspace: 'w', schedule: '* * * * *', url: 'https://example.com/', secretHeaders: { Authorization: bad },
    })));
    const messages = (text: string) => text.split('\n').map((line) => line.replace(/^.*?: \S+ "[^"]*" /, '').trim()).filter(Boolean).slice(-2);
    expect(messages(app)).toEqual(messages(worker));
    expect(messages(app)).toEqual(messages(trigger));
    expect(app).toContain('secretEnvs.DB.secret "Not_A_Name" is not a DNS-1123 subdomain');
    expect(worker).toContain('redisUrlSecret.key "bad key" is not a valid Secret key');
  });

  test('optional is for env vars only: a trigger header needs its value on every request', () => {
    expect(errorOf(() => synthPlatform((p) => new Trigger(p, 't', {
      workspace: 'w', schedule: '* * * * *', url: 'https://example.com/', secretHeaders: { Authorization: { secret: 's', key: 'k', optional: true } as never },
    })))).toBe('calvin/t: secretHeaders.Authorization.optional: unknown prop (TriggerSecretRef has secret, key, namespace)');
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE, secretEnvs: { DB: { secret: 'db', key: 'url', optional: true } } }));
    expect(findObject(docs, 'InferenceService').spec.predictor.containers[0].env)
      .toEqual([{ name: 'DB', valueFrom: { secretKeyRef: { name: 'db', key: 'url', optional: true } } }]);
  });

  test('requests above limits are refused the same way for apps and the worker', () => {
    const resources = { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } };
    expect(errorOf(() => synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE, resources }))))
      .toBe('calvin/a: resources.requests.memory "2Gi" is more than the limit (1Gi)');
    expect(errorOf(() => synthPlatform(() => undefined, { worker: { resources } })))
      .toBe('calvin/SchedulerWorker: resources.requests.memory "2Gi" is more than the limit (1Gi)');
  });

  test('apps start from the restricted container defaults and merge their own over them', () => {
    const docs = synthPlatform((p) => new CustomerApp(p, 'a', { image: IMAGE, securityContext: { runAsUser: 1001 } }));
    expect(findObject(docs, 'InferenceService').spec.predictor.containers[0].securityContext)
      .toEqual({ ...RESTRICTED_CONTAINER_SECURITY, runAsUser: 1001 });
    expect(RESTRICTED_CONTAINER_SECURITY).toEqual({
      runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' },
    });
  });
});
