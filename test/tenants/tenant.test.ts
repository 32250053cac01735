import { Testing } from 'cdk8s';
import { CustomerApp, PlatformStack, Tenant, TenantProps, TlsCertificate, Trigger } from '../../constructs';
import { errorOf, findObject, synthChart, synthErrorOf, synthPlatform, TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';

const IMAGE = 'registry.example.com/acme/app:1.0.0';
/** An app that fits a default tenant: 2 pods × (500m + 250m queue-proxy) CPU, 2 × (1Gi + 128Mi). */
const SMALL = { image: IMAGE, maxScale: 2, resources: { limits: { cpu: '500m', memory: '1Gi' } } };

const inNamespace = (docs: any[], namespace: string) => docs.filter((d) => d.metadata?.namespace === namespace).map((d) => `${d.kind}/${d.metadata.name}`);

describe('a tenant\'s namespace and what isolates it', () => {
  const docs = synthPlatform((p) => { new CustomerApp(new Tenant(p, 'acme'), 'shop', SMALL); });

  test('Namespace with the Pod Security labels and the tenant label; quota, limits and policies in it (every object schema-valid)', () => {
    expect(findObject(docs, 'Namespace', 'acme').metadata.labels).toEqual({
      'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime', 'calvin-runtime.io/tenant': 'acme',
      'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/audit': 'restricted',
    });
    expect(inNamespace(docs, 'acme').sort()).toEqual([
      'Certificate/wildcard-tls', 'DomainMapping/shop.acme.example.com', 'InferenceService/shop', 'LimitRange/tenant-container-defaults',
      'NetworkPolicy/allow-dns', 'NetworkPolicy/allow-egress', 'NetworkPolicy/allow-platform-ingress', 'NetworkPolicy/allow-same-tenant',
      'NetworkPolicy/default-deny', 'ResourceQuota/tenant-quota',
    ]);
  });

  test('the seed\'s quota: 2 CPU, 4Gi, 5 pods, on requests and limits', () => {
    expect(findObject(docs, 'ResourceQuota').spec.hard).toEqual({
      'requests.cpu': '2', 'limits.cpu': '2', 'requests.memory': '4Gi', 'limits.memory': '4Gi', 'pods': 5,
    });
  });

  test('the LimitRange gives containers without limits (queue-proxy) defaults within the quota', () => {
    expect(findObject(docs, 'LimitRange').spec.limits).toEqual([
      { type: 'Container', default: { cpu: '250m', memory: '128Mi' }, defaultRequest: { cpu: '25m', memory: '64Mi' } },
    ]);
  });

  test('the app is served at <app>.<tenant>.<domain> under the tenant\'s own wildcard certificate', () => {
    expect(findObject(docs, 'DomainMapping').spec.tls).toEqual({ secretName: 'wildcard-tls' });
    expect(docs.filter((d) => d.kind === 'Certificate').map((d) => `${d.metadata.namespace} ${d.spec.dnsNames}`)).toEqual(['acme *.acme.example.com']);
  });

  test('every object is applied after the tenant\'s Namespace', () => {
    const order = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    for (const kind of ['ResourceQuota', 'LimitRange', 'NetworkPolicy', 'InferenceService', 'Certificate']) {
      expect(order.findIndex((o) => o.startsWith(`${kind}/`))).toBeGreaterThan(order.indexOf('Namespace/acme'));
    }
  });
});

describe('two tenants', () => {
  let platform!: PlatformStack;
  const docs = synthPlatform((p) => {
    platform = p;
    new CustomerApp(p, 'shop', { image: IMAGE });
    new CustomerApp(new Tenant(p, 'acme'), 'shop', SMALL);
    new CustomerApp(new Tenant(p, 'globex'), 'shop', SMALL);
    new Tenant(p, 'empty');
  }, { worker: { allowTargets: ['10.0.0.0/8'] } });

  test('may each have an app called shop, at hosts of their own', () => {
    expect(docs.filter((d) => d.kind === 'DomainMapping').map((d) => `${d.metadata.namespace}/${d.metadata.name}`))
      .toEqual(['calvin-apps/shop.example.com', 'acme/shop.acme.example.com', 'globex/shop.globex.example.com']);
  });

  test('no two namespaces order a certificate for the same names', () => {
    expect(docs.filter((d) => d.kind === 'Certificate').map((d) => `${d.metadata.namespace} ${d.spec.dnsNames}`))
      .toEqual(['calvin-apps *.example.com', 'acme *.acme.example.com', 'globex *.globex.example.com']);
  });

  test('the worker\'s allow-list covers every namespace with apps, computed at synth (a tenant without apps is not in it)', () => {
    const env = findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec.containers[0].env;
    const expected = '.calvin-apps.svc.cluster.local,.acme.svc.cluster.local,.globex.svc.cluster.local,10.0.0.0/8';
    expect(env.find((e: any) => e.name === 'TARGET_ALLOW_LIST').value).toBe(expected);
    expect(platform.worker.env.TARGET_ALLOW_LIST).toBe(expected);
  });

  test('a second app of the same name in one tenant is refused, naming the namespace', () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE } });
    const acme = new Tenant(p, 'acme');
    new CustomerApp(acme, 'shop', SMALL);
    expect(errorOf(() => new CustomerApp(acme, 'shop2', { ...SMALL, name: 'shop', hostname: 'other.acme.example.com' })))
      .toBe('calvin/acme/shop2: name "shop" is already used in namespace acme by calvin/acme/shop (app names are unique per namespace)');
  });

  test('a hostname stays unique across the platform', () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(new Tenant(p, 'acme'), 'shop', SMALL);
    expect(errorOf(() => new CustomerApp(new Tenant(p, 'globex'), 'shop', { ...SMALL, hostname: 'shop.acme.example.com', dedicatedCertificate: true })))
      .toBe('calvin/globex/shop: hostname "shop.acme.example.com" is already served by calvin/acme/shop (one app per hostname)');
  });
});

