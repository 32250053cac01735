/**
 * Namespace names that cross a boundary: the Pulumi stack installs the serving stack into them, and
 * the constructs' NetworkPolicies name them as peers (by the `kubernetes.io/metadata.name` label
 * the API server sets on every Namespace). One definition, read by both.
 */

/** Cluster DNS (CoreDNS on DigitalOcean Kubernetes) runs here. */
export const KUBE_SYSTEM_NAMESPACE = 'kube-system';
/** Knative Serving's release namespace: its activator proxies requests to apps scaled to zero. */
export const KNATIVE_SERVING_NAMESPACE = 'knative-serving';
/** net-kourier's gateway (the Envoy pods behind the load balancer) runs here. */
export const KOURIER_NAMESPACE = 'kourier-system';
/** Where KServe's controller, webhook and `inferenceservice-config` live; its release does not create it. */
export const KSERVE_NAMESPACE = 'kserve';
/** KEDA's operator, metrics API server and admission webhook; its release creates it. */
export const KEDA_NAMESPACE = 'keda';
/** cert-manager's release namespace, also where a ClusterIssuer reads its Secrets. */
export const CERT_MANAGER_NAMESPACE = 'cert-manager';

/** The platform's namespaces when PlatformStack's props leave them out. */
export const DEFAULT_APPS_NAMESPACE = 'calvin-apps';
export const DEFAULT_SYSTEM_NAMESPACE = 'calvin-system';

/**
 * The label the API server sets on every Namespace to its own name (Kubernetes ≥ 1.22), so a
 * NetworkPolicy can select a namespace by name.
 */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** The serving stack's data path into apps: the activator (scale from zero) and the gateway. */
export const SERVING_INGRESS_NAMESPACES: readonly string[] = [KNATIVE_SERVING_NAMESPACE, KOURIER_NAMESPACE];

/** The in-cluster host suffix of a namespace's Services, as the worker's allow-list takes it. */
export function clusterLocalSuffix(namespace: string): string {
  return `.${namespace}.svc.cluster.local`;
}

/** A tenant's name is its namespace and a DNS label of its apps' hosts: at most 40 characters leaves room for `<app>.<tenant>.`. */
export const MAX_TENANT_NAME_LENGTH = 40;

/** Why `v` cannot name a tenant (a DNS-1123 label of at most 40 characters); undefined when it can. */
export function tenantNameProblem(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= MAX_TENANT_NAME_LENGTH && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v)
    ? undefined
    : `is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most ${MAX_TENANT_NAME_LENGTH} characters)`;
}
