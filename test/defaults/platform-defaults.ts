import { Chart, Testing } from 'cdk8s';
import {
  AcmeClusterIssuer, AcmeClusterIssuerProps, CustomerApp, CustomerAppProps, KSERVE_DEPLOYMENT_MODE_ANNOTATION, PlatformStack, PlatformStackProps,
  PlatformTlsProps, TlsCertificate,
} from '../../constructs';
import { errorOf, findObject, synthChart, synthPlatform, TEST_TLS } from '../helpers';
import { appDocs, DefaultsTable, IMAGE, noop, predictor } from './tables';

const samePlatform = (explicit: Partial<PlatformStackProps>) => {
  const build = (p: PlatformStack) => { new CustomerApp(p, 'web', { image: IMAGE }); };
  expect(synthPlatform(build)).toEqual(synthPlatform(build, explicit));
};

/** The platform's TLS objects and the app `web`'s DomainMapping, for `tls` settings. */
const tlsDocs = (tls: PlatformTlsProps | false, app: Partial<CustomerAppProps> = {}) => appDocs(app, { tls });
const issuerDocs = (issuer: Partial<AcmeClusterIssuerProps> = {}) => tlsDocs({ issuer: { email: 'ops@example.com', ...issuer } });
const sameIssuer = (explicit: Partial<AcmeClusterIssuerProps>) => expect(issuerDocs()).toEqual(issuerDocs(explicit));
const BYO = { certificateSecret: 'origin-cert' };

