import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { calvin } from './capture';
import { hourFolder, INJECTION, putRaw, RANGE, recordOf, s3Env, writeKnownMetrics, writeWithSink } from './metrics-fixture';
import { freePort, removeDir, S3Server, startS3, tempDir } from '../worker/harness';

/** `calvin metrics`: wrong usage, wrong environment, S3 failures, unreadable objects, the progress bar and the HTML file. */
let s3: S3Server;
let dir: string;
let env: Record<string, string>;
const RANGE_ARGS = ['--from', RANGE.from, '--to', RANGE.to];

beforeAll(async () => {
  s3 = await startS3();
  dir = tempDir('calvin-metrics-errors-');
  env = s3Env(s3);
  await writeKnownMetrics(s3);
  // Under their own prefix: two good records in hour 11, and two objects the worker would never write.
  await writeWithSink(s3, 'corrupt/', [[recordOf(['acme', 'sync', '11:10:00', 'success', 40, 0, 204]), recordOf(['acme', 'sync', '11:20:00', 'failure', 80, 0, 500, 'nope'])]]);
  await putRaw(s3, `${hourFolder('corrupt/', '11')}metrics-garbage.json`, 'this is not json');
  await putRaw(s3, `${hourFolder('corrupt/', '12')}metrics-object.json`, '{"records": []}');
});

afterAll(async () => {
  s3?.destroy();
  await s3?.stop();
  removeDir(dir);
});

