import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { loadWorkerConfig } from '../../worker/config';
import { kubernetesApiUrl, KubernetesSecretReader } from '../../worker/kubernetes-secrets';
import { SecretHeaderError, SecretHeaderStore } from '../../worker/secret-headers';
import { listenOnLoopback, removeDir, tempDir } from './harness';

/**
 * The worker's reader of tenants' Secrets against an HTTP server on 127.0.0.1 answering as the
 * Kubernetes API does (v1 Secret with base64 data, or a Status with 401/403/404).
 */
let dir: string;
let server: Server;
let apiUrl: string;
const requests: Array<{ url?: string; authorization?: string }> = [];
let answer: (req: IncomingMessage, res: ServerResponse) => void;

beforeAll(async () => {
  server = createServer((req, res) => { requests.push({ url: req.url, authorization: req.headers.authorization }); answer(req, res); });
  apiUrl = `http://127.0.0.1:${await listenOnLoopback(server)}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  dir = tempDir('calvin-kube-');
  writeFileSync(join(dir, 'token'), 'token-1\n');
  requests.length = 0;
  answer = secretAnswer({ token: 'Bearer t0k3n', multi: 'line\n' });
});
afterEach(() => removeDir(dir));

function secretAnswer(data: Record<string, string>) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      kind: 'Secret', data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    }));
  };
}

async function message(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SecretHeaderError);
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

test('reads the Secret at /api/v1/namespaces/<ns>/secrets/<name> with the token file, decoding its data', async () => {
  const reader = new KubernetesSecretReader({ apiUrl, dir });
  expect(await reader.read('acme', 'api-token')).toEqual({ token: 'Bearer t0k3n', multi: 'line\n' });
  expect(requests).toEqual([{ url: '/api/v1/namespaces/acme/secrets/api-token', authorization: 'Bearer token-1' }]);
  // The token is read at each request: the kubelet rotates it.
  writeFileSync(join(dir, 'token'), 'token-2');
  await reader.read('acme', 'api-token');
  expect(requests[1].authorization).toBe('Bearer token-2');
});

test('through the store: a namespaced ref is read from the API (one trailing newline trimmed), kept ttlMs, and a missing key is named', async () => {
  const store = new SecretHeaderStore(join(dir, 'mounted'), 60_000, new KubernetesSecretReader({ apiUrl, dir }));
  expect(await store.resolve({ authorization: { secret: 'api-token', key: 'token', namespace: 'acme' }, 'x-multi': { secret: 'api-token', key: 'multi', namespace: 'acme' } }))
    .toEqual({ authorization: 'Bearer t0k3n', 'x-multi': 'line' });
  const before = requests.length;
  await store.resolve({ authorization: { secret: 'api-token', key: 'token', namespace: 'acme' } });
  expect(requests.length).toBe(before);
  expect(await message(store.resolve({ a: { secret: 'api-token', key: 'nope', namespace: 'acme' } })))
    .toBe('secret header value acme/api-token/nope: Secret acme/api-token has no key "nope"');
});

test.each([
  [401, 'Secret acme/x cannot be read: the Kubernetes API answered 401 (the ServiceAccount token was refused)'],
  [403, 'Secret acme/x cannot be read: the Kubernetes API answered 403 (the worker may get only the Secrets its Role in that namespace names: deploy the catalog with the Role synth made for it)'],
  [404, 'Secret acme/x cannot be read: the Kubernetes API answered 404 (no such Secret: create it in that namespace)'],
  [500, 'Secret acme/x cannot be read: the Kubernetes API answered 500'],
])('an answer %i is an error naming the Secret and what to check', async (status, expected) => {
  answer = (_req, res) => { res.writeHead(status, { 'content-type': 'application/json' }).end('{"kind":"Status","message":"secrets \\"x\\" is forbidden"}'); };
  expect(await message(new KubernetesSecretReader({ apiUrl, dir }).read('acme', 'x'))).toBe(expected);
});

test('without an API address, a token, or an answer, the error says so', async () => {
  expect(await message(new KubernetesSecretReader({ apiUrl: undefined, dir }).read('acme', 'x')))
    .toBe('Secret acme/x cannot be read: the Kubernetes API address is unknown (KUBERNETES_SERVICE_HOST is not set; set KUBERNETES_API_URL)');
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  expect(await message(new KubernetesSecretReader({ apiUrl, dir: empty }).read('acme', 'x')))
    .toBe(`Secret acme/x cannot be read: no ServiceAccount token at ${join(empty, 'token')} (ENOENT)`);
  expect(await message(new KubernetesSecretReader({ apiUrl: 'https://127.0.0.1:1', dir }).read('acme', 'x')))
    .toBe(`Secret acme/x cannot be read: the Kubernetes API cannot be trusted: no CA at ${join(dir, 'ca.crt')} (ENOENT)`);
  answer = (_req, res) => { res.writeHead(200).end('not json'); };
  expect(await message(new KubernetesSecretReader({ apiUrl, dir }).read('acme', 'x'))).toBe('Secret acme/x cannot be read: the Kubernetes API\'s answer is not JSON');
});

test('a store without an API reader refuses a namespaced ref', async () => {
  expect(await message(new SecretHeaderStore(dir).resolve({ a: { secret: 's', key: 'k', namespace: 'acme' } })))
    .toBe('secret header value acme/s/k is in another namespace, and this worker reads no Kubernetes API');
});

test('the API address: KUBERNETES_API_URL, else the kubelet\'s KUBERNETES_SERVICE_HOST/PORT (IPv6 in brackets)', () => {
  expect(kubernetesApiUrl({}, 'http://127.0.0.1:8001/')).toBe('http://127.0.0.1:8001');
  expect(kubernetesApiUrl({ KUBERNETES_SERVICE_HOST: '10.245.0.1', KUBERNETES_SERVICE_PORT: '443' }, undefined)).toBe('https://10.245.0.1:443');
  expect(kubernetesApiUrl({ KUBERNETES_SERVICE_HOST: 'fd00::1' }, undefined)).toBe('https://[fd00::1]:443');
  expect(kubernetesApiUrl({}, undefined)).toBeUndefined();
});

test('the worker\'s config: KUBERNETES_API_URL must be an https origin, or http to loopback (refused at start, exit 78); the default folder is the Deployment\'s mount', () => {
  const base = { REDIS_URL: 'redis://127.0.0.1:6379', S3_BUCKET: 'calvin-metrics' };
  expect(() => loadWorkerConfig({ ...base, KUBERNETES_API_URL: 'https://user:pw@10.0.0.1/api' })).toThrow('KUBERNETES_API_URL: ');
  // The ServiceAccount token goes in every request: plain http only to this machine (kubectl proxy, tests).
  expect(() => loadWorkerConfig({ ...base, KUBERNETES_API_URL: 'http://10.245.0.1:80' })).toThrow('KUBERNETES_API_URL: ');
  expect(() => loadWorkerConfig({ ...base, KUBERNETES_API_URL: 'http://kubernetes.default.svc' })).toThrow('KUBERNETES_API_URL: ');
  for (const local of ['http://127.0.0.1:8001', 'http://localhost:8001', 'http://[::1]:8001', 'https://10.245.0.1:443']) {
    expect(loadWorkerConfig({ ...base, KUBERNETES_API_URL: local }).kubernetesApi.url).toBe(local);
  }
  expect(loadWorkerConfig({ ...base, KUBERNETES_SERVICE_HOST: '10.245.0.1', KUBERNETES_SERVICE_PORT: '443' }).kubernetesApi)
    .toEqual({ url: 'https://10.245.0.1:443', dir: '/var/run/secrets/calvin/kubernetes' });
});
