/**
 * What KEDA computes from a synthesized ScaledObject or ScaledJob, read from KEDA's source
 * (kedacore/keda @ 8b4f083, the CRDs' commit; the parts below are unchanged at v2.20.2) and redone
 * here against a real Redis:
 * - pkg/scalers/redis_scaler.go: the trigger's `listName` is counted by its key type (zset ZCARD,
 *   set SCARD, hash HLEN, list or missing LLEN, anything else an error).
 * - pkg/scaling/modifiers/formula.go: with `advanced.scalingModifiers`, the formula (expr-lang)
 *   gets each trigger's value by its `name`; its result is one composite metric.
 * - pkg/scaling/scale_handler.go: with a formula, the object is active when the composite exceeds
 *   `activationTarget`. Inactive past `cooldownPeriod`, KEDA sets minReplicaCount; active at 0, it
 *   sets max(minReplicaCount, 1), and the HPA it created (minReplicas at least 1, external metric,
 *   AverageValue = target) takes over.
 * - pkg/fallback/fallback.go: a trigger that fails more than `fallback.failureThreshold` times in a
 *   row reports fallback.replicas × target as the composite (formula skipped); until then the
 *   metric is an error and the HPA keeps the count.
 * - The HPA (kubernetes/kubernetes pkg/controller/podautoscaler): replica_calculator.go
 *   GetExternalPerPodMetricReplicas: ratio = metric / (target × current); the count changes to
 *   ceil(metric / target) only when |1 − ratio| > tolerance (kube-controller-manager's
 *   `--horizontal-pod-autoscaler-tolerance`, default 0.1). horizontal.go, without `behavior` (KEDA
 *   sets none unless asked): stabilizeRecommendation takes the largest recommendation of the
 *   downscale stabilization window (`--horizontal-pod-autoscaler-downscale-stabilization`, default
 *   5 m), then convertDesiredReplicasWithRules clamps it to [minReplicas, min(maxReplicas,
 *   max(2 × current, 4))] (calculateScaleUpLimit).
 * - pkg/scalers/redis_streams_scaler.go (lagCount): XINFO GROUPS' `lag` of the consumer group, or
 *   XLEN when the group does not exist yet, 0 when the stream does not.
 * - pkg/scaling/scaledjob/metrics.go and executor/scale_jobs.go ('default' strategy): at most
 *   min(ceil(lag / lagCount), maxReplicaCount) Jobs, minus those running.
 */
import Redis from 'ioredis';

/** The redis scaler's count of one key. */
export async function redisScalerCount(redis: Redis, key: string): Promise<number> {
  const type = await redis.type(key);
  if (type === 'zset') return redis.zcard(key);
  if (type === 'set') return redis.scard(key);
  if (type === 'hash') return redis.hlen(key);
  if (type === 'list' || type === 'none') return redis.llen(key);
  throw new Error(`ERR unsupported key type: ${type}`);
}

/**
 * Evaluates the synthesized formula. The formulas the constructs write use expr-lang's subset that
 * JavaScript shares (names, numbers, + > ?: and max()); anything else is refused rather than guessed.
 */
export function evaluateFormula(formula: string, values: Record<string, number>): number {
  if (!/^[A-Za-z0-9_ +>?:(),.]+$/.test(formula)) throw new Error(`formula outside the evaluated subset: ${formula}`);
  const names = Object.keys(values);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('max', ...names, `return (${formula});`) as (...args: unknown[]) => unknown;
  const result = run(Math.max, ...names.map((n) => values[n]));
  if (typeof result !== 'number' || Number.isNaN(result)) throw new Error(`formula ${formula} gave ${String(result)}`);
  return result;
}

/** kube-controller-manager's HPA defaults (pkg/controller/podautoscaler/config/v1alpha1/defaults.go). */
export const HPA_DEFAULTS = { tolerance: 0.1, downscaleStabilizationMs: 300_000 } as const;

/** One KEDA polling cycle's reading: each trigger's value and the composite, or the error a trigger gave. */
type Reading = { values: Record<string, number>; composite: number } | { error: Error };

/**
 * A ScaledObject with scalingModifiers under KEDA and its HPA, one polling cycle at a time, on a
 * clock the test moves (`at`, ms): the replicas, KEDA's failure count and the HPA's recommendations
 * are its state, as they are the controllers'.
 */
export class KedaHpaSimulation {
  public replicas: number;
  public failures = 0;
  private lastActiveAt = -Infinity;
  private readonly recommendations: Array<{ at: number; replicas: number }> = [];

  public constructor(private readonly scaledObject: any, start: { replicas?: number } = {}) {
    this.replicas = start.replicas ?? 0;
  }

  private get spec(): any { return this.scaledObject.spec; }

  private async read(redis: Redis): Promise<Reading> {
    const values: Record<string, number> = {};
    try {
      for (const trigger of this.spec.triggers) {
        if (trigger.type !== 'redis') throw new Error(`unexpected trigger type ${trigger.type}`);
        values[trigger.name] = await redisScalerCount(redis, trigger.metadata.listName);
      }
    } catch (error) {
      return { error: error as Error };
    }
    return { values, composite: evaluateFormula(this.spec.advanced.scalingModifiers.formula, values) };
  }