describe('certificates: two for the same set of names fail synth', () => {
  test('naming both Certificates and the Let\'s Encrypt limit', () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(p, 'web', { image: IMAGE });
    new TlsCertificate(p, 'Extra', { namespace: 'acme', dnsNames: ['*.example.com'], secretName: 'mine', clusterIssuer: 'letsencrypt-staging' });
    expect(errorOf(() => synthChart(p))).toContain('[calvin] calvin/Extra: dnsNames ["*.example.com"] are the same names as calvin/Tls/Wildcard-calvin-apps asks for '
      + '(in namespace calvin-apps); Let\'s Encrypt issues at most 5 certificates per identical set of names per 7 days');
  });

  test('the same names in another order count as the same set; a different set passes', () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new TlsCertificate(p, 'A', { namespace: 'a', dnsNames: ['x.example.com', 'y.example.com'], secretName: 'a', clusterIssuer: 'i' });
    new TlsCertificate(p, 'B', { namespace: 'b', dnsNames: ['y.example.com', 'x.example.com'], secretName: 'b', clusterIssuer: 'i' });
    expect(errorOf(() => synthChart(p))).toContain('calvin/B: dnsNames ["y.example.com","x.example.com"] are the same names as calvin/A asks for');
    const q = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new TlsCertificate(q, 'A', { namespace: 'a', dnsNames: ['x.example.com'], secretName: 'a', clusterIssuer: 'i' });
    new TlsCertificate(q, 'B', { namespace: 'b', dnsNames: ['x.example.com', 'y.example.com'], secretName: 'b', clusterIssuer: 'i' });
    expect(synthChart(q).filter((d) => d.kind === 'Certificate')).toHaveLength(2);
  });
});

