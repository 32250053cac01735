import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { App } from 'cdk8s';
import { PlatformStack, Tenant, Trigger } from '../../constructs';
import { generateSigningSecret } from '../../contracts/webhook-signature';
import { TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';
import { listenOnLoopback, makeCertificates, RedisServer, requestsOf, S3Server, TargetServer, until, useRealParts, WorkerProcess, workerEnv } from './harness';

/**
 * A tenant's secret headers, end to end: the constructs synthesize the catalog and the worker's
 * Roles; a worker process (real redis-server, s3rver, HTTP target) reads each tenant's Secret
 * from an HTTPS server on 127.0.0.1 shaped like the Kubernetes API (GET
 * /api/v1/namespaces/<ns>/secrets/<name>, Bearer token, the cluster CA), which authorizes exactly
 * what the synthesized Roles and RoleBindings grant the worker's ServiceAccount.
 */
let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const fleet = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

const TOKEN = 'projected-token-of-scheduler-worker';
/** The cluster's Secrets: both tenants have an `api-token`, with values of their own. */
const SECRETS: Record<string, Record<string, Record<string, string>>> = {
  acme: { 'api-token': { token: 'Bearer acme-123' }, org: { id: 'acme-org' } },
  globex: { 'api-token': { token: 'Bearer globex-456' }, unnamed: { token: 'never-granted' } },
};

/** RBAC as the API server applies it: a RoleBinding to the ServiceAccount, a Role rule with get on the Secret's name. */
function granted(objects: any[], namespace: string, secret: string): boolean {
  const roles = objects.filter((o) => o.kind === 'Role' && o.metadata.namespace === namespace);
  const bindings = objects.filter((o) => o.kind === 'RoleBinding' && o.metadata.namespace === namespace
    && o.subjects.some((s: any) => s.kind === 'ServiceAccount' && s.name === 'scheduler-worker' && s.namespace === 'calvin-system'));
  return bindings.some((b) => roles.some((r) => r.metadata.name === b.roleRef.name && r.rules.some((rule: any) => rule.apiGroups.includes('')
    && rule.resources.includes('secrets') && rule.verbs.includes('get') && (rule.resourceNames === undefined || rule.resourceNames.includes(secret)))));
}

/** The API server's answers, and every request it got. */
function kubernetesApi(objects: any[], calls: string[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    calls.push(`${req.method} ${req.url} ${req.headers.authorization === `Bearer ${TOKEN}` ? 'token' : 'no-token'}`);
    const status = (code: number, reason: string) => {
      res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, code }));
    };
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return status(401, 'Unauthorized');
    const match = /^\/api\/v1\/namespaces\/([^/]+)\/secrets\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method !== 'GET' || !match) return status(405, 'MethodNotAllowed');
    const [, namespace, name] = match;
    if (!granted(objects, namespace, name)) return status(403, 'Forbidden');
    const data = SECRETS[namespace]?.[name];
    if (!data) return status(404, 'NotFound');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      kind: 'Secret', apiVersion: 'v1', metadata: { name, namespace }, type: 'Opaque',
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    }));
  };
}

/** The platform: acme and globex each call their endpoint with their own `api-token`. */
function synthesize(targetUrl: string): { catalog: string; objects: any[] } {
  const app = new App();
  const p = new PlatformStack(app, 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE } });
  const tenants = ['acme', 'globex'].map((name) => new Tenant(p, name));
  for (const tenant of tenants) {
    new Trigger(tenant, 'sync', {
      schedule: '* * * * * *', url: `${targetUrl}/${tenant.tenantName}`, secretHeaders: { Authorization: { secret: 'api-token', key: 'token' } },
    });
  }
  new Trigger(tenants[0], 'org', { schedule: '* * * * * *', url: `${targetUrl}/org`, secretHeaders: { 'X-Org': { secret: 'org', key: 'id' } } });
  return { catalog: p.worker.catalogJson(), objects: p.toJson() };
}

test('each tenant\'s trigger sends its own tenant\'s Secret, read through the API as the Role allows; an ungranted Secret is refused and nothing is sent', async () => {
  const { catalog, objects } = synthesize(target.url);
  // A catalog edited by hand (or a newer one) naming a Secret no Role grants: the API refuses it.
  const parsed = JSON.parse(catalog);
  const sync = parsed.triggers.find((t: any) => t.id === 'globex/sync');
  parsed.triggers.push({ ...sync, id: 'globex/sneak', name: 'sneak', url: `${target.url}/sneak`, secretHeaders: { Authorization: { secret: 'unnamed', key: 'token', namespace: 'globex' } } });
  writeFileSync(join(dir, 'triggers.json'), JSON.stringify(parsed));
  for (const tenant of ['acme', 'globex']) {
    mkdirSync(join(dir, 'secrets', `${tenant}-trigger-signing`), { recursive: true });
    writeFileSync(join(dir, 'secrets', `${tenant}-trigger-signing`, 'secrets'), generateSigningSecret());
  }
  // The projected volume: the token and the cluster CA; the API serves a certificate of that CA.
  const certificates = makeCertificates(dir);
  const apiDir = join(dir, 'kubernetes');
  mkdirSync(apiDir);
  writeFileSync(join(apiDir, 'token'), `${TOKEN}\n`);
  copyFileSync(certificates.ca, join(apiDir, 'ca.crt'));
  const calls: string[] = [];
  const api = createServer({ cert: readFileSync(certificates.cert), key: readFileSync(certificates.key) }, kubernetesApi(objects, calls));
  const port = await listenOnLoopback(api as never);
  try {
    // As in a pod: no KUBERNETES_API_URL, the kubelet's KUBERNETES_SERVICE_HOST/PORT.
    const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: String(port), KUBERNETES_API_DIR: apiDir } }));
    fleet.processes.push(worker);
    const at = (path: string) => target.requests.filter((r) => r.url === path);
    await until(() => at('/acme').length >= 2 && at('/globex').length >= 2 && at('/org').length >= 1, [requestsOf(target)], 30_000, 'two ticks of each tenant')
      .catch((error) => { throw new Error(`${error.message}\n${JSON.stringify(calls)}\n${target.requests.map((r) => r.url)}\n${worker.lines.slice(-15).join('\n')}`); });

    expect(new Set(at('/acme').map((r) => r.headers.authorization))).toEqual(new Set(['Bearer acme-123']));
    expect(new Set(at('/globex').map((r) => r.headers.authorization))).toEqual(new Set(['Bearer globex-456']));
    expect(at('/org')[0].headers['x-org']).toBe('acme-org');

    const failure = await worker.waitForLog('trigger attempt failed', 15_000) as { trigger: string; error: string };
    expect(failure.trigger).toBe('globex/sneak');
    expect(failure.error).toContain('Secret globex/unnamed cannot be read: the Kubernetes API answered 403');
    expect(at('/sneak')).toEqual([]);
    // Only gets of named Secrets, every one with the ServiceAccount token.
    expect(new Set(calls)).toEqual(new Set([
      'GET /api/v1/namespaces/acme/secrets/api-token token', 'GET /api/v1/namespaces/acme/secrets/org token',
      'GET /api/v1/namespaces/globex/secrets/api-token token', 'GET /api/v1/namespaces/globex/secrets/unnamed token',
    ]));
    for (const value of ['acme-123', 'globex-456', 'acme-org', 'never-granted', TOKEN]) expect(worker.lines.join('\n')).not.toContain(value);
  } finally {
    api.close();
  }
});
