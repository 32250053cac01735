import { Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { CustomerApp, JobRunner, ModelService, PlatformStack, QueueWorker, Tenant, TENANT_LABEL, Trigger } from '../../constructs';
import { errorOf, findObject, synthErrorOf, synthPlatform, TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';

const IMAGE = 'registry.example.com/acme/app:1.0.0';
const SMALL = { image: IMAGE, maxScale: 1, resources: { limits: { cpu: '250m', memory: '256Mi' } } };
const IRIS = { modelFormat: 'sklearn', storageUri: 's3://calvin-models/acme/iris/1/', maxScale: 1 } as const;

function requiredPlatform(): PlatformStack {
  return new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE }, tenancy: { required: true } });
}

/** What each kind of construct looks like when created in `scope` (apps, models, workers, triggers). */
const MAKERS: Record<string, (scope: Construct) => Construct> = {
  app: (scope) => new CustomerApp(scope, 'shop', SMALL),
  model: (scope) => new ModelService(scope, 'iris', IRIS),
  'worker (QueueWorker)': (scope) => new QueueWorker(scope, 'mailer', { image: IMAGE, queue: 'mail' }),
  'worker (JobRunner)': (scope) => new JobRunner(scope, 'agents', { image: IMAGE, stream: 'ci:builds' }),
  trigger: (scope) => new Trigger(scope, 'ping', { schedule: '* * * * *', url: 'https://example.org/ping' }),
};

describe('tenancy: { required: true }', () => {
  test.each(Object.entries(MAKERS))('a %s outside any Tenant fails synth with its path, the scope and what to do', (noun, make) => {
    const message = synthErrorOf(() => make(requiredPlatform()));
    const kind = noun.split(' ')[0];
    expect(message).toMatch(new RegExp(`^calvin/\\w+: scope "calvin" is not inside a Tenant, and calvin requires apps, models, workers and triggers to be \\(tenancy: \\{ required: true \\}\\); create this ${kind} with a Tenant`, 'm'));
  });

  test.each(Object.entries(MAKERS))('a %s inside a Tenant (or a construct within one) synthesizes', (_noun, make) => {
    const platform = requiredPlatform();
    const acme = new Tenant(platform, 'acme', { quota: { cpu: '8', memory: '16Gi', pods: 20 } });
    make(new Construct(acme, 'group'));
    expect(platform.toJson().length).toBeGreaterThan(0);
  });

  test('off by default: an app in the platform\'s apps namespace synthesizes', () => {
    const docs = synthPlatform((p) => { new CustomerApp(p, 'shop', SMALL); });
    expect(findObject(docs, 'InferenceService', 'shop').metadata.namespace).toBe('calvin-apps');
  });

  test('a value that is not a boolean is refused', () => {
    expect(errorOf(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tenancy: { required: 'yes' as unknown as boolean } })))
      .toContain('calvin: tenancy.required "yes" is not a boolean');
  });
});

