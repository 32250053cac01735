import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as YAML from 'yaml';
import { WORKER_METRICS } from '../../contracts/metrics';
import { KEDA_METRICS, KNATIVE_QUEUE_PROXY_METRICS, KUBE_STATE_METRICS } from '../../constructs/monitoring/external-metrics';
import { findObject } from '../helpers';
import { fullMonitoringDocs } from './helpers';

/**
 * The synthesized PrometheusRule through Prometheus' own promtool: `check rules` on every group, and
 * `test rules` unit tests in which each alert fires on series that should trigger it and stays
 * silent on healthy ones.
 */

type Series = Array<{ series: string; values: string }>;
const W = { namespace: 'calvin-system' };
const APP = { namespace: 'calvin-apps', app: 'web' };
const labels = (l: Record<string, string>): string => `{${Object.entries(l).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
/** A counter growing by `perMinute` for 40 minutes (promtool's expanding notation). */
const growing = (name: string, l: Record<string, string>, perMinute: number) => ({ series: `${name}${labels(l)}`, values: `0+${perMinute}x40` });
const constant = (name: string, l: Record<string, string>, value: number) => ({ series: `${name}${labels(l)}`, values: `${value}x40` });
/** A histogram whose observations (`perMinute` of them) all land at `value`. */
function histogram(name: string, buckets: readonly number[] | undefined, l: Record<string, string>, value: number, perMinute = 10): Series {
  return [...(buckets ?? []).map(String), '+Inf'].map((le) => growing(`${name}_bucket`, { ...l, le }, le === '+Inf' || Number(le) >= value ? perMinute : 0));
}
const runs = (success: number, failure: number, missed = 0): Series => [
  growing(WORKER_METRICS.runs.name, { ...W, outcome: 'success' }, success),
  growing(WORKER_METRICS.runs.name, { ...W, outcome: 'failure' }, failure),
  growing(WORKER_METRICS.runs.name, { ...W, outcome: 'missed' }, missed),
];
const requests = (ok: number, errors: number): Series => [
  growing(`${KNATIVE_QUEUE_PROXY_METRICS.requestDuration.name}_count`, { ...APP, http_response_status_code: '200' }, ok),
  growing(`${KNATIVE_QUEUE_PROXY_METRICS.requestDuration.name}_count`, { ...APP, http_response_status_code: '500' }, errors),
];
const deployment = { namespace: 'calvin-system', deployment: 'scheduler-worker' };
const replicas = (desired: number, available: number): Series => [
  constant(KUBE_STATE_METRICS.deploymentReplicas.name, deployment, desired),
  constant(KUBE_STATE_METRICS.deploymentReplicasAvailable.name, deployment, available),
];

/** KEDA's reading of one trigger of the QueueWorker `mailer` (10 replicas × 10 jobs: threshold 100) or of the JobRunner `agents` (10 × 1). */
const MAILER = { namespace: 'calvin-apps', scaledObject: 'mailer' };
const AGENTS = { namespace: 'calvin-apps', scaledObject: 'agents' };
const keda = (type: string, workload: Record<string, string>, scaler: string, index: number, value: number) =>
  constant(KEDA_METRICS.scalerValue.name, { ...workload, type, scaler, triggerIndex: String(index), metric: `s${index}-redis-${scaler}` }, value);
const queue = (wait: number, prioritized: number, delayed: number): Series => [
  keda('scaledobject', MAILER, 'wait', 0, wait), keda('scaledobject', MAILER, 'prioritized', 1, prioritized), keda('scaledobject', MAILER, 'delayed', 2, delayed),
];
/** kube-state-metrics' series of one quota resource. */
const quota = (namespace: string, resource: string, used: number, hard: number): Series => ['used', 'hard'].map((type) =>
  constant(KUBE_STATE_METRICS.resourceQuota.name, { namespace, resourcequota: 'tenant-quota', resource, type }, type === 'used' ? used : hard));

/** Per alert: series that must make it fire (with the labels it then has) and healthy series. */
const CASES: Record<string, { firing: Series; labels: Record<string, string>; healthy: Series }> = {
  // 10 % of runs failed: fires. Every run succeeded on its retry (attempts failed half the time): silent.
  CalvinTriggerFailureRate: { firing: runs(9, 1), labels: {}, healthy: [...runs(10, 0), growing(WORKER_METRICS.executions.name, { ...W, status: 'failure' }, 10)] },
  CalvinTriggerAttemptSlow: { firing: histogram(WORKER_METRICS.attemptDuration.name, WORKER_METRICS.attemptDuration.buckets, W, 2.5), labels: {},
    healthy: histogram(WORKER_METRICS.attemptDuration.name, WORKER_METRICS.attemptDuration.buckets, W, 0.1) },
  CalvinTriggerLate: { firing: histogram(WORKER_METRICS.lateness.name, WORKER_METRICS.lateness.buckets, W, 5), labels: {},
    healthy: histogram(WORKER_METRICS.lateness.name, WORKER_METRICS.lateness.buckets, W, 0.01) },
  CalvinRecordFlushFailing: { firing: [growing(WORKER_METRICS.flushFailures.name, W, 1)], labels: {}, healthy: [growing(WORKER_METRICS.flushFailures.name, W, 0)] },
  CalvinRecordsDropped: { firing: [{ series: `${WORKER_METRICS.droppedRecords.name}${labels(W)}`, values: '0x35 7x5' }], labels: {},
    healthy: [constant(WORKER_METRICS.droppedRecords.name, W, 0)] },
  CalvinRecordBacklog: { firing: [constant(WORKER_METRICS.bufferSize.name, W, 20_000)], labels: {}, healthy: [constant(WORKER_METRICS.bufferSize.name, W, 10)] },
  CalvinCatalogRejected: { firing: [{ series: `${WORKER_METRICS.catalogRejections.name}${labels(W)}`, values: '0x35 1x5' }], labels: {},
    healthy: [constant(WORKER_METRICS.catalogRejections.name, W, 0)] },
  CalvinWorkerUnavailable: { firing: replicas(2, 0), labels: deployment, healthy: replicas(2, 2) },
  CalvinWorkerReplicasMissing: { firing: replicas(2, 1), labels: deployment, healthy: replicas(2, 2) },
  CalvinWorkerMetricsAbsent: { firing: [constant('up', { job: 'other' }, 1)], labels: W, healthy: [constant(WORKER_METRICS.catalogTriggers.name, W, 3)] },
  CalvinAppErrorRate: { firing: requests(9, 1), labels: APP, healthy: requests(10, 0) },
  CalvinAppSlow: { firing: histogram(KNATIVE_QUEUE_PROXY_METRICS.requestDuration.name, KNATIVE_QUEUE_PROXY_METRICS.requestDuration.buckets, APP, 2.5), labels: APP,
    healthy: histogram(KNATIVE_QUEUE_PROXY_METRICS.requestDuration.name, KNATIVE_QUEUE_PROXY_METRICS.requestDuration.buckets, APP, 0.1) },
  // 80 plain + 30 prioritized = 110 > 100: fires, though neither list alone passes. 80 + 10 with 500 delayed (not waiting): silent.
  CalvinQueueDepthHigh: { firing: queue(80, 30, 0), labels: MAILER, healthy: queue(80, 10, 500) },
  CalvinStreamLagHigh: { firing: [keda('scaledjob', AGENTS, 'stream', 0, 25)], labels: AGENTS, healthy: [keda('scaledjob', AGENTS, 'stream', 0, 8)] },
  // The tenant's 5 pods of 5: fires. 3 of 5 pods and half its memory: silent, as is a full quota outside the tenants.
  CalvinTenantQuotaNearlyUsed: { firing: [...quota('acme', 'pods', 5, 5), ...quota('acme', 'requests.cpu', 0.5, 2)], labels: { namespace: 'acme', resourcequota: 'tenant-quota', resource: 'pods' },
    healthy: [...quota('acme', 'pods', 3, 5), ...quota('acme', 'requests.memory', 2 * 2 ** 30, 4 * 2 ** 30), ...quota('kube-system', 'pods', 10, 10)] },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'calvin-promtool-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function promtool(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const groups = (): any[] => findObject(fullMonitoringDocs(), 'PrometheusRule', 'calvin-platform').spec.groups;

test('promtool check rules passes on every synthesized group', () => {
  for (const group of groups()) {
    writeFileSync(join(dir, `${group.name}.yaml`), YAML.stringify({ groups: [group] }));
    const { status, output } = promtool('check', 'rules', `${group.name}.yaml`);
    expect({ group: group.name, status, output }).toEqual({ group: group.name, status: 0, output: expect.stringContaining('SUCCESS') });
  }
});

test('promtool test rules: each alert fires on series that should trigger it and is silent on healthy ones', () => {
  // Annotations are left out of the unit tests (promtool would compare their rendered text); check rules covers their templates.
  const rules = groups().map((g) => ({ ...g, rules: g.rules.map(({ annotations: _a, ...rule }: any) => rule) }));
  const alerts = rules.flatMap((g) => g.rules.map((r: any) => r.alert));
  expect(Object.keys(CASES).sort()).toEqual([...alerts].sort());
  writeFileSync(join(dir, 'rules.yaml'), YAML.stringify({ groups: rules }));
  const tests = Object.entries(CASES).flatMap(([alert, c]) => {
    const severity = rules.flatMap((g) => g.rules).find((r: any) => r.alert === alert).labels.severity;
    return [
      { name: `${alert} fires`, interval: '1m', input_series: c.firing, alert_rule_test: [{ eval_time: '40m', alertname: alert, exp_alerts: [{ exp_labels: { ...c.labels, severity } }] }] },
      { name: `${alert} is silent`, interval: '1m', input_series: c.healthy, alert_rule_test: [{ eval_time: '40m', alertname: alert, exp_alerts: [] }] },
    ];
  });
  writeFileSync(join(dir, 'tests.yaml'), YAML.stringify({ rule_files: ['rules.yaml'], evaluation_interval: '1m', tests }));
  const { status, output } = promtool('test', 'rules', 'tests.yaml');
  expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') });
});