describe('the capacity check', () => {
  const tenantChart = (tenant: TenantProps, apps: Array<Record<string, unknown>>) => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    const t = new Tenant(p, 'acme', tenant);
    apps.forEach((app, i) => new CustomerApp(t, `app${i}`, { image: IMAGE, ...app }));
    return p;
  };

  test('a tenant that fits exactly synthesizes: 2 apps × 2 pods × (250m + 250m) = 2 CPU, 4 × (768Mi + 128Mi) = 3.5Gi', () => {
    const app = { maxScale: 2, resources: { requests: { cpu: '100m' }, limits: { cpu: '250m', memory: '768Mi' } } };
    expect(synthChart(tenantChart({}, [app, app])).filter((d) => d.kind === 'InferenceService')).toHaveLength(2);
  });

  test('one that can outgrow its quota fails with the path, the sum and the quota', () => {
    const message = errorOf(() => synthChart(tenantChart({}, [{ maxScale: 3 }, SMALL])));
    expect(message).toContain('calvin/acme: the tenant\'s apps and models can scale to 5 pods, 5.25 CPU and 4.13Gi of limits '
      + '(maxScale × limits, sidecar defaults and init containers included: calvin/acme/app0: 3 × (1.25 CPU, 640Mi); calvin/acme/app1: 2 × (0.75 CPU, 1.13Gi)), '
      + 'more than its quota of 5 pods, 2 CPU and 4Gi');
  });

  test('pods count too: six one-pod apps exceed 5 pods', () => {
    const tiny = { maxScale: 1, resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '10m', memory: '16Mi' } } };
    expect(errorOf(() => synthChart(tenantChart({}, Array(6).fill(tiny))))).toContain('can scale to 6 pods');
    expect(synthChart(tenantChart({ quota: { pods: 6 } }, Array(6).fill(tiny))).filter((d) => d.kind === 'InferenceService')).toHaveLength(6);
  });

  test('capacityCheck: warn synthesizes and warns once', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const chart = tenantChart({ capacityCheck: 'warn' }, [{ maxScale: 10 }]);
      expect(synthChart(chart).filter((d) => d.kind === 'InferenceService')).toHaveLength(1);
      synthChart(chart);
      expect(warn.mock.calls.map((args) => String(args[0]))).toEqual([expect.stringMatching(/^Warning: calvin\/acme: the tenant's apps and models can scale to 10 pods, 12.5 CPU/)]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('triggers in a tenant', () => {
  const platformWithTenants = () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE } });
    const acme = new Tenant(p, 'acme');
    const globex = new Tenant(p, 'globex');
    return { p, acme, globex, acmeShop: new CustomerApp(acme, 'shop', SMALL), globexShop: new CustomerApp(globex, 'shop', SMALL) };
  };

  test('belong to the tenant\'s workspace and call its app in its namespace', () => {
    const { p, acme, acmeShop } = platformWithTenants();
    const trigger = new Trigger(acme, 'nightly', { schedule: '0 3 * * *', target: acmeShop });
    expect([trigger.id, trigger.url]).toEqual(['acme/nightly', 'http://shop-predictor.acme.svc.cluster.local/']);
    expect(JSON.parse(p.worker.catalogJson()).triggers[0].target).toEqual({ app: 'shop', namespace: 'acme', via: 'internal' });
  });

  test.each([
    ['another tenant\'s app as target', (t: ReturnType<typeof platformWithTenants>) => ({ target: t.globexShop }),
      'calvin/acme/t: target "calvin/globex/shop" is not an app of tenant calvin/acme; a tenant\'s triggers call its own apps only'],
    ['another workspace', (t: ReturnType<typeof platformWithTenants>) => ({ target: t.acmeShop, workspace: 'globex' }),
      'calvin/acme/t: workspace "globex" is not the workspace of tenant calvin/acme ("acme"; leave it out)'],
    ['another tenant\'s Secret in a secret header', (t: ReturnType<typeof platformWithTenants>) => ({ target: t.acmeShop, secretHeaders: { Authorization: { secret: 'token', key: 'token', namespace: 'globex' } } }),
      'calvin/acme/t: secretHeaders.Authorization.namespace "globex" is not the namespace of tenant calvin/acme ("acme"): a tenant\'s triggers read Secrets of their own namespace only (leave it out)'],
    ['a Secret of the system namespace in a secret header', (t: ReturnType<typeof platformWithTenants>) => ({ target: t.acmeShop, secretHeaders: { Authorization: { secret: 'calvin-redis', key: 'url', namespace: 'calvin-system' } } }),
      'calvin/acme/t: secretHeaders.Authorization.namespace "calvin-system" is not the namespace of tenant calvin/acme ("acme"): a tenant\'s triggers read Secrets of their own namespace only (leave it out)'],
  ])('refuse %s', (_what, props, expected) => {
    const t = platformWithTenants();
    // Trigger problems are collected and reported at synth, every trigger's at once.
    expect(synthErrorOf(() => new Trigger(t.acme, 't', { schedule: '0 3 * * *', ...props(t) }))).toBe(expected);
  });

  test('are signed with the tenant\'s own key: each tenant\'s Secret is mounted in the worker, the platform\'s triggers keep SIGNING_SECRETS', () => {
    const t = platformWithTenants();
    new Trigger(t.acme, 'a', { schedule: '0 3 * * *', target: t.acmeShop });
    new Trigger(t.globex, 'b', { schedule: '0 3 * * *', target: t.globexShop });
    new Trigger(t.p, 'c', { workspace: 'ops', schedule: '0 3 * * *', url: 'https://example.org/hook' });
    const entries = JSON.parse(t.p.worker.catalogJson()).triggers;
    expect(entries.map((e: any) => [e.id, e.signingSecret])).toEqual([
      ['acme/a', { secret: 'acme-trigger-signing', key: 'secrets' }], ['globex/b', { secret: 'globex-trigger-signing', key: 'secrets' }], ['ops/c', undefined],
    ]);
    const pod = findObject(synthChart(t.p), 'Deployment', 'scheduler-worker').spec.template.spec;
    expect(pod.volumes.filter((v: any) => v.secret).map((v: any) => v.secret.secretName)).toEqual(['acme-trigger-signing', 'globex-trigger-signing']);
    expect(pod.containers[0].volumeMounts.map((m: any) => m.mountPath)).toEqual(expect.arrayContaining([
      '/var/run/secrets/calvin/headers/acme-trigger-signing', '/var/run/secrets/calvin/headers/globex-trigger-signing',
    ]));
    expect([t.acme.signingSecret, t.acme.appSigningSecret]).toEqual([{ secret: 'acme-trigger-signing', key: 'secrets' }, { secret: 'trigger-signing', key: 'secrets' }]);
  });

  test('a tenant\'s own Secret in a secret header is accepted', () => {
    const t = platformWithTenants();
    const trigger = new Trigger(t.acme, 't', { schedule: '0 3 * * *', target: t.acmeShop, secretHeaders: { Authorization: { secret: 'token', key: 'token' } } });
    expect(trigger.toCatalogEntry().secretHeaders).toEqual({ Authorization: { secret: 'token', key: 'token', namespace: 'acme' } });
  });
});

