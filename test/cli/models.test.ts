import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { calvin } from './capture';
import { removeDir, S3Server, startS3, tempDir } from '../worker/servers';

/**
 * `calvin models push` against s3rver on 127.0.0.1, with real scikit-learn models trained by
 * Debian's python3-sklearn; what the printed storageUri names is fetched back and loaded and
 * predicted with in Python.
 */
const PYTHON = '/usr/bin/python3';
let s3: S3Server;
let dir: string;
let env: Record<string, string>;

/** Trains a small classifier and a >5 MiB one (k-NN keeps its training data), dumps them and prints their predictions. */
const TRAIN = `
import json, sys, joblib, numpy as np, pickle
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
out = sys.argv[1]
X, y = load_iris(return_X_y=True)
small = LogisticRegression(max_iter=500).fit(X, y)
joblib.dump(small, out + '/iris.joblib')
with open(out + '/iris.pkl', 'wb') as f: pickle.dump(small, f, protocol=4)
rng = np.random.default_rng(7)
big_X = rng.normal(size=(90000, 10)); big_y = (big_X[:, 0] > 0).astype(int)
joblib.dump(KNeighborsClassifier(n_neighbors=3).fit(big_X, big_y), out + '/big.joblib')
probe = [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]]
print(json.dumps({'small': small.predict(probe).tolist(), 'big': [int(v) for v in KNeighborsClassifier(n_neighbors=3).fit(big_X, big_y).predict(big_X[:4])], 'big_expected': big_y[:4].tolist()}))
`;
/** Loads a fetched model file and predicts with it. */
const PREDICT = `
import json, sys, joblib, numpy as np
model = joblib.load(sys.argv[1])
rng = np.random.default_rng(7)
if sys.argv[2] == 'big':
    X = rng.normal(size=(90000, 10))[:4]
else:
    X = [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]]
print(json.dumps([int(v) for v in model.predict(X)]))
`;
let trained: { small: number[]; big: number[]; big_expected: number[] };