describe('the tenant label on every object created inside a tenant', () => {
  const docs = synthPlatform((p) => {
    const acme = new Tenant(p, 'acme', { quota: { cpu: '8', memory: '16Gi', pods: 20 }, labels: { team: 'acme-devs' } });
    new CustomerApp(acme, 'shop', SMALL);
    new ModelService(new Construct(acme, 'models'), 'iris', IRIS);
    new QueueWorker(acme, 'mailer', { image: IMAGE, queue: 'mail' });
    new JobRunner(acme, 'agents', { image: IMAGE, stream: 'ci:builds' });
    new CustomerApp(p, 'outside', SMALL);
  });

  test('apps, models, workers and their objects carry calvin-runtime.io/tenant and the tenant\'s labels', () => {
    const inAcme = docs.filter((d) => d.metadata.namespace === 'acme');
    // Every kind a tenant's apps, model and workers make, so that a kind left unlabelled shows here.
    expect(new Set(inAcme.map((d) => d.kind))).toEqual(new Set([
      'ResourceQuota', 'LimitRange', 'NetworkPolicy', 'Certificate', 'InferenceService', 'DomainMapping', 'ServiceAccount', 'Deployment',
      'PodDisruptionBudget', 'ScaledObject', 'TriggerAuthentication', 'ScaledJob',
    ]));
    for (const doc of inAcme) {
      expect({ object: `${doc.kind}/${doc.metadata.name}`, labels: doc.metadata.labels }).toEqual({
        object: `${doc.kind}/${doc.metadata.name}`, labels: expect.objectContaining({ [TENANT_LABEL]: 'acme', team: 'acme-devs' }),
      });
    }
  });

  test('the workers\' pods carry them too', () => {
    const queuePods = findObject(docs, 'Deployment', 'mailer').spec.template.metadata.labels;
    const jobPods = findObject(docs, 'ScaledJob', 'agents').spec.jobTargetRef.template.metadata.labels;
    for (const labels of [queuePods, jobPods]) expect(labels).toEqual(expect.objectContaining({ [TENANT_LABEL]: 'acme', team: 'acme-devs' }));
  });

  test('objects outside the tenant do not', () => {
    const outside = docs.filter((d) => d.metadata.namespace !== 'acme' && d.metadata.name !== 'acme');
    expect(outside.length).toBeGreaterThan(5);
    expect(outside.filter((d) => d.metadata.labels?.[TENANT_LABEL] !== undefined).map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([]);
  });

  test('a synth twice gives the same objects (labelling is idempotent)', () => {
    let platform!: PlatformStack;
    synthPlatform((p) => { platform = p; new CustomerApp(new Tenant(p, 'acme'), 'shop', SMALL); });
    expect(platform.toJson()).toEqual(platform.toJson());
  });
});

describe('the platform\'s tenantQuota: the quota of tenants that set none', () => {
  const quotaOf = (docs: any[], tenant: string) => docs.find((d) => d.kind === 'ResourceQuota' && d.metadata.namespace === tenant).spec.hard;

  test('applies to tenants without a quota and, field by field, to those with part of one', () => {
    const docs = synthPlatform((p) => {
      new Tenant(p, 'acme');
      new Tenant(p, 'globex', { quota: { pods: 3 } });
      new Tenant(p, 'initech', { quota: { cpu: '1', memory: '1Gi', pods: 2 } });
    }, { tenantQuota: { cpu: '4', memory: '8Gi', pods: 10 } });
    expect(quotaOf(docs, 'acme')).toEqual({ 'requests.cpu': '4', 'limits.cpu': '4', 'requests.memory': '8Gi', 'limits.memory': '8Gi', 'pods': 10 });
    expect(quotaOf(docs, 'globex')).toEqual({ 'requests.cpu': '4', 'limits.cpu': '4', 'requests.memory': '8Gi', 'limits.memory': '8Gi', 'pods': 3 });
    expect(quotaOf(docs, 'initech')).toEqual({ 'requests.cpu': '1', 'limits.cpu': '1', 'requests.memory': '1Gi', 'limits.memory': '1Gi', 'pods': 2 });
  });

  test('the capacity check measures against it', () => {
    const build = (tenantQuota?: { pods: number; cpu: string }) => () => {
      const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, tenantQuota });
      new CustomerApp(new Tenant(p, 'acme'), 'shop', { ...SMALL, maxScale: 6 });
      return p;
    };
    expect(synthErrorOf(build())).toContain('more than its quota of 5 pods');
    expect(() => build({ pods: 6, cpu: '3' })().toJson()).not.toThrow();
  });

  test.each([
    [{ cpu: 'lots' }, 'calvin: tenantQuota.cpu "lots" is not'],
    [{ pods: 0 }, 'calvin: tenantQuota.pods 0 is not'],
    [{ memory: '0' }, 'calvin: tenantQuota.memory "0" is zero'],
    [{ cpus: '2' }, 'calvin: tenantQuota.cpus: unknown prop; did you mean "cpu"?'],
  ])('a bad tenantQuota %j is refused: %s', (tenantQuota, expected) => {
    expect(errorOf(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tenantQuota: tenantQuota as object }))).toContain(expected);
  });
});