describe('access', () => {
  test('a Role on the tenant\'s apps, pods and logs, bound to the named groups and users; nothing cluster-wide', () => {
    const docs = synthPlatform((p) => { new Tenant(p, 'acme', { access: { groups: ['acme-devs'], users: ['jane@example.com'] } }); });
    const role = findObject(docs, 'Role', 'tenant-developer');
    expect(role.metadata.namespace).toBe('acme');
    expect(role.rules.flatMap((r: any) => r.resources)).toEqual(['inferenceservices', 'services', 'domainmappings', 'revisions', 'routes', 'configurations', 'pods', 'pods/log', 'events']);
    expect(role.rules.filter((r: any) => r.resources.includes('pods')).map((r: any) => r.verbs)).toEqual([['get', 'list', 'watch']]);
    expect(findObject(docs, 'RoleBinding').subjects).toEqual([
      { kind: 'Group', name: 'acme-devs', apiGroup: 'rbac.authorization.k8s.io' }, { kind: 'User', name: 'jane@example.com', apiGroup: 'rbac.authorization.k8s.io' },
    ]);
    expect(docs.filter((d) => /^Cluster/.test(d.kind) && d.metadata.name.startsWith('tenant'))).toEqual([]);
  });

  test('without access there is no Role', () => {
    expect(synthPlatform((p) => { new Tenant(p, 'acme'); }).filter((d) => d.kind === 'Role' || d.kind === 'RoleBinding')).toEqual([]);
  });
});

