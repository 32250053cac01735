import { join } from 'node:path';
import { MetricSpec, RUNTIME_METRIC_PREFIXES, WORKER_METRICS, WORKER_RUNTIME_METRICS } from '../../contracts/metrics';
import { TRIGGER_HEADERS } from '../../contracts/webhook-signature';
import { parseExposition } from './exposition';
import {
  catalogTrigger, RedisServer, S3Server, TargetServer, useRealParts, workerEnv, WorkerProcess, writeCatalog,
} from './harness';

/** A real worker process's /metrics against the metrics contract: nothing missing, nothing unlisted. */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const processes = useRealParts((parts) => ({ redis, s3, target, dir } = parts)).processes;

const CONTRACT: MetricSpec[] = [...Object.values(WORKER_METRICS), ...Object.values(WORKER_RUNTIME_METRICS)];

/** Answers 500 to each tick's first attempt of `/flaky` and 200 to its retry; 200 elsewhere. */
function flakyOnFirstAttempt(): void {
  target.handler = (req, res) => {
    const first = req.headers[TRIGGER_HEADERS.attempt] === '1';
    res.writeHead(req.url.startsWith('/flaky') && first ? 500 : 200).end();
  };
}

async function metricsOf(worker: WorkerProcess): Promise<string> {
  const { port } = await worker.waitForLog('scheduler worker started', 20_000);
  const response = await fetch(`http://127.0.0.1:${String(port)}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

test('the worker exports exactly the contract: names, types, help, labels, label values and buckets', async () => {
  flakyOnFirstAttempt();
  writeCatalog(join(dir, 'triggers.json'), [
    catalogTrigger({ name: 'ok', url: `${target.url}/ok` }),
    catalogTrigger({ name: 'flaky', url: `${target.url}/flaky`, retry: { attempts: 2, baseDelayMs: 50, maxDelayMs: 50, jitter: false } }),
  ]);
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir }));
  processes.push(worker);
  await target.waitForRequests(2, 20_000, (r) => r.url.startsWith('/flaky') && r.headers[TRIGGER_HEADERS.attempt] === '2');
  const families = parseExposition(await metricsOf(worker));

  for (const metric of CONTRACT) {
    const family = families.get(metric.name);
    expect({ metric: metric.name, type: family?.type, help: family?.help }).toEqual({ metric: metric.name, type: metric.type, help: metric.help });
    const labelSets = new Set(family!.samples.map((s) => Object.keys(s.labels).filter((k) => k !== 'le').sort().join(',')));
    expect({ metric: metric.name, labels: [...labelSets] }).toEqual({ metric: metric.name, labels: [[...metric.labels].sort().join(',')] });
    for (const label of metric.labels) {
      const seen = new Set(family!.samples.map((s) => s.labels[label]));
      expect({ metric: metric.name, label, values: [...seen].sort() }).toEqual({ metric: metric.name, label, values: [...metric.labelValues![label]].sort() });
    }
    if (metric.type === 'histogram') {
      const bounds = family!.samples.filter((s) => s.name === `${metric.name}_bucket`).map((s) => s.labels.le);
      expect({ metric: metric.name, bounds }).toEqual({ metric: metric.name, bounds: [...metric.buckets!.map(String), '+Inf'] });
    }
  }
  // Runs count final outcomes: the flaky trigger's ticks failed once each and still succeeded.
  const value = (name: string, labels: Record<string, string>): number | undefined => families.get(name)?.samples
    .find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
  expect(value(WORKER_METRICS.executions.name, { status: 'failure' })).toBeGreaterThanOrEqual(1);
  expect(value(WORKER_METRICS.runs.name, { outcome: 'failure' })).toBe(0);
  expect(value(WORKER_METRICS.runs.name, { outcome: 'success' })).toBeGreaterThanOrEqual(1);
  const unlisted = [...families.keys()].filter((name) => !CONTRACT.some((m) => m.name === name) && !RUNTIME_METRIC_PREFIXES.some((p) => name.startsWith(p)));
  expect(unlisted).toEqual([]);
}, 60_000);
