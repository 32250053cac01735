import { writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { generateSigningSecret } from '../../contracts/webhook-signature';
import { redactUrl } from '../../contracts/worker-env';
import { loadWorkerConfig, WORKER_ENV_DEFAULTS, WorkerConfigError } from '../../worker/config';
import { addressAllowed, hostAllowed } from '../../worker/target-guard';

/** A real PEM file: REDIS_TLS_CA_FILE is read and parsed at start. */
const CA_FILE = join(tmpdir(), `calvin-unit-config-ca-${process.pid}.pem`);
writeFileSync(CA_FILE, rootCertificates[0]);

const REDIS_PASSWORD = 'r3dis-Pa55word-xyz';
const AWS_SECRET = 'awsSECRETkey/abc+123-do-not-log';

/** Runs `fn`, expecting a WorkerConfigError, and returns it. */
function configError(env: NodeJS.ProcessEnv): WorkerConfigError {
  try {
    loadWorkerConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkerConfigError);
    return error as WorkerConfigError;
  }
  throw new Error('loadWorkerConfig accepted a bad environment');
}

describe('loadWorkerConfig: a good environment', () => {
  test('applies the defaults', () => {
    const secret = generateSigningSecret();
    const config = loadWorkerConfig({
      REDIS_URL: `redis://worker:${REDIS_PASSWORD}@127.0.0.1:6379/2`,
      S3_BUCKET: 'calvin-metrics',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      SIGNING_SECRETS: secret,
      TARGET_ALLOW_LIST: '10.0.0.0/8, .calvin-apps.svc.cluster.local',
    });
    expect(config.redisUrl).toBe(`redis://worker:${REDIS_PASSWORD}@127.0.0.1:6379/2`);
    expect(config.redisTlsCaFile).toBeUndefined();
    expect(config.queueName).toBe('calvin-triggers');
    expect(config.triggersFile).toBe(WORKER_ENV_DEFAULTS.TRIGGERS_FILE);
    expect(config.secretHeadersDir).toBe(WORKER_ENV_DEFAULTS.SECRET_HEADERS_DIR);
    expect(config.concurrency).toBe(200);
    expect(config.port).toBe(8080);
    expect(config.shutdownGraceMs).toBe(25_000);
    expect(config.logLevel).toBe('info');
    expect(config.workerId).toBe(hostname());
    expect(config.signingSecrets).toEqual([secret]);
    expect(config.metrics).toEqual({ prefix: 'metrics/', flushCount: 100, flushIntervalMs: 60_000, bufferMax: 100_000, durable: true, claimIdleMs: 60_000 });
    expect(config.s3).toEqual({
      bucket: 'calvin-metrics', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true, accessKeyId: undefined, secretAccessKey: undefined,
    });
    expect(config.allowList.entries).toEqual(['10.0.0.0/8', '.calvin-apps.svc.cluster.local']);
    expect(addressAllowed(config.allowList, '10.1.1.1')).toBe(true);
    expect(hostAllowed(config.allowList, 'app.calvin-apps.svc.cluster.local')).toBe(true);
  });

  test('reads every variable it is given', () => {
    const [a, b] = [generateSigningSecret(), generateSigningSecret()];
    const config = loadWorkerConfig({
      REDIS_URL: 'rediss://redis.internal:6380',
      REDIS_TLS_CA_FILE: CA_FILE,
      TRIGGERS_FILE: '/tmp/t.json',
      SECRET_HEADERS_DIR: '/tmp/secrets',
      QUEUE_NAME: 'my-queue',
      WORKER_CONCURRENCY: '17',
      PORT: '0',
      WORKER_ID: 'worker-7',
      SIGNING_SECRETS: `${a}, ${b}`,
      SHUTDOWN_GRACE_MS: '1000',
      LOG_LEVEL: 'debug',
      S3_BUCKET: 'my-bucket-1',
      S3_REGION: 'fra1',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
      METRICS_PREFIX: 'runs/',
      METRICS_FLUSH_COUNT: '3',
      METRICS_FLUSH_INTERVAL_MS: '300',
      METRICS_BUFFER_MAX: '500',
    });
    expect(config).toMatchObject({
      redisUrl: 'rediss://redis.internal:6380',
      redisTlsCaFile: CA_FILE,
      triggersFile: '/tmp/t.json',
      secretHeadersDir: '/tmp/secrets',
      queueName: 'my-queue',
      concurrency: 17,
      port: 0,
      workerId: 'worker-7',
      signingSecrets: [a, b],
      shutdownGraceMs: 1000,
      logLevel: 'debug',
      s3: { bucket: 'my-bucket-1', endpoint: undefined, region: 'fra1', forcePathStyle: false, accessKeyId: 'AKIAEXAMPLE', secretAccessKey: AWS_SECRET },
      metrics: { prefix: 'runs/', flushCount: 3, flushIntervalMs: 300, bufferMax: 500, durable: true, claimIdleMs: 60_000 },
    });
  });

  test('forcePathStyle: true with a custom endpoint, false without, and S3_FORCE_PATH_STYLE overrides', () => {
    const base = { REDIS_URL: 'redis://127.0.0.1:6379', S3_BUCKET: 'calvin-metrics' };
    expect(loadWorkerConfig({ ...base, S3_ENDPOINT: 'https://fra1.digitaloceanspaces.com' }).s3.forcePathStyle).toBe(true);
    expect(loadWorkerConfig(base).s3.forcePathStyle).toBe(false);
    expect(loadWorkerConfig({ ...base, S3_ENDPOINT: 'https://fra1.digitaloceanspaces.com', S3_FORCE_PATH_STYLE: 'false' }).s3.forcePathStyle).toBe(false);
    expect(loadWorkerConfig({ ...base, S3_FORCE_PATH_STYLE: 'TRUE' }).s3.forcePathStyle).toBe(true);
  });

  test('blank values fall back to the defaults', () => {
    const config = loadWorkerConfig({ REDIS_URL: 'redis://127.0.0.1:6379', S3_BUCKET: 'calvin-metrics', QUEUE_NAME: '  ', METRICS_FLUSH_COUNT: '', LOG_LEVEL: '' });
    expect(config.queueName).toBe('calvin-triggers');
    expect(config.metrics.flushCount).toBe(100);
    expect(config.logLevel).toBe('info');
  });
});

