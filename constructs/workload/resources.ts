import { propKeys } from '../core/prop-keys';
import { parseQuantity, PropProblems, quantity } from '../core/validation';

/** @category Workload helpers */
export interface ResourceQuantities {
  /**
   * CPU, e.g. `100m` or `1`.
   * @default the CPU of the default requests or limits this is merged over
   */
  readonly cpu?: string;
  /**
   * Memory, e.g. `128Mi`.
   * @default the memory of the default requests or limits this is merged over
   */
  readonly memory?: string;
}

export const RESOURCE_QUANTITIES_KEYS = propKeys<ResourceQuantities>('ResourceQuantities', { cpu: true, memory: true });

/**
 * Requests and limits of one container, both given, every default applied.
 * @category Workload helpers
 */
export interface ResolvedResources {
  readonly requests: Required<ResourceQuantities>;
  readonly limits: Required<ResourceQuantities>;
}

/**
 * Merges `given` field by field over `defaults` and records every problem under `field`: a value
 * that is not a quantity, or a request above its limit (the API server refuses that pod).
 */
export function resolveResources(
  problems: PropProblems, field: string,
  given: { readonly requests?: ResourceQuantities; readonly limits?: ResourceQuantities } | undefined,
  defaults: ResolvedResources,
): ResolvedResources {
  const requests = { ...defaults.requests, ...given?.requests };
  const limits = { ...defaults.limits, ...given?.limits };
  for (const resource of ['cpu', 'memory'] as const) {
    problems.check(`${field}.requests.${resource}`, requests[resource], quantity);
    problems.check(`${field}.limits.${resource}`, limits[resource], quantity);
    const request = parseQuantity(requests[resource]);
    const limit = parseQuantity(limits[resource]);
    if (request !== undefined && limit !== undefined && request > limit) {
      problems.add(`${field}.requests.${resource}`, requests[resource], `is more than the limit (${limits[resource]})`);
    }
  }
  return { requests, limits };
}

/** Checked quantities as numbers (cores, bytes); a bad one counts as 0, as its problem is already recorded. */
export function cpuMemory(quantities: Required<ResourceQuantities>): { cpu: number; memory: number } {
  return { cpu: parseQuantity(quantities.cpu) ?? 0, memory: parseQuantity(quantities.memory) ?? 0 };
}
