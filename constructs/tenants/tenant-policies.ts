/**
 * The tenant's NetworkPolicies, as plain manifests. NetworkPolicies only ever add allowed traffic:
 * `default-deny` selects every pod for both directions with no rule, so only what the other
 * policies name gets through. Peers are namespaces selected by the `kubernetes.io/metadata.name`
 * label the API server sets, so no label has to be added to the platform's namespaces.
 */
import { KUBE_SYSTEM_NAMESPACE, NAMESPACE_NAME_LABEL } from '../../contracts/namespaces';
import type { TenantEgressRule } from './tenant-props';

/** A NetworkPolicy's name and spec (the construct adds apiVersion, kind and metadata). */
export interface NetworkPolicyManifest {
  readonly name: string;
  readonly spec: Record<string, unknown>;
}

export interface TenantPolicySettings {
  /** Namespaces whose pods may connect to the tenant's pods (the serving data path and the worker). */
  readonly ingressNamespaces: readonly string[];
  readonly egress: readonly TenantEgressRule[];
}

const ALL_PODS = {};

export function tenantNetworkPolicies(settings: TenantPolicySettings): NetworkPolicyManifest[] {
  return [
    { name: 'default-deny', spec: { podSelector: ALL_PODS, policyTypes: ['Ingress', 'Egress'] } },
    {
      name: 'allow-dns',
      spec: {
        podSelector: ALL_PODS,
        policyTypes: ['Egress'],
        // Cluster DNS answers on 53 over UDP, and over TCP for large answers.
        egress: [{
          to: [{ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: KUBE_SYSTEM_NAMESPACE } } }],
          ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
        }],
      },
    },
    {
      name: 'allow-egress',
      spec: {
        podSelector: ALL_PODS,
        policyTypes: ['Egress'],
        egress: settings.egress.map((rule) => ({
          to: [{ ipBlock: { cidr: rule.cidr, ...(rule.except && rule.except.length > 0 ? { except: [...rule.except] } : {}) } }],
          ports: rule.ports.map((port) => ({ protocol: 'TCP', port })),
        })),
      },
    },
    {
      name: 'allow-same-tenant',
      spec: {
        podSelector: ALL_PODS,
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ podSelector: ALL_PODS }] }],
        egress: [{ to: [{ podSelector: ALL_PODS }] }],
      },
    },
    {
      name: 'allow-platform-ingress',
      spec: {
        podSelector: ALL_PODS,
        policyTypes: ['Ingress'],
        ingress: [{
          from: [{ namespaceSelector: { matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator: 'In', values: [...settings.ingressNamespaces] }] } }],
        }],
      },
    },
  ];
}
