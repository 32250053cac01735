import { generateSigningSecret, verifyTriggerRequest } from '../../contracts/webhook-signature';
import { tickId } from '../../worker/dispatcher';
import { answers, SCHEDULED_AT, TrapServer, useDispatcherFixture } from './dispatcher-fixture';
import { catalogTrigger, freePort, TargetServer } from './harness';

/** The dispatcher's outcomes, its SSRF guard and its request headers (redirects: unit-dispatcher-redirects). */

let target: TargetServer;
const { dispatcher, dispatch, writeSecret } = useDispatcherFixture((servers) => ({ target } = servers));

describe('outcome classification', () => {
  test('2xx is a success, with status and duration', async () => {
    for (const status of [200, 201, 204]) {
      target.handler = (_req, res) => res.writeHead(status).end();
      const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/ok` }));
      expect(outcome).toEqual({ kind: 'success', httpStatus: status, durationMs: expect.any(Number) });
    }
    expect(target.requests).toHaveLength(3);
    expect(target.requests[0]).toMatchObject({ method: 'POST', url: '/ok', body: '{"hello":"world"}' });
  });

  test.each([500, 502, 503, 504, 408, 429])('HTTP %i is retryable', async (status) => {
    target.handler = (_req, res) => res.writeHead(status).end('nope');
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url }));
    expect(outcome).toEqual({ kind: 'retryable', httpStatus: status, durationMs: expect.any(Number), error: `HTTP ${status}`, retryAfterMs: undefined });
  });

  test.each([400, 401, 403, 404, 409, 422])('HTTP %i is final', async (status) => {
    target.handler = (_req, res) => res.writeHead(status).end('nope');
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url }));
    expect(outcome).toEqual({ kind: 'final', httpStatus: status, durationMs: expect.any(Number), error: `HTTP ${status}` });
  });

  test('a redirect status without Location is final', async () => {
    target.handler = (_req, res) => res.writeHead(302).end();
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: 302, error: 'HTTP 302 (redirect without Location)' });
  });

  test('Retry-After in seconds becomes retryAfterMs', async () => {
    target.handler = (_req, res) => res.writeHead(429, { 'retry-after': '7' }).end();
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url }));
    expect(outcome).toMatchObject({ kind: 'retryable', httpStatus: 429, retryAfterMs: 7000 });
  });

  test('Retry-After as an HTTP date becomes the milliseconds until then', async () => {
    let sentAt = 0;
    target.handler = (_req, res) => {
      sentAt = Date.now();
      // Whole seconds, as an HTTP date carries: 120 s after the next whole second.
      const at = Math.ceil(sentAt / 1000) * 1000 + 120_000;
      res.writeHead(503, { 'retry-after': new Date(at).toUTCString() }).end();
    };
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url }));
    expect(outcome.kind).toBe('retryable');
    const { retryAfterMs } = outcome as { retryAfterMs?: number };
    // The date is 120–121 s after the response was sent; parsed a moment later.
    expect(retryAfterMs).toBeGreaterThan(115_000);
    expect(retryAfterMs).toBeLessThanOrEqual(121_000);
  });

  test('a server that never answers within timeoutMs is retryable, "timed out"', async () => {
    target.handler = () => undefined; // never answers
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/slow`, timeoutMs: 300 }));
    expect(outcome).toEqual({ kind: 'retryable', httpStatus: null, durationMs: expect.any(Number), error: 'timed out after 300 ms' });
    expect((outcome as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(290);
    expect(target.requests).toHaveLength(1);
  });

  test('a closed port (connection refused) is retryable', async () => {
    const port = await freePort();
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `http://127.0.0.1:${port}/` }));
    expect(outcome).toMatchObject({ kind: 'retryable', httpStatus: null });
    expect((outcome as { error: string }).error).toMatch(/ECONNREFUSED/);
  });

  test('a host the resolver does not know is retryable (DNS may come back)', async () => {
    const outcome = await dispatch(dispatcher({ resolver: answers({}) }), catalogTrigger({ url: 'http://unknown.example.test/' }));
    expect(outcome).toMatchObject({ kind: 'retryable', httpStatus: null });
    expect((outcome as { error: string }).error).toMatch(/ENOTFOUND/);
  });
});

