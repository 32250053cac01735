/**
 * HTTPS for public apps: every public host is served by a DomainMapping whose TLS Secret comes
 * from a Certificate in its namespace that covers the host, issued by a ClusterIssuer that solves
 * DNS-01 on DigitalOcean. Checked by walking the synthesized objects, as the cluster would.
 */
import { ApiObject, Testing } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { examplePlatform } from '../../examples/platform';
import { AppEngine, certificateCovers, CustomerApp, IAppScope, PlatformStack, PlatformStackProps } from '../../constructs';
import { APP_SCOPE } from '../../constructs/platform/scope';
import { errorOf, findObject, schemaProblems, synthApp, synthPlatform, TEST_TLS } from '../helpers';

const IMAGE = 'registry.example.com/acme/app:1.0.0';

/**
 * For each public host: the chain host → DomainMapping → Secret → Certificate → ClusterIssuer,
 * or the first link that is missing. Written apart from the constructs: it reads only the objects.
 */
function tlsChain(docs: any[], host: string): string {
  const mapping = docs.find((d) => d.kind === 'DomainMapping' && d.metadata.name === host);
  if (!mapping) return `${host}: no DomainMapping`;
  const namespace = mapping.metadata.namespace;
  const secret = mapping.spec.tls?.secretName;
  if (!secret) return `${host}: DomainMapping without tls.secretName`;
  if (mapping.metadata.annotations?.['networking.knative.dev/http-protocol'] !== 'redirected') return `${host}: plain HTTP is not redirected`;
  const certificates = docs.filter((d) => d.kind === 'Certificate' && d.metadata.namespace === namespace && d.spec.secretName === secret);
  if (certificates.length !== 1) return `${host}: ${certificates.length} Certificates write Secret ${namespace}/${secret}`;
  const [certificate] = certificates;
  if (!certificateCovers(certificate.spec.dnsNames, host)) return `${host}: Certificate ${certificate.metadata.name} covers only ${certificate.spec.dnsNames}`;
  const ref = certificate.spec.issuerRef;
  if (ref.kind !== 'ClusterIssuer' || (ref.group ?? 'cert-manager.io') !== 'cert-manager.io') return `${host}: issuer ${JSON.stringify(ref)} is not a ClusterIssuer`;
  const issuer = docs.find((d) => d.kind === 'ClusterIssuer' && d.metadata.name === ref.name);
  if (!issuer) return `${host}: no ClusterIssuer ${ref.name}`;
  const solvers: any[] = issuer.spec.acme?.solvers ?? [];
  const token = solvers.find((s) => s.dns01?.digitalocean)?.dns01.digitalocean.tokenSecretRef;
  if (!token?.name || !token?.key) return `${host}: ClusterIssuer ${ref.name} has no DNS-01 DigitalOcean solver with a token`;
  return `${host}: ${namespace}/${secret} from Certificate ${certificate.metadata.name} by ${issuer.metadata.name} (${issuer.spec.acme.server})`;
}

/** A tenant-like app scope with a namespace of its own (what a Tenant construct will be). */
class TeamScope extends Construct implements IAppScope {
  public readonly [APP_SCOPE] = true as const;
  public readonly appsNamespace: string;
  public readonly appsNamespaceObject: ApiObject;
  public readonly imagePullSecrets: readonly string[] = [];
  public readonly defaultEngine: AppEngine = 'kserve';
  public readonly appsDomain: string;

  public constructor(scope: Construct, id: string, namespace: string, appsDomain = `${namespace}.example.com`) {
    super(scope, id);
    this.appsNamespace = namespace;
    this.appsDomain = appsDomain;
    this.appsNamespaceObject = new k8s.KubeNamespace(this, 'Namespace', { metadata: { name: namespace } });
  }
}