/** PlatformStack's props and its TLS: PlatformTls, AcmeClusterIssuer and TlsCertificate. */
export const PLATFORM_DEFAULTS: DefaultsTable = {
  'PlatformStackProps.appsNamespace': { documented: "'calvin-apps'", check: () => {
    const docs = appDocs();
    findObject(docs, 'Namespace', 'calvin-apps');
    expect(findObject(docs, 'InferenceService', 'web').metadata.namespace).toBe('calvin-apps');
  } },
  'PlatformStackProps.systemNamespace': { documented: "'calvin-system'", check: () => {
    const docs = appDocs();
    findObject(docs, 'Namespace', 'calvin-system');
    expect(findObject(docs, 'Deployment', 'scheduler-worker').metadata.namespace).toBe('calvin-system');
  } },
  'PlatformStackProps.labels': { documented: '{}', check: () => {
    expect(findObject(appDocs(), 'Deployment', 'scheduler-worker').metadata.labels).toEqual({
      'app.kubernetes.io/name': 'scheduler-worker', 'app.kubernetes.io/component': 'trigger-scheduler',
      'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime',
    });
    samePlatform({ labels: {} });
  } },
  'PlatformStackProps.defaultEngine': { documented: "'kserve'", check: () => {
    expect(appDocs().filter((d) => d.metadata?.name === 'web').map((d) => d.kind)).toEqual(['InferenceService']);
    samePlatform({ defaultEngine: 'kserve' });
  } },
  'PlatformStackProps.kserveDeploymentMode': { documented: "'Knative'", check: () => {
    expect(findObject(appDocs(), 'InferenceService', 'web').metadata.annotations[KSERVE_DEPLOYMENT_MODE_ANNOTATION]).toBe('Knative');
    samePlatform({ kserveDeploymentMode: 'Knative' });
  } },
  'PlatformStackProps.imagePullSecrets': { documented: '[]', check: () => {
    expect(predictor()).not.toHaveProperty('imagePullSecrets');
    samePlatform({ imagePullSecrets: [] });
  } },
  'PlatformStackProps.appsPodSecurity': { documented: "'baseline'", check: () => {
    expect(findObject(appDocs(), 'Namespace', 'calvin-apps').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    samePlatform({ appsPodSecurity: 'baseline' });
  } },
  'PlatformStackProps.worker': { documented: 'see SchedulerWorkerProps', check: () => samePlatform({ worker: {} }) },
  'PlatformStackProps.readOnlyAccess': { documented: 'false', check: () => {
    expect(appDocs().filter((d) => d.apiVersion.startsWith('rbac.authorization.k8s.io/'))).toEqual([]);
    samePlatform({ readOnlyAccess: false });
  } },
  'ReadOnlyAccessProps.name': { documented: "'calvin-status-reader'", check: () => {
    findObject(appDocs({}, { readOnlyAccess: true }), 'ClusterRole', 'calvin-status-reader');
    expect(appDocs({}, { readOnlyAccess: true })).toEqual(appDocs({}, { readOnlyAccess: { name: 'calvin-status-reader' } }));
  } },
  'ReadOnlyAccessProps.subjects': { documented: '[]', check: () => {
    expect(appDocs({}, { readOnlyAccess: true }).filter((d) => d.kind === 'ClusterRoleBinding')).toEqual([]);
    expect(appDocs({}, { readOnlyAccess: true })).toEqual(appDocs({}, { readOnlyAccess: { subjects: [] } }));
  } },
  'ReadOnlySubject.namespace': { documented: 'none', check: () => {
    const docs = appDocs({}, { readOnlyAccess: { subjects: [{ kind: 'Group', name: 'ci' }] } });
    expect(findObject(docs, 'ClusterRoleBinding', 'calvin-status-reader').subjects).toEqual([{ kind: 'Group', name: 'ci', apiGroup: 'rbac.authorization.k8s.io' }]);
  } },
  'PlatformStackProps.applySet': { documented: 'false', check: () => {
    expect(appDocs().filter((d) => d.kind === 'Secret' || d.metadata.labels?.['applyset.kubernetes.io/part-of'])).toEqual([]);
    samePlatform({ applySet: false });
  } },
  'PlatformApplySetProps.name': { documented: "'calvin-applyset'", check: () => {
    const parents = (applySet: PlatformStackProps['applySet']) => synthPlatform(noop, { applySet }).filter((d) => d.kind === 'Secret');
    expect(parents({}).map((d) => `${d.metadata.namespace}/${d.metadata.name}`)).toEqual(['calvin-system/calvin-applyset']);
    expect(parents({})).toEqual(parents({ name: 'calvin-applyset' }));
    expect(parents(true)).toEqual(parents({}));
  } },
  'PlatformStackProps.tls': { documented: 'none: required once an app is public', check: () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    new CustomerApp(platform, 'jobs', { image: IMAGE, visibility: 'clusterLocal' });
    expect(synthChart(platform).filter((d) => d.apiVersion.startsWith('cert-manager.io/'))).toEqual([]);
    expect(errorOf(() => new CustomerApp(platform, 'web', { image: IMAGE }))).toMatch(/^calvin: tls is required once the platform serves a public app \(calvin\/web at web.example.com\)/);
  } },
  'PlatformTlsProps.issuer': { documented: 'none: required unless `certificateSecret` is set', check: () => {
    expect(errorOf(() => tlsDocs({}))).toMatch(/^calvin: tls.issuer is required/);
    expect(tlsDocs(BYO).filter((d) => d.apiVersion.startsWith('cert-manager.io/'))).toEqual([]);
  } },
  'PlatformTlsProps.wildcardSecretName': { documented: "'wildcard-tls'", check: () => {
    expect(findObject(issuerDocs(), 'Certificate').spec.secretName).toBe('wildcard-tls');
    expect(issuerDocs()).toEqual(tlsDocs({ ...TEST_TLS as PlatformTlsProps, wildcardSecretName: 'wildcard-tls' }));
  } },
  'PlatformTlsProps.certificateSecret': { documented: 'none: cert-manager issues the certificates (`issuer`)', check: () => {
    expect(findObject(issuerDocs(), 'Certificate').spec.issuerRef.name).toBe('letsencrypt-staging');
  } },
  'PlatformTlsProps.certificateDnsNames': { documented: '[`*.<domain>`]', check: () => {
    expect(tlsDocs(BYO)).toEqual(tlsDocs({ ...BYO, certificateDnsNames: ['*.example.com'] }));
    expect(errorOf(() => tlsDocs(BYO, { hostname: 'example.com' }))).toMatch(/calvin\/web: hostname "example.com" is not covered by the platform's certificate \(tls.certificateDnsNames: \*.example.com;/);
  } },
  'AcmeClusterIssuerProps.environment': { documented: "'staging'", check: () => {
    expect(findObject(issuerDocs(), 'ClusterIssuer').spec.acme.server).toBe('https://acme-staging-v02.api.letsencrypt.org/directory');
    sameIssuer({ environment: 'staging' });
  } },
  'AcmeClusterIssuerProps.name': { documented: '`letsencrypt-<environment>`', check: () => {
    expect(findObject(issuerDocs(), 'ClusterIssuer').metadata.name).toBe('letsencrypt-staging');
    expect(findObject(issuerDocs({ environment: 'production' }), 'ClusterIssuer').metadata.name).toBe('letsencrypt-production');
  } },
  'AcmeClusterIssuerProps.dnsTokenSecret': { documented: "{ secret: 'digitalocean-dns', key: 'access-token' }", check: () => {
    expect(findObject(issuerDocs(), 'ClusterIssuer').spec.acme.solvers).toEqual([{ dns01: { digitalocean: { tokenSecretRef: { name: 'digitalocean-dns', key: 'access-token' } } } }]);
    sameIssuer({ dnsTokenSecret: { secret: 'digitalocean-dns', key: 'access-token' } });
  } },
  'AcmeClusterIssuerProps.certManagerNamespace': { documented: "'cert-manager'", check: () => {
    const issuer = new AcmeClusterIssuer(new Chart(Testing.app(), 'c'), 'issuer', { email: 'ops@example.com' });
    expect(issuer.dnsTokenSecret).toEqual({ namespace: 'cert-manager', secret: 'digitalocean-dns', key: 'access-token' });
    expect(issuer.accountKeySecret).toEqual({ namespace: 'cert-manager', secret: 'letsencrypt-staging-account-key' });
  } },
  'AcmeClusterIssuerProps.transform': { documented: 'none', check: () => sameIssuer({ transform: noop }) },
  'TlsCertificateProps.transform': { documented: 'none', check: () => {
    const synth = (transform?: () => void) => {
      const chart = new Chart(Testing.app(), 'c');
      new TlsCertificate(chart, 'cert', { namespace: 'apps', dnsNames: ['*.example.com'], secretName: 's', clusterIssuer: 'le', transform });
      return synthChart(chart);
    };
    expect(synth()).toEqual(synth(noop));
  } },
};
