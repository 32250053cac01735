import { join } from 'node:path';
import { seriesNamesOf, WORKER_METRICS, WORKER_RUNTIME_METRICS } from '../../contracts/metrics';
import { TRIGGER_HEADERS } from '../../contracts/webhook-signature';
import {
  CADVISOR_METRICS, KEDA_METRICS, KNATIVE_QUEUE_PROXY_METRICS, KSERVE_MODEL_METRICS, KUBE_STATE_METRICS,
} from '../../constructs/monitoring/external-metrics';
import { attemptSuccessRate, triggerSuccessRate } from '../../constructs/monitoring/queries';
import { findObject } from '../helpers';
import {
  catalogTrigger, RedisServer, requestsOf, S3Server, TargetServer, until, useRealParts, workerEnv, WorkerProcess, writeCatalog,
} from '../worker/harness';
import { fullMonitoringDocs, ofKind } from './helpers';
import { PrometheusServer } from './prometheus-server';
import { checkQuery, interpolate } from './promql-check';

/**
 * A real Prometheus scraping a real worker process (redis-server, s3rver, an HTTP target; triggers
 * that succeed, succeed on their retry, and fail): every series the synthesized rules and
 * dashboards use that the worker exports exists in Prometheus, and the success-rate query returns
 * the ratio the target saw.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const processes = useRealParts((parts) => ({ redis, s3, target, dir } = parts)).processes;
let prometheus: PrometheusServer | undefined;
afterEach(async () => {
  await prometheus?.stop();
  prometheus = undefined;
});

/** Each run (trigger and tick) the target saw: the status of each attempt it answered. */
function answerByPath(): Map<string, { path: string; statuses: number[] }> {
  const runs = new Map<string, { path: string; statuses: number[] }>();
  target.handler = (req, res) => {
    const path = req.url.split('?')[0];
    const attempt = Number(req.headers[TRIGGER_HEADERS.attempt]);
    const status = path === '/ok' || (path === '/flaky' && attempt > 1) ? 200 : 500;
    const key = `${req.headers[TRIGGER_HEADERS.triggerId]}@${req.headers[TRIGGER_HEADERS.scheduledAt]}`;
    const run = runs.get(key) ?? { path, statuses: [] };
    run.statuses.push(status);
    runs.set(key, run);
    res.writeHead(status).end();
  };
  return runs;
}

/** Every metric name in the synthesized rules and dashboard panels (of a platform with every kind of workload and a tenant). */
function namesUsed(): Set<string> {
  const docs = fullMonitoringDocs();
  const rules = findObject(docs, 'PrometheusRule', 'calvin-platform').spec.groups.flatMap((g: any) => g.rules.map((r: any) => r.expr));
  const panels = ofKind(docs, 'ConfigMap').filter((c) => c.metadata.labels?.grafana_dashboard === '1')
    .flatMap((c) => JSON.parse(Object.values(c.data)[0] as string).panels.flatMap((p: any) => p.targets.map((t: any) => interpolate(t.expr))));
  return new Set([...rules, ...panels].flatMap((expr) => checkQuery(expr).metrics));
}

