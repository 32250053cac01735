import { Colors, formatTable } from '../io';
import { terminalSafe } from '../metrics/result';
import type { AppStatus } from './app-report';
import type { PlatformStatus } from './platform';
import type { StatusResult } from './result';
import type { TriggersStatus } from './triggers';

/** The human report: one table of apps, then each problem with its reason and what to do, then platform and triggers. */
export function statusText(result: StatusResult, colors: Colors): string {
  const parts = [`${colors.dim(`context ${result.context} (${result.server})`)}\n`, appsText(result.apps, colors)];
  if (result.platform) parts.push(platformText(result.platform, colors));
  if (result.triggers) parts.push(triggersText(result.triggers, colors));
  parts.push(result.ready ? `${colors.green('all ready')}\n` : `${colors.red('not ready')}: see above\n`);
  return parts.join('\n');
}

function appsText(apps: readonly AppStatus[], colors: Colors): string {
  if (apps.length === 0) return 'no apps (no InferenceService or Knative Service in the output)\n';
  const table = formatTable(
    [{ header: 'APP' }, { header: 'READY' }, { header: 'REPLICAS' }, { header: 'REVISION' }, { header: 'TRAFFIC' }, { header: 'URL' }],
    apps.map((app) => [
      `${app.namespace}/${app.name}`,
      app.ready ? colors.green('Ready') : colors.red('NotReady'),
      app.scaled_to_zero ? '0 (scaled to zero)' : `${app.replicas.ready}/${app.replicas.total}`,
      app.latest_ready_revision ?? '-',
      app.traffic.map((target) => `${target.percent}% ${target.revision}`).join(', ') || '-',
      app.url,
    ]),
    colors,
  );
  const problems = apps.filter((app) => app.problems.length > 0).map((app) => app.problems.map((problem) => [
    `${colors.red('✗')} ${colors.bold(app.name)}: ${terminalSafe(problem.reason)}`,
    `  what to do: ${terminalSafe(problem.advice)}`,
    ...problem.details.map((line) => colors.dim(`  ${terminalSafe(line)}`)),
  ].join('\n')).join('\n')).join('\n');
  return `${table}${problems ? `\n${problems}\n` : ''}`;
}

function platformText(platform: PlatformStatus, colors: Colors): string {
  const lines = [colors.bold('PLATFORM')];
  for (const worker of platform.workers) {
    const checksum = worker.catalog_checksum ? `catalog ${worker.catalog_checksum.slice(0, 12)}…${worker.stale_pods.length === 0 ? ' in every pod' : ''}` : 'no catalog';
    lines.push(`worker ${worker.namespace}/${worker.name}: ${worker.replicas.ready}/${worker.replicas.desired} ready, ${checksum}`);
  }
  lines.push(`kourier load balancer: ${platform.kourier.address ?? (platform.kourier.found ? 'no address yet' : 'not installed')}`);
  lines.push(...platform.problems.map((problem) => `${colors.red('✗')} ${problem}`));
  if (platform.unchecked_kinds.length > 0) lines.push(colors.dim(`not compared (no read access): ${platform.unchecked_kinds.join(', ')}`));
  lines.push(...platform.not_synthesized.map((name) => `${colors.yellow('!')} in the cluster but no longer synthesized: ${name} (delete it if it is not needed)`));
  return `${lines.join('\n')}\n`;
}

function triggersText(status: TriggersStatus, colors: Colors): string {
  if (status.triggers.length === 0) return '';
  const table = formatTable(
    [{ header: 'TRIGGER' }, { header: 'NEXT FIRE' }, { header: 'LAST RUN' }, { header: 'LAST SUCCESS' }],
    status.triggers.map((trigger) => [
      trigger.id,
      trigger.enabled ? trigger.next_fire ?? '-' : colors.yellow('disabled'),
      trigger.last_run ? `${trigger.last_run.status === 'success' ? colors.green('success') : colors.red(trigger.last_run.status)} ${trigger.last_run.timestamp}` : '-',
      `${trigger.last_success ?? '-'}${trigger.late ? ` ${colors.red('(late: no success in two periods)')}` : ''}`,
    ]),
    colors,
  );
  return `${colors.bold('TRIGGERS')}\n${table}${status.records_unread ? colors.dim(`records not read: ${status.records_unread}\n`) : ''}`;
}
