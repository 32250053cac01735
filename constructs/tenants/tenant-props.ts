import { AppEngine, APP_ENGINES, PodSecurityLevel, POD_SECURITY_LEVELS } from '../../contracts/engine';
import {
  CERT_MANAGER_NAMESPACE, KNATIVE_SERVING_NAMESPACE, KOURIER_NAMESPACE, KSERVE_NAMESPACE, KUBE_SYSTEM_NAMESPACE, MAX_TENANT_NAME_LENGTH, tenantNameProblem,
} from '../../contracts/namespaces';
import { checkMetadataMap, integerIn, oneOf, PropProblems, quantity } from '../core/validation';
import { checkImagePullSecrets, checkSecretKeyRef, RESOURCE_QUANTITIES_KEYS, ResourceQuantities, SECRET_KEY_REF_KEYS } from '../workload';
import { each, propKeys } from '../core/prop-keys';
import { checkQuota, DEFAULT_QUOTA, TENANT_QUOTA_KEYS, TenantQuota } from './tenant-quota';

export { DEFAULT_QUOTA };
export type { TenantQuota };

/** One egress rule: TCP to `ports` of the addresses in `cidr` except `except`. */
export interface TenantEgressRule {
  /** The addresses, e.g. `0.0.0.0/0`, or your object store's range. */
  readonly cidr: string;
  /**
   * Ranges inside `cidr` that stay closed.
   * @default []
   */
  readonly except?: string[];
  /** TCP ports, e.g. `[443]`. */
  readonly ports: number[];
}

/** Who may manage the tenant's apps (a Role and RoleBinding in its namespace; nothing cluster-wide). */
export interface TenantAccess {
  /**
   * Groups (as your cluster's authentication names them) bound to the tenant's Role.
   * @default []
   */
  readonly groups?: string[];
  /**
   * Users bound to the tenant's Role.
   * @default []
   */
  readonly users?: string[];
}

export interface TenantProps {
  /**
   * The tenant's name: its namespace, the default workspace of its triggers, and the subdomain of
   * its apps (`<app>.<name>.<domain>`). A DNS-1123 label of at most 40 characters.
   * @default the construct id
   */
  readonly name?: string;

  /**
   * What the tenant's pods may take together. Its `limits.*` entries make the API server refuse a
   * container without limits; the LimitRange (`containerDefaults`) gives them defaults. Fields left
   * out come from the platform's `tenantQuota` (the Pulumi component's `calvin-runtime:tenantQuota`).
   * @default the platform's tenantQuota: { cpu: '2', memory: '4Gi', pods: 5 } unless set
   */
  readonly quota?: TenantQuota;

  /**
   * Limits and requests the LimitRange gives containers that set none: those the platform injects,
   * Knative's queue-proxy above all (Knative sets only its CPU request, 25m, unless config-deployment
   * sets `queue-sidecar-*`).
   * @default { limits: { cpu: '250m', memory: '128Mi' }, requests: { cpu: '25m', memory: '64Mi' } }
   */
  readonly containerDefaults?: { readonly limits?: ResourceQuantities; readonly requests?: ResourceQuantities };

  /**
   * Where the tenant's pods may connect outside the cluster, besides cluster DNS: the object store
   * and HTTPS. Pod and Service addresses (private ranges) stay closed unless a rule opens them.
   * @default [{ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'], ports: [443] }]
   */
  readonly egress?: TenantEgressRule[];

  /**
   * Pod Security Standard the namespace enforces (it warns and audits at `restricted`). `baseline`
   * as in the platform's apps namespace: Knative's queue-proxy meets `restricted` only with
   * Knative's `secure-pod-defaults`; KServe's storage-initializer meets `baseline`.
   * @default 'baseline'
   */
  readonly podSecurity?: PodSecurityLevel;

  /**
   * People who manage the tenant's apps: read/write on its InferenceServices, Knative Services and
   * DomainMappings, read on its pods and their logs.
   * @default none: no Role or RoleBinding
   */
  readonly access?: TenantAccess;

  /**
   * What synth does when the tenant's apps and models can scale to more than its quota: `error`
   * fails it, `warn` prints a warning and synthesizes.
   * @default 'error'
   */
  readonly capacityCheck?: 'error' | 'warn';

  /**
   * Labels on the Namespace, on every object the tenant synthesizes and on every object created
   * inside it (apps, models, workers) or in its namespace for it, on top of
   * `calvin-runtime.io/tenant: <name>`.
   * @default {}
   */
  readonly labels?: Record<string, string>;

  /**
   * Image pull Secrets (in the tenant's namespace) for its apps that set none.
   * @default []
   */
  readonly imagePullSecrets?: string[];

  /**
   * The Secret key that holds the secret signing the tenant's trigger requests (one `whsec_` secret,
   * or two separated by a space while rotating), in the platform's **system namespace**, where the
   * worker mounts it. Every tenant has its own, so a tenant that verifies its requests cannot forge
   * another's. The tenant's apps verify with a copy in their own namespace (`appSigningSecret`).
   * @default { secret: '<name>-trigger-signing', key: 'secrets' }
   */
  readonly signingSecret?: { readonly secret: string; readonly key: string };

  /**
   * Engine for the tenant's apps that choose none.
   * @default the platform's defaultEngine
   */
  readonly defaultEngine?: AppEngine;
}

