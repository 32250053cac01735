import { allows, cidrContains, Connection, NetworkPolicyDoc, selectorMatches } from './network-policy-evaluator';

/**
 * The evaluator against the NetworkPolicy semantics of the Kubernetes documentation
 * (concepts/services-networking/network-policies), one row per rule it states.
 */
const policy = (namespace: string, spec: NetworkPolicyDoc['spec'], name = 'p'): NetworkPolicyDoc => ({ kind: 'NetworkPolicy', metadata: { name, namespace }, spec });
const pod = (namespace: string, labels: Record<string, string> = {}, namespaceLabels: Record<string, string> = {}) => ({ namespace, labels, namespaceLabels });
const web = pod('shop', { app: 'web' });
const db = pod('shop', { app: 'db' });
const other = pod('other', { app: 'web' }, { team: 'ops' });
const tcp = (from: Connection['from'], to: Connection['to'], port = 80): Connection => ({ from, to, port });

describe('the Kubernetes NetworkPolicy semantics, one row each', () => {
  test.each<[string, NetworkPolicyDoc[], Connection, boolean]>([
    ['no policy: every pod is non-isolated, everything is allowed', [], tcp(other, db), true],
    ['a policy in another namespace does not select the pod', [policy('other', { podSelector: {}, policyTypes: ['Ingress'] })], tcp(web, db), true],
    ['selected for Ingress with no rule: ingress denied', [policy('shop', { podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Ingress'] })], tcp(web, db), false],
    ['…while its egress stays allowed (only Ingress listed)', [policy('shop', { podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Ingress'] })], tcp(db, web), true],
    ['…and pods the selector does not match are not isolated', [policy('shop', { podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Ingress'] })], tcp(db, web), true],
    ['policyTypes left out: Ingress only, unless egress rules are given', [policy('shop', { podSelector: {} })], tcp(web, db), false],
    ['policyTypes left out with egress rules: Egress is isolated too', [policy('shop', { podSelector: {}, egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }] })], tcp(web, other), false],
    ['a rule without from allows every source', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] })], tcp(other, db), true],
    ['an empty from list allows every source too', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [] }] })], tcp(other, db), true],
    ['podSelector alone selects pods of the policy\'s namespace only', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }] })], tcp(other, db), false],
    ['…and admits the matching pod there', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }] })], tcp(web, db), true],
    ['namespaceSelector and podSelector in one peer: both must match (AND)', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'ops' } }, podSelector: { matchLabels: { app: 'db' } } }] }] })], tcp(other, db), false],
    ['as two peers: either may match (OR)', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'ops' } } }, { podSelector: { matchLabels: { app: 'db' } } }] }] })], tcp(other, db), true],
    ['an empty namespaceSelector selects every namespace', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: {} }] }] })], tcp(other, db), true],
    ['kubernetes.io/metadata.name selects a namespace by name', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } }] }] })], tcp(other, db), true],
    ['policies add up: one that allows is enough', [
      policy('shop', { podSelector: {}, policyTypes: ['Ingress'] }, 'deny'),
      policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: {} }] }] }, 'allow'),
    ], tcp(other, db), true],
    ['a connection needs egress at the source as well as ingress at the destination', [
      policy('shop', { podSelector: {}, policyTypes: ['Egress'] }, 'no-egress'),
      policy('other', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] }, 'open'),
    ], tcp(web, other), false],
    ['ports: a rule for port 443 does not admit port 80', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 443 }] }] })], tcp(other, db, 80), false],
    ['ports: the protocol defaults to TCP, so UDP 443 is not admitted', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 443 }] }] })], { from: other, to: db, port: 443, protocol: 'UDP' }, false],
    ['ports: endPort admits a range', [policy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 8000, endPort: 8999 }] }] })], tcp(other, db, 8080), true],
    ['ipBlock admits an address in its CIDR', [policy('shop', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] })], tcp(web, { ip: '203.0.113.7' }, 443), true],
    ['ipBlock except keeps a range out', [policy('shop', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['203.0.113.0/24'] } }] }] })], tcp(web, { ip: '203.0.113.7' }, 443), false],
    ['a pod selector never matches an address outside the cluster', [policy('shop', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: {} }] }] })], tcp(web, { ip: '203.0.113.7' }, 443), false],
  ])('%s', (_rule, policies, connection, expected) => {
    expect(allows(policies, connection)).toBe(expected);
  });

  test.each<[string, Parameters<typeof selectorMatches>[0], boolean]>([
    ['In', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, true],
    ['NotIn', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, false],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    ['matchLabels and matchExpressions together (AND)', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, false],
    ['the empty selector', {}, true],
  ])('label selector %s', (_what, selector, expected) => {
    expect(selectorMatches(selector, { app: 'web' })).toBe(expected);
  });

  test('CIDR arithmetic at the edges', () => {
    expect([cidrContains('10.0.0.0/8', '10.255.255.255'), cidrContains('10.0.0.0/8', '11.0.0.0'), cidrContains('0.0.0.0/0', '8.8.8.8'), cidrContains('192.168.1.1/32', '192.168.1.1'), cidrContains('192.168.1.1/32', '192.168.1.2')])
      .toEqual([true, false, true, true, false]);
  });
});