describe('SSRF guard', () => {
  let trap: TrapServer;
  beforeEach(async () => {
    trap = await new TrapServer().listen();
  });
  afterEach(async () => {
    await trap.close();
  });

  test('with an empty allow list, http://127.0.0.1 is refused as final and nothing reaches the server', async () => {
    const outcome = await dispatch(dispatcher({ allow: '' }), catalogTrigger({ url: `http://127.0.0.1:${trap.port}/hook` }));
    expect(outcome).toEqual({ kind: 'final', httpStatus: null, durationMs: expect.any(Number), error: expect.stringMatching(/^target 127\.0\.0\.1 is a private, loopback.*allow-list it in TARGET_ALLOW_LIST/) });
    expect(trap.connections).toBe(0);
    expect(trap.requests).toBe(0);
  });

  test('a literal IPv6 [::1] is refused', async () => {
    const outcome = await dispatch(dispatcher({ allow: '' }), catalogTrigger({ url: `http://[::1]:${trap.port}/` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/::1 is a private, loopback/) });
  });

  test('an IPv4-mapped literal [::ffff:127.0.0.1] is refused', async () => {
    const outcome = await dispatch(dispatcher({ allow: '' }), catalogTrigger({ url: `http://[::ffff:127.0.0.1]:${trap.port}/` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/embeds 127\.0\.0\.1/) });
    expect(trap.connections).toBe(0);
  });

  test('a public-looking name that resolves to loopback is refused before connecting', async () => {
    const resolver = answers({ 'public.example.test': ['127.0.0.1'] });
    const outcome = await dispatch(dispatcher({ allow: '', resolver }), catalogTrigger({ url: `http://public.example.test:${trap.port}/` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/^target host public\.example\.test resolves to 127\.0\.0\.1 is a private/) });
    expect(trap.connections).toBe(0);
  });

  // If the guard let these through, the dispatcher would try to connect to these addresses; the
  // short timeout bounds that, and the outcome would not be a final refusal.
  test.each(['10.0.0.5', '169.254.169.254', 'fd00::1', '::ffff:127.0.0.1'])('a name resolving to %s is refused as final', async (address) => {
    const resolver = answers({ 'public.example.test': [address] });
    const outcome = await dispatch(dispatcher({ allow: '', resolver }), catalogTrigger({ url: `http://public.example.test:${trap.port}/`, timeoutMs: 500 }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null });
    expect((outcome as { error: string }).error).toMatch(/^target host public\.example\.test resolves to .*(allow-list it in TARGET_ALLOW_LIST|a host name never reaches it, allow-listed or not)/);
    expect((outcome as { error: string }).error).toContain(address);
  });

  test('with the default (system) resolver, localhost is refused', async () => {
    const outcome = await dispatch(dispatcher({ allow: '' }), catalogTrigger({ url: `http://localhost:${trap.port}/` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/^target host localhost resolves to (127\.0\.0\.1|::1) is a private/) });
    expect(trap.connections).toBe(0);
  });

  test('an answer mixing a public and a private address is refused (DNS rebinding)', async () => {
    // The private address first: were the guard to pass it, the request would land on the trap.
    const resolver = answers({ 'rebind.example.test': ['127.0.0.1', '93.184.216.34'] });
    const outcome = await dispatch(dispatcher({ allow: '', resolver }), catalogTrigger({ url: `http://rebind.example.test:${trap.port}/` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/resolves to 127\.0\.0\.1/) });
    expect(trap.connections).toBe(0);
    expect(trap.requests).toBe(0);
  });

  test.each([['127.0.0.0/8'], ['127.0.0.1'], ['::ffff:127.0.0.1/128']])('allow-listing %s lets a literal 127.0.0.1 target through', async (allow) => {
    const outcome = await dispatch(dispatcher({ allow }), catalogTrigger({ url: `${target.url}/allowed` }));
    expect(outcome).toMatchObject({ kind: 'success', httpStatus: 200 });
    expect(target.requests.map((r) => r.url)).toEqual(['/allowed']);
  });

  // Issue 24: an allow-listed name (an ExternalName Service, a poisoned answer) used to reach loopback.
  test.each([['.calvin-apps.svc.cluster.local'], ['app.calvin-apps.svc.cluster.local'], ['127.0.0.0/8'], ['.calvin-apps.svc.cluster.local,127.0.0.1']])(
    'allow-listing %s does not let a cluster name resolving to 127.0.0.1 through: a name never reaches loopback',
    async (allow) => {
      const resolver = answers({ 'app.calvin-apps.svc.cluster.local': ['127.0.0.1'] });
      const outcome = await dispatch(dispatcher({ allow, resolver }), catalogTrigger({ url: `http://app.calvin-apps.svc.cluster.local:${trap.port}/run?x=1` }));
      expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/^target host app\.calvin-apps\.svc\.cluster\.local resolves to 127\.0\.0\.1 .*a host name never reaches it/) });
      expect(trap.connections).toBe(0);
    },
  );

  test('allow-listing a suffix does not open other names resolving to the same address', async () => {
    const resolver = answers({ 'app.calvin-apps.svc.cluster.local': ['127.0.0.1'], 'app.other.svc.cluster.local': ['127.0.0.1'] });
    const d = dispatcher({ allow: '.calvin-apps.svc.cluster.local', resolver });
    const outcome = await dispatch(d, catalogTrigger({ url: `http://app.other.svc.cluster.local:${trap.port}/` }));
    expect(outcome).toMatchObject({ kind: 'final', error: expect.stringMatching(/app\.other\.svc\.cluster\.local resolves to 127\.0\.0\.1/) });
    expect(trap.connections).toBe(0);
  });
});


