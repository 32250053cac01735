import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { calvin } from './capture';

const FIXTURE_APP = path.join(__dirname, 'fixtures', 'workers-app.ts');

describe('calvin workers', () => {
  let work: string;
  let dist: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-workers-'));
    dist = path.join(work, 'dist');
    expect((await calvin(['synth', '--app', FIXTURE_APP, '--out', dist])).code).toBe(0);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('each queue worker and job runner with what scales it: KEDA on the queue or the stream, an HPA on CPU, or a fixed count', async () => {
    const run = await calvin(['workers', '--dir', dist]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe([
      'NAMESPACE    NAME        KIND          SCALING  REPLICAS  SOURCE                                                    IMAGE',
      'calvin-apps  ci-agents   job-runner    keda          0–8  stream ci:builds, group ci-agents (lag, 1 per Job)        registry.example.com/ci-agent:3.0.0',
      'calvin-apps  ledger      queue-worker  fixed           1  BullMQ bull:ledger                                        registry.example.com/ledger:0.9.0',
      'calvin-apps  mailer      queue-worker  keda          0–6  BullMQ bull:mail (waiting + prioritized, 20 per replica)  registry.example.com/mailer:1.0.0',
      'calvin-apps  thumbnails  queue-worker  hpa           2–8  CPU 70 % (BullMQ media:thumbs)                            registry.example.com/thumbs:2.0.0',
      '',
    ].join('\n'));
  });

  test('--json', async () => {
    const run = await calvin(['workers', '--dir', dist, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((w: any) => [w.name, w.kind, w.scaling, w.minReplicas, w.maxReplicas])).toEqual([
      ['ci-agents', 'job-runner', 'keda', 0, 8], ['ledger', 'queue-worker', 'fixed', 1, 1],
      ['mailer', 'queue-worker', 'keda', 0, 6], ['thumbnails', 'queue-worker', 'hpa', 2, 8],
    ]);
  });

  test('an output without workers says so', async () => {
    const empty = path.join(work, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'x.k8s.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    const run = await calvin(['workers', '--dir', empty]);
    expect([run.code, run.stdout]).toEqual([0, 'no workers (no QueueWorker or JobRunner in the output)\n']);
  });
});
