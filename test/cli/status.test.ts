import * as fs from 'node:fs';
import { createServer, Socket } from 'node:net';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { STATUS_JSON_SCHEMA, StatusResult } from '../../cli/status/result';
import { calvin } from './capture';
import { FakeKubeApi, ServedObject, writeKubeconfig } from './kube-api';
import { liveCluster, synthesizedObjects } from './status-fixture';
import { recordOf, s3Env, writeWithSink } from './metrics-fixture';
import { removeDir, S3Server, startS3, tempDir } from '../worker/harness';
import { listenOnLoopback } from '../worker/servers';

/** `calvin status` through the real Kubernetes client against a fake API server on 127.0.0.1. */
const FIXTURE_APP = path.join(__dirname, 'fixtures', 'status-app.ts');
let api: FakeKubeApi;
let dir: string;
let dist: string;
let kubeconfig: string;
let synthesized: ServedObject[];

const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { 'date-time': (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value)) } });
const validate = ajv.compile(STATUS_JSON_SCHEMA);

beforeAll(async () => {
  dir = tempDir('calvin-status-');
  dist = path.join(dir, 'dist');
  const [synth, started] = await Promise.all([calvin(['synth', '--app', FIXTURE_APP, '--out', dist]), FakeKubeApi.start()]);
  expect(synth.code).toBe(0);
  api = started;
  synthesized = synthesizedObjects(dist);
  kubeconfig = writeKubeconfig(dir, api.url);
});

afterAll(async () => {
  await api?.stop();
  removeDir(dir);
});

async function status(args: string[], cluster = liveCluster(synthesized)): Promise<{ code: number; stdout: string; stderr: string }> {
  api.serve(cluster.objects, cluster.logs);
  return calvin(['status', '--dir', dist, '--kubeconfig', kubeconfig, ...args], { cwd: dir });
}

async function statusJson(args: string[], cluster = liveCluster(synthesized)): Promise<{ code: number; result: StatusResult }> {
  const run = await status([...args, '--json'], cluster);
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout) as StatusResult;
  expect(validate(result) ? [] : validate.errors).toEqual([]);
  return { code: run.code, result };
}