describe('the example platform', () => {
  const app = Testing.app();
  const platform = examplePlatform(app);
  const docs = synthApp(app);
  const apps = platform.node.findAll().filter((c): c is CustomerApp => c instanceof CustomerApp);

  test('every public app is served over HTTPS by a certificate of its namespace from the DNS-01 DigitalOcean issuer', () => {
    const publicApps = apps.filter((a) => a.visibility === 'public');
    expect(publicApps.length).toBeGreaterThan(0);
    expect(publicApps.map((a) => tlsChain(docs, a.hostname!))).toEqual(publicApps.map((a) =>
      `${a.hostname}: ${a.namespace}/wildcard-tls from Certificate wildcard-tls by letsencrypt-staging (https://acme-staging-v02.api.letsencrypt.org/directory)`));
    expect(publicApps.map((a) => a.namespace)).toContain('acme');
    expect(publicApps.map((a) => a.url)).toEqual(publicApps.map((a) => `https://${a.hostname}`));
    expect(schemaProblems(docs)).toEqual([]);
  });

  test('a clusterLocal app has no DomainMapping and no certificate', () => {
    const local = apps.filter((a) => a.visibility === 'clusterLocal');
    expect(local.map((a) => a.name)).toEqual(['reports']);
    for (const a of local) {
      expect(docs.filter((d) => d.kind === 'DomainMapping' && d.spec.ref.name === a.serviceName)).toEqual([]);
      expect(docs.filter((d) => d.kind === 'Certificate' && d.metadata.name.startsWith(a.name))).toEqual([]);
      expect([a.hostname, a.tlsSecretName, a.url]).toEqual([undefined, undefined, a.internalUrl]);
    }
  });

  test('the check has teeth: a DomainMapping without its Certificate, or a Certificate for another host, breaks the chain', () => {
    const host = 'my-app.calvinruntime.net';
    expect(tlsChain(docs.filter((d) => d.kind !== 'Certificate'), host)).toBe(`${host}: 0 Certificates write Secret calvin-apps/wildcard-tls`);
    const narrow = docs.map((d) => (d.kind === 'Certificate' ? { ...d, spec: { ...d.spec, dnsNames: ['*.other.net'] } } : d));
    expect(tlsChain(narrow, host)).toBe(`${host}: Certificate wildcard-tls covers only *.other.net`);
    expect(tlsChain(docs.filter((d) => d.kind !== 'ClusterIssuer'), host)).toBe(`${host}: no ClusterIssuer letsencrypt-staging`);
  });
});