describe('loadWorkerConfig: a bad environment', () => {
  const good = [generateSigningSecret(), generateSigningSecret()];
  const shortSecret = `whsec_${Buffer.from('only-ten-b').toString('base64')}`; // 10 bytes: too short
  const notWhsec = 'plain-signing-secret-value-0123456789';

  test('lists every problem at once, missing REDIS_URL included', () => {
    const error = configError({
      S3_BUCKET: '',
      METRICS_FLUSH_COUNT: '12.5',
      SIGNING_SECRETS: `${good[0]} ${shortSecret} ${good[1]}`,
      TARGET_ALLOW_LIST: '10.0.0.0/8 10.0.0.0/40',
      LOG_LEVEL: 'loud',
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
    });
    expect(error.problems).toEqual([
      expect.stringMatching(/^REDIS_URL: is not set/),
      expect.stringMatching(/^S3_BUCKET: is not set/),
      expect.stringMatching(/^AWS_ACCESS_KEY_ID: is not set, but AWS_SECRET_ACCESS_KEY is \(set both or neither\)/),
      expect.stringMatching(/^SIGNING_SECRETS: has 3 secrets; at most 2/),
      expect.stringMatching(/^SIGNING_SECRETS: secret #2 decodes to 10 bytes; expected 24 to 64/),
      expect.stringMatching(/^TARGET_ALLOW_LIST: "10\.0\.0\.0\/40" is not an IP address, a CIDR .*bad prefix length \(0–32\)/),
      expect.stringMatching(/^LOG_LEVEL: "loud" is not "fatal", "error", "warn", "info", "debug", "trace" or "silent"/),
      expect.stringMatching(/^METRICS_FLUSH_COUNT: "12\.5" is not an integer from 1 to 100000/),
    ]);
    expect(error.message).toMatch(/^invalid worker configuration \(8 problems\):/);
    for (const problem of error.problems) expect(error.message).toContain(problem);
    for (const secret of [AWS_SECRET, ...good, shortSecret, shortSecret.slice('whsec_'.length)]) {
      expect(error.message).not.toContain(secret);
      expect(JSON.stringify(error.problems)).not.toContain(secret);
    }
  });

  test('a REDIS_URL with a bad scheme is named without its password, along with the other problems', () => {
    const error = configError({
      REDIS_URL: `http://worker:${REDIS_PASSWORD}@127.0.0.1:6379`,
      S3_BUCKET: 'Not_A_Bucket',
      S3_ENDPOINT: 'ftp://example.com',
      SIGNING_SECRETS: notWhsec,
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      METRICS_PREFIX: '/metrics',
      WORKER_CONCURRENCY: 'many',
      TARGET_ALLOW_LIST: 'http://evil',
      QUEUE_NAME: 'bad queue name!',
      S3_FORCE_PATH_STYLE: 'maybe',
    });
    expect(error.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^REDIS_URL: scheme "http:" is not redis: or rediss:/),
      expect.stringMatching(/^S3_BUCKET: "Not_A_Bucket" is not a bucket name/),
      expect.stringMatching(/^S3_ENDPOINT: "ftp:\/\/example\.com" is not an http\(s\) origin/),
      expect.stringMatching(/^AWS_SECRET_ACCESS_KEY: is not set, but AWS_ACCESS_KEY_ID is \(set both or neither\)/),
      expect.stringMatching(/^S3_FORCE_PATH_STYLE: "maybe" is not true or false/),
      expect.stringMatching(/^METRICS_PREFIX: "\/metrics" must not start with '\/'/),
      expect.stringMatching(/^SIGNING_SECRETS: secret #1 does not start with "whsec_"/),
      expect.stringMatching(/^TARGET_ALLOW_LIST: "http:\/\/evil" is not an IP address, a CIDR/),
      expect.stringMatching(/^QUEUE_NAME: "bad queue name!" is not 1 to 100 letters/),
      expect.stringMatching(/^WORKER_CONCURRENCY: "many" is not an integer from 1 to 5000/),
    ]));
    expect(error.problems).toHaveLength(10);
    expect(error.message).not.toContain(REDIS_PASSWORD);
    expect(error.message).not.toContain(notWhsec);
  });

  test('an S3_ENDPOINT with a credential in its query or userinfo is named redacted', () => {
    const token = 'tok-SECRET-7f7f';
    const error = configError({ S3_ENDPOINT: `https://spaces.example.com/?token=${token}`, S3_BUCKET: 'calvin-metrics' });
    expect(error.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^S3_ENDPOINT: "https:\/\/spaces\.example\.com\/\?token=\*\*\*" is not an http\(s\) origin/),
    ]));
    expect(error.message).not.toContain(token);
  });

  test('an unparseable REDIS_URL is reported without echoing it', () => {
    const error = configError({ REDIS_URL: `not a url ${REDIS_PASSWORD}`, S3_BUCKET: 'calvin-metrics' });
    expect(error.problems).toEqual([expect.stringMatching(/^REDIS_URL: is not a URL/)]);
    expect(error.message).toMatch(/\(1 problem\)/);
    expect(error.message).not.toContain(REDIS_PASSWORD);
  });

  test('integers out of range are refused', () => {
    const error = configError({
      REDIS_URL: 'redis://127.0.0.1:6379', S3_BUCKET: 'calvin-metrics', METRICS_FLUSH_COUNT: '0', METRICS_FLUSH_INTERVAL_MS: '99', PORT: '65536', METRICS_BUFFER_MAX: '-5',
    });
    expect(error.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^METRICS_FLUSH_COUNT: "0"/),
      expect.stringMatching(/^METRICS_FLUSH_INTERVAL_MS: "99"/),
      expect.stringMatching(/^PORT: "65536"/),
      expect.stringMatching(/^METRICS_BUFFER_MAX: "-5"/),
    ]));
    expect(error.problems).toHaveLength(4);
  });
});