describe('calvin status: each app, its state and, when not Ready, why and what to do', () => {
  test.each([
    ['web', 'healthy: Ready, one replica, all traffic on the latest revision'],
    ['idle', 'scaled to zero: Ready with no pods'],
  ])('%s is %s (exit 0)', async (app) => {
    const { code, result } = await statusJson([app]);
    expect(code).toBe(0);
    expect(result.ready).toBe(true);
    expect(result.platform).toBeNull();
    const [state] = result.apps;
    expect(state).toMatchObject({ name: app, ready: true, url: `https://${app}.apps.example.com`, latest_ready_revision: `${app}-predictor-00001`, problems: [] });
    expect(state.traffic).toEqual([{ revision: `${app}-predictor-00001`, percent: 100, latest: true }]);
    if (app === 'web') expect([state.replicas, state.scaled_to_zero]).toEqual([{ ready: 1, total: 1 }, false]);
    else expect([state.replicas, state.scaled_to_zero]).toEqual([{ ready: 0, total: 0 }, true]);
  });

  test.each([
    ['ghost', 'image-pull', 'the image registry.example.com/ghost:9.9.9 cannot be pulled',
      ['docker pull registry.example.com/ghost:9.9.9', 'Secret registry-example in calvin-apps holds credentials'],
      ['ImagePullBackOff — Back-off pulling image', 'Unable to fetch image', 'pull Secrets used: registry-example']],
    ['deaf', 'not-listening', 'the container runs but does not answer on port 8080 (readiness failing)',
      ['listen on 0.0.0.0:8080'],
      ['kserve-container running, pod not Ready, queue-proxy ready=false', 'ProgressDeadlineExceeded: Initial scale was never achieved']],
    ['greedy', 'quota-exceeded', 'the namespace calvin-apps is out of quota: new pods are refused',
      ['raise the tenant\'s quota'],
      ['Ready=False FailedCreate: pods "greedy-predictor-00001-deployment-6d5b8c7f9-" is forbidden: exceeded quota: tenant-quota', 'quota tenant-quota: requests.cpu 2/2, requests.memory 1Gi/4Gi, pods 4/5']],
    ['crashy', 'crash-loop', 'the container keeps crashing: exit code 1 (Error), 5 restarts',
      ['read the last lines below'],
      ['last log lines:', '  Error: connect ECONNREFUSED 10.245.0.12:5432', '  connecting to postgres at 10.245.0.12:5432']],
  ])('%s: %s, with the reason, advice and evidence (exit 1)', async (app, problem, reason, advice, details) => {
    const { code, result } = await statusJson([app]);
    expect(code).toBe(1);
    expect(result.ready).toBe(false);
    const [state] = result.apps;
    expect(state.ready).toBe(false);
    expect(state.latest_ready_revision).toBeNull();
    expect(state.problems.map((found) => found.problem)).toEqual([problem]);
    expect(state.problems[0].reason).toBe(reason);
    for (const text of advice) expect(state.problems[0].advice).toContain(text);
    for (const text of details) expect(state.problems[0].details.join('\n')).toContain(text);
  });

  test('an app of the knative engine: its own Knative Service, cluster-local URL, container app', async () => {
    const { code, result } = await statusJson(['ledger']);
    expect(code).toBe(0);
    expect(result.apps[0]).toMatchObject({
      name: 'ledger', engine: 'knative', ready: true, url: 'http://ledger.calvin-apps.svc.cluster.local',
      latest_ready_revision: 'ledger-00001', traffic: [{ revision: 'ledger-00001', percent: 100, latest: true }],
      replicas: { ready: 1, total: 1 }, problems: [],
    });
  });

  test('a crash by the kernel\'s OOM killer (exit 137, OOMKilled) advises on memory', async () => {
    const cluster = liveCluster(synthesized);
    const pod = cluster.objects.find((object) => object.kind === 'Pod' && object.metadata.name.startsWith('crashy-')) as any;
    pod.status.containerStatuses[0].lastState = { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: '2026-03-01T10:00:00Z', finishedAt: '2026-03-01T10:00:09Z' } };
    const { result } = await statusJson(['crashy'], cluster);
    expect(result.apps[0].problems[0]).toMatchObject({
      problem: 'crash-loop',
      reason: 'the container keeps crashing: exit code 137 (OOMKilled), 5 restarts',
      advice: "it ran out of memory: raise the app's memory limit or lower its use",
    });
  });

  test('a certificate that is not ready: cert-manager\'s reason and message, on an app that is otherwise Ready', async () => {
    const { code, result } = await statusJson(['web'], liveCluster(synthesized, { certificate: 'not-ready' }));
    expect(code).toBe(1);
    const [state] = result.apps;
    expect(state.ready).toBe(false);
    expect(state.problems.map((found) => found.problem)).toEqual(['certificate-not-ready']);
    expect(state.problems[0].reason).toBe('the certificate calvin-apps/wildcard-tls is not ready: DoesNotExist: Issuing certificate as Secret does not exist');
    expect(state.problems[0].advice).toContain('kubectl describe certificaterequest,order,challenge -n calvin-apps');
    expect(state.problems[0].details.join('\n')).toContain('Issuing=False Failed: The certificate request has failed to complete and will be retried: Failed to wait for order resource');
  });

  test('a missing DomainMapping is named (and is also missing from the platform\'s view)', async () => {
    const { result } = await statusJson([], liveCluster(synthesized, { omit: ['DomainMapping/web.apps.example.com'] }));
    const web = result.apps.find((app) => app.name === 'web')!;
    expect(web.problems.map((found) => found.problem)).toEqual(['domain-mapping-missing']);
    expect(result.platform!.missing).toEqual(['DomainMapping calvin-apps/web.apps.example.com']);
  });

  test('the text report: a table, then each problem with what to do', async () => {
    const run = await status([]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`context fake (${api.url})`);
    expect(lines).toContain('APP                 READY     REPLICAS            REVISION              TRAFFIC                    URL');
    expect(run.stdout).toMatch(/calvin-apps\/idle +Ready +0 \(scaled to zero\) +idle-predictor-00001 +100% idle-predictor-00001 +https:\/\/idle\.apps\.example\.com/);
    expect(run.stdout).toMatch(/calvin-apps\/web +Ready +1\/1 +web-predictor-00001/);
    expect(run.stdout).toMatch(/calvin-apps\/ghost +NotReady +0\/1 +- +- +https:\/\/ghost\.apps\.example\.com/);
    expect(run.stdout).toContain('✗ ghost: the image registry.example.com/ghost:9.9.9 cannot be pulled\n  what to do: check that the image and tag exist');
    expect(run.stdout).toContain('✗ deaf: the container runs but does not answer on port 8080');
    expect(run.stdout).toContain('✗ crashy: the container keeps crashing: exit code 1');
    expect(run.stdout).toContain('worker calvin-system/scheduler-worker: 2/2 ready, catalog');
    expect(run.stdout).toContain('in every pod');
    expect(run.stdout).toContain('kourier load balancer: 203.0.113.10');
    expect(run.stdout).toMatch(/not ready: see above\n$/);
  });
});