describe('certificates per namespace, created by the platform', () => {
  test('one wildcard Certificate per namespace with public apps, none where all apps are cluster-local', () => {
    let team!: TeamScope;
    const docs = synthPlatform((p) => {
      new CustomerApp(p, 'web', { image: IMAGE });
      new CustomerApp(p, 'api', { image: IMAGE });
      team = new TeamScope(p, 'team', 'team-a');
      new CustomerApp(team, 'shop', { image: IMAGE });
      new CustomerApp(new TeamScope(p, 'quiet', 'team-b'), 'batch', { image: IMAGE, visibility: 'clusterLocal' });
    });
    const certificates = docs.filter((d) => d.kind === 'Certificate').map((d) => `${d.metadata.namespace}/${d.metadata.name} ${d.spec.dnsNames}`);
    // Each namespace's wildcard is for its own subdomain: no two ask Let's Encrypt for the same names.
    expect(certificates).toEqual(['calvin-apps/wildcard-tls *.example.com', 'team-a/wildcard-tls *.team-a.example.com']);
    for (const host of ['web.example.com', 'api.example.com', 'shop.team-a.example.com']) expect(tlsChain(docs, host)).toMatch(/ by letsencrypt-staging /);
    expect(findObject(docs, 'DomainMapping', 'shop.team-a.example.com').metadata.namespace).toBe('team-a');
    // Each Certificate is applied after its namespace.
    const order = docs.map((d) => `${d.kind}/${d.metadata.namespace ?? ''}/${d.metadata.name}`);
    expect(order.indexOf('Namespace//team-a')).toBeLessThan(order.indexOf('Certificate/team-a/wildcard-tls'));
    expect(order.indexOf('Namespace//calvin-apps')).toBeLessThan(order.indexOf('Certificate/calvin-apps/wildcard-tls'));
  });

  test('production, a custom name, token Secret and wildcard Secret name reach the objects', () => {
    const docs = synthPlatform((p) => { new CustomerApp(p, 'web', { image: IMAGE }); }, {
      tls: {
        issuer: { email: 'certs@example.com', environment: 'production', name: 'le', dnsTokenSecret: { secret: 'do-dns', key: 'token' } },
        wildcardSecretName: 'example-com-tls',
      },
    });
    const issuer = findObject(docs, 'ClusterIssuer', 'le');
    expect(issuer.spec.acme).toEqual({
      server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'certs@example.com', privateKeySecretRef: { name: 'le-account-key' },
      solvers: [{ dns01: { digitalocean: { tokenSecretRef: { name: 'do-dns', key: 'token' } } } }],
    });
    expect(tlsChain(docs, 'web.example.com')).toBe('web.example.com: calvin-apps/example-com-tls from Certificate example-com-tls by le (https://acme-v02.api.letsencrypt.org/directory)');
  });

  test('the token Secret the issuer reads is named on the construct, in cert-manager\'s namespace', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    expect(platform.tls!.issuer!.dnsTokenSecret).toEqual({ namespace: 'cert-manager', secret: 'digitalocean-dns', key: 'access-token' });
  });
});

describe('hosts the wildcard does not cover', () => {
  const appError = (props: object, platform: Partial<PlatformStackProps> = {}): string =>
    errorOf(() => synthPlatform((p) => { new CustomerApp(new Construct(p, 'team'), 'deep', { image: IMAGE, ...props }); }, platform));

  test.each([
    ['two labels deep', 'a.b.example.com'],
    ['the apex', 'example.com'],
    ['another zone', 'shop.example.org'],
  ])('%s fails synth with the app\'s path, unless the app has a Certificate of its own', (_what, hostname) => {
    expect(appError({ hostname })).toBe(`calvin/team/deep: hostname "${hostname}" is not covered by the certificate of namespace calvin-apps `
      + '(*.example.com; a wildcard covers exactly one label): set dedicatedCertificate: true to have one issued for this host');
    let app!: CustomerApp;
    const docs = synthPlatform((p) => { app = new CustomerApp(p, 'deep', { image: IMAGE, hostname, dedicatedCertificate: true }); });
    expect(tlsChain(docs, hostname)).toBe(`${hostname}: calvin-apps/deep-tls from Certificate deep-tls by letsencrypt-staging (https://acme-staging-v02.api.letsencrypt.org/directory)`);
    expect(findObject(docs, 'Certificate', 'deep-tls').spec.dnsNames).toEqual([hostname]);
    expect([app.certificate?.secretName, app.tlsSecretName, app.url]).toEqual(['deep-tls', 'deep-tls', `https://${hostname}`]);
    // The namespace's wildcard is not created for an app that does not use it.
    expect(docs.filter((d) => d.kind === 'Certificate').map((d) => d.metadata.name)).toEqual(['deep-tls']);
  });

  test('your own certificate: its names are checked; a dedicated Certificate needs the issuer', () => {
    const byo = { tls: { certificateSecret: 'origin', certificateDnsNames: ['*.example.com', 'example.com'] } };
    expect(appError({ hostname: 'a.b.example.com' }, byo)).toBe('calvin/team/deep: hostname "a.b.example.com" is not covered by the platform\'s certificate '
      + '(tls.certificateDnsNames: *.example.com, example.com; a wildcard covers exactly one label)');
    expect(appError({ hostname: 'example.com', dedicatedCertificate: true }, byo))
      .toBe('calvin/team/deep: dedicatedCertificate true needs the platform\'s issuer (tls.issuer); with tls.certificateSecret the certificates are yours');
    const docs = synthPlatform((p) => { new CustomerApp(p, 'web', { image: IMAGE, hostname: 'example.com' }); }, byo);
    expect(docs.filter((d) => d.apiVersion.startsWith('cert-manager.io/'))).toEqual([]);
    const mapping = findObject(docs, 'DomainMapping', 'example.com');
    expect([mapping.spec.tls, mapping.metadata.annotations]).toEqual([{ secretName: 'origin' }, { 'networking.knative.dev/http-protocol': 'redirected' }]);
  });
});