test('a real Prometheus scrape holds every worker series the rules and dashboards use, and the success rate the target saw', async () => {
  const runs = answerByPath();
  const file = join(dir, 'triggers.json');
  writeCatalog(file, []);
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir }));
  processes.push(worker);
  const { port } = await worker.waitForLog('scheduler worker started', 20_000);
  // The labels prometheus-operator's ServiceMonitor would add (the rules select the worker by namespace).
  const W = { namespace: 'calvin-system' };
  prometheus = await PrometheusServer.start(dir, [{ job: 'calvin-worker', target: `127.0.0.1:${String(port)}`, labels: W }]);
  // Scraped once before any run: every runs series starts at 0 in Prometheus.
  await prometheus.poll(async () => (await prometheus!.query(`${WORKER_METRICS.runs.name}{outcome="success"}`)).length === 1, 30_000, 'the first scrape');

  const retry = { attempts: 2, baseDelayMs: 50, maxDelayMs: 50, jitter: false };
  writeCatalog(file, ['ok', 'flaky', 'failing'].map((name) => catalogTrigger({ name, url: `${target.url}/${name}`, retry })));
  await target.waitForRequests(3, 30_000, (r) => r.url === '/failing' && r.headers[TRIGGER_HEADERS.attempt] === '2');
  const reconciled = worker.logs().filter((l) => l.msg === 'schedulers reconciled').length;
  writeCatalog(file, []);
  await until(() => worker.logs().filter((l) => l.msg === 'schedulers reconciled').length > reconciled, [(wake) => worker.onLine(wake)], 20_000, 'the empty catalog');

  // The target's view once every run it saw has its final answer: a run that succeeded on any attempt succeeded.
  const complete = (): boolean => [...runs.values()].every((r) => r.statuses.includes(200) || r.statuses.length === retry.attempts);
  await until(complete, [requestsOf(target)], 20_000, 'every run to reach its final attempt');
  let seen = { runs: 0, succeeded: 0, attempts: 0, attemptsOk: 0 };
  const targetView = () => {
    const all = [...runs.values()];
    const statuses = all.flatMap((r) => r.statuses);
    return { runs: all.length, succeeded: all.filter((r) => r.statuses.includes(200)).length, attempts: statuses.length, attemptsOk: statuses.filter((s) => s === 200).length };
  };
  // Prometheus has scraped the worker after its last run when its run count is the target's.
  await prometheus.poll(async () => {
    seen = targetView();
    const [total] = await prometheus!.query(`sum(${WORKER_METRICS.runs.name})`);
    return complete() && total?.value === seen.runs;
  }, 30_000, 'a scrape after the last run');
  expect(seen.runs).toBeGreaterThan(seen.succeeded);
  expect(seen.succeeded).toBeGreaterThan(seen.runs / 3);
  const [scrapes] = await prometheus.query('count_over_time(up{job="calvin-worker"}[5m])');
  expect(scrapes.value).toBeGreaterThanOrEqual(2);

  // The dashboards' and rules' success rates, as Prometheus computes them, are what the target saw.
  const [runRate] = await prometheus.query(triggerSuccessRate(W, '5m'));
  expect(runRate.value).toBeCloseTo(seen.succeeded / seen.runs, 9);
  const [attemptRate] = await prometheus.query(attemptSuccessRate(W, '5m'));
  expect(attemptRate.value).toBeCloseTo(seen.attemptsOk / seen.attempts, 9);

  // Every series the rules and panels use: the worker's are in Prometheus; the rest come from other
  // exporters (Knative's queue-proxy, KServe, kube-state-metrics, KEDA's operator, the kubelet's
  // cAdvisor), listed with their upstream source in constructs/monitoring/external-metrics.ts.
  const inPrometheus = new Set(await prometheus.metricNames());
  const exported = new Set([...Object.values(WORKER_METRICS), ...Object.values(WORKER_RUNTIME_METRICS)].flatMap(seriesNamesOf));
  const external = new Set([
    ...Object.values(KNATIVE_QUEUE_PROXY_METRICS), ...Object.values(KSERVE_MODEL_METRICS), ...Object.values(KUBE_STATE_METRICS),
    ...Object.values(KEDA_METRICS), ...Object.values(CADVISOR_METRICS),
  ].flatMap(seriesNamesOf));
  const used = [...namesUsed()];
  expect(used.filter((name) => (exported.has(name) || name === 'up') && !inPrometheus.has(name))).toEqual([]);
  expect(used.filter((name) => !exported.has(name) && name !== 'up' && !external.has(name))).toEqual([]);
  expect(used.filter((name) => exported.has(name)).length).toBeGreaterThan(10);
  // The queue workers', job runners' and tenants' series are among them (the list checks them, not the worker).
  expect(used).toEqual(expect.arrayContaining([KEDA_METRICS.scalerValue.name, KUBE_STATE_METRICS.resourceQuota.name, CADVISOR_METRICS.cpuSeconds.name, CADVISOR_METRICS.memoryWorkingSet.name]));
}, 120_000);