export { MAX_TENANT_NAME_LENGTH };

export const DEFAULT_CONTAINER_LIMITS = { cpu: '250m', memory: '128Mi' };
export const DEFAULT_CONTAINER_REQUESTS = { cpu: '25m', memory: '64Mi' };
/** RFC 1918, link-local (cloud metadata) and carrier-grade NAT: pod, Service and node addresses. */
export const PRIVATE_RANGES: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'];
export const DEFAULT_EGRESS: readonly TenantEgressRule[] = [{ cidr: '0.0.0.0/0', except: [...PRIVATE_RANGES], ports: [443] }];

/** Namespaces a tenant cannot take: the cluster's and the serving stack's. */
const RESERVED_NAMESPACES = [
  'default', KUBE_SYSTEM_NAMESPACE, 'kube-public', 'kube-node-lease', KNATIVE_SERVING_NAMESPACE, KOURIER_NAMESPACE, KSERVE_NAMESPACE, CERT_MANAGER_NAMESPACE,
];

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** An IPv4 CIDR as a NetworkPolicy ipBlock takes it. */
export function ipv4Cidr(v: unknown): string | undefined {
  const match = typeof v === 'string' ? IPV4_CIDR.exec(v) : null;
  const ok = match !== null && match.slice(1, 5).every((o) => Number(o) <= 255) && Number(match[5]) <= 32;
  return ok ? undefined : 'is not an IPv4 CIDR (e.g. "0.0.0.0/0", "203.0.113.0/24")';
}

/** Records every problem of the props; `platformNamespaces` are the platform's own (apps and system). */
export function checkTenantProps(problems: PropProblems, props: TenantProps, name: string, platformNamespaces: readonly string[]): void {
  problems.check('name', name, tenantNameProblem);
  if ([...RESERVED_NAMESPACES, ...platformNamespaces].includes(name) || name.startsWith('kube-')) {
    problems.add('name', name, 'is a namespace of the cluster or the platform (a tenant needs a namespace of its own)');
  }
  checkQuota(problems, 'quota', props.quota);
  for (const kind of ['limits', 'requests'] as const) {
    for (const resource of ['cpu', 'memory'] as const) {
      problems.check(`containerDefaults.${kind}.${resource}`, props.containerDefaults?.[kind]?.[resource], quantity);
    }
  }
  checkEgress(problems, props.egress);
  problems.check('podSecurity', props.podSecurity, oneOf(POD_SECURITY_LEVELS));
  for (const kind of ['groups', 'users'] as const) {
    const subjects: unknown = props.access?.[kind];
    if (subjects === undefined) continue;
    if (!Array.isArray(subjects)) problems.add(`access.${kind}`, subjects, 'is not a list of names');
    else subjects.forEach((s, i) => { if (typeof s !== 'string' || s.length === 0) problems.add(`access.${kind}[${i}]`, s, 'is not a non-empty string'); });
  }
  if (props.signingSecret !== undefined) checkSecretKeyRef(problems, 'signingSecret', props.signingSecret, { secretHint: 'a Secret in the platform\'s system namespace' });
  problems.check('capacityCheck', props.capacityCheck, oneOf(['error', 'warn']));
  checkMetadataMap(problems, 'labels', props.labels, 'labels');
  checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
  problems.check('defaultEngine', props.defaultEngine, oneOf(APP_ENGINES));
}

function checkEgress(problems: PropProblems, egress: unknown): void {
  if (egress === undefined) return;
  if (!Array.isArray(egress)) {
    problems.add('egress', egress, 'is not a list of rules ({ cidr, except?, ports })');
    return;
  }
  egress.forEach((rule: TenantEgressRule, i) => {
    problems.check(`egress[${i}].cidr`, rule?.cidr, ipv4Cidr);
    if (rule?.cidr === undefined) problems.add(`egress[${i}].cidr`, undefined, 'is required (e.g. "0.0.0.0/0")');
    (rule?.except ?? []).forEach((cidr, j) => problems.check(`egress[${i}].except[${j}]`, cidr, ipv4Cidr));
    if (!Array.isArray(rule?.ports) || rule.ports.length === 0) problems.add(`egress[${i}].ports`, rule?.ports, 'is not a non-empty list of TCP ports');
    else rule.ports.forEach((port, j) => problems.check(`egress[${i}].ports[${j}]`, port, integerIn(1, 65535)));
  });
}

const RESOURCES_KEYS = propKeys<NonNullable<TenantProps['containerDefaults']>>('TenantProps.containerDefaults', {
  limits: RESOURCE_QUANTITIES_KEYS, requests: RESOURCE_QUANTITIES_KEYS,
});

/** The keys of TenantProps and the objects inside it: an unknown key is refused at synth (constructs/core/prop-keys.ts). */
export const TENANT_KEYS = propKeys<TenantProps>('TenantProps', {
  name: true,
  quota: TENANT_QUOTA_KEYS,
  containerDefaults: RESOURCES_KEYS,
  egress: each(propKeys<TenantEgressRule>('TenantEgressRule', { cidr: true, except: true, ports: true })),
  podSecurity: true,
  access: propKeys<TenantAccess>('TenantAccess', { groups: true, users: true }),
  capacityCheck: true,
  labels: true,
  imagePullSecrets: true,
  signingSecret: SECRET_KEY_REF_KEYS,
  defaultEngine: true,
});
