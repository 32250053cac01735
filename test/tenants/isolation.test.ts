import { CustomerApp, Tenant } from '../../constructs';
import { synthPlatform } from '../helpers';
import { allows, Connection, PodEndpoint } from './network-policy-evaluator';

/** The tenants' NetworkPolicies as synthesized, evaluated for the connections the seeds care about. */
const IMAGE = 'registry.example.com/acme/app:1.0.0';
const SMALL = { image: IMAGE, maxScale: 1, resources: { limits: { cpu: '500m', memory: '512Mi' } } };
const docs = synthPlatform((p) => {
  new CustomerApp(new Tenant(p, 'acme'), 'shop', SMALL);
  new CustomerApp(new Tenant(p, 'globex'), 'shop', SMALL);
});
const policies = docs.filter((d) => d.kind === 'NetworkPolicy');

const appPod = (namespace: string, ip: string): PodEndpoint => ({ namespace, labels: { 'app.kubernetes.io/name': 'shop' }, ip });
const acme = appPod('acme', '10.244.1.10');
const acmeOther = appPod('acme', '10.244.1.11');
const globex = appPod('globex', '10.244.2.10');
const worker: PodEndpoint = { namespace: 'calvin-system', labels: { 'app.kubernetes.io/name': 'scheduler-worker' }, ip: '10.244.3.10' };
const activator: PodEndpoint = { namespace: 'knative-serving', labels: { app: 'activator' }, ip: '10.244.4.10' };
const kourier: PodEndpoint = { namespace: 'kourier-system', labels: { app: '3scale-kourier-gateway' }, ip: '10.244.5.10' };
const coreDns: PodEndpoint = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, ip: '10.244.0.5' };
const stranger: PodEndpoint = { namespace: 'default', labels: {}, ip: '10.244.6.10' };
/** DigitalOcean Spaces' fra1 endpoint, a public address. */
const objectStore = { ip: '5.101.109.44' };
const googleDns = { ip: '8.8.8.8' };

describe('tenant isolation, evaluated on the synthesized policies', () => {
  test('five policies per tenant', () => {
    expect(policies.filter((p) => p.metadata.namespace === 'acme').map((p) => p.metadata.name).sort())
      .toEqual(['allow-dns', 'allow-egress', 'allow-platform-ingress', 'allow-same-tenant', 'default-deny']);
  });

  test.each<[string, Connection, boolean]>([
    ['tenant A → tenant B app is denied', { from: acme, to: globex, port: 8080 }, false],
    ['tenant B → tenant A app is denied', { from: globex, to: acme, port: 8080 }, false],
    ['an unrelated namespace → tenant app is denied', { from: stranger, to: acme, port: 8080 }, false],
    ['the scheduler worker → tenant app is allowed', { from: worker, to: acme, port: 8080 }, true],
    ['Knative\'s activator → tenant app (scale from zero) is allowed', { from: activator, to: acme, port: 8012 }, true],
    ['Kourier\'s gateway → tenant app is allowed', { from: kourier, to: acme, port: 8012 }, true],
    ['inside the tenant, pod → pod is allowed', { from: acme, to: acmeOther, port: 8080 }, true],
    ['tenant → cluster DNS in kube-system, UDP 53, is allowed', { from: acme, to: coreDns, port: 53, protocol: 'UDP' }, true],
    ['tenant → cluster DNS over TCP 53 is allowed', { from: acme, to: coreDns, port: 53 }, true],
    ['tenant → 8.8.8.8:53 (UDP) is denied: DNS goes to kube-system only', { from: acme, to: googleDns, port: 53, protocol: 'UDP' }, false],
    ['tenant → 8.8.8.8:53 (TCP) is denied', { from: acme, to: googleDns, port: 53 }, false],
    ['tenant → the object store over HTTPS is allowed', { from: acme, to: objectStore, port: 443 }, true],
    ['tenant → the object store on plain HTTP is denied', { from: acme, to: objectStore, port: 80 }, false],
    ['tenant → another tenant\'s pod address on 443 is denied (private ranges are excepted)', { from: acme, to: { ip: globex.ip! }, port: 443 }, false],
    ['tenant → the cloud metadata address is denied', { from: acme, to: { ip: '169.254.169.254' }, port: 443 }, false],
  ])('%s', (_what, connection, expected) => {
    expect(allows(policies, connection)).toBe(expected);
  });

  test('each side denies on its own: A\'s egress policies, and B\'s ingress policies; with neither, A reaches B', () => {
    const connection = { from: acme, to: globex, port: 8080 };
    expect(allows(policies.filter((p) => p.metadata.namespace === 'acme'), connection)).toBe(false);
    expect(allows(policies.filter((p) => p.metadata.namespace === 'globex'), connection)).toBe(false);
    expect(allows([], connection)).toBe(true);
  });

  test('and without the DNS policy, even cluster DNS is denied', () => {
    const withoutDns = policies.filter((p) => p.metadata.name !== 'allow-dns');
    expect(allows(withoutDns, { from: acme, to: coreDns, port: 53, protocol: 'UDP' })).toBe(false);
  });
});