describe('calvin metrics: usage and environment', () => {
  test.each([
    [['metrics', ...RANGE_ARGS], "error: required option '-w, --workspace <id>' not specified"],
    [['metrics', '-w', 'acme', '--concurrency', '0'], '--concurrency: "0" is not an integer from 1 to 64'],
    [['metrics', '-w', 'acme', '--concurrency', '65'], '--concurrency: "65" is not an integer from 1 to 64'],
    [['metrics', '-w', 'acme', '--since', '5x'], '--since: "5x" is not a duration such as 90m, 24h or 7d'],
    [['metrics', '-w', 'acme', '--since', '0h'], '--since: "0h" is not a duration'],
    [['metrics', '-w', 'acme', '--since', '2h', '--from', RANGE.from], '--since and --from are exclusive'],
    [['metrics', '-w', 'acme', '--to', RANGE.to], '--to needs --from'],
    [['metrics', '-w', 'acme', '--from', 'yesterday'], '--from: "yesterday" is not an ISO 8601 date or time'],
    [['metrics', '-w', 'acme', '--from', RANGE.to, '--to', RANGE.from], '--from (2026-03-01T13:30:00.000Z) must be before --to (2026-03-01T10:30:00.000Z)'],
    [['metrics', '-w', 'acme', '--from', RANGE.from, '--to', RANGE.from], 'must be before --to'],
    [['metrics', '-w', 'acme', '--from', '2026-01-01', '--to', '2026-04-04T00:00:01Z'], 'the range is longer than 93 days (93d 1s); read it in parts'],
    [['metrics', '-w', 'acme', '--since', '94d'], 'the range is longer than 93 days (94d)'],
    [['metrics', '-w', 'acme', '--frmo', RANGE.from], "error: unknown option '--frmo'"],
    [['metrics', '-w', 'acme', '--html', 'no-such-dir/report.html'], '--html: the directory'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await calvin(args, { env, cwd: dir });
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  test('--help documents the flags, the field definitions and has examples', async () => {
    const help = await calvin(['metrics', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--workspace <id>', '--trigger <name>', '--since <duration>', '--from <time>', '--to <time>', '--html <file>', '--json', '--concurrency <n>']) expect(help.stdout).toContain(flag);
    expect(help.stdout).toContain('success_rate = ok / (ok + failed) attempts');
    expect(help.stdout).toMatch(/Examples:\n {2}\$ calvin metrics --workspace acme /);
  });

  test('a range of exactly 93 days is allowed, and times without an offset are UTC', async () => {
    const run = JSON.parse((await calvin(['metrics', '-w', 'acme', '--from', '2026-01-01', '--to', '2026-04-04', '--json'], { env })).stdout);
    expect(run.range).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-04-04T00:00:00.000Z' });
    expect(run.source.hour_partitions).toBe(93 * 24);
    expect(run.series).toMatchObject({ bucket: '1d' });
    expect(run.series.buckets).toHaveLength(93);
    // Whole days: every acme record counts now. Runs = nightly-report #1 #2 #4 #5 #7 #8 #17 #18 + sync #9 #10 #11 #13 #14 #19.
    expect(run.summary.runs).toBe(14);
    const local = JSON.parse((await calvin(['metrics', '-w', 'acme', '--from', '2026-03-01T10:30', '--to', '2026-03-01T13:30:00+00:00', '--json'], { env })).stdout);
    expect(local.range).toEqual({ from: '2026-03-01T10:30:00.000Z', to: '2026-03-01T13:30:00.000Z' });
  });

  test('missing environment: every missing variable at once, exit 2; malformed values too; the secret never shown', async () => {
    // A home without ~/.aws: no credentials the SDK could find either.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-home-'));
    const none = await calvin(['metrics', '-w', 'acme'], { env: { HOME: home } });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('error: missing environment variables:\n'
      + '  S3_BUCKET: is not set (the bucket metrics are written to); in the worker: PlatformStackProps.worker.metrics.bucket, default "calvin-runtime-scheduler"\n'
      + '  AWS_ACCESS_KEY_ID: is not set (the metrics bucket\'s key); in the worker: Secret calvin-spaces, key access-key-id (system namespace; PlatformStackProps.worker.s3CredentialsSecret.accessKeyIdKey)\n'
      + '  AWS_SECRET_ACCESS_KEY: is not set (the metrics bucket\'s key); in the worker: Secret calvin-spaces, key secret-access-key (system namespace; PlatformStackProps.worker.s3CredentialsSecret.secretAccessKeyKey)\n'
      + 'calvin metrics reads the worker\'s S3 settings: S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE, METRICS_PREFIX, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (see calvin metrics --help); '
      + 'the key may also come from AWS_PROFILE or ~/.aws/credentials.\n');

    // A bucket but no key: refused at start, not with the SDK's CredentialsProviderError at the first request.
    const noKey = await calvin(['metrics', '-w', 'acme'], { env: { HOME: home, S3_BUCKET: 'calvin-metrics' } });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/^error: missing environment variables:\n {2}AWS_ACCESS_KEY_ID: is not set[^\n]*\n {2}AWS_SECRET_ACCESS_KEY: is not set/);
    expect(noKey.stderr).not.toContain('CredentialsProviderError');
    // A shared credentials file counts (the SDK reads it).
    fs.mkdirSync(path.join(home, '.aws'));
    fs.writeFileSync(path.join(home, '.aws', 'credentials'), '[default]\n');
    const withFile = await calvin(['metrics', '-w', 'acme'], { env: { HOME: home } });
    expect(withFile.stderr).toMatch(/^error: missing environment variable:\n {2}S3_BUCKET: is not set/);
    expect(withFile.stderr).not.toContain('AWS_ACCESS_KEY_ID:');
    fs.rmSync(home, { recursive: true, force: true });

    const half = await calvin(['metrics', '-w', 'acme'], { env: { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE' } });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('error: missing environment variables:\n  S3_BUCKET: is not set (the bucket metrics are written to); in the worker: PlatformStackProps.worker.metrics.bucket, default "calvin-runtime-scheduler"\n'
      + '  AWS_SECRET_ACCESS_KEY: is not set, but AWS_ACCESS_KEY_ID is (set both or neither); in the worker: Secret calvin-spaces, key secret-access-key');

    const secret = 'pst-this-is-the-secret';
    const bad = await calvin(['metrics', '-w', 'acme'], { env: { S3_BUCKET: 'Bad_Bucket', S3_ENDPOINT: 'ftp://x', S3_FORCE_PATH_STYLE: 'maybe', METRICS_PREFIX: '/m', AWS_SECRET_ACCESS_KEY: secret } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error: missing environment variable:\n  AWS_ACCESS_KEY_ID: is not set, but AWS_SECRET_ACCESS_KEY is (set both or neither); in the worker: Secret calvin-spaces, key access-key-id (system namespace; PlatformStackProps.worker.s3CredentialsSecret.accessKeyIdKey)\ninvalid:\n'
      + '  S3_BUCKET: "Bad_Bucket" is not a bucket name');
    expect(bad.stderr).toContain('  METRICS_PREFIX: "/m" must not start with');
    expect(bad.stderr).not.toContain(secret);

    const malformed = await calvin(['metrics', '-w', 'acme'], { env: {
      S3_BUCKET: 'Bad_Bucket', S3_ENDPOINT: 'ftp://x', S3_FORCE_PATH_STYLE: 'maybe', METRICS_PREFIX: '/m', AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: secret,
    } });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toBe('error: invalid environment:\n'
      + '  S3_BUCKET: "Bad_Bucket" is not a bucket name (3 to 63 lowercase letters, digits and \'-\', starting and ending with a letter or digit; no dots)\n'
      + '  S3_ENDPOINT: "ftp://x" is not an http(s) origin such as "https://fra1.digitaloceanspaces.com"\n'
      + '  S3_FORCE_PATH_STYLE: "maybe" is not true or false\n'
      + '  METRICS_PREFIX: "/m" must not start with \'/\' and must end with \'/\' (e.g. "metrics/")\n');
  });
});

describe('calvin metrics: S3 failures and unreadable objects', () => {
  test('a missing bucket, a wrong key and an endpoint that refuses: exit 1, the S3 code, no secret', async () => {
    const bucket = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS], { env: { ...env, S3_BUCKET: 'no-such-bucket' } });
    expect(bucket.code).toBe(1);
    expect(bucket.stderr).toBe('error: cannot list s3://no-such-bucket/metrics/year=2026/month=03/day=01/hour=10/: NoSuchBucket (HTTP 404) '
      + 'The specified bucket does not exist — check S3_BUCKET (and S3_ENDPOINT / S3_REGION)\n');

    const secret = 'pst-the-wrong-secret-value';
    const key = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS], { env: { ...env, AWS_ACCESS_KEY_ID: 'NOT-A-KEY', AWS_SECRET_ACCESS_KEY: secret } });
    expect(key.code).toBe(1);
    expect(key.stderr).toMatch(/^error: cannot list s3:\/\/calvin-metrics\/metrics\/year=2026\/month=03\/day=01\/hour=10\/: InvalidAccessKeyId \(HTTP 403\) .* — check AWS_ACCESS_KEY_ID\n$/);
    expect(key.stderr + key.stdout).not.toContain(secret);

    const refused = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS], { env: { ...env, S3_ENDPOINT: `http://127.0.0.1:${await freePort()}` } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: cannot list s3:\/\/calvin-metrics\/metrics\/year=2026\/month=03\/day=01\/hour=10\/: ECONNREFUSED connect ECONNREFUSED 127\.0\.0\.1:\d+ — is S3_ENDPOINT reachable\?\n$/);
  });

  test('an object that is not a JSON array is skipped with a warning naming its key; the rest is counted; exit 0', async () => {
    const run = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--concurrency', '1'], { env: { ...env, METRICS_PREFIX: 'corrupt/' } });
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter(Boolean).sort();
    expect(warnings).toEqual([
      `warning: skipped s3://calvin-metrics/${hourFolder('corrupt/', '11')}metrics-garbage.json: not JSON (Unexpected token 'h', "this is not json" is not valid JSON)`,
      `warning: skipped s3://calvin-metrics/${hourFolder('corrupt/', '12')}metrics-object.json: not a JSON array of records (object)`,
    ]);
    expect(run.stdout).toContain('· 4 hour partitions · 1 object · 2 records, 2 matched\n');
    expect(run.stdout).toContain('skipped   2 objects that are not a JSON array of records (see the warnings)\n');
    const json = JSON.parse((await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--json'], { env: { ...env, METRICS_PREFIX: 'corrupt/' } })).stdout);
    expect(json.source).toMatchObject({ objects_listed: 3, objects_read: 1, objects_skipped: 2, records_matched: 2 });
    expect([...json.source.skipped_keys].sort()).toEqual([`${hourFolder('corrupt/', '11')}metrics-garbage.json`, `${hourFolder('corrupt/', '12')}metrics-object.json`]);
    expect(json.summary).toMatchObject({ runs: 2, ok_attempts: 1, failed_attempts: 1, success_rate: 0.5, duration_ms: { p50: 40, p95: 80, max: 80 } });
  });
});

describe('calvin metrics: progress bar and HTML file', () => {
  test('the progress bar is drawn on a terminal (redrawn with \\r, cleared at the end) and never otherwise', async () => {
    const tty = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS], { env, tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^\r\u001b\[2Kreading metrics [█░]{24} \d\/4 hours · \d\/\d objects · \d+ records/);
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(tty.stderr).not.toContain('\n');
    expect(tty.stdout).toContain('nightly-report');

    const piped = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS], { env });
    expect(piped.stderr).toBe('');
    const json = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--json'], { env });
    expect(json.stderr).toBe('');
  });

  test('--html writes one self-contained, escaped page atomically; --json keeps stdout pure', async () => {
    const run = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--html', 'out.html'], { env, cwd: dir });
    expect(run.code).toBe(0);
    const file = path.join(dir, 'out.html');
    expect(run.stdout).toContain(`\nHTML report: ${file}\n`);
    expect(fs.readdirSync(dir)).toEqual(['out.html']);
    const html = fs.readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const chart of ['executions', 'durations', 'success-rate']) expect(html).toContain(`<svg data-chart="${chart}"`);
    // Nothing to fetch: no scripts, no links, no external URLs of any kind.
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=|href=|https?:\/\//i);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt; upstream &lt;b&gt;down&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(html).not.toContain(INJECTION);

    const json = await calvin(['metrics', '-w', 'acme', ...RANGE_ARGS, '--json', '--html', 'again.html'], { env, cwd: dir });
    expect(JSON.parse(json.stdout).summary.runs).toBe(10);
    expect(json.stderr).toBe(`HTML report: ${path.join(dir, 'again.html')}\n`);
    expect(fs.readdirSync(dir).sort()).toEqual(['again.html', 'out.html']);
  });
});
