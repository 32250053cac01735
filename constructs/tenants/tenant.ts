import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { AppEngine } from '../../contracts/engine';
import { SERVING_INGRESS_NAMESPACES } from '../../contracts/namespaces';
import { checkKnownKeys } from '../core/prop-keys';
import { parseQuantity, PropProblems } from '../core/validation';
import { podSecurityLabels } from '../platform/platform-stack';
import { APP_SCOPE, ITenantScope, platformOf, RegisteredApp, TENANT_SCOPE } from '../platform/scope';
import { cpuMemory } from '../workload/resources';
import { CapacityQuota, capacityProblem } from './tenant-capacity';
import { tenantNetworkPolicies } from './tenant-policies';
import {
  checkTenantProps, DEFAULT_CONTAINER_LIMITS, DEFAULT_CONTAINER_REQUESTS, DEFAULT_EGRESS, DEFAULT_QUOTA, TenantEgressRule, TenantProps, TenantQuota, TENANT_KEYS,
} from './tenant-props';

export type { TenantAccess, TenantEgressRule, TenantProps, TenantQuota } from './tenant-props';
export { PRIVATE_RANGES } from './tenant-props';

/** The label every object of a tenant carries, with the tenant's name. */
export const TENANT_LABEL = 'calvin-runtime.io/tenant';

/**
 * An isolated tenant of the platform: a namespace of its own with a ResourceQuota, a LimitRange,
 * NetworkPolicies (deny by default; DNS, HTTPS egress, the serving data path and the scheduler
 * worker in) and, optionally, a Role for the people who manage it. Apps, models and triggers created
 * inside it land in its namespace: apps are served at `https://<app>.<tenant>.<domain>` under a
 * wildcard certificate of the tenant's own, and triggers belong to the tenant's workspace and call
 * its own apps only. Synth fails when its apps can scale beyond its quota.
 */
export class Tenant extends Construct implements ITenantScope {
  public readonly [APP_SCOPE] = true as const;
  public readonly [TENANT_SCOPE] = true as const;

  /** The tenant's name (also its namespace and the subdomain of its apps). */
  public readonly tenantName: string;
  public readonly appsNamespace: string;
  public readonly appsDomain: string;
  public readonly appsNamespaceObject: ApiObject;
  public readonly imagePullSecrets: readonly string[];
  public readonly defaultEngine: AppEngine;
  /** The quota, every default applied. */
  public readonly quota: Required<TenantQuota>;
  /** The system-namespace Secret key whose secret signs the tenant's triggers (the worker mounts it). */
  public readonly signingSecret: { readonly secret: string; readonly key: string };
  /**
   * Where the tenant's apps read the same secret to verify requests: a Secret in the tenant's
   * namespace (the Pulumi component writes both copies; no tenant can read another's).
   */
  public readonly appSigningSecret: { readonly secret: string; readonly key: string };
  /** Labels of the tenant's objects. */
  public readonly labels: Readonly<Record<string, string>>;
  public readonly resourceQuota: ApiObject;
  public readonly limitRange: ApiObject;
  /** The NetworkPolicies, by name (`default-deny`, `allow-dns`, `allow-egress`, `allow-same-tenant`, `allow-platform-ingress`). */
  public readonly networkPolicies: Readonly<Record<string, ApiObject>>;
  /** The Role and RoleBinding of `access`; undefined without it. */
  public readonly role?: ApiObject;
  public readonly roleBinding?: ApiObject;

  private readonly workloads: RegisteredApp[] = [];

