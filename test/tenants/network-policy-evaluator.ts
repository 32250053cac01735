/**
 * A NetworkPolicy evaluator for tests: does a set of networking.k8s.io/v1 NetworkPolicies allow one
 * connection? It follows the semantics the Kubernetes documentation gives
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/), each rule tested in
 * network-policy-evaluator.test.ts:
 * - A pod is isolated for a direction only when some policy in its namespace selects it and lists
 *   that direction in policyTypes (default: Ingress, plus Egress when the policy has egress rules).
 *   An isolated pod allows what the union of those policies' rules allow; others allow everything.
 * - A connection needs both: egress allowed at the source, and ingress allowed at the destination.
 * - A rule without `from`/`to` matches every peer; without `ports`, every port.
 * - Within one peer, namespaceSelector and podSelector both apply (AND); peers of a rule are OR'ed.
 *   A podSelector alone selects pods in the policy's own namespace.
 * - ipBlock matches by address. Whether it matches pod addresses is up to the network plugin: this
 *   evaluator matches any endpoint with an address (the permissive reading), so "denied" results
 *   hold under every plugin.
 * - A port's protocol defaults to TCP; `endPort` makes a range. Named ports are not supported.
 */

export interface PodEndpoint {
  readonly namespace: string;
  readonly labels?: Record<string, string>;
  /** The namespace's labels; `kubernetes.io/metadata.name` is added, as the API server does. */
  readonly namespaceLabels?: Record<string, string>;
  readonly ip?: string;
}

export interface ExternalEndpoint {
  readonly ip: string;
}

export type Endpoint = PodEndpoint | ExternalEndpoint;

export interface Connection {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly port: number;
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

interface PolicyPort {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

export interface NetworkPolicyDoc {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec: {
    podSelector: LabelSelector;
    policyTypes?: Array<'Ingress' | 'Egress'>;
    ingress?: Array<{ from?: Peer[]; ports?: PolicyPort[] }>;
    egress?: Array<{ to?: Peer[]; ports?: PolicyPort[] }>;
  };
}

const NAME_LABEL = 'kubernetes.io/metadata.name';

function isPod(endpoint: Endpoint): endpoint is PodEndpoint {
  return 'namespace' in endpoint;
}

export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const expression of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, expression.key);
    const values = expression.values ?? [];
    const ok = expression.operator === 'In' ? has && values.includes(labels[expression.key])
      : expression.operator === 'NotIn' ? !has || !values.includes(labels[expression.key])
        : expression.operator === 'Exists' ? has
          : expression.operator === 'DoesNotExist' ? !has
            : (() => { throw new Error(`unknown operator ${expression.operator}`); })();
    if (!ok) return false;
  }
  return true;
}

function ipv4(address: string): number {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`not an IPv4 address: ${address}`);
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

export function cidrContains(cidr: string, address: string): boolean {
  const [base, bits] = cidr.split('/');
  const prefix = Number(bits);
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return ((ipv4(base) & mask) >>> 0) === ((ipv4(address) & mask) >>> 0);
}

function namespaceLabels(pod: PodEndpoint): Record<string, string> {
  return { ...pod.namespaceLabels, [NAME_LABEL]: pod.namespace };
}

function peerMatches(peer: Peer, policyNamespace: string, endpoint: Endpoint): boolean {
  if (peer.ipBlock) {
    const ip = endpoint.ip;
    if (ip === undefined || !cidrContains(peer.ipBlock.cidr, ip)) return false;
    return !(peer.ipBlock.except ?? []).some((cidr) => cidrContains(cidr, ip));
  }
  if (!isPod(endpoint)) return false;
  const namespaceOk = peer.namespaceSelector ? selectorMatches(peer.namespaceSelector, namespaceLabels(endpoint)) : endpoint.namespace === policyNamespace;
  const podOk = peer.podSelector ? selectorMatches(peer.podSelector, endpoint.labels ?? {}) : true;
  return namespaceOk && podOk;
}

function portMatches(ports: PolicyPort[] | undefined, port: number, protocol: string): boolean {
  if (ports === undefined || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') throw new Error(`named port ${p.port} is not supported by this evaluator`);
    return p.endPort === undefined ? p.port === port : port >= p.port && port <= p.endPort;
  });
}

function policyTypes(policy: NetworkPolicyDoc): Array<'Ingress' | 'Egress'> {
  return policy.spec.policyTypes ?? (policy.spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
}

/** The policies that isolate `pod` for `direction`. */
function isolating(policies: readonly NetworkPolicyDoc[], pod: PodEndpoint, direction: 'Ingress' | 'Egress'): NetworkPolicyDoc[] {
  return policies.filter((p) => p.kind === 'NetworkPolicy' && p.metadata.namespace === pod.namespace
    && selectorMatches(p.spec.podSelector, pod.labels ?? {}) && policyTypes(p).includes(direction));
}

function egressAllowed(policies: readonly NetworkPolicyDoc[], connection: Connection, protocol: string): boolean {
  const source = connection.from;
  if (!isPod(source)) return true;
  const selecting = isolating(policies, source, 'Egress');
  if (selecting.length === 0) return true;
  return selecting.some((policy) => (policy.spec.egress ?? []).some((rule) => portMatches(rule.ports, connection.port, protocol)
    && (rule.to === undefined || rule.to.length === 0 || rule.to.some((peer) => peerMatches(peer, policy.metadata.namespace!, connection.to)))));
}

function ingressAllowed(policies: readonly NetworkPolicyDoc[], connection: Connection, protocol: string): boolean {
  const destination = connection.to;
  if (!isPod(destination)) return true;
  const selecting = isolating(policies, destination, 'Ingress');
  if (selecting.length === 0) return true;
  return selecting.some((policy) => (policy.spec.ingress ?? []).some((rule) => portMatches(rule.ports, connection.port, protocol)
    && (rule.from === undefined || rule.from.length === 0 || rule.from.some((peer) => peerMatches(peer, policy.metadata.namespace!, connection.from)))));
}

/** Whether `policies` let `connection` through (egress at its source and ingress at its destination). */
export function allows(policies: readonly NetworkPolicyDoc[], connection: Connection): boolean {
  const protocol = connection.protocol ?? 'TCP';
  return egressAllowed(policies, connection, protocol) && ingressAllowed(policies, connection, protocol);
}
