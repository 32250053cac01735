import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';
import { calvin, ROOT } from './capture';
import { FakeKubeApi, ServedObject, writeKubeconfig } from './kube-api';
import { liveCluster, readCase, synthesizedObjects } from './status-fixture';
import { removeDir, tempDir } from '../worker/harness';

/** `calvin logs` through the real Kubernetes client against a fake API server on 127.0.0.1. */
const FIXTURE_APP = path.join(__dirname, 'fixtures', 'status-app.ts');
let api: FakeKubeApi;
let dir: string;
let dist: string;
let kubeconfig: string;
let synthesized: ServedObject[];

beforeAll(async () => {
  dir = tempDir('calvin-logs-');
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

/** The healthy app with a second replica, so that prefixes and --all-replicas show. */
function clusterWithTwoWebPods(): ReturnType<typeof liveCluster> {
  const cluster = liveCluster(synthesized);
  const first = cluster.objects.find((object) => object.kind === 'Pod' && object.metadata.name.startsWith('web-'))!;
  const second = structuredClone(first);
  second.metadata.name = 'web-predictor-00001-deployment-7d9f8c6b5-zz9k2';
  second.metadata.creationTimestamp = '2026-03-01T11:00:00Z';
  cluster.objects.push(second);
  cluster.logs[`calvin-apps/${second.metadata.name}/kserve-container`] = 'listening on 0.0.0.0:8080\nGET /ping 200 1ms\n';
  return cluster;
}

async function logs(args: string[], cluster = liveCluster(synthesized)): Promise<{ code: number; stdout: string; stderr: string }> {
  api.serve(cluster.objects, cluster.logs);
  return calvin(['logs', ...args, '--dir', dist, '--kubeconfig', kubeconfig], { cwd: dir });
}

describe('calvin logs', () => {
  test('the app container of one pod, unprefixed; the tail is passed to the API', async () => {
    const before = api.requests.length;
    const run = await logs(['web', '--tail', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('GET /ping 200 2ms\nGET /report 200 41ms\n');
    const logRequests = api.requests.slice(before).filter((request) => request.includes('/log?'));
    expect(logRequests).toHaveLength(1);
    expect(logRequests[0]).toContain('container=kserve-container');
    expect(logRequests[0]).toContain('tailLines=2');
  });

  test('--since is passed as sinceSeconds; the queue-proxy only when asked, then each line says pod and container', async () => {
    const before = api.requests.length;
    const run = await logs(['web', '--since', '15m', '--queue-proxy']);
    expect(run.code).toBe(0);
    const pod = 'web-predictor-00001-deployment-7d9f8c6b5-x2kqp';
    expect(run.stdout).toContain(`[${pod} kserve-container] listening on 0.0.0.0:8080\n`);
    expect(run.stdout).toContain(`[${pod} queue-proxy] {"severity":"INFO","message":"Queue-proxy will listen on port 8012"}\n`);
    expect(api.requests.slice(before).filter((request) => request.includes('/log?')).every((request) => request.includes('sinceSeconds=900'))).toBe(true);
  });

  test('one pod by default (the newest ready one); --all-replicas prefixes each line by its pod', async () => {
    const cluster = clusterWithTwoWebPods();
    const one = await logs(['web'], cluster);
    expect(one.stdout).toBe('listening on 0.0.0.0:8080\nGET /ping 200 1ms\n');
    const all = await logs(['web', '--all-replicas'], cluster);
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n').filter((line) => line !== '').sort()).toEqual([
      '[web-predictor-00001-deployment-7d9f8c6b5-x2kqp] GET /ping 200 2ms',
      '[web-predictor-00001-deployment-7d9f8c6b5-x2kqp] GET /report 200 41ms',
      '[web-predictor-00001-deployment-7d9f8c6b5-x2kqp] listening on 0.0.0.0:8080',
      '[web-predictor-00001-deployment-7d9f8c6b5-zz9k2] GET /ping 200 1ms',
      '[web-predictor-00001-deployment-7d9f8c6b5-zz9k2] listening on 0.0.0.0:8080',
    ]);
  });

  test('a knative-engine app: its container is `app`, its pods are the Knative Service\'s', async () => {
    const before = api.requests.length;
    const run = await logs(['ledger']);
    expect(run.stdout).toBe('ledger ready on :8080\n');
    expect(api.requests.slice(before).find((request) => request.includes('/pods?'))).toContain('labelSelector=serving.knative.dev%2Fservice%3Dledger');
    expect(api.requests.slice(before).find((request) => request.includes('/log?'))).toContain('container=app');
  });

  test('an app scaled to zero: no pods, and what starts one (exit 0)', async () => {
    const run = await logs(['idle']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('no pods: the app is scaled to zero; a request starts one (https://idle.apps.example.com)\n');
  });

  test('--previous reads the crashed instance', async () => {
    const run = await logs(['crashy', '--previous']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readCase('crash-loop').logs['crashy-predictor-00001-deployment-84f6d5c7b-j9hxs/kserve-container/previous']);
  });

  test('--follow streams until Ctrl-C, then ends cleanly (exit 0) and closes the stream', async () => {
    api.serve(liveCluster(synthesized).objects, liveCluster(synthesized).logs);
    const started = once(api, 'follow-started');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli', 'main.ts'), 'logs', 'web', '--follow', '--dir', dist, '--kubeconfig', kubeconfig], {
      // In the repo, where --import finds tsx; everything else is absolute.
      cwd: ROOT, env: { PATH: process.env.PATH, HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = collect(child);
      // Rejects if the child exits first, so a start-up failure shows its stderr instead of a timeout.
      await output.until((text) => text.includes('GET /report 200 41ms\n'));
      await started;
      const closed = once(api, 'follow-closed');
      child.kill('SIGINT');
      const [code, signal] = await once(child, 'exit') as [number | null, NodeJS.Signals | null];
      await closed;
      expect({ code, signal, stderr: output.stderr() }).toEqual({ code: 0, signal: null, stderr: '' });
      expect(output.stdout()).toBe('listening on 0.0.0.0:8080\nGET /ping 200 2ms\nGET /report 200 41ms\n');
      expect(api.openFollows).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});

/** The child's output, and a promise for the moment it satisfies a condition (or the child exits). */
function collect(child: ChildProcess): { stdout(): string; stderr(): string; until(test: (text: string) => boolean): Promise<void> } {
  let out = '';
  let err = '';
  const waiters: Array<{ test: (text: string) => boolean; resolve: () => void; reject: (error: Error) => void }> = [];
  const check = (): void => {
    for (const waiter of [...waiters]) {
      if (waiter.test(out)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); check(); });
  child.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString('utf8'); });
  child.once('exit', () => { for (const waiter of waiters.splice(0)) waiter.reject(new Error(`exited before the output came; stdout: ${out}; stderr: ${err}`)); });
  return {
    stdout: () => out,
    stderr: () => err,
    until: (test) => new Promise((resolve, reject) => { waiters.push({ test, resolve, reject }); check(); }),
  };
}
