/** A tenant's quota: its props, defaults and checks (read by Tenant and by PlatformStack's `tenantQuota`). */
import { integerIn, parseQuantity, PropProblems, quantity } from '../core/validation';
import { propKeys } from '../core/prop-keys';

/** What the tenant's pods may take together (a ResourceQuota on both requests and limits). */
export interface TenantQuota {
  /**
   * CPU of all pods together, requests and limits each.
   * @default '2'
   */
  readonly cpu?: string;
  /**
   * Memory of all pods together, requests and limits each.
   * @default '4Gi'
   */
  readonly memory?: string;
  /**
   * Pods at once (running or starting, a rollout's new revision included).
   * @default 5
   */
  readonly pods?: number;
}

/** The KubeServe seeds' quota. */
export const DEFAULT_QUOTA: Required<TenantQuota> = { cpu: '2', memory: '4Gi', pods: 5 };

export const TENANT_QUOTA_KEYS = propKeys<TenantQuota>('TenantQuota', { cpu: true, memory: true, pods: true });

/** Records the problems of a quota given as `field`. */
export function checkQuota(problems: PropProblems, field: string, quota: TenantQuota | undefined): void {
  problems.check(`${field}.cpu`, quota?.cpu, quantity);
  problems.check(`${field}.memory`, quota?.memory, quantity);
  problems.check(`${field}.pods`, quota?.pods, integerIn(1, 10_000));
  for (const resource of ['cpu', 'memory'] as const) {
    if (parseQuantity(quota?.[resource]) === 0) problems.add(`${field}.${resource}`, quota![resource], 'is zero: no pod of the tenant could start');
  }
}
