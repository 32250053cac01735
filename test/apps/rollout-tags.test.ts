/**
 * A rollout's candidate has a URL of its own: Knative routes each tag of the traffic split at
 * `<tag>-<name>` (config-network `tag-template`, `{{.Tag}}-{{.Name}}` by default) and keeps a
 * placeholder Kubernetes Service of that name in the app's namespace (the knative engine's tag is
 * `candidate`; KServe, with tag routing on, tags the latest revision `latest`). A public app's
 * candidate gets a DomainMapping to that Service and is served by the app's own certificate.
 */
import { Testing } from 'cdk8s';
import { CustomerApp, CustomerAppProps, PlatformStack, Tenant, certificateCovers } from '../../constructs';
import { errorOf, findObject, synthPlatform, TEST_TLS } from '../helpers';

const IMAGE = 'registry.example.com/shop:v2';
const ROLLOUT = { canaryPercent: 0, revision: 'v2', previousRevision: 'v1' };

function withApp(props: Partial<CustomerAppProps> = {}, platformProps: object = {}): { app: CustomerApp; docs: any[] } {
  let app!: CustomerApp;
  const docs = synthPlatform((p) => { app = new CustomerApp(p, 'shop', { image: IMAGE, engine: 'knative', rollout: ROLLOUT, ...props }); }, platformProps);
  return { app, docs };
}

