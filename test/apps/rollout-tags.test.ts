/**
 * A rollout's candidate has a URL of its own: Knative routes each tag of the traffic split at
 * `<tag>-<name>` (config-network `tag-template`, `{{.Tag}}-{{.Name}}` by default) and keeps a
 * placeholder Kubernetes Service of that name in the app's namespace (the knative engine's tag is
 * `candidate`; KServe, with tag routing on, tags the latest revision `latest`). A public app's
 * candidate gets a DomainMapping to that Service and is served by the app's own certificate.
 */
import { Testing } from 'cdk8s';
import { CustomerApp, CustomerAppProps, ModelService, ModelServiceProps, PlatformStack, Tenant, certificateCovers } from '../../constructs';
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

/**
 * A ModelService's rollout gives its candidate the same URL as a CustomerApp's on KServe (one
 * definition: constructs/apps/rollout-candidate.ts): tag routing on, so KServe (v0.20.0,
 * reconcilers/knative/ksvc_reconciler.go) tags the latest revision `latest` on `<model>-predictor`.
 */
describe('rollout tag hosts of a ModelService', () => {
  const IRIS: ModelServiceProps = { modelFormat: 'sklearn', storageUri: 's3://calvin-models/iris/2/', rollout: { canaryPercent: 0 } };
  function withModel(props: Partial<ModelServiceProps> = {}, platformProps: object = {}): { model: ModelService; docs: any[] } {
    let model!: ModelService;
    const docs = synthPlatform((p) => { model = new ModelService(p, 'iris', { ...IRIS, ...props }); }, platformProps);
    return { model, docs };
  }

  test('public: tag routing on beside the canary split; candidate-<hostname> maps to KServe\'s latest-<model>-predictor over the wildcard\'s HTTPS', () => {
    const { model, docs } = withModel({ rollout: { canaryPercent: 10 } });
    const isvc = findObject(docs, 'InferenceService', 'iris');
    expect(isvc.metadata.annotations['serving.kserve.io/enable-tag-routing']).toBe('true');
    expect(isvc.spec.predictor.canaryTrafficPercent).toBe(10);
    expect(model.candidateHostname).toBe('candidate-iris.example.com');
    expect(model.candidateUrl).toBe('https://candidate-iris.example.com');
    expect(model.tagHostnames).toEqual(['candidate-iris.example.com']);
    expect(model.candidateDomainMapping?.name).toBe('candidate-iris.example.com');
    expect(findObject(docs, 'DomainMapping', 'candidate-iris.example.com')).toMatchObject({
      metadata: { namespace: 'calvin-apps', labels: { 'app.kubernetes.io/name': 'iris' } },
      spec: { ref: { apiVersion: 'v1', kind: 'Service', name: 'latest-iris-predictor' }, tls: { secretName: 'wildcard-tls' } },
    });
    expect(docs.filter((d) => d.kind === 'Certificate').map((c) => c.spec.dnsNames)).toEqual([['*.example.com']]);
  });

  test('in a tenant, with a dedicated certificate: the certificate names the candidate\'s host too', () => {
    let model!: ModelService;
    const docs = synthPlatform((p) => { model = new ModelService(new Tenant(p, 'acme'), 'iris', { ...IRIS, maxScale: 1, dedicatedCertificate: true }); });
    expect(model.candidateUrl).toBe('https://candidate-iris.acme.example.com');
    expect(findObject(docs, 'Certificate', 'iris-tls').spec.dnsNames).toEqual(['iris.acme.example.com', 'candidate-iris.acme.example.com']);
    expect(findObject(docs, 'DomainMapping', 'candidate-iris.acme.example.com').metadata.namespace).toBe('acme');
  });

  test('cluster-local: the tag\'s route inside the cluster, no DomainMapping; no rollout: no annotation, no candidate', () => {
    const local = withModel({ visibility: 'clusterLocal' });
    expect(local.model.candidateUrl).toBe('http://latest-iris-predictor.calvin-apps.svc.cluster.local');
    expect(local.model.candidateHostname).toBeUndefined();
    expect(local.docs.filter((d) => d.kind === 'DomainMapping')).toEqual([]);
    const plain = withModel({ rollout: undefined });
    expect(findObject(plain.docs, 'InferenceService', 'iris').metadata.annotations).not.toHaveProperty('serving.kserve.io/enable-tag-routing');
    expect(plain.model.candidateUrl).toBeUndefined();
    expect(plain.model.tagHostnames).toEqual([]);
  });

  test('the candidate\'s host is reserved: an app on it is refused; a certificate of your own must cover it', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new ModelService(platform, 'iris', IRIS);
    expect(errorOf(() => new CustomerApp(platform, 'candidate-iris', { image: IMAGE }))).toBe(
      'calvin/candidate-iris: hostname "candidate-iris.example.com" is already served by calvin/iris (one app per hostname)');
    const own = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: { certificateSecret: 'origin-tls', certificateDnsNames: ['iris.example.com'] } });
    expect(errorOf(() => new ModelService(own, 'iris', IRIS))).toBe(
      'calvin/iris: rollout "candidate-iris.example.com" is not covered by the platform\'s certificate (tls.certificateDnsNames: iris.example.com; a wildcard covers exactly one label)');
  });
});

