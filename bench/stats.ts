/**
 * The statistics every benchmark reports, defined once: a median of rounds, and nearest-rank
 * percentiles of latencies (so a p99 is a latency that happened, never an interpolation).
 */

/** The median: the middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank `p`th percentile (0 < p ≤ 100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Count, p50, p99 and max of latencies in ms. */
export function summary(values: readonly number[]): { requests: number; p50Ms: number; p99Ms: number; maxMs: number } {
  return { requests: values.length, p50Ms: percentile(values, 50), p99Ms: percentile(values, 99), maxMs: Math.max(...values) };
}