describe('tls: false and bad settings', () => {
  test('tls: false serves plain HTTP: http:// URLs, no certificate, no redirect', () => {
    let app!: CustomerApp;
    const docs = synthPlatform((p) => { app = new CustomerApp(p, 'web', { image: IMAGE }); }, { tls: false });
    expect(app.url).toBe('http://web.example.com');
    expect(docs.filter((d) => d.apiVersion.startsWith('cert-manager.io/'))).toEqual([]);
    const mapping = findObject(docs, 'DomainMapping', 'web.example.com');
    expect(mapping.spec.tls).toBeUndefined();
    expect(mapping.metadata.annotations).toBeUndefined();
    expect(tlsChain(docs, 'web.example.com')).toBe('web.example.com: DomainMapping without tls.secretName');
    expect(errorOf(() => synthPlatform((p) => { new CustomerApp(p, 'web', { image: IMAGE, dedicatedCertificate: true }); }, { tls: false })))
      .toBe('calvin/web: dedicatedCertificate true is set, but calvin serves plain HTTP (tls: false)');
  });

  test.each<[string, unknown, string]>([
    ['no issuer', {}, 'calvin: tls.issuer is required (e.g. { email: "ops@example.org" }), unless tls.certificateSecret names a certificate of your own'],
    ['no email', { issuer: {} }, 'calvin: tls.issuer.email is required (the ACME account\'s contact, e.g. "ops@example.org")'],
    ['bad email', { issuer: { email: 'ops' } }, 'calvin: tls.issuer.email "ops" is not an email address'],
    ['unknown environment', { issuer: { email: 'a@b.io', environment: 'prod' } }, 'calvin: tls.issuer.environment "prod" is not "staging" or "production"'],
    ['bad token Secret', { issuer: { email: 'a@b.io', dnsTokenSecret: { secret: 'DO' } } }, 'calvin: tls.issuer.dnsTokenSecret.secret "DO" is not a DNS-1123 subdomain'],
    ['both issuer and a certificate', { issuer: { email: 'a@b.io' }, certificateSecret: 'mine' }, 'calvin: tls.certificateSecret "mine" cannot be combined with tls.issuer'],
    ['names without a certificate', { issuer: { email: 'a@b.io' }, certificateDnsNames: ['*.example.com'] }, 'calvin: tls.certificateDnsNames ["*.example.com"] describes tls.certificateSecret, which is not set'],
    ['a partial wildcard', { certificateSecret: 'mine', certificateDnsNames: ['a*.example.com'] }, 'calvin: tls.certificateDnsNames[0] "a*.example.com" is not a certificate DNS name'],
    ['not an object', 'letsencrypt', 'calvin: tls "letsencrypt" is not a TLS setting'],
  ])('%s', (_what, tls, expected) => {
    expect(errorOf(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls } as PlatformStackProps))).toContain(expected);
  });

  test('dedicatedCertificate on a clusterLocal app is refused', () => {
    expect(errorOf(() => synthPlatform((p) => { new CustomerApp(p, 'jobs', { image: IMAGE, visibility: 'clusterLocal', dedicatedCertificate: true }); })))
      .toBe('calvin/jobs: dedicatedCertificate true is set on a clusterLocal app, which has no public host');
  });
});
