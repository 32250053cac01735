import { MetricSpec } from '../../contracts/metrics';

/** PromQL built from metric specs, so rules and panels name metrics through the contract. */

export type Matchers = Readonly<Record<string, string>>;

/** `name{k="v", k2=~"re"}`: a value starting with `~` or `!` is a regex or negative matcher. */
export function selector(name: string, matchers: Matchers = {}): string {
  const parts = Object.entries(matchers).map(([key, value]) => {
    if (value.startsWith('=~') || value.startsWith('!~') || value.startsWith('!=')) return `${key}${value.slice(0, 2)}${JSON.stringify(value.slice(2))}`;
    return `${key}=${JSON.stringify(value)}`;
  });
  return parts.length === 0 ? name : `${name}{${parts.join(', ')}}`;
}

/** A counter's or histogram series' per-second rate over `window`. */
export function rate(name: string, matchers: Matchers, window: string): string {
  return `rate(${selector(name, matchers)}[${window}])`;
}

/** The `q` quantile of a histogram over `window`, kept per `by` labels. */
export function quantile(metric: MetricSpec, q: number, matchers: Matchers, window: string, by: readonly string[] = []): string {
  return `histogram_quantile(${q}, sum by (${[...by, 'le'].join(', ')}) (${rate(`${metric.name}_bucket`, matchers, window)}))`;
}

/** `sum by (…) (x)`, or `sum(x)` without labels. */
export function sum(expr: string, by: readonly string[] = []): string {
  return by.length === 0 ? `sum(${expr})` : `sum by (${by.join(', ')}) (${expr})`;
}
