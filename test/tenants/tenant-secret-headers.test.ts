import { Testing } from 'cdk8s';
import { CustomerApp, PlatformStack, ProvidedSecret, Tenant, TENANT_LABEL, Trigger } from '../../constructs';
import { errorOf, findObject, synthErrorOf, synthPlatform, TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';

const IMAGE = 'registry.example.com/acme/app:1.0.0';
const SMALL = { image: IMAGE, maxScale: 1, resources: { limits: { cpu: '250m', memory: '256Mi' } } };
const EVERY_HOUR = '0 * * * *';

/** acme: two triggers reading two Secrets of its namespace (one twice); globex: a trigger without secret headers. */
function build(p: PlatformStack): void {
  const acme = new Tenant(p, 'acme');
  const globex = new Tenant(p, 'globex');
  const shop = new CustomerApp(acme, 'shop', SMALL);
  new Trigger(acme, 'sync', { schedule: EVERY_HOUR, target: shop, secretHeaders: { Authorization: { secret: 'api-token', key: 'token' }, 'X-Org': { secret: 'org', key: 'id' } } });
  new Trigger(acme, 'report', { schedule: EVERY_HOUR, target: shop, secretHeaders: { Authorization: { secret: 'api-token', key: 'token', namespace: 'acme' } } });
  new Trigger(globex, 'ping', { schedule: EVERY_HOUR, target: new CustomerApp(globex, 'shop', SMALL) });
  new Trigger(p, 'ops', { workspace: 'ops', schedule: EVERY_HOUR, url: 'https://example.org/hook', secretHeaders: { Authorization: { secret: 'ops-token', key: 'token' } } });
}

describe('secret headers of a tenant\'s triggers come from the tenant\'s namespace', () => {
  let platform!: PlatformStack;
  // synthPlatform checks every object (the Roles, the projected volume) against its schema.
  const docs = synthPlatform((p) => { platform = p; build(p); });

  test('the catalog says the namespace of each; the platform\'s own triggers keep the mounted Secret', () => {
    const entries = JSON.parse(platform.worker.catalogJson()).triggers;
    expect(Object.fromEntries(entries.map((e: any) => [e.id, e.secretHeaders]))).toEqual({
      'acme/report': { Authorization: { secret: 'api-token', key: 'token', namespace: 'acme' } },
      'acme/sync': { Authorization: { secret: 'api-token', key: 'token', namespace: 'acme' }, 'X-Org': { secret: 'org', key: 'id', namespace: 'acme' } },
      'globex/ping': {},
      'ops/ops': { Authorization: { secret: 'ops-token', key: 'token' } },
    });
  });

  test('a Role in the tenant\'s namespace grants the worker get on exactly the named Secrets, and nothing else', () => {
    const roles = docs.filter((d) => d.kind === 'Role' || d.kind === 'RoleBinding');
    expect(roles.map((d) => `${d.kind} ${d.metadata.namespace}/${d.metadata.name}`)).toEqual(['Role acme/scheduler-worker-secrets', 'RoleBinding acme/scheduler-worker-secrets']);
    expect(findObject(docs, 'Role').rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['api-token', 'org'], verbs: ['get'] }]);
    const binding = findObject(docs, 'RoleBinding');
    expect([binding.roleRef, binding.subjects]).toEqual([
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'scheduler-worker-secrets' },
      [{ kind: 'ServiceAccount', name: 'scheduler-worker', namespace: 'calvin-system' }],
    ]);
    for (const object of roles) expect(object.metadata.labels[TENANT_LABEL]).toBe('acme');
    // Applied after the tenant's Namespace.
    const order = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    expect(order.indexOf('Role/scheduler-worker-secrets')).toBeGreaterThan(order.indexOf('Namespace/acme'));
  });

  test('the worker mounts the system namespace\'s Secrets and a projected API token, never a tenant\'s Secret', () => {
    const pod = findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec;
    expect(pod.volumes.filter((v: any) => v.secret).map((v: any) => v.secret.secretName)).toEqual(['acme-trigger-signing', 'globex-trigger-signing', 'ops-token']);
    expect(pod.volumes.find((v: any) => v.name === 'kubernetes-api')).toEqual({
      name: 'kubernetes-api',
      projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3600, path: 'token' } }, { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } }] },
    });
    expect(pod.containers[0].volumeMounts).toContainEqual({ mountPath: '/var/run/secrets/calvin/kubernetes', name: 'kubernetes-api', readOnly: true });
    expect(pod.automountServiceAccountToken).toBe(false);
  });

  test('without a tenant\'s secret header: no Role, no token', () => {
    const plain = synthPlatform((p) => {
      const acme = new Tenant(p, 'acme');
      new Trigger(acme, 'ping', { schedule: EVERY_HOUR, target: new CustomerApp(acme, 'shop', SMALL) });
    });
    expect(plain.filter((d) => d.kind === 'Role')).toEqual([]);
    expect(findObject(plain, 'Deployment', 'scheduler-worker').spec.template.spec.volumes.map((v: any) => v.name)).not.toContain('kubernetes-api');
  });
});

