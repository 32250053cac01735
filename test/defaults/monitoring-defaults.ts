import { MonitoringAlertThresholds, MonitoringProps } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';
import { fullMonitoringDocs, monitoringDocs } from '../monitoring/helpers';
import { DefaultsTable } from './tables';

const sameMonitoring = (explicit: MonitoringProps) => expect(monitoringDocs()).toEqual(monitoringDocs(explicit));
const sameAlerts = (explicit: MonitoringAlertThresholds) => sameMonitoring({ alerts: explicit });
const rules = (props: MonitoringProps = {}) => findObject(monitoringDocs(props), 'PrometheusRule', 'calvin-platform').spec.groups.flatMap((g: any) => g.rules);
const exprOf = (alert: string, props: MonitoringProps = {}) => rules(props).find((r: any) => r.alert === alert).expr;

/** Monitoring's props and its alert thresholds. */
export const MONITORING_DEFAULTS: DefaultsTable = {
  'PlatformStackProps.monitoring': { documented: 'none: no monitoring objects', check: () => {
    expect(synthPlatform().filter((d) => d.apiVersion.startsWith('monitoring.coreos.com/') || d.metadata?.labels?.grafana_dashboard)).toEqual([]);
  } },
  'MonitoringProps.release': { documented: "'kube-prometheus-stack'", check: () => {
    expect(findObject(monitoringDocs(), 'PrometheusRule', 'calvin-platform').metadata.labels.release).toBe('kube-prometheus-stack');
    sameMonitoring({ release: 'kube-prometheus-stack' });
  } },
  'MonitoringProps.alerts': { documented: 'see MonitoringAlertThresholds', check: () => sameMonitoring({ alerts: {} }) },
  'MonitoringProps.dashboards': { documented: 'true', check: () => sameMonitoring({ dashboards: true }) },
  'MonitoringProps.scrapeInterval': { documented: "'30s'", check: () => {
    expect(findObject(monitoringDocs(), 'ServiceMonitor', 'calvin-scheduler-worker').spec.endpoints[0].interval).toBe('30s');
    sameMonitoring({ scrapeInterval: '30s' });
  } },
  'MonitoringAlertThresholds.triggerFailureRatio': { documented: '0.05', check: () => {
    expect(exprOf('CalvinTriggerFailureRate')).toMatch(/> 0\.05$/);
    sameAlerts({ triggerFailureRatio: 0.05 });
  } },
  'MonitoringAlertThresholds.attemptP95Seconds': { documented: '2', check: () => {
    expect(exprOf('CalvinTriggerAttemptSlow')).toMatch(/> 2$/);
    sameAlerts({ attemptP95Seconds: 2 });
  } },
  'MonitoringAlertThresholds.latenessP99Seconds': { documented: '1', check: () => {
    expect(exprOf('CalvinTriggerLate')).toMatch(/> 1$/);
    sameAlerts({ latenessP99Seconds: 1 });
  } },
  'MonitoringAlertThresholds.recordBacklog': { documented: '10000', check: () => {
    expect(exprOf('CalvinRecordBacklog')).toMatch(/> 10000$/);
    sameAlerts({ recordBacklog: 10000 });
  } },
  'MonitoringAlertThresholds.appErrorRatio': { documented: '0.05', check: () => {
    expect(exprOf('CalvinAppErrorRate')).toMatch(/> 0\.05$/);
    sameAlerts({ appErrorRatio: 0.05 });
  } },
  'MonitoringAlertThresholds.appP95Seconds': { documented: '2', check: () => {
    expect(exprOf('CalvinAppSlow')).toMatch(/> 2$/);
    sameAlerts({ appP95Seconds: 2 });
  } },
  // The full platform's QueueWorkers: mailer (10 replicas × 10 jobs) and the tenant's thumbs (2 × 5).
  'MonitoringAlertThresholds.queueDepth': { documented: "each QueueWorker's maxReplicas × jobsPerReplica: more than its replicas take at once", check: () => {
    expect(fullRuleOf('CalvinQueueDepthHigh').expr.match(/> \d+/g)).toEqual(['> 100', '> 10']);
  } },
  // The JobRunner agents: 10 Jobs × 1 entry.
  'MonitoringAlertThresholds.streamLag': { documented: "each JobRunner's maxJobs × entriesPerJob: more than its Jobs take at once", check: () => {
    expect(fullRuleOf('CalvinStreamLagHigh').expr).toMatch(/> 10$/);
  } },
  'MonitoringAlertThresholds.quotaUsedRatio': { documented: '0.9', check: () => {
    expect(fullRuleOf('CalvinTenantQuotaNearlyUsed').expr).toMatch(/> 0\.9$/);
    expect(fullMonitoringDocs()).toEqual(fullMonitoringDocs({ alerts: { quotaUsedRatio: 0.9 } }));
  } },
};

const fullRuleOf = (alert: string) => findObject(fullMonitoringDocs(), 'PrometheusRule', 'calvin-platform').spec.groups.flatMap((g: any) => g.rules).find((r: any) => r.alert === alert);
