import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateSigningSecret } from '../../contracts/webhook-signature';
import { WORKER_ENV, WORKER_ENV_NAMES, WORKER_SECRET_ENV_NAMES, workerEnvVar } from '../../contracts/worker-env';
import { END_MARKER, START_MARKER, withWorkerEnvTable } from '../../scripts/worker-env-table';
import { loadWorkerConfig } from '../../worker/config';
import { findObject, synthPlatform } from '../helpers';

const README = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'worker.md'), 'utf8');

describe('docs/worker.md\'s worker environment table', () => {
  test('is what `npm run generate` writes from the spec', () => {
    expect(README).toBe(withWorkerEnvTable(README));
  });

  test('lists exactly the spec\'s variables, each with its default', () => {
    const section = README.slice(README.indexOf(START_MARKER), README.indexOf(END_MARKER));
    const rows = section.split('\n').filter((line) => /^\| `[A-Z0-9_]+` \|/.test(line)).map((line) => line.split(' | '));
    expect(rows.map((cells) => cells[0].slice('| `'.length, -1))).toEqual(WORKER_ENV_NAMES);
    for (const cells of rows) {
      const spec = workerEnvVar(cells[0].slice('| `'.length, -1) as keyof typeof WORKER_ENV);
      expect(cells[1]).toBe(spec.default !== undefined ? `\`${spec.default}\`` : spec.required ? 'required' : spec.unsetMeans);
    }
  });
});

describe('the SchedulerWorker\'s container env and the worker agree through the spec', () => {
  const container = findObject(synthPlatform(), 'Deployment', 'scheduler-worker').spec.template.spec.containers[0];
  const env: Array<{ name: string; value?: string; valueFrom?: any }> = container.env;

  test('the Deployment sets exactly the variables the spec gives a source, in the spec\'s order', () => {
    const withSource = WORKER_ENV_NAMES.filter((name) => {
      const spec = workerEnvVar(name);
      return spec.podField !== undefined || spec.secret !== undefined || spec.prop !== undefined;
    });
    expect(env.map((e) => e.name)).toEqual(withSource);
    for (const name of WORKER_SECRET_ENV_NAMES) {
      expect(env.find((e) => e.name === name)?.valueFrom).toEqual({ secretKeyRef: { name: WORKER_ENV[name].secret.secret, key: WORKER_ENV[name].secret.key } });
    }
  });

  test('the worker starts with the values the Deployment sets (Secrets filled in)', () => {
    const secrets: Record<string, string> = {
      REDIS_URL: 'rediss://default:pw@redis.internal:25061', SIGNING_SECRETS: generateSigningSecret(), AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 'secret',
    };
    const processEnv = Object.fromEntries(env.map((e) => [e.name, e.value ?? secrets[e.name] ?? 'pod-0']));
    const config = loadWorkerConfig(processEnv);
    expect(config).toMatchObject({
      port: Number(WORKER_ENV.PORT.default), queueName: WORKER_ENV.QUEUE_NAME.default, triggersFile: WORKER_ENV.TRIGGERS_FILE.default,
      secretHeadersDir: WORKER_ENV.SECRET_HEADERS_DIR.default, workerId: 'pod-0',
      s3: { bucket: WORKER_ENV.S3_BUCKET.platformDefault, endpoint: WORKER_ENV.S3_ENDPOINT.platformDefault, region: 'us-east-1' },
    });
  });
});