describe('bad props name the tenant, the field and the value', () => {
  const tenantError = (props: TenantProps, id = 'acme') => errorOf(() => new Tenant(new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS }), id, props));
  test.each<[string, TenantProps, string]>([
    ['name not a DNS label', { name: 'Acme' }, 'calvin/acme: name "Acme" is not a DNS-1123 label'],
    ['name too long', { name: 'a'.repeat(41) }, `calvin/acme: name "${'a'.repeat(41)}" is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 40 characters)`],
    ['a system namespace', { name: 'kube-system' }, 'calvin/acme: name "kube-system" is a namespace of the cluster or the platform'],
    ['the platform\'s apps namespace', { name: 'calvin-apps' }, 'calvin/acme: name "calvin-apps" is a namespace of the cluster or the platform'],
    ['the serving stack\'s namespace', { name: 'knative-serving' }, 'calvin/acme: name "knative-serving" is a namespace of the cluster or the platform'],
    ['quota cpu not a quantity', { quota: { cpu: 'two' } }, 'calvin/acme: quota.cpu "two" is not a Kubernetes quantity'],
    ['quota memory zero', { quota: { memory: '0' } }, 'calvin/acme: quota.memory "0" is zero: no pod of the tenant could start'],
    ['quota pods not an integer', { quota: { pods: 2.5 } }, 'calvin/acme: quota.pods 2.5 is not an integer from 1 to 10000'],
    ['container default not a quantity', { containerDefaults: { limits: { memory: 'lots' } } }, 'calvin/acme: containerDefaults.limits.memory "lots" is not a Kubernetes quantity'],
    ['egress not a list', { egress: 'all' as any }, 'calvin/acme: egress "all" is not a list of rules'],
    ['egress cidr bad', { egress: [{ cidr: '300.0.0.0/8', ports: [443] }] }, 'calvin/acme: egress[0].cidr "300.0.0.0/8" is not an IPv4 CIDR'],
    ['egress except bad', { egress: [{ cidr: '0.0.0.0/0', except: ['10/8'], ports: [443] }] }, 'calvin/acme: egress[0].except[0] "10/8" is not an IPv4 CIDR'],
    ['egress without ports', { egress: [{ cidr: '0.0.0.0/0', ports: [] }] }, 'calvin/acme: egress[0].ports [] is not a non-empty list of TCP ports'],
    ['egress port out of range', { egress: [{ cidr: '0.0.0.0/0', ports: [70000] }] }, 'calvin/acme: egress[0].ports[0] 70000 is not an integer from 1 to 65535'],
    ['pod security level', { podSecurity: 'strict' as any }, 'calvin/acme: podSecurity "strict" is not "privileged", "baseline" or "restricted"'],
    ['access groups not a list', { access: { groups: 'devs' as any } }, 'calvin/acme: access.groups "devs" is not a list of names'],
    ['signing secret without key', { signingSecret: { secret: 'acme-signing' } as any }, 'calvin/acme: signingSecret.key is required'],
    ['access user empty', { access: { users: [''] } }, 'calvin/acme: access.users[0] "" is not a non-empty string'],
    ['capacityCheck', { capacityCheck: 'ignore' as any }, 'calvin/acme: capacityCheck "ignore" is not "error" or "warn"'],
    ['label value', { labels: { team: 'a/b' } }, 'calvin/acme: labels.team "a/b" is not a valid label value'],
    ['engine', { defaultEngine: 'lambda' as any }, 'calvin/acme: defaultEngine "lambda" is not "kserve" or "knative"'],
  ])('%s', (_what, props, expected) => {
    expect(tenantError(props)).toContain(expected);
  });

  test('outside a platform', () => {
    expect(errorOf(() => new Tenant(Testing.chart(), 'acme'))).toBe('test/acme: must be created inside a PlatformStack (pass the stack, or a construct within it, as scope)');
  });
});
