import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'undici';
import { checkTriggerCatalog, headerValueProblem } from '../../contracts/catalog-check';
import { CLIENT_REFUSED_HEADERS, RESERVED_HEADERS, TRIGGER_CATALOG_API_VERSION, TRIGGER_CATALOG_KIND } from '../../contracts/trigger-catalog';

/** A valid catalog entry, edited by `overrides` (which may break its types on purpose). */
function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'ws/a', workspace: 'ws', name: 'a', schedule: '0 * * * *', timezone: 'UTC', url: 'https://example.com/hook', method: 'POST',
    headers: {}, secretHeaders: {}, timeoutMs: 1000, retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10, jitter: false },
    startingDeadlineMs: 1000, concurrency: 'allow', enabled: true, ...overrides,
  };
}

const catalog = (...triggers: unknown[]) => ({ apiVersion: TRIGGER_CATALOG_API_VERSION, kind: TRIGGER_CATALOG_KIND, triggers });

describe('checkTriggerCatalog lists every problem in one pass', () => {
  test('a valid catalog passes', () => {
    expect(checkTriggerCatalog(catalog(entry())).problems).toEqual([]);
  });

  test('schema errors do not hide the cron, time zone, header and reserved-name problems', () => {
    const problems = checkTriggerCatalog(catalog(
      entry({ timeoutMs: 'soon', schedule: '61 * * * *', timezone: 'Mars/Olympus', headers: { Host: 'x', 'X-Ok': 'a\r\nInjected: 1' } }),
      entry({ id: 'ws/b', name: 'b', unknownField: 1, url: 'ftp://example.com', secretHeaders: { 'Webhook-Id': { secret: 's', key: 'k' } } }),
      entry({ id: 'ws/b', name: 'c', retry: { attempts: 1, baseDelayMs: 100, maxDelayMs: 10, jitter: 'yes' } }),
    )).problems;
    expect(problems).toEqual([
      '/triggers/0/timeoutMs: must be integer',
      '/triggers/1: unknown field "unknownField"',
      '/triggers/2/retry/jitter: must be boolean',
      expect.stringMatching(/^\/triggers\/0\/schedule: "61 \* \* \* \*" is not a cron expression/),
      expect.stringMatching(/^\/triggers\/0\/timezone: "Mars\/Olympus" is not an IANA time zone name/),
      expect.stringMatching(/^\/triggers\/0\/headers: "Host" is reserved/),
      expect.stringMatching(/^\/triggers\/0\/headers\/X-Ok: contains CR at index 1;/),
      expect.stringMatching(/^\/triggers\/1\/url: "ftp:\/\/example.com" is not an absolute http/),
      expect.stringMatching(/^\/triggers\/1\/headers: "Webhook-Id" is reserved/),
      '/triggers/2/id: "ws/b" is not "<workspace>/<name>" ("ws/c")',
      '/triggers/2/id: "ws/b" appears more than once',
      '/triggers/2/retry/maxDelayMs: 10 is less than baseDelayMs (100)',
    ]);
  });

  test('wrongly typed parts are reported by the schema once, not again by the semantic checks', () => {
    const problems = checkTriggerCatalog(catalog(entry({ schedule: 5, headers: 'x', retry: null }), 'not an object')).problems;
    expect(problems).toEqual([
      '/triggers/0/schedule: must be string',
      '/triggers/0/headers: must be object',
      '/triggers/0/retry: must be object',
      '/triggers/1: must be object',
    ]);
  });

  test.each([
    ['CR', 'a\rb', /contains CR at index 1/],
    ['LF', 'a\nb', /contains LF at index 1/],
    ['NUL', 'a\u0000b', /contains NUL at index 1/],
    ['another control character', 'a\u0007', /contains U\+0007 at index 1/],
    ['a character past Latin-1', 'price €', /contains U\+20AC at index 6/],
  ])('a header value with %s is refused', (_what, value, message) => {
    expect(checkTriggerCatalog(catalog(entry({ headers: { 'X-Value': value } }))).problems).toEqual([expect.stringMatching(message)]);
  });

  test('tab, visible ASCII and Latin-1 are fine in a header value', () => {
    expect(headerValueProblem('a\tb ~ café')).toBeUndefined();
  });
});

describe('headers the worker\'s HTTP client refuses', () => {
  let server: Server;
  let client: Client;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
    await once(server, 'listening');
    client = new Client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await client.close();
    server.close();
  });

  test.each(CLIENT_REFUSED_HEADERS)('undici throws on %s, and the catalog refuses it', async (header) => {
    await expect(client.request({ path: '/', method: 'GET', headers: { [header]: 'x' } })).rejects.toThrow(/header/i);
    const problems = checkTriggerCatalog(catalog(entry({ headers: { [header.toUpperCase()]: 'x' } }))).problems;
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^/triggers/0/headers: "${header.toUpperCase()}" is (reserved|refused by the worker's HTTP client)`))]);
  });

  test.each(['host', 'content-length', 'connection'])('undici accepts %s only with values it checks; the catalog reserves it', async (header) => {
    expect(RESERVED_HEADERS).toContain(header);
    const problems = checkTriggerCatalog(catalog(entry({ headers: { [header]: 'x' } }))).problems;
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^/triggers/0/headers: "${header}" is reserved`))]);
  });

  test('undici throws on a CR, LF or NUL in a header value, which the catalog refuses', async () => {
    for (const value of ['a\rb', 'a\nb', 'a\u0000b', 'price €']) {
      await expect(client.request({ path: '/', method: 'GET', headers: { 'x-value': value } })).rejects.toThrow(/invalid x-value header/);
      expect(headerValueProblem(value)).toBeDefined();
    }
    const { statusCode, body } = await client.request({ path: '/', method: 'GET', headers: { 'x-value': 'a\tb ~ café' } });
    await body.text();
    expect(statusCode).toBe(200);
  });
});