beforeAll(async () => {
  dir = tempDir('calvin-models-');
  s3 = await startS3('calvin-models');
  env = { MODELS_BUCKET: 'calvin-models', S3_ENDPOINT: s3.endpoint, S3_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
  trained = JSON.parse(execFileSync(PYTHON, ['-c', TRAIN, dir], { encoding: 'utf8' }));
});

afterAll(async () => {
  s3?.destroy();
  await s3?.stop();
  if (dir) removeDir(dir);
});

/** Fetches what `storageUri` holds (the one model file) and returns the predictions Python makes with it. */
async function predictFrom(storageUri: string, which: 'small' | 'big'): Promise<number[]> {
  const match = /^s3:\/\/([^/]+)\/(.+\/)$/.exec(storageUri)!;
  const objects = await s3.client.send(new ListObjectsV2Command({ Bucket: match[1], Prefix: match[2] }));
  expect((objects.Contents ?? []).map((o) => o.Key)).toHaveLength(1);
  const key = objects.Contents![0].Key!;
  const object = await s3.client.send(new GetObjectCommand({ Bucket: match[1], Key: key }));
  const local = path.join(dir, `fetched-${which}${path.extname(key)}`);
  fs.writeFileSync(local, await object.Body!.transformToByteArray());
  return JSON.parse(execFileSync(PYTHON, ['-c', PREDICT, local, which], { encoding: 'utf8' }));
}

const storageUriOf = (stdout: string) => /^storageUri: (\S+)$/m.exec(stdout)?.[1];

describe('calvin models push', () => {
  test('uploads a joblib model and prints the storageUri; fetched back, it loads and predicts as trained', async () => {
    const run = await calvin(['models', 'push', path.join(dir, 'iris.joblib'), '--tenant', 'acme', '--name', 'iris', '--version', '1'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^pushed .*iris\.joblib \([\d,]+ bytes, (pickle|joblib \w+)\) to s3:\/\/calvin-models\/acme\/iris\/1\/model\.joblib$/m);
    expect(storageUriOf(run.stdout)).toBe('s3://calvin-models/acme/iris/1/');
    expect(await predictFrom(storageUriOf(run.stdout)!, 'small')).toEqual(trained.small);
  });

  test('a model above the part size goes up in parts and comes back whole', async () => {
    const size = fs.statSync(path.join(dir, 'big.joblib')).size;
    expect(size).toBeGreaterThan(5 * 1024 * 1024);
    const run = await calvin(['models', 'push', path.join(dir, 'big.joblib'), '-t', 'acme', '-n', 'knn', '-v', '1', '--part-size', '5'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`, ${Math.ceil(size / (5 * 1024 * 1024))} parts) to s3://calvin-models/acme/knn/1/model.joblib`);
    expect(await predictFrom(storageUriOf(run.stdout)!, 'big')).toEqual(trained.big);
  });

  test('a terminal gets a progress bar on stderr, cleared at the end', async () => {
    const run = await calvin(['models', 'push', path.join(dir, 'big.joblib'), '-t', 'acme', '-n', 'knn', '-v', 'tty', '--part-size', '5'], { env, tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/uploading █+░* [\d.]+\/[\d.]+ MiB/);
    expect(run.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });

  test('refuses to overwrite a version without --force, and overwrites with it', async () => {
    const args = ['models', 'push', path.join(dir, 'iris.joblib'), '-t', 'acme', '-n', 'iris', '-v', '2'];
    expect((await calvin(args, { env })).code).toBe(0);
    const again = await calvin(args, { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: s3:\/\/calvin-models\/acme\/iris\/2\/model\.joblib already exists \([\d,]+ bytes, \d{4}-.*\); push a new --version, or pass --force to overwrite it\n$/);
    const forced = await calvin([...args, '--force'], { env });
    expect(forced.code).toBe(0);
    expect(storageUriOf(forced.stdout)).toBe('s3://calvin-models/acme/iris/2/');
  });

  test('refuses a second model file in one version folder, even with --force (the server loads exactly one)', async () => {
    expect((await calvin(['models', 'push', path.join(dir, 'iris.joblib'), '-t', 'acme', '-n', 'iris', '-v', '3'], { env })).code).toBe(0);
    const pkl = await calvin(['models', 'push', path.join(dir, 'iris.pkl'), '-t', 'acme', '-n', 'iris', '-v', '3', '--force'], { env });
    expect(pkl.code).toBe(1);
    expect(pkl.stderr).toBe('error: s3://calvin-models/acme/iris/3/ already holds model.joblib; KServe\'s sklearn server loads exactly one model file per folder: push a new --version (or delete those files)\n');
  });

  test('a pickle keeps its extension and loads too', async () => {
    const run = await calvin(['models', 'push', path.join(dir, 'iris.pkl'), '-t', 'acme', '-n', 'iris-pkl', '-v', '1'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('iris.pkl (');
    expect(run.stdout).toContain(', pickle) to s3://calvin-models/acme/iris-pkl/1/model.pkl');
    expect(await predictFrom(storageUriOf(run.stdout)!, 'small')).toEqual(trained.small);
  });
});

describe('calvin models push refuses bad input before uploading', () => {
  const write = (name: string, content: Buffer | string) => { const file = path.join(dir, name); fs.writeFileSync(file, content); return file; };

  test.each<[string, () => string[], RegExp]>([
    ['a wrong extension', () => [write('model.onnx', Buffer.from([0x80, 4, 0x95]))], /the extension "\.onnx" is not \.joblib, \.pkl, \.pickle/],
    ['a file that is not a pickle', () => [write('notes.pkl', 'hello, I am text')], /notes\.pkl: does not start like a pickle \(protocol 2–5\) or a joblib file \(first bytes 68656c6c\)/],
    ['an empty file', () => [write('empty.joblib', '')], /empty\.joblib: is empty/],
    ['a file over 500 MB', () => { const file = path.join(dir, 'huge.joblib'); fs.writeFileSync(file, Buffer.from([0x80, 4])); fs.truncateSync(file, 500_000_001); return [file]; },
      /huge\.joblib: is 500,000,001 bytes; at most 500,000,000 \(500 MB\)/],
    ['a missing file', () => [path.join(dir, 'nope.joblib')], /nope\.joblib: cannot read it \(ENOENT\)/],
  ])('%s (exit 2, nothing written)', async (_what, file, expected) => {
    const run = await calvin(['models', 'push', ...file(), '-t', 'acme', '-n', 'bad', '-v', '1'], { env });
    expect(run.stderr).toMatch(expected);
    expect(run.code).toBe(2);
    expect((await s3.objects('acme/bad/')).size).toBe(0);
  });

  test('bad names, all at once', async () => {
    const run = await calvin(['models', 'push', path.join(dir, 'iris.joblib'), '-t', 'Acme', '-n', 'iris/../x', '-v', '', '--part-size', '1'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--tenant "Acme" is not a DNS-1123 label');
    expect(run.stderr).toContain('--name "iris/../x" is not 1 to 63 lowercase letters');
    expect(run.stderr).toContain('--version "" is not 1 to 63 lowercase letters');
    expect(run.stderr).toContain('--part-size "1" is not a whole number of MiB from 5 to 5120');
  });

  test('no bucket: the missing variable is named', async () => {
    const run = await calvin(['models', 'push', path.join(dir, 'iris.joblib'), '-t', 'acme', '-n', 'iris', '-v', '9'], { env: { ...env, MODELS_BUCKET: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('MODELS_BUCKET: the models bucket (or pass --bucket)');
  });

  test('an unknown bucket: the S3 error, with the secret key never printed', async () => {
    const run = await calvin(['models', 'push', path.join(dir, 'iris.joblib'), '-t', 'acme', '-n', 'iris', '-v', '9', '--bucket', 'no-such-bucket'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: cannot list s3:\/\/no-such-bucket\/acme\/iris\/9\/: NoSuchBucket/);
    expect(run.stderr).not.toContain('S3RVER');
  });
});