describe('redactUrl', () => {
  test('masks the password and keeps the rest', () => {
    expect(redactUrl(`redis://worker:${REDIS_PASSWORD}@127.0.0.1:6379/2`)).toBe('redis://worker:***@127.0.0.1:6379/2');
    expect(redactUrl(`rediss://:${REDIS_PASSWORD}@redis.internal:6380`)).toBe('rediss://:***@redis.internal:6380');
  });

  test('leaves a URL without a password alone, and never echoes an unparseable one', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redactUrl(`:${REDIS_PASSWORD}@nowhere`)).toBe('(unparseable)');
  });
});

describe('redactUrl: credentials in the query, a lone user name, the fragment', () => {
  test.each([
    [`redis://127.0.0.1:6379/0?password=${REDIS_PASSWORD}`, 'redis://127.0.0.1:6379/0?password=***'],
    [`redis://127.0.0.1:6379/0?db=1&Password=${REDIS_PASSWORD}&family=4`, 'redis://127.0.0.1:6379/0?db=1&Password=***&family=4'],
    [`rediss://u:${REDIS_PASSWORD}@h:6380?pass=${REDIS_PASSWORD}`, 'rediss://u:***@h:6380?pass=***'],
    [`https://h/x?pwd=${REDIS_PASSWORD}&PWD=${REDIS_PASSWORD}`, 'https://h/x?pwd=***&PWD=***'],
    [`https://h/x?access_token=${REDIS_PASSWORD}&page=2`, 'https://h/x?access_token=***&page=2'],
    [`https://h/x?client_secret=${REDIS_PASSWORD}`, 'https://h/x?client_secret=***'],
    [`https://h/x?api_key=${REDIS_PASSWORD}&apiKey=${REDIS_PASSWORD}`, 'https://h/x?api_key=***&apiKey=***'],
    [`https://h/x?auth=${REDIS_PASSWORD}`, 'https://h/x?auth=***'],
    [`https://b.s3/o?X-Amz-Credential=${REDIS_PASSWORD}&X-Amz-Signature=${REDIS_PASSWORD}&X-Amz-Security-Token=${REDIS_PASSWORD}&X-Amz-Expires=60`,
      'https://b.s3/o?X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Security-Token=***&X-Amz-Expires=60'],
    [`https://a.blob/c?sv=2024&sig=${REDIS_PASSWORD}`, 'https://a.blob/c?sv=2024&sig=***'],
    [`https://h/x?session_id=${REDIS_PASSWORD}`, 'https://h/x?session_id=***'],
    [`https://${REDIS_PASSWORD}@h/x`, 'https://***@h/x'],
    [`https://h/cb#access_token=${REDIS_PASSWORD}`, 'https://h/cb#***'],
  ])('%s → %s', (url, expected) => {
    const redacted = redactUrl(url);
    expect(redacted).toBe(expected);
    expect(redacted).not.toContain(REDIS_PASSWORD);
  });

  test('keeps parameters that carry no credential, and `sig` only as a whole word', () => {
    expect(redactUrl('redis://127.0.0.1:6379/0?db=2&family=6')).toBe('redis://127.0.0.1:6379/0?db=2&family=6');
    expect(redactUrl('https://h/x?design=a&signal=b')).toBe('https://h/x?design=a&signal=b');
  });
});
