import { Colors, formatTable, plural } from '../io';
import { ExecutionStats } from './aggregate';
import { formatSpan } from './range';
import { formatDuration, formatRate, MetricsResult, shortTime, terminalSafe } from './result';

const COLUMNS = [
  { header: 'TRIGGER' },
  { header: 'RUNS', align: 'right' },
  { header: 'OK', align: 'right' },
  { header: 'FAILED', align: 'right' },
  { header: 'RETRIES', align: 'right' },
  { header: 'MISSED', align: 'right' },
  { header: 'SUCCESS', align: 'right' },
  { header: 'PER ATTEMPT', align: 'right' },
  { header: 'P50', align: 'right' },
  { header: 'P95', align: 'right' },
  { header: 'MAX', align: 'right' },
  { header: 'LAST FAILURE' },
] as const;

/** The report `calvin metrics` prints: header, one table row per trigger, then the last failures in full. */
export function textReport(result: MetricsResult, colors: Colors): string {
  const { source } = result;
  const from = Date.parse(result.range.from);
  const to = Date.parse(result.range.to);
  const label = (text: string): string => colors.dim(text.padEnd(10));
  const lines = [
    `${colors.bold('calvin metrics')} for workspace ${colors.cyan(terminalSafe(result.workspace))}`
      + (result.trigger_filter === null ? '' : `, trigger ${colors.cyan(terminalSafe(result.trigger_filter))}`),
    `${label('range')}${shortTime(result.range.from)} → ${shortTime(result.range.to)} (${formatSpan(to - from)}; records by timestamp, end excluded)`,
    `${label('read')}s3://${source.bucket}/${source.prefix} · ${plural(source.hour_partitions, 'hour partition')} · `
      + `${plural(source.objects_read, 'object')} · ${plural(source.records_read, 'record')}, ${source.records_matched} matched`,
  ];
  if (source.objects_skipped > 0) {
    lines.push(`${label('skipped')}${colors.yellow(`${plural(source.objects_skipped, 'object')} that ${source.objects_skipped === 1 ? 'is' : 'are'} not a JSON array of records (see the warnings)`)}`);
  }
  if (source.invalid_records > 0) lines.push(`${label('ignored')}${colors.yellow(`${plural(source.invalid_records, 'array element')} that ${source.invalid_records === 1 ? 'is' : 'are'} not an execution record`)}`);
  let text = `${lines.join('\n')}\n\n`;

  if (source.records_matched === 0) {
    const who = result.trigger_filter === null ? `workspace "${terminalSafe(result.workspace)}"` : `trigger "${terminalSafe(result.trigger_filter)}" of workspace "${terminalSafe(result.workspace)}"`;
    return `${text}no records for ${who} in this range\n`;
  }

  const rows = result.triggers.map((trigger) => statsRow(colors.cyan(terminalSafe(trigger.trigger)), trigger, colors));
  if (result.triggers.length > 1) rows.push(statsRow(colors.bold('(all triggers)'), result.summary, colors));
  text += formatTable(COLUMNS, rows, colors);

  const failures = result.triggers.filter((trigger) => trigger.last_failure !== null);
  if (failures.length > 0) {
    text += `\n${colors.bold('last failures')}\n`;
    for (const { trigger, last_failure: failure } of failures) {
      if (!failure) continue;
      const details = [shortTime(failure.timestamp), failureLabel(failure.status, colors),
        failure.http_status === null ? '' : `HTTP ${failure.http_status}`, failure.retry_count > 0 ? `retry ${failure.retry_count}` : ''].filter(Boolean);
      text += `  ${colors.cyan(terminalSafe(trigger))}  ${details.join('  ')}\n`;
      const error = terminalSafe(failure.error ?? '(no error message)', true);
      text += `${error.split('\n').map((line) => `    ${line}`).join('\n')}\n`;
    }
  }
  return text;
}

function statsRow(name: string, stats: ExecutionStats, colors: Colors): string[] {
  const failure = stats.last_failure;
  return [
    name,
    String(stats.runs),
    String(stats.ok_attempts),
    stats.failed_attempts > 0 ? colors.red(String(stats.failed_attempts)) : '0',
    String(stats.retry_attempts),
    stats.missed_ticks > 0 ? colors.yellow(String(stats.missed_ticks)) : '0',
    rateCell(stats.success_rate, colors),
    colors.dim(formatRate(stats.attempt_success_rate)),
    formatDuration(stats.duration_ms.p50),
    formatDuration(stats.duration_ms.p95),
    formatDuration(stats.duration_ms.max),
    failure === null ? colors.dim('—')
      : `${shortTime(failure.timestamp)} ${failureLabel(failure.status, colors)}${failure.http_status === null ? '' : ` ${failure.http_status}`}`,
  ];
}

function rateCell(rate: number | null, colors: Colors): string {
  const text = formatRate(rate);
  if (rate === null) return colors.dim(text);
  return rate >= 0.99 ? colors.green(text) : rate >= 0.9 ? colors.yellow(text) : colors.red(text);
}

function failureLabel(status: 'failure' | 'missed', colors: Colors): string {
  return status === 'failure' ? colors.red(status) : colors.yellow(status);
}