describe('rollout tag hosts', () => {
  test('a public app: the candidate\'s host candidate-<app>.<domain> maps to the tag\'s Service, over the wildcard\'s HTTPS', () => {
    const { app, docs } = withApp();
    expect(app.candidateHostname).toBe('candidate-shop.example.com');
    expect(app.candidateUrl).toBe('https://candidate-shop.example.com');
    const mapping = findObject(docs, 'DomainMapping', 'candidate-shop.example.com');
    expect(mapping).toMatchObject({
      apiVersion: 'serving.knative.dev/v1beta1',
      metadata: { namespace: 'calvin-apps', annotations: { 'networking.knative.dev/http-protocol': 'redirected' } },
      spec: { ref: { apiVersion: 'v1', kind: 'Service', name: 'candidate-shop' }, tls: { secretName: 'wildcard-tls' } },
    });
    // The app's own mapping still routes to the Knative Service (the whole split).
    expect(findObject(docs, 'DomainMapping', 'shop.example.com').spec.ref).toEqual({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'shop' });
    // The namespace's one wildcard certificate covers both hosts: no certificate is added.
    const certificates = docs.filter((d) => d.kind === 'Certificate');
    expect(certificates.map((c) => c.spec.dnsNames)).toEqual([['*.example.com']]);
    expect(certificateCovers(certificates[0].spec.dnsNames, app.candidateHostname!)).toBe(true);
    // The tag named in the traffic split is the one the host and the Service are named after.
    expect(findObject(docs, 'Service', 'shop').spec.traffic[0].tag).toBe('candidate');
  });

  test('in a tenant: candidate-<app>.<tenant>.<domain>, covered by the tenant\'s wildcard', () => {
    let app!: CustomerApp;
    const docs = synthPlatform((p) => { app = new CustomerApp(new Tenant(p, 'acme', {}), 'shop', { image: IMAGE, engine: 'knative', rollout: ROLLOUT, maxScale: 1 }); });
    expect(app.candidateUrl).toBe('https://candidate-shop.acme.example.com');
    expect(findObject(docs, 'DomainMapping', 'candidate-shop.acme.example.com').metadata.namespace).toBe('acme');
    const wildcard = docs.filter((d) => d.kind === 'Certificate' && d.metadata.namespace === 'acme');
    expect(wildcard.map((c) => c.spec.dnsNames)).toEqual([['*.acme.example.com']]);
  });

  test('a host outside the wildcard: the dedicated certificate names the candidate\'s host too', () => {
    const { app, docs } = withApp({ hostname: 'shop.example.org', dedicatedCertificate: true });
    expect(app.candidateUrl).toBe('https://candidate-shop.example.org');
    expect(findObject(docs, 'Certificate', 'shop-tls').spec.dnsNames).toEqual(['shop.example.org', 'candidate-shop.example.org']);
    expect(findObject(docs, 'DomainMapping', 'candidate-shop.example.org').spec.tls).toEqual({ secretName: 'shop-tls' });
  });

  test('a certificate of your own that does not cover the candidate\'s host fails synth naming the host', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', {
      domain: 'example.com', tls: { certificateSecret: 'origin-tls', certificateDnsNames: ['shop.example.com'] },
    });
    expect(errorOf(() => new CustomerApp(platform, 'shop', { image: IMAGE, engine: 'knative', rollout: ROLLOUT }))).toBe(
      'calvin/shop: rollout "candidate-shop.example.com" is not covered by the platform\'s certificate (tls.certificateDnsNames: shop.example.com; a wildcard covers exactly one label)');
  });

  test('plain HTTP, cluster-local and no rollout', () => {
    expect(withApp({}, { tls: false }).app.candidateUrl).toBe('http://candidate-shop.example.com');
    const local = withApp({ visibility: 'clusterLocal' });
    expect(local.app.candidateUrl).toBe('http://candidate-shop.calvin-apps.svc.cluster.local');
    expect(local.app.candidateHostname).toBeUndefined();
    expect(local.docs.filter((d) => d.kind === 'DomainMapping')).toEqual([]);
    const none = withApp({ rollout: undefined });
    expect(none.app.candidateUrl).toBeUndefined();
    expect(none.docs.filter((d) => d.kind === 'DomainMapping').map((d) => d.metadata.name)).toEqual(['shop.example.com']);
  });

  test('KServe: tag routing on, so the latest revision has KServe\'s `latest` route; the candidate\'s host maps to it', () => {
    const { app, docs } = withApp({ engine: 'kserve', rollout: { canaryPercent: 10 } });
    const service = findObject(docs, 'InferenceService', 'shop');
    expect(service.metadata.annotations['serving.kserve.io/enable-tag-routing']).toBe('true');
    expect(app.candidateUrl).toBe('https://candidate-shop.example.com');
    expect(findObject(docs, 'DomainMapping', 'candidate-shop.example.com').spec.ref).toEqual({ apiVersion: 'v1', kind: 'Service', name: 'latest-shop-predictor' });
    const local = withApp({ engine: 'kserve', rollout: { canaryPercent: 10 }, visibility: 'clusterLocal' });
    expect(local.app.candidateUrl).toBe('http://latest-shop-predictor.calvin-apps.svc.cluster.local');
    // Without a rollout KServe tags nothing: no annotation, no candidate.
    const plain = withApp({ engine: 'kserve', rollout: undefined });
    expect(findObject(plain.docs, 'InferenceService', 'shop').metadata.annotations).not.toHaveProperty('serving.kserve.io/enable-tag-routing');
    expect(plain.app.candidateUrl).toBeUndefined();
  });

  test('the candidate\'s host is reserved like an app\'s: another app on it is refused, both ways', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(platform, 'shop', { image: IMAGE, engine: 'knative', rollout: ROLLOUT });
    expect(errorOf(() => new CustomerApp(platform, 'candidate-shop', { image: IMAGE }))).toBe(
      'calvin/candidate-shop: hostname "candidate-shop.example.com" is already served by calvin/shop (one app per hostname)');
    const other = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(other, 'candidate-shop', { image: IMAGE });
    expect(errorOf(() => new CustomerApp(other, 'shop', { image: IMAGE, engine: 'knative', rollout: ROLLOUT }))).toBe(
      'calvin/shop: rollout "candidate-shop.example.com" is already served by calvin/candidate-shop (one app per hostname)');
  });

  test('a candidate host whose first label would pass 63 characters is refused', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    const hostname = `${'s'.repeat(60)}.example.com`;
    expect(errorOf(() => new CustomerApp(platform, 'shop', { image: IMAGE, engine: 'knative', rollout: ROLLOUT, hostname }))).toContain(
      `calvin/shop: rollout "candidate-${hostname}" is the candidate's host (candidate-<hostname>), and its first label is longer than 63 characters`);
  });
});