  public constructor(scope: Construct, id: string, props: TenantProps = {}) {
    super(scope, id);
    const platform = platformOf(this);
    const problems = new PropProblems(this);
    const name = props.name ?? id;
    checkKnownKeys(problems, '', props, TENANT_KEYS);
    checkTenantProps(problems, props, name, [platform.appsNamespace, platform.systemNamespace]);
    problems.throwIfAny();

    this.tenantName = name;
    this.appsNamespace = name;
    this.appsDomain = `${name}.${platform.domain}`;
    this.imagePullSecrets = [...(props.imagePullSecrets ?? [])];
    this.defaultEngine = props.defaultEngine ?? platform.defaultEngine;
    this.quota = { ...DEFAULT_QUOTA, ...platform.tenantQuota, ...props.quota };
    this.signingSecret = { ...(props.signingSecret ?? { secret: `${name}-trigger-signing`, key: 'secrets' }) };
    this.appSigningSecret = { secret: 'trigger-signing', key: this.signingSecret.key };
    this.labels = { ...props.labels, [TENANT_LABEL]: name };
    const metadata = (objectName: string) => ({ name: objectName, namespace: this.appsNamespace, labels: { ...this.labels } });

    this.appsNamespaceObject = new k8s.KubeNamespace(this, 'Namespace', {
      metadata: { name, labels: { ...this.labels, ...podSecurityLabels(props.podSecurity ?? 'baseline') } },
    });
    const limits = { ...DEFAULT_CONTAINER_LIMITS, ...props.containerDefaults?.limits };
    const requests = { ...DEFAULT_CONTAINER_REQUESTS, ...props.containerDefaults?.requests };
    this.resourceQuota = new k8s.KubeResourceQuota(this, 'ResourceQuota', {
      metadata: metadata('tenant-quota'),
      spec: { hard: quotaHard(this.quota) },
    });
    // Without defaults, a quota on limits.* makes the API server refuse every pod with a container
    // that sets no limits: Knative's queue-proxy (only a CPU request by default) among them.
    this.limitRange = new k8s.KubeLimitRange(this, 'LimitRange', {
      metadata: metadata('tenant-container-defaults'),
      spec: { limits: [{ type: 'Container', default: quantities(limits), defaultRequest: quantities(requests) }] },
    });
    const policies = tenantNetworkPolicies({
      ingressNamespaces: [...SERVING_INGRESS_NAMESPACES, platform.systemNamespace],
      egress: (props.egress ?? DEFAULT_EGRESS) as TenantEgressRule[],
    });
    this.networkPolicies = Object.fromEntries(policies.map((policy) => [policy.name, new ApiObject(this, `NetworkPolicy-${policy.name}`, {
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: metadata(policy.name), spec: policy.spec,
    })]));
    const subjects = [
      ...(props.access?.groups ?? []).map((group) => ({ kind: 'Group', name: group, apiGroup: 'rbac.authorization.k8s.io' })),
      ...(props.access?.users ?? []).map((user) => ({ kind: 'User', name: user, apiGroup: 'rbac.authorization.k8s.io' })),
    ];
    if (props.access) {
      this.role = new k8s.KubeRole(this, 'Role', { metadata: metadata('tenant-developer'), rules: TENANT_DEVELOPER_RULES });
      this.roleBinding = new k8s.KubeRoleBinding(this, 'RoleBinding', {
        metadata: metadata('tenant-developer'),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'tenant-developer' },
        subjects,
      });
    }
    for (const child of [this.resourceQuota, this.limitRange, ...Object.values(this.networkPolicies), this.role, this.roleBinding]) {
      child?.addDependency(this.appsNamespaceObject);
    }
    this.checkCapacityAtSynth(props.capacityCheck ?? 'error', cpuMemory(limits));
  }

  /** The apps and models created in the tenant so far. */
  public get apps(): RegisteredApp[] {
    return [...this.workloads];
  }

  /** @internal */
  public _registerWorkload(workload: RegisteredApp): void {
    this.workloads.push(workload);
  }

  /** Apps are added after the tenant: the sum is taken at synth. */
  private checkCapacityAtSynth(mode: 'error' | 'warn', sidecarDefaults: { cpu: number; memory: number }): void {
    const quota: CapacityQuota = { pods: this.quota.pods, cpu: parseQuantity(this.quota.cpu)!, memory: parseQuantity(this.quota.memory)! };
    let warned: string | undefined;
    this.node.addValidation({
      validate: () => {
        const problem = capacityProblem(this.node.path, this.workloads, quota, sidecarDefaults);
        if (!problem || mode === 'error') return problem ? [problem] : [];
        // Synth validates once per chart: the same warning is printed once.
        if (warned !== problem) console.warn(`Warning: ${problem}`);
        warned = problem;
        return [];
      },
    });
  }
}

/** Manage the tenant's apps; read its pods, their logs and events. Namespaced, nothing cluster-wide. */
const TENANT_DEVELOPER_RULES = [
  { apiGroups: ['serving.kserve.io'], resources: ['inferenceservices'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroups: ['serving.knative.dev'], resources: ['services', 'domainmappings'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
  { apiGroups: ['serving.knative.dev'], resources: ['revisions', 'routes', 'configurations'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [''], resources: ['pods', 'pods/log', 'events'], verbs: ['get', 'list', 'watch'] },
];

function quotaHard(quota: Required<TenantQuota>): Record<string, k8s.Quantity> {
  return {
    'requests.cpu': k8s.Quantity.fromString(quota.cpu),
    'limits.cpu': k8s.Quantity.fromString(quota.cpu),
    'requests.memory': k8s.Quantity.fromString(quota.memory),
    'limits.memory': k8s.Quantity.fromString(quota.memory),
    'pods': k8s.Quantity.fromNumber(quota.pods),
  };
}

function quantities(values: { cpu: string; memory: string }): Record<string, k8s.Quantity> {
  return { cpu: k8s.Quantity.fromString(values.cpu), memory: k8s.Quantity.fromString(values.memory) };
}
