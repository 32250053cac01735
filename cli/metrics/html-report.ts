import { ExecutionStats, SeriesBucket } from './aggregate';
import { formatSpan } from './range';
import { formatDuration, formatRate, MetricsResult, shortTime } from './result';
import { ChartSeries, durationTick, escapeHtml, FULL_WIDTH, HALF_WIDTH, successRateChart, timeChart } from './svg-charts';
import { REPORT_CSS } from './html-style';

/**
 * The `--html` page: one file with its CSS inline and its charts as SVG drawn here, so it opens
 * offline, from a mail attachment or a CI artifact, with no script to run and nothing to fetch.
 */
export function htmlReport(result: MetricsResult, generatedAt: Date): string {
  const { summary, series } = result;
  const firstMs = Date.parse(series.buckets[0]?.start ?? result.range.from);
  const title = `calvin metrics · ${result.workspace}${result.trigger_filter === null ? '' : ` · ${result.trigger_filter}`}`;
  const span = formatSpan(Date.parse(result.range.to) - Date.parse(result.range.from));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header class="masthead">
  <div class="eyebrow">calvin metrics${result.trigger_filter === null ? '' : ` · trigger <b>${escapeHtml(result.trigger_filter)}</b>`}</div>
  <h1>${escapeHtml(result.workspace)}</h1>
  <p class="range">${escapeHtml(shortTime(result.range.from))} → ${escapeHtml(shortTime(result.range.to))} <span class="pill">${escapeHtml(span)}</span> <span class="pill">${escapeHtml(series.bucket)} buckets</span></p>
</header>
${cards(summary)}
<section class="panel">
  <div class="panel-head"><h2>Executions over time</h2>${legend(['success', 'failure', 'missed'])}</div>
  ${timeChart({ chart: 'executions', label: 'executions over time by status', firstMs, widthMs: series.bucket_ms, bucketCount: series.buckets.length,
    series: executionSeries(series.buckets, series.bucket), formatValue: (value) => String(value), continuous: true, width: FULL_WIDTH })}
</section>
<div class="two-up">
<section class="panel">
  <div class="panel-head"><h2>Duration</h2>${legend(['p50', 'p95', 'max'])}</div>
  ${timeChart({ chart: 'durations', label: 'attempt duration percentiles over time', firstMs, widthMs: series.bucket_ms, bucketCount: series.buckets.length,
    series: durationSeries(series.buckets, series.bucket), formatValue: durationTick, continuous: false, width: HALF_WIDTH })}
</section>
<section class="panel">
  <div class="panel-head"><h2>Success rate by trigger</h2><span class="hint">runs that succeeded ÷ ticks (final outcome)</span></div>
  ${successRateChart(result.triggers.filter((t) => t.success_rate !== null)
    .map((t) => ({ trigger: t.trigger, rate: t.success_rate!, ok: t.succeeded_runs, ticks: t.runs + t.missed_ticks })), HALF_WIDTH)}
</section>
</div>
${triggerTable(result)}
${lastFailures(result)}
<footer>
  Read ${result.source.objects_read.toLocaleString('en-US')} objects (${result.source.records_read.toLocaleString('en-US')} records, ${result.source.records_matched.toLocaleString('en-US')} matched) from
  <code>s3://${escapeHtml(result.source.bucket)}/${escapeHtml(result.source.prefix)}</code> in ${result.source.hour_partitions} hour partitions${result.source.objects_skipped > 0 ? `; <b>${result.source.objects_skipped} skipped</b> (not a JSON array)` : ''}.
  Runs are first attempts; the success rate counts each tick once, by its final outcome (a retry that succeeded is a success, a missed tick is not); the per-attempt rate and durations count every attempt, retries included. Times are UTC.
  Generated ${escapeHtml(shortTime(generatedAt.toISOString()))} by <code>calvin metrics</code>.
</footer>
</main>
</body>
</html>
`;
}

function cards(summary: ExecutionStats): string {
  const rate = summary.success_rate;
  const level = rate === null ? '' : rate >= 0.99 ? 'good' : rate >= 0.9 ? 'warn' : 'bad';
  const card = (label: string, value: string, note: string, tone = ''): string =>
    `<div class="card ${tone}"><div class="card-label">${label}</div><div class="card-value">${escapeHtml(value)}</div><div class="card-note">${escapeHtml(note)}</div></div>`;
  return `<section class="cards">
  ${card('Runs', summary.runs.toLocaleString('en-US'), `${summary.retry_attempts.toLocaleString('en-US')} retries`)}
  ${card('Success rate', formatRate(rate), `${summary.succeeded_runs.toLocaleString('en-US')} of ${(summary.runs + summary.missed_ticks).toLocaleString('en-US')} ticks · ${formatRate(summary.attempt_success_rate)} of attempts`, level)}
  ${card('Failures', summary.failed_attempts.toLocaleString('en-US'), 'failed attempts', summary.failed_attempts > 0 ? 'bad' : '')}
  ${card('Missed', summary.missed_ticks.toLocaleString('en-US'), 'ticks that never ran', summary.missed_ticks > 0 ? 'warn' : '')}
  ${card('p95 duration', formatDuration(summary.duration_ms.p95), `p50 ${formatDuration(summary.duration_ms.p50)} · max ${formatDuration(summary.duration_ms.max)}`)}
</section>`;
}

function legend(names: readonly string[]): string {
  return `<div class="legend">${names.map((name) => `<span><i class="swatch s-${name}"></i>${name}</span>`).join('')}</div>`;
}

function bucketTitle(bucket: SeriesBucket, width: string): string {
  return `${shortTime(bucket.start).slice(0, 16)} UTC (+${width})`;
}

/** One point per bucket and status, zero buckets included, so a quiet hour shows as a dip to zero and not as a gap. */
function executionSeries(buckets: readonly SeriesBucket[], width: string): ChartSeries[] {
  return (['success', 'failure', 'missed'] as const).map((status) => ({
    name: status,
    points: buckets.map((bucket, index) => ({ index, value: bucket[status], title: `${bucketTitle(bucket, width)} · ${status}: ${bucket[status]}` })),
  }));
}

/** Points only where a bucket had attempts: a bucket with none has no duration, not a zero one. */
function durationSeries(buckets: readonly SeriesBucket[], width: string): ChartSeries[] {
  return (['p50', 'p95', 'max'] as const).map((name) => ({
    name,
    points: buckets.flatMap((bucket, index) => {
      const value = bucket.duration_ms[name];
      if (value === null) return [];
      return [{ index, value, title: `${bucketTitle(bucket, width)} · ${name}: ${formatDuration(value)} (${bucket.success + bucket.failure} attempts)` }];
    }),
  }));
}

function triggerTable(result: MetricsResult): string {
  const row = (name: string, stats: ExecutionStats, total = false): string => {
    const rate = stats.success_rate;
    const level = rate === null ? '' : rate >= 0.99 ? 'good' : rate >= 0.9 ? 'warn' : 'bad';
    const failure = stats.last_failure;
    return `<tr${total ? ' class="total"' : ''}><th scope="row">${escapeHtml(name)}</th><td>${stats.runs}</td><td>${stats.ok_attempts}</td>`
      + `<td class="${stats.failed_attempts > 0 ? 'bad' : ''}">${stats.failed_attempts}</td><td>${stats.retry_attempts}</td>`
      + `<td class="${stats.missed_ticks > 0 ? 'warn' : ''}">${stats.missed_ticks}</td><td class="${level}">${formatRate(rate)}</td><td class="muted">${formatRate(stats.attempt_success_rate)}</td>`
      + `<td>${escapeHtml(formatDuration(stats.duration_ms.p50))}</td><td>${escapeHtml(formatDuration(stats.duration_ms.p95))}</td><td>${escapeHtml(formatDuration(stats.duration_ms.max))}</td>`
      + `<td class="left">${failure === null ? '<span class="muted">—</span>'
        : `${escapeHtml(shortTime(failure.timestamp))} <span class="tag ${failure.status}">${failure.status}</span>${failure.http_status === null ? '' : ` ${failure.http_status}`}`}</td></tr>`;
  };
  if (result.triggers.length === 0) return '<section class="panel"><h2>Triggers</h2><p class="muted">No records for this workspace in this range.</p></section>';
  return `<section class="panel">
  <h2>Triggers</h2>
  <div class="table-wrap"><table>
  <thead><tr><th class="left">Trigger</th><th>Runs</th><th>OK</th><th>Failed</th><th>Retries</th><th>Missed</th><th>Success</th><th>Per attempt</th><th>p50</th><th>p95</th><th>Max</th><th class="left">Last failure</th></tr></thead>
  <tbody>${result.triggers.map((t) => row(t.trigger, t)).join('')}${result.triggers.length > 1 ? row('All triggers', result.summary, true) : ''}</tbody>
  </table></div>
</section>`;
}

function lastFailures(result: MetricsResult): string {
  const failures = result.triggers.filter((t) => t.last_failure !== null);
  if (failures.length === 0) return '';
  return `<section class="panel">
  <h2>Last failures</h2>
  ${failures.map(({ trigger, last_failure: f }) => `<article class="failure-entry">
    <div class="failure-head"><b>${escapeHtml(trigger)}</b><span class="tag ${f!.status}">${f!.status}</span>
      <span class="muted">${escapeHtml(shortTime(f!.timestamp))}${f!.http_status === null ? '' : ` · HTTP ${f!.http_status}`}${f!.retry_count > 0 ? ` · retry ${f!.retry_count}` : ''}</span></div>
    <pre>${escapeHtml(f!.error ?? '(no error message)')}</pre>
  </article>`).join('\n  ')}
</section>`;
}