describe('request headers', () => {
  test('tick headers, idempotency key and a signature that verifies', async () => {
    const secret = generateSigningSecret();
    const trigger = catalogTrigger({ workspace: 'acme', name: 'nightly', url: `${target.url}/hook`, headers: { 'content-type': 'application/json', 'x-team': 'blue' } });
    const outcome = await dispatch(dispatcher({ secrets: [secret] }), trigger, 1);
    expect(outcome.kind).toBe('success');
    const [request] = target.requests;
    const id = tickId('acme/nightly', SCHEDULED_AT);
    expect(id).toBe(`tick_${SCHEDULED_AT}_acme/nightly`);
    expect(request.headers).toMatchObject({
      'calvin-trigger-id': 'acme/nightly',
      'calvin-scheduled-at': '2025-06-01T12:00:00.000Z',
      'calvin-attempt': '1',
      'idempotency-key': id,
      'webhook-id': id,
      'x-team': 'blue',
      'content-type': 'application/json',
    });
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    const verified = verifyTriggerRequest({ headers: request.headers, body: request.body, secret });
    expect(verified).toEqual({ id, timestamp: expect.any(Date), triggerId: 'acme/nightly', workspace: 'acme', scheduledAt: new Date(SCHEDULED_AT) });
    // Any other secret does not verify it.
    expect(() => verifyTriggerRequest({ headers: request.headers, body: request.body, secret: generateSigningSecret() })).toThrow(/no webhook-signature matches/);
    expect(() => verifyTriggerRequest({ headers: request.headers, body: `${request.body} `, secret })).toThrow(/no webhook-signature matches/);
  });

  test('two signing secrets (rotation) give two signatures, each verifying', async () => {
    const [current, next] = [generateSigningSecret(), generateSigningSecret()];
    await dispatch(dispatcher({ secrets: [current, next] }), catalogTrigger({ url: target.url }));
    const [request] = target.requests;
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifyTriggerRequest({ headers: request.headers, body: request.body, secret: current }).id).toBe(request.headers['webhook-id']);
    expect(verifyTriggerRequest({ headers: request.headers, body: request.body, secret: next }).id).toBe(request.headers['webhook-id']);
  });

  test('the idempotency key is constant across the attempts of one tick and differs between ticks', async () => {
    const d = dispatcher({ secrets: [generateSigningSecret()] });
    const trigger = catalogTrigger({ url: target.url });
    await dispatch(d, trigger, 1);
    await dispatch(d, trigger, 2);
    await dispatch(d, trigger, 3);
    await dispatch(d, trigger, 1, SCHEDULED_AT + 1000);
    const [first, second, third, nextTick] = target.requests;
    expect([first, second, third].map((r) => r.headers['calvin-attempt'])).toEqual(['1', '2', '3']);
    for (const r of [first, second, third]) {
      expect(r.headers['idempotency-key']).toBe(tickId('ws/tick', SCHEDULED_AT));
      expect(r.headers['webhook-id']).toBe(tickId('ws/tick', SCHEDULED_AT));
    }
    expect(nextTick.headers['webhook-id']).toBe(tickId('ws/tick', SCHEDULED_AT + 1000));
    expect(nextTick.headers['webhook-id']).not.toBe(first.headers['webhook-id']);
    expect(nextTick.headers['calvin-scheduled-at']).toBe('2025-06-01T12:00:01.000Z');
    // Another trigger at the same time has another key.
    expect(tickId('ws/other', SCHEDULED_AT)).not.toBe(tickId('ws/tick', SCHEDULED_AT));
  });

  test('without signing secrets the request is unsigned but still carries its ids', async () => {
    await dispatch(dispatcher({ secrets: [] }), catalogTrigger({ url: target.url }));
    const [request] = target.requests;
    expect(request.headers['webhook-signature']).toBeUndefined();
    expect(request.headers['webhook-id']).toBe(tickId('ws/tick', SCHEDULED_AT));
    expect(request.headers['webhook-timestamp']).toMatch(/^\d+$/);
    expect(() => verifyTriggerRequest({ headers: request.headers, body: request.body, secret: generateSigningSecret() })).toThrow(/missing/);
  });

  test('a GET without body is signed over the empty body', async () => {
    const secret = generateSigningSecret();
    await dispatch(dispatcher({ secrets: [secret] }), catalogTrigger({ url: target.url, method: 'GET', body: undefined, headers: {} }));
    const [request] = target.requests;
    expect(request).toMatchObject({ method: 'GET', body: '' });
    expect(verifyTriggerRequest({ headers: request.headers, body: '', secret }).triggerId).toBe('ws/tick');
  });

  test('secret headers are read from <dir>/<secret>/<key>, trailing newline trimmed, and sent', async () => {
    writeSecret('api-token', 'token', 'Bearer s3cr3t-token\n');
    writeSecret('partner', 'key', 'partner-key-value');
    const trigger = catalogTrigger({
      url: target.url,
      secretHeaders: { authorization: { secret: 'api-token', key: 'token' }, 'x-partner-key': { secret: 'partner', key: 'key' } },
    });
    expect(await dispatch(dispatcher(), trigger)).toMatchObject({ kind: 'success' });
    const [request] = target.requests;
    expect(request.headers.authorization).toBe('Bearer s3cr3t-token');
    expect(request.headers['x-partner-key']).toBe('partner-key-value');
  });

  test('a missing secret file is a final failure naming secret/key, never carrying a secret value', async () => {
    writeSecret('present', 'token', 'TOPSECRET-VALUE-42\n');
    const trigger = catalogTrigger({
      url: target.url,
      secretHeaders: { authorization: { secret: 'present', key: 'token' }, 'x-missing': { secret: 'absent-secret', key: 'absent-key' } },
    });
    const outcome = await dispatch(dispatcher(), trigger);
    expect(outcome).toEqual({ kind: 'final', httpStatus: null, durationMs: expect.any(Number), error: expect.stringContaining('absent-secret/absent-key') });
    expect(JSON.stringify(outcome)).not.toContain('TOPSECRET');
    expect(target.requests).toHaveLength(0);
  });

  test('a secret value with a line break is a final failure and never sent', async () => {
    writeSecret('bad', 'token', 'TOPSECRET\r\nx-injected: yes');
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url, secretHeaders: { authorization: { secret: 'bad', key: 'token' } } }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/bad\/token contains a line break/) });
    expect(JSON.stringify(outcome)).not.toContain('TOPSECRET');
    expect(target.requests).toHaveLength(0);
  });
});
