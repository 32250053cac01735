import { parser } from '@prometheus-io/lezer-promql';
import { MetricSpec, seriesNamesOf, WORKER_METRICS, WORKER_RUNTIME_METRICS } from '../../contracts/metrics';
import {
  APP_LABEL, CADVISOR_METRICS, KEDA_METRICS, KNATIVE_QUEUE_PROXY_METRICS, KSERVE_MODEL_METRICS, KUBE_STATE_METRICS, POD_MONITOR_TARGET_LABELS,
  SERVICE_MONITOR_TARGET_LABELS,
} from '../../constructs/monitoring/external-metrics';

/**
 * Reads PromQL with Prometheus' own grammar (@prometheus-io/lezer-promql): which series names a
 * query selects and whether each label it matches or groups by is one its metrics have.
 */

/** Every series name a rule or panel may use, with the labels its series carry once scraped. */
export function knownSeries(): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  const add = (metric: MetricSpec, target: readonly string[]) => {
    for (const name of seriesNamesOf(metric)) {
      known.set(name, new Set([...metric.labels, ...target, ...(name.endsWith('_bucket') ? ['le'] : [])]));
    }
  };
  for (const m of [...Object.values(WORKER_METRICS), ...Object.values(WORKER_RUNTIME_METRICS)]) add(m, SERVICE_MONITOR_TARGET_LABELS);
  for (const m of Object.values(KNATIVE_QUEUE_PROXY_METRICS)) add(m, [...SERVICE_MONITOR_TARGET_LABELS, APP_LABEL]);
  for (const m of Object.values(KSERVE_MODEL_METRICS)) add(m, [...POD_MONITOR_TARGET_LABELS, APP_LABEL]);
  // kube-state-metrics', KEDA's and the kubelet's cAdvisor series, scraped through ServiceMonitors (honorLabels keeps their own namespace).
  for (const m of [...Object.values(KUBE_STATE_METRICS), ...Object.values(KEDA_METRICS), ...Object.values(CADVISOR_METRICS)]) add(m, SERVICE_MONITOR_TARGET_LABELS);
  // Prometheus' own per-target series.
  known.set('up', new Set([...SERVICE_MONITOR_TARGET_LABELS, APP_LABEL]));
  return known;
}

/** Grafana's interval variables, as Grafana substitutes them before the query reaches Prometheus. */
export function interpolate(expr: string): string {
  return expr.replace(/\$__rate_interval|\$__interval/g, '5m').replace(/\$app\b/g, 'web');
}

export interface QueryFacts {
  readonly metrics: string[];
  readonly problems: string[];
}

/** The series names `expr` selects, and every syntax error or label its metrics lack. */
export function checkQuery(expr: string, known = knownSeries()): QueryFacts {
  const tree = parser.parse(expr);
  const metrics: string[] = [];
  const problems: string[] = [];
  const cursor = tree.cursor();
  const text = (from: number, to: number): string => expr.slice(from, to);
  // Selector names and matchers, and the selectors under each aggregation (for its `by` labels).
  const aggregations: Array<{ from: number; to: number; labels: string[] }> = [];
  const selectors: Array<{ from: number; name: string }> = [];
  do {
    const node = cursor.node;
    if (node.type.isError) problems.push(`syntax error at ${node.from}: ${JSON.stringify(text(node.from, node.to + 10))}`);
    if (node.name === 'VectorSelector') {
      const name = node.getChild('Identifier');
      if (!name) continue;
      const metric = text(name.from, name.to);
      metrics.push(metric);
      selectors.push({ from: node.from, name: metric });
      const labels = known.get(metric);
      if (!labels) problems.push(`${metric}: not a metric the platform knows`);
      for (const matcher of node.getChild('LabelMatchers')?.getChildren('UnquotedLabelMatcher') ?? []) {
        const label = matcher.getChild('LabelName')!;
        const labelName = text(label.from, label.to);
        if (labels && !labels.has(labelName)) problems.push(`${metric} has no label ${labelName}`);
      }
    }
    if (node.name === 'AggregateExpr') {
      const grouping = node.getChild('AggregateModifier')?.getChild('GroupingLabels');
      const labels = (grouping?.getChildren('LabelName') ?? []).map((l) => text(l.from, l.to));
      aggregations.push({ from: node.from, to: node.to, labels });
    }
  } while (cursor.next());
  for (const aggregation of aggregations) {
    for (const selector of selectors.filter((s) => s.from >= aggregation.from && s.from < aggregation.to)) {
      for (const label of aggregation.labels) {
        if (!known.get(selector.name)?.has(label)) problems.push(`sum by (${label}) over ${selector.name}, which has no label ${label}`);
      }
    }
  }
  return { metrics, problems };
}
