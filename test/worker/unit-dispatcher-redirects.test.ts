import { redirectRefusal } from '../../worker/dispatcher';
import { parseAllowList } from '../../worker/target-guard';
import { answers, useDispatcherFixture } from './dispatcher-fixture';
import { catalogTrigger, TargetServer } from './harness';

/** Redirects: where the dispatcher follows them, how the method changes, and which headers go along. */

let target: TargetServer;
let other: TargetServer;
const { dispatcher, dispatch, writeSecret } = useDispatcherFixture((servers) => ({ target, other } = servers));

describe('redirects', () => {
  test('a redirect from an allowed target to the metadata service is refused as final', async () => {
    target.handler = (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/start` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: null, error: expect.stringMatching(/169\.254\.169\.254 is a private.*(redirect may only lead to a public address|never reaches it)/) });
    expect(target.requests).toHaveLength(1);
  });

  test('a redirect to a name resolving to a private address is refused as final', async () => {
    // Only 127.0.0.1 is allow-listed; 127.0.0.2 is loopback too (so a guard failure stays local).
    const resolver = answers({ 'internal.example.test': ['127.0.0.2'] });
    target.handler = (req, res) => (req.url === '/start'
      ? res.writeHead(307, { location: `http://internal.example.test:${target.port}/inside` }).end()
      : res.writeHead(200).end());
    const outcome = await dispatch(dispatcher({ resolver }), catalogTrigger({ url: `${target.url}/start` }));
    expect(outcome).toMatchObject({ kind: 'final', error: expect.stringMatching(/internal\.example\.test resolves to 127\.0\.0\.2/) });
    expect(target.requests.map((r) => r.url)).toEqual(['/start']);
  });

  test('a redirect to a non-http scheme is final', async () => {
    target.handler = (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: target.url }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: 302, error: 'redirect to a file: URL' });
  });

  test('307 keeps method and body, 303 turns POST into GET without body or content-type', async () => {
    target.handler = (req, res) => {
      if (req.url === '/a') res.writeHead(307, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(303, { location: `${target.url}/c?done=1` }).end();
      else res.writeHead(200).end();
    };
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/a`, body: '{"n":1}' }));
    expect(outcome).toMatchObject({ kind: 'success', httpStatus: 200 });
    const [a, b, c] = target.requests;
    expect(target.requests).toHaveLength(3);
    expect(a).toMatchObject({ method: 'POST', url: '/a', body: '{"n":1}' });
    expect(b).toMatchObject({ method: 'POST', url: '/b', body: '{"n":1}' });
    expect(b.headers['content-type']).toBe('application/json');
    expect(c).toMatchObject({ method: 'GET', url: '/c?done=1', body: '' });
    expect(c.headers['content-type']).toBeUndefined();
    // The tick's headers travel the whole chain.
    for (const request of target.requests) expect(request.headers['calvin-trigger-id']).toBe('ws/tick');
  });

  test('301 and 302 turn POST into GET; 308 keeps POST', async () => {
    for (const [status, method, body] of [[301, 'GET', ''], [302, 'GET', ''], [308, 'POST', '{"hello":"world"}']] as const) {
      target.requests.length = 0;
      target.handler = (req, res) => (req.url === '/from' ? res.writeHead(status, { location: '/to' }).end() : res.writeHead(200).end());
      const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/from` }));
      expect(outcome).toMatchObject({ kind: 'success' });
      expect(target.requests[1]).toMatchObject({ url: '/to', method, body });
    }
  });

  test('5 redirects are followed; the 6th is final', async () => {
    const chain = (length: number) => (req: { url: string }, res: import('node:http').ServerResponse): void => {
      const n = Number(req.url.slice(1));
      if (n < length) res.writeHead(302, { location: `/${n + 1}` }).end();
      else res.writeHead(200).end();
    };
    target.handler = chain(5);
    expect(await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/0` }))).toMatchObject({ kind: 'success', httpStatus: 200 });
    expect(target.requests.map((r) => r.url)).toEqual(['/0', '/1', '/2', '/3', '/4', '/5']);

    target.requests.length = 0;
    target.handler = chain(100);
    const outcome = await dispatch(dispatcher(), catalogTrigger({ url: `${target.url}/0` }));
    expect(outcome).toMatchObject({ kind: 'final', httpStatus: 302, error: 'more than 5 redirects' });
    expect(target.requests).toHaveLength(6);
  });

  test('maxRedirects is configurable', async () => {
    target.handler = (_req, res) => res.writeHead(302, { location: '/again' }).end();
    const outcome = await dispatch(dispatcher({ maxRedirects: 1 }), catalogTrigger({ url: target.url }));
    expect(outcome).toMatchObject({ kind: 'final', error: 'more than 1 redirects' });
    expect(target.requests).toHaveLength(2);
  });

  test('a cross-origin redirect drops secret headers but keeps plain ones; same-origin hops keep them', async () => {
    writeSecret('api-token', 'token', 'TOPSECRET-abc\n');
    target.handler = (req, res) => (req.url === '/a'
      ? res.writeHead(307, { location: '/b' }).end()
      : res.writeHead(307, { location: `${other.url}/c` }).end());
    const trigger = catalogTrigger({
      url: `${target.url}/a`,
      headers: { 'content-type': 'application/json', 'x-plain': 'plain-value' },
      secretHeaders: { authorization: { secret: 'api-token', key: 'token' } },
    });
    const outcome = await dispatch(dispatcher(), trigger);
    expect(outcome).toMatchObject({ kind: 'success', httpStatus: 200 });
    expect(target.requests.map((r) => [r.url, r.headers.authorization, r.headers['x-plain']])).toEqual([
      ['/a', 'TOPSECRET-abc', 'plain-value'],
      ['/b', 'TOPSECRET-abc', 'plain-value'],
    ]);
    expect(other.requests).toHaveLength(1);
    const [c] = other.requests;
    expect(c.url).toBe('/c');
    expect(c.headers.authorization).toBeUndefined();
    expect(c.headers['x-plain']).toBe('plain-value');
    expect(JSON.stringify(c.headers)).not.toContain('TOPSECRET');
    expect(c.headers['calvin-trigger-id']).toBe('ws/tick');
  });
});

describe('redirects are judged as public destinations (issue 24)', () => {
  const list = parseAllowList('10.0.0.0/8,fd00::/8,app.internal.example,.calvin-apps.svc.cluster.local,127.0.0.1').list;
  test.each([
    ['http://10.1.2.3/admin', /^redirect refused: 10\.1\.2\.3 is a private/],
    ['http://[fd00::5]/admin', /^redirect refused: fd00::5 is a private/],
    ['http://app.internal.example/', /^redirect refused: app\.internal\.example is allow-listed/],
    ['http://victim.calvin-apps.svc.cluster.local:8080/admin', /^redirect refused: victim\.calvin-apps\.svc\.cluster\.local is allow-listed/],
    ['http://169.254.169.254/', /^redirect refused: 169\.254\.169\.254 is a private/],
  ])('%s, allow-listed for the catalog\'s URL, is refused as a redirect destination', (url, error) => {
    expect(redirectRefusal(list, new URL(url))).toMatch(error);
  });

  test('public destinations pass; a loopback entry (local runs only) passes too', () => {
    expect(redirectRefusal(list, new URL('https://93.184.216.34/x'))).toBeUndefined();
    expect(redirectRefusal(list, new URL('https://public.example.com/x'))).toBeUndefined();
    expect(redirectRefusal(list, new URL('http://127.0.0.1:9/x'))).toBeUndefined();
    expect(redirectRefusal(parseAllowList('').list, new URL('http://127.0.0.1:9/x'))).toMatch(/^redirect refused: 127\.0\.0\.1/);
  });

  test('a 12 KB Location host is capped in the refusal', () => {
    const host = `${'a'.repeat(60)}.`.repeat(200).concat('calvin-apps.svc.cluster.local');
    const refusal = redirectRefusal(list, new URL(`http://${host}/`))!;
    expect(host.length).toBeGreaterThan(12_000);
    expect(refusal.length).toBeLessThan(400);
    expect(refusal).toMatch(/… \(12\d{3} characters\)/);
  });
});