  /** One cycle at time `at`: KEDA reads the triggers (with its fallback), then scales from or to zero, or the HPA runs. */
  public async step(redis: Redis, at: number): Promise<{ replicas: number; composite?: number; values?: Record<string, number>; fallback: boolean }> {
    const modifiers = this.spec.advanced.scalingModifiers;
    const target = Number(modifiers.target);
    const reading = await this.read(redis);
    let composite: number;
    let fallback = false;
    if ('error' in reading) {
      this.failures += 1;
      // Until the threshold is passed, the metric is an error: neither KEDA nor the HPA changes the count.
      if (this.failures <= this.spec.fallback.failureThreshold) return { replicas: this.replicas, fallback };
      composite = this.spec.fallback.replicas * target;
      fallback = true;
    } else {
      this.failures = 0;
      composite = reading.composite;
    }
    const values = 'error' in reading ? undefined : reading.values;
    const min = this.spec.minReplicaCount ?? 0;
    const max = this.spec.maxReplicaCount ?? 100;
    const active = composite > Number(modifiers.activationTarget ?? '0');
    if (active) this.lastActiveAt = at;
    if (this.replicas === 0) {
      if (active) this.replicas = Math.max(min, 1);
      return { replicas: this.replicas, composite, values, fallback };
    }
    if (!active && at - this.lastActiveAt >= (this.spec.cooldownPeriod ?? 300) * 1000) {
      this.replicas = min;
      return { replicas: this.replicas, composite, values, fallback };
    }
    this.replicas = this.hpa(composite, target, Math.max(min, 1), max, at);
    return { replicas: this.replicas, composite, values, fallback };
  }

  /** The HPA's count for an AverageValue external metric: tolerance, downscale stabilization, then the rate limit and bounds. */
  private hpa(metric: number, target: number, minReplicas: number, maxReplicas: number, at: number): number {
    const current = this.replicas;
    const ratio = metric / (target * current);
    const desired = Math.abs(1 - ratio) > HPA_DEFAULTS.tolerance ? Math.ceil(metric / target) : current;
    this.recommendations.push({ at, replicas: desired });
    const stabilized = Math.max(...this.recommendations.filter((r) => r.at >= at - HPA_DEFAULTS.downscaleStabilizationMs).map((r) => r.replicas));
    const upLimit = Math.min(maxReplicas, Math.max(2 * current, 4));
    return Math.min(upLimit, Math.max(minReplicas, stabilized));
  }
}

/**
 * The replicas KEDA and its HPA settle on for the queue as it is now, from zero: polling cycles one
 * `pollingInterval` apart until the count holds (at most 20).
 */
export async function scaledObjectReplicas(redis: Redis, scaledObject: any): Promise<{ replicas: number; composite: number; values: Record<string, number> }> {
  const simulation = new KedaHpaSimulation(scaledObject);
  const interval = (scaledObject.spec.pollingInterval ?? 30) * 1000;
  let last = await simulation.step(redis, 0);
  for (let cycle = 1; cycle <= 20; cycle++) {
    const next = await simulation.step(redis, cycle * interval);
    if (next.replicas === last.replicas) return { replicas: next.replicas, composite: next.composite!, values: next.values! };
    last = next;
  }
  throw new Error(`no steady count after 20 polling cycles (last ${last.replicas})`);
}

/** The redis-streams scaler's lag metric for a `lagCount` trigger. */
export async function redisStreamsLag(redis: Redis, stream: string, group: string): Promise<number> {
  let groups: unknown[];
  try {
    groups = await redis.xinfo('GROUPS', stream) as unknown[];
  } catch (error) {
    if (String(error).includes('no such key')) return 0;
    throw error;
  }
  for (const entry of groups as unknown[][]) {
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < entry.length; i += 2) fields[String(entry[i])] = entry[i + 1];
    if (fields.name === group) return Number(fields.lag);
  }
  return redis.xlen(stream);
}

/** The Jobs a ScaledJob ('default' strategy, one redis-streams trigger) would start now, given those running. */
export async function scaledJobNewJobs(redis: Redis, scaledJob: any, running = 0): Promise<{ lag: number; newJobs: number }> {
  const spec = scaledJob.spec;
  const [trigger] = spec.triggers;
  if (trigger.type !== 'redis-streams') throw new Error(`unexpected trigger type ${trigger.type}`);
  const lag = await redisStreamsLag(redis, trigger.metadata.stream, trigger.metadata.consumerGroup);
  const active = lag > Number(trigger.metadata.activationLagCount ?? '0');
  if (!active) return { lag, newJobs: 0 };
  const maxScale = Math.min(Math.ceil(lag / Number(trigger.metadata.lagCount)), spec.maxReplicaCount ?? 100);
  return { lag, newJobs: Math.max(0, maxScale - running) };
}