describe('no trigger may name a Secret of another tenant', () => {
  const platformWith = () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE } });
    const acme = new Tenant(p, 'acme');
    new Tenant(p, 'globex');
    return { p, acme, shop: new CustomerApp(acme, 'shop', SMALL) };
  };

  test.each([
    ['a platform trigger naming a tenant\'s namespace', ({ p }: ReturnType<typeof platformWith>) => new Trigger(p, 'ops', {
      workspace: 'ops', schedule: EVERY_HOUR, url: 'https://example.org/hook', secretHeaders: { Authorization: { secret: 'api-token', key: 'token', namespace: 'globex' } },
    }), 'calvin/ops: secretHeaders.Authorization.namespace "globex" is the namespace of tenant calvin/globex; expected a namespace of no tenant (only a tenant\'s own triggers read its Secrets)'],
    ['a tenant trigger whose transform points at another tenant', ({ acme, shop }: ReturnType<typeof platformWith>) => new Trigger(acme, 'sync', {
      schedule: EVERY_HOUR, target: shop, secretHeaders: { Authorization: { secret: 'api-token', key: 'token' } },
      transform: (entry) => ({ ...entry, secretHeaders: { Authorization: { secret: 'api-token', key: 'token', namespace: 'globex' } } }),
    }), 'calvin/acme/sync: secretHeaders.Authorization "globex/api-token" is not a Secret of tenant calvin/acme; expected a Secret in its namespace "acme" (check the trigger\'s transform)'],
    ['a tenant trigger whose transform reads the system namespace', ({ acme, shop }: ReturnType<typeof platformWith>) => new Trigger(acme, 'sync', {
      schedule: EVERY_HOUR, target: shop, transform: (entry) => ({ ...entry, secretHeaders: { Authorization: { secret: 'calvin-redis', key: 'url' } } }),
    }), 'calvin/acme/sync: secretHeaders.Authorization "(the system namespace)/calvin-redis" is not a Secret of tenant calvin/acme; expected a Secret in its namespace "acme" (check the trigger\'s transform)'],
    ['a tenant trigger signed with another tenant\'s key', ({ acme, shop }: ReturnType<typeof platformWith>) => new Trigger(acme, 'sync', {
      schedule: EVERY_HOUR, target: shop, transform: (entry) => ({ ...entry, signingSecret: { secret: 'globex-trigger-signing', key: 'secrets' } }),
    }), 'calvin/acme/sync: signingSecret "(the system namespace)/globex-trigger-signing" is not a Secret of tenant calvin/acme; expected a Secret in its namespace "acme" (check the trigger\'s transform)'],
  ])('%s fails synth with the path, field, value and what is expected', (_what, make, expected) => {
    expect(synthErrorOf(() => make(platformWith()))).toContain(expected);
  });

  test('a bad namespace is refused at construction', () => {
    expect(synthErrorOf(() => new Trigger(platformWith().p, 'ops', {
      workspace: 'ops', schedule: EVERY_HOUR, url: 'https://example.org/hook', secretHeaders: { Authorization: { secret: 'a', key: 'b', namespace: 'Not_A_Label' } },
    }))).toContain('calvin/ops: secretHeaders.Authorization.namespace "Not_A_Label" is not a DNS-1123 label');
  });
});

test('checkSecretReferences follows the worker\'s Role: a tenant\'s secret header Secret must be produced in its namespace', () => {
  const withRefs = (declare: boolean) => () => synthPlatform((p) => {
    const acme = new Tenant(p, 'acme');
    new Trigger(acme, 'sync', { schedule: EVERY_HOUR, url: 'https://example.org/hook', secretHeaders: { Authorization: { secret: 'api-token', key: 'token' } } });
    for (const name of ['calvin-redis', 'calvin-trigger-signing', 'calvin-spaces', 'acme-trigger-signing']) ProvidedSecret.fromName(p, name, { namespace: 'calvin-system' });
    ProvidedSecret.fromName(p, 'digitalocean-dns', { namespace: 'cert-manager' });
    if (declare) ProvidedSecret.fromName(acme, 'api-token');
  }, { checkSecretReferences: true });
  expect(errorOf(withRefs(false))).toContain('calvin/SchedulerWorker: Secret "api-token" is referenced, but nothing produces it in namespace acme');
  expect(withRefs(true)().filter((d) => d.kind === 'Role').length).toBe(1);
});
