/**
 * What KEDA computes from a synthesized ScaledObject or ScaledJob, read from KEDA's source
 * (kedacore/keda @ 8b4f083, the CRDs' commit) and redone here against a real Redis:
 * - pkg/scalers/redis_scaler.go: the trigger's `listName` is counted by its key type (zset ZCARD,
 *   set SCARD, hash HLEN, list or missing LLEN, anything else an error).
 * - pkg/scaling/modifiers/formula.go: with `advanced.scalingModifiers`, the formula (expr-lang)
 *   gets each trigger's value by its `name`; its result is one composite metric.
 * - pkg/scaling/scale_handler.go: with a formula, the object is active when the composite exceeds
 *   `activationTarget`; the HPA KEDA creates then runs ceil(value / target) replicas
 *   (AverageValue), at least 1 and between the min and max replica counts; inactive, minReplicaCount.
 * - pkg/scalers/redis_streams_scaler.go (lagCount): XINFO GROUPS' `lag` of the consumer group, or
 *   XLEN when the group does not exist yet, 0 when the stream does not.
 * - pkg/scaling/scaledjob/metrics.go and executor/scale_jobs.go ('default' strategy): at most
 *   min(ceil(lag / lagCount), maxReplicaCount) Jobs, minus those running.
 * What is not modelled: the HPA's 10 % tolerance and stabilization windows (they delay a change
 * from a running count, not the count a steady queue settles on) and the fallback after failures.
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

/** The replicas KEDA (and its HPA) would settle on for a ScaledObject with scalingModifiers, now. */
export async function scaledObjectReplicas(redis: Redis, scaledObject: any): Promise<{ replicas: number; composite: number; values: Record<string, number> }> {
  const spec = scaledObject.spec;
  const values: Record<string, number> = {};
  for (const trigger of spec.triggers) {
    if (trigger.type !== 'redis') throw new Error(`unexpected trigger type ${trigger.type}`);
    values[trigger.name] = await redisScalerCount(redis, trigger.metadata.listName);
  }
  const modifiers = spec.advanced.scalingModifiers;
  const composite = evaluateFormula(modifiers.formula, values);
  const min = spec.minReplicaCount ?? 0;
  const max = spec.maxReplicaCount ?? 100;
  const active = composite > Number(modifiers.activationTarget ?? '0');
  if (!active) return { replicas: min, composite, values };
  const desired = Math.ceil(composite / Number(modifiers.target));
  return { replicas: Math.min(max, Math.max(1, min, desired)), composite, values };
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
