import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { generateSigningSecret, verifyTriggerRequest } from '../../contracts/webhook-signature';
import {
  catalogTrigger, listenOnLoopback, ReceivedRequest, RedisServer, S3Server, TargetServer, useRealParts, workerEnv, WorkerProcess, writeCatalog,
} from './harness';

/**
 * Issue 24, finding 3: a request captured from one trigger, replayed with `calvin-trigger-id`
 * changed, made `verifyTriggerRequest` return the other trigger's id. A worker process signs real
 * requests; a receiver that verifies with the exported verifier gets them replayed.
 */

let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;
let dir: string;
const { processes } = useRealParts((parts) => ({ redis, s3, target, dir } = parts));

/** A receiver as the docs tell customers to write one: 200 with the verified trigger, or 401 with the reason. */
async function receiver(secret: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const tick = verifyTriggerRequest({ headers: req.headers, body: Buffer.concat(chunks), secret });
        res.writeHead(200).end(JSON.stringify({ triggerId: tick.triggerId, scheduledAt: tick.scheduledAt }));
      } catch (error) {
        res.writeHead(401).end(JSON.stringify({ error: (error as Error).message }));
      }
    });
  });
  const port = await listenOnLoopback(server);
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Sends `captured` again with `headers` changed, as an attacker holding one request would. */
function replay(url: string, captured: ReceivedRequest, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const forwarded = Object.fromEntries(Object.entries(captured.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const req = httpRequest(url, { method: captured.method, headers: { ...forwarded, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(captured.body);
  });
}

test('a request signed by a worker process cannot be replayed as another trigger, and verifies with standardwebhooks', async () => {
  const secret = generateSigningSecret();
  writeCatalog(join(dir, 'triggers.json'), [catalogTrigger({ workspace: 'tenant-a', name: 'report', url: `${target.url}/report` })]);
  const worker = new WorkerProcess(workerEnv({ redis, s3, dir, env: { SIGNING_SECRETS: secret } }));
  processes.push(worker);
  const [captured] = await target.waitForRequests(1, 20_000);
  expect(await worker.stop()).toBe(0);
  const check = await receiver(secret);
  try {
    // The independent verifier accepts it, and the trigger is inside what it verified.
    expect(new Webhook(secret).verify(captured.body, captured.headers as Record<string, string>)).toEqual({ hello: 'world' });
    expect(captured.headers['webhook-id']).toBe(`tick_${Date.parse(String(captured.headers['calvin-scheduled-at']))}_tenant-a/report`);

    expect(await replay(check.url, captured, {})).toEqual({ status: 200, body: { triggerId: 'tenant-a/report', scheduledAt: captured.headers['calvin-scheduled-at'] } });
    const asOther = await replay(check.url, captured, { 'calvin-trigger-id': 'tenant-b/payroll' });
    expect(asOther).toEqual({ status: 401, body: { error: expect.stringMatching(/^calvin-trigger-id "tenant-b\/payroll" disagrees with the signed webhook-id/) } });
    // Rewriting the signed id as well breaks the signature, in both verifiers.
    const forgedId = String(captured.headers['webhook-id']).replace('tenant-a/report', 'tenant-b/payroll');
    expect((await replay(check.url, captured, { 'webhook-id': forgedId, 'calvin-trigger-id': 'tenant-b/payroll' })).status).toBe(401);
    expect(() => new Webhook(secret).verify(captured.body, { ...(captured.headers as Record<string, string>), 'webhook-id': forgedId })).toThrow();
    // Another nominal time under the same signature is refused too.
    const later = new Date(Date.parse(String(captured.headers['calvin-scheduled-at'])) + 60_000).toISOString();
    expect((await replay(check.url, captured, { 'calvin-scheduled-at': later })).status).toBe(401);
  } finally {
    check.close();
  }
});