describe('calvin status: the platform', () => {
  test('worker replicas, catalog checksum in every pod, Kourier\'s address, nothing missing or left over', async () => {
    const { result } = await statusJson([]);
    const platform = result.platform!;
    expect(platform.ready).toBe(true);
    expect(platform.workers).toEqual([expect.objectContaining({ name: 'scheduler-worker', namespace: 'calvin-system', replicas: { ready: 2, desired: 2 }, stale_pods: [] })]);
    expect(platform.workers[0].catalog_checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(platform.kourier).toEqual({ found: true, address: '203.0.113.10' });
    expect([platform.missing, platform.not_synthesized, platform.unchecked_kinds, platform.problems]).toEqual([[], [], [], []]);
  });

  test('a stale catalog, an object no longer synthesized and one not deployed are each reported', async () => {
    const leftover: ServedObject = {
      apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService',
      metadata: { name: 'old-app', namespace: 'calvin-apps', labels: { 'app.kubernetes.io/managed-by': 'calvin-runtime' } },
    };
    const cluster = liveCluster(synthesized, { workerChecksum: '0'.repeat(64), extra: [leftover], omit: ['PodDisruptionBudget/scheduler-worker'] });
    const { code, result } = await statusJson([], cluster);
    expect(code).toBe(1);
    const platform = result.platform!;
    expect(platform.ready).toBe(false);
    expect(platform.workers[0].stale_pods).toEqual(['scheduler-worker-6f7d8c9b5-abcde', 'scheduler-worker-6f7d8c9b5-fghij']);
    expect(platform.not_synthesized).toEqual(['InferenceService calvin-apps/old-app']);
    expect(platform.missing).toEqual(['PodDisruptionBudget calvin-system/scheduler-worker']);
    expect(platform.problems.join('\n')).toContain('run a stale trigger catalog');
  });

  test('a kind the user may not read is left out of the comparison and named, not fatal', async () => {
    api.forbid = (path) => path.includes('/poddisruptionbudgets');
    try {
      const { code, result } = await statusJson([]);
      expect(result.platform!.unchecked_kinds).toEqual(['PodDisruptionBudget (policy/v1)']);
      expect([result.platform!.ready, result.platform!.missing]).toEqual([true, []]);
      expect(code).toBe(1);
    } finally {
      api.forbid = () => false;
    }
  });

  test('no Kourier: said, with what to install', async () => {
    const cluster = liveCluster(synthesized);
    const { result } = await statusJson([], { ...cluster, objects: cluster.objects.filter((object) => object.metadata.name !== 'kourier') });
    expect(result.platform!.kourier).toEqual({ found: false, address: null });
    expect(result.platform!.problems).toContain("Kourier's Service kourier-system/kourier is not in the cluster — install Knative's Kourier ingress");
  });

  test('triggers: next fire time; without S3 settings the records are said to be unread', async () => {
    const { result } = await statusJson([]);
    expect(result.triggers!.records_unread).toContain('S3_BUCKET is not set');
    expect(result.triggers!.triggers).toEqual([expect.objectContaining({ id: 'acme/ping', enabled: true, last_run: null, late: false })]);
    const next = Date.parse(result.triggers!.triggers[0].next_fire!);
    expect(new Date(next).getUTCMinutes() % 5).toBe(0);
    expect(next).toBeGreaterThan(Date.now() - 1000);
  });

  test('reads only: every request is a GET', async () => {
    const before = api.requests.length;
    await status([]);
    const made = api.requests.slice(before);
    expect(made.length).toBeGreaterThan(10);
    expect(made.filter((request) => !request.startsWith('GET '))).toEqual([]);
  });
});

describe('calvin status: triggers from the worker\'s records in S3', () => {
  let s3: S3Server;
  beforeAll(async () => { s3 = await startS3(); });
  afterAll(async () => {
    s3?.destroy();
    await s3?.stop();
  });

  /** A record of acme/ping `minutesAgo` before now. */
  const ping = (minutesAgo: number, outcome: 'success' | 'failure') => {
    const iso = new Date(Date.now() - minutesAgo * 60_000).toISOString();
    return recordOf(['acme', 'ping', iso.slice(11, 19), outcome, 120, 0, outcome === 'success' ? 200 : 500], iso.slice(0, 10));
  };

  test.each([
    ['a recent success: not late', 'recent/', [ping(7, 'success'), ping(2, 'success')], { status: 'success', late: false }],
    ['failures since a success 30 minutes ago (two periods are 10): late', 'late/', [ping(30, 'success'), ping(8, 'failure'), ping(3, 'failure')], { status: 'failure', late: true }],
  ])('%s', async (_name, prefix, records, expected) => {
    await writeWithSink(s3, prefix, [records]);
    const cluster = liveCluster(synthesized);
    api.serve(cluster.objects, cluster.logs);
    const run = await calvin(['status', '--dir', dist, '--kubeconfig', kubeconfig, '--json'], { cwd: dir, env: s3Env(s3, { METRICS_PREFIX: prefix }) });
    const result = JSON.parse(run.stdout) as StatusResult;
    expect(validate(result) ? [] : validate.errors).toEqual([]);
    const [trigger] = result.triggers!.triggers;
    expect(result.triggers!.records_unread).toBeNull();
    expect(trigger.last_run).toEqual({ status: expected.status, timestamp: records[records.length - 1].timestamp });
    expect(trigger.last_success).toBe(records.filter((record) => record.status === 'success').pop()!.timestamp);
    expect(trigger.late).toBe(expected.late);
    const text = await calvin(['status', '--dir', dist, '--kubeconfig', kubeconfig], { cwd: dir, env: s3Env(s3, { METRICS_PREFIX: prefix }) });
    expect(text.stdout.includes('(late: no success in two periods)')).toBe(expected.late);
  });
});

describe('calvin status and logs: bad input, one line each (exit 2)', () => {
  test.each([
    ['an unknown app', (): string[] => ['status', 'nope', '--dir', dist, '--kubeconfig', kubeconfig], {}, /^error: unknown app "nope" \(the output has: crashy, deaf, ghost, greedy, idle, ledger, web\)$/],
    ['an unknown app (logs)', (): string[] => ['logs', 'nope', '--dir', dist, '--kubeconfig', kubeconfig], {}, /^error: unknown app "nope"/],
    ['no kubeconfig at all', (): string[] => ['status', '--dir', dist], { HOME: '/nonexistent-home' }, /^error: no kubeconfig: pass --kubeconfig <file>, set KUBECONFIG, or create \/nonexistent-home\/\.kube\/config/],
    ['a missing --kubeconfig file', (): string[] => ['status', '--dir', dist, '--kubeconfig', 'missing.yaml'], {}, /^error: --kubeconfig: no such file .*missing\.yaml$/],
    ['KUBECONFIG naming no file', (): string[] => ['status', '--dir', dist], { KUBECONFIG: '/nonexistent/config' }, /^error: KUBECONFIG: no such file \/nonexistent\/config$/],
    ['an unknown --context', (): string[] => ['status', '--dir', dist, '--kubeconfig', kubeconfig, '--context', 'prod'], {}, /^error: --context: no context "prod" in .* \(contexts: fake\)$/],
    ['an unreachable server', (): string[] => ['status', '--dir', dist, '--kubeconfig', writeKubeconfig(dir, 'http://127.0.0.1:1', 'down')], {}, /^error: cannot reach the cluster at http:\/\/127\.0\.0\.1:1 \(context down\): ECONNREFUSED/],
    ['a bad --tail', (): string[] => ['logs', 'web', '--tail', 'ten', '--dir', dist, '--kubeconfig', kubeconfig], {}, /^error: --tail: "ten" is not an integer from 1 to 100000$/],
    ['a bad --request-timeout', (): string[] => ['status', '--dir', dist, '--kubeconfig', kubeconfig, '--request-timeout', 'soon'], {}, /^error: --request-timeout: "soon" is not a duration from 100ms to 10m \(e\.g\. 30s\)$/],
    ['a bad --since', (): string[] => ['logs', 'web', '--since', '5 minutes', '--dir', dist, '--kubeconfig', kubeconfig], {}, /^error: --since: "5 minutes" is not a duration/],
  ])('%s', async (_name, args, env, message) => {
    const cluster = liveCluster(synthesized);
    api.serve(cluster.objects, cluster.logs);
    const run = await calvin(args(), { cwd: dir, env });
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  test('a server that accepts connections and never answers: unreachable after --request-timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => { sockets.push(socket); });
    const port = await listenOnLoopback(silent);
    try {
      const run = await calvin(['status', 'web', '--dir', dist, '--kubeconfig', writeKubeconfig(dir, `http://127.0.0.1:${port}`, 'silent'), '--request-timeout', '300ms'], { cwd: dir });
      expect(run.stderr).toBe(`error: cannot reach the cluster at http://127.0.0.1:${port} (context silent): no answer within 0.3s (--request-timeout) — is the cluster up and the kubeconfig current?\n`);
      expect(run.code).toBe(2);
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  test('a user without read rights is told which ClusterRole to use (403, exit 2)', async () => {
    const forbidden = await FakeKubeApi.start();
    try {
      forbidden.forbid = () => true;
      const run = await calvin(['status', 'web', '--dir', dist, '--kubeconfig', writeKubeconfig(dir, forbidden.url, 'ci')], { cwd: dir });
      expect(run.stderr).toMatch(/^error: cannot .* 403 Forbidden — the user needs read access \(get, list, watch, pods\/log\): see the ClusterRole in docs\/cli\.md#read-only-access\n$/);
      expect(run.code).toBe(2);
    } finally {
      await forbidden.stop();
    }
  });
});

test('fixture files exist for every case the README lists', () => {
  const readme = fs.readFileSync(path.join(__dirname, 'fixtures', 'cluster', 'README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| ([\w-]+\.json) \|/gm)].map((match) => match[1]).sort();
  expect(listed).toEqual(fs.readdirSync(path.join(__dirname, 'fixtures', 'cluster')).filter((file) => file.endsWith('.json')).sort());
});
