import { join } from 'node:path';
import { TriggerDispatcher } from '../../worker/dispatcher';
import { SecretHeaderStore } from '../../worker/secret-headers';
import { parseAllowList } from '../../worker/target-guard';
import { catalogTrigger, TargetServer, within } from './harness';

/**
 * Credentials on redirects (issue 11): two real HTTP servers on 127.0.0.1, on different ports and
 * so different origins, both allow-listed. Authorization, Cookie and Proxy-Authorization from the
 * trigger's plain `headers` reach the origin the trigger names and its same-origin hops, never the
 * other origin, as with fetch and browsers.
 */

let first: TargetServer;
let second: TargetServer;
let dispatcher: TriggerDispatcher;

beforeAll(async () => {
  [first, second] = await Promise.all([new TargetServer().listen(), new TargetServer().listen()]);
  dispatcher = new TriggerDispatcher({
    allowList: parseAllowList('127.0.0.1').list,
    secretHeaders: new SecretHeaderStore(join(__dirname, 'no-secrets-here')),
    signingSecrets: [],
  });
});
afterAll(async () => {
  await within(5000, dispatcher?.close(), 'dispatcher to close');
  await Promise.all([first?.close(), second?.close()]);
});
beforeEach(() => {
  for (const server of [first, second]) {
    server.requests.length = 0;
    server.handler = (_req, res) => res.writeHead(200).end('ok');
  }
});

const CREDENTIALS = {
  Authorization: 'Bearer plain-token-1',
  cookie: 'session=plain-cookie-2',
  'PROXY-AUTHORIZATION': 'Basic plain-proxy-3',
};

function send(url: string) {
  const trigger = catalogTrigger({ url, headers: { ...CREDENTIALS, 'x-plain': 'plain-value' } });
  return within(10_000, dispatcher.dispatch({ trigger, scheduledAt: Date.parse('2025-06-01T12:00:00.000Z'), attempt: 1 }), `dispatch to ${url}`);
}

const credentialsOf = (headers: Record<string, unknown>) => [headers.authorization, headers.cookie, headers['proxy-authorization']];

test.each([301, 302, 303, 307, 308])('a cross-origin %i drops Authorization, Cookie and Proxy-Authorization, keeps the rest', async (status) => {
  first.handler = (req, res) => (req.url === '/a'
    ? res.writeHead(status, { location: '/b' }).end()
    : res.writeHead(status, { location: `${second.url}/c` }).end());
  expect(await send(`${first.url}/a`)).toMatchObject({ kind: 'success', httpStatus: 200 });
  // The origin the trigger names, and its same-origin hop, get them.
  expect(first.requests.map((r) => [r.url, ...credentialsOf(r.headers)])).toEqual([
    ['/a', 'Bearer plain-token-1', 'session=plain-cookie-2', 'Basic plain-proxy-3'],
    ['/b', 'Bearer plain-token-1', 'session=plain-cookie-2', 'Basic plain-proxy-3'],
  ]);
  expect(second.requests).toHaveLength(1);
  const [c] = second.requests;
  expect(c.url).toBe('/c');
  expect(credentialsOf(c.headers)).toEqual([undefined, undefined, undefined]);
  expect(JSON.stringify(c.headers)).not.toMatch(/plain-(token|cookie|proxy)/);
  expect(c.headers['x-plain']).toBe('plain-value');
  expect(c.headers['calvin-trigger-id']).toBe('ws/tick');
});

test('once dropped they stay dropped, even when the chain comes back to the first origin', async () => {
  first.handler = (req, res) => (req.url === '/a' ? res.writeHead(302, { location: `${second.url}/c` }).end() : res.writeHead(200).end('ok'));
  second.handler = (_req, res) => res.writeHead(302, { location: `${first.url}/back` }).end();
  expect(await send(`${first.url}/a`)).toMatchObject({ kind: 'success', httpStatus: 200 });
  expect(first.requests.map((r) => [r.url, ...credentialsOf(r.headers)])).toEqual([
    ['/a', 'Bearer plain-token-1', 'session=plain-cookie-2', 'Basic plain-proxy-3'],
    ['/back', undefined, undefined, undefined],
  ]);
});
