/**
 * The synth-time capacity check: what a tenant's apps and models can scale to, against its quota.
 * The API server would refuse the pods beyond the quota at run time (an app that cannot scale out
 * under load); synth says it first, with the sum.
 */
import type { CpuMemory, RegisteredApp, WorkloadCapacity } from '../platform/scope';

export interface CapacityQuota extends CpuMemory {
  readonly pods: number;
}

/** The most one pod counts against the quota: its containers plus defaulted sidecars, or its init containers if more. */
export function podLimits(capacity: WorkloadCapacity, sidecarDefaults: CpuMemory): CpuMemory {
  const running = {
    cpu: capacity.limits.cpu + capacity.defaultLimitSidecars * sidecarDefaults.cpu,
    memory: capacity.limits.memory + capacity.defaultLimitSidecars * sidecarDefaults.memory,
  };
  const init = capacity.initLimits ?? { cpu: 0, memory: 0 };
  return { cpu: Math.max(running.cpu, init.cpu), memory: Math.max(running.memory, init.memory) };
}

/** The sum over `workloads` at their maximum scale. */
export function maximumUse(workloads: readonly RegisteredApp[], sidecarDefaults: CpuMemory): CapacityQuota {
  let pods = 0; let cpu = 0; let memory = 0;
  for (const workload of workloads) {
    if (!workload.capacity) continue;
    const perPod = podLimits(workload.capacity, sidecarDefaults);
    pods += workload.capacity.maxPods;
    cpu += workload.capacity.maxPods * perPod.cpu;
    memory += workload.capacity.maxPods * perPod.memory;
  }
  return { pods, cpu, memory };
}

/** Why `workloads` do not fit in `quota`, naming each one's share; undefined when they fit. */
export function capacityProblem(path: string, workloads: readonly RegisteredApp[], quota: CapacityQuota, sidecarDefaults: CpuMemory): string | undefined {
  const use = maximumUse(workloads, sidecarDefaults);
  // A thousandth of a core or a byte of rounding is not an overrun.
  const over = use.pods > quota.pods || use.cpu > quota.cpu + 1e-9 || use.memory > quota.memory;
  if (!over) return undefined;
  const shares = workloads.filter((w) => w.capacity).map((w) => {
    const perPod = podLimits(w.capacity!, sidecarDefaults);
    return `${w.node.path}: ${w.capacity!.maxPods} × (${cores(perPod.cpu)} CPU, ${bytes(perPod.memory)})`;
  });
  return `${path}: the tenant's apps and models can scale to ${use.pods} pods, ${cores(use.cpu)} CPU and ${bytes(use.memory)} of limits `
    + `(maxScale × limits, sidecar defaults and init containers included: ${shares.join('; ')}), more than its quota of `
    + `${quota.pods} pods, ${cores(quota.cpu)} CPU and ${bytes(quota.memory)}; the API server would refuse the pods beyond it. `
    + 'Lower maxScale or the limits, raise quota, or set capacityCheck: \'warn\'';
}

function cores(cpu: number): string {
  return String(Math.round(cpu * 1000) / 1000);
}

function bytes(memory: number): string {
  const gi = memory / 2 ** 30;
  return gi >= 1 ? `${Math.round(gi * 100) / 100}Gi` : `${Math.round(memory / 2 ** 20)}Mi`;
}
