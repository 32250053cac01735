import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { generateSigningSecret } from '../../contracts/webhook-signature';
import { catalogTrigger, RedisServer, requestsOf, S3Server, TargetServer, until, useRealParts, WorkerProcess, workerEnv, writeCatalog } from './harness';

/**
 * A key per tenant: a worker process (real redis-server, s3rver and HTTP target) signs each
 * tenant's triggers with the tenant's own key, read from its mounted Secret (as
 * `<SECRET_HEADERS_DIR>/<secret>/<key>`), and verified here with the independent standardwebhooks
 * library: tenant A's requests verify with A's key only, never with B's or the platform's.
 */
let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const fleet = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

function writeSecret(secret: string, key: string, value: string): void {
  mkdirSync(join(dir, 'secrets', secret), { recursive: true });
  writeFileSync(join(dir, 'secrets', secret, key), `${value}\n`);
}

/** Whether the standardwebhooks library accepts `request` with `secret`. */
function verifiesWith(request: { headers: Record<string, unknown>; body: string }, secret: string): boolean {
  try {
    new Webhook(secret).verify(request.body, {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    });
    return true;
  } catch {
    return false;
  }
}

test('each tenant\'s trigger verifies with its tenant\'s key and not with another\'s; a missing key is never replaced by another', async () => {
  const platformKey = generateSigningSecret();
  const acmeOld = generateSigningSecret();
  const acmeNew = generateSigningSecret();
  const globexKey = generateSigningSecret();
  // acme is rotating: two secrets, a space between them, as SIGNING_SECRETS takes them.
  writeSecret('acme-trigger-signing', 'secrets', `${acmeOld} ${acmeNew}`);
  writeSecret('globex-trigger-signing', 'secrets', globexKey);
  writeCatalog(join(dir, 'triggers.json'), [
    catalogTrigger({ workspace: 'acme', url: `${target.url}/acme`, signingSecret: { secret: 'acme-trigger-signing', key: 'secrets' } }),
    catalogTrigger({ workspace: 'globex', url: `${target.url}/globex`, signingSecret: { secret: 'globex-trigger-signing', key: 'secrets' } }),
    catalogTrigger({ workspace: 'ops', url: `${target.url}/ops` }),
    catalogTrigger({ workspace: 'initech', url: `${target.url}/initech`, signingSecret: { secret: 'initech-trigger-signing', key: 'secrets' }, retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, jitter: false } }),
  ]);
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { SIGNING_SECRETS: platformKey } }));
  fleet.processes.push(worker);
  const at = (path: string) => target.requests.filter((r) => r.url === path);
  await until(() => at('/acme').length >= 2 && at('/globex').length >= 2 && at('/ops').length >= 2, [requestsOf(target)], 30_000, 'two ticks of each tenant');

  for (const request of at('/acme')) {
    expect(request.headers['calvin-trigger-id']).toBe('acme/tick');
    expect([verifiesWith(request, acmeOld), verifiesWith(request, acmeNew)]).toEqual([true, true]);
    expect([verifiesWith(request, globexKey), verifiesWith(request, platformKey)]).toEqual([false, false]);
  }
  for (const request of at('/globex')) {
    expect([verifiesWith(request, globexKey), verifiesWith(request, acmeOld), verifiesWith(request, acmeNew), verifiesWith(request, platformKey)]).toEqual([true, false, false, false]);
  }
  for (const request of at('/ops')) {
    expect([verifiesWith(request, platformKey), verifiesWith(request, acmeNew), verifiesWith(request, globexKey)]).toEqual([true, false, false]);
  }
  // initech's key is not mounted: its ticks fail and nothing is sent signed with someone else's key.
  expect(at('/initech')).toEqual([]);
  const failure = await worker.waitForLog('trigger attempt failed', 15_000) as { trigger: string; error: string };
  expect(failure).toMatchObject({ trigger: 'initech/tick' });
  expect(failure.error).toContain('initech-trigger-signing/secrets is not readable');
  // No secret value is ever logged.
  for (const secret of [platformKey, acmeOld, acmeNew, globexKey]) expect(worker.lines.join('\n')).not.toContain(secret.slice(6));
});
