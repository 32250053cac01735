import { Duration, Testing } from 'cdk8s';
import {
  allowListEntry, checkDuration, hostname, httpHeaderName, humanDuration, imageReference, labelValue, metadataKey, oneOf, parseQuantity,
  PropProblems,
} from '../../constructs/core/validation';
import { parseAllowList } from '../../worker/target-guard';

describe('imageReference (distribution/reference grammar)', () => {
  test.each([
    'nginx',
    'nginx:1.27',
    'library/nginx:latest',
    'registry.digitalocean.com/my-org/my-app:v1.0.0',
    'localhost:5000/team/app_v2:build-17',
    'ghcr.io/org/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'ghcr.io/org/app:1.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    '[2001:db8::1]:5000/app:1',
  ])('accepts %s', (image) => {
    expect(imageReference(image)).toBeUndefined();
  });

  test.each([
    '', 'UPPER/app:1', 'app:', 'app:-bad', 'app@sha256:short', 'a b', 'registry.example.com/app:tag with space',
    `app:${'x'.repeat(129)}`, '/app', 'app/', 'https://registry.example.com/app:1',
  ])('rejects %j', (image) => {
    expect(imageReference(image)).toMatch(/^is not an OCI image reference/);
  });
});

describe('parseQuantity', () => {
  test.each<[string, number]>([
    ['100m', 0.1], ['1', 1], ['0.5', 0.5], ['.5', 0.5], ['128Mi', 128 * 2 ** 20], ['1Gi', 2 ** 30], ['2k', 2000],
    ['1e3', 1000], ['1.5G', 1.5e9], ['+3', 3],
  ])('%s = %d', (quantity, value) => {
    expect(parseQuantity(quantity)).toBeCloseTo(value, 12);
  });

  test.each(['', 'two', '1gi', '1 Gi', '-1', 'Mi', '1MB'])('%j is not a quantity', (quantity) => {
    expect(parseQuantity(quantity)).toBeUndefined();
  });
});

describe('hostname', () => {
  test.each(['a.b', 'my-app.calvinruntime.net', `${'a'.repeat(63)}.example.com`])('accepts %s', (host) => {
    expect(hostname(host)).toBeUndefined();
  });
  test.each(['localhost', 'A.example.com', '-a.example.com', 'a..example.com', `${'a'.repeat(64)}.example.com`, 'a.example.com.'])('rejects %j', (host) => {
    expect(hostname(host)).toMatch(/^is not a fully qualified host name/);
  });
});

describe('label keys and values', () => {
  test.each(['app', 'app.kubernetes.io/name', 'example.com/Team_1', 'a'])('key %s is valid', (key) => {
    expect(metadataKey(key)).toBeUndefined();
  });
  test.each(['', '/name', 'Bad_Prefix/name', 'name/', '-lead', `${'k'.repeat(64)}`, 'a/b/c'])('key %j is invalid', (key) => {
    expect(metadataKey(key)).toMatch(/^is not a valid label\/annotation key/);
  });
  test.each(['', 'v1', 'team.payments', 'A_b-1'])('value %j is valid', (value) => {
    expect(labelValue(value)).toBeUndefined();
  });
  test.each(['has space', '-x', 'x-', 'v'.repeat(64), 7])('value %j is invalid', (value) => {
    expect(labelValue(value)).toMatch(/^is not a valid label value/);
  });
});

test('oneOf lists the allowed values and the hint', () => {
  expect(oneOf(['a'])('b')).toBe('is not "a"');
  expect(oneOf(['a', 'b', 'c'], 'why')('d')).toBe('is not "a", "b" or "c" (why)');
  expect(oneOf(['a', 'b'])('a')).toBeUndefined();
});

describe('httpHeaderName (RFC 9110 token)', () => {
  test.each(['Authorization', 'X-Api-Key', 'x_custom.v1', "!#$%&'*+.^_`|~"])('accepts %j', (name) => {
    expect(httpHeaderName(name)).toBeUndefined();
  });
  test.each(['', 'X Api', 'X-Api:', 'Ünicode', 'a\nb', 'h'.repeat(257), 7])('rejects %j', (name) => {
    expect(httpHeaderName(name)).toMatch(/^is not an HTTP header name/);
  });
});

describe('allowListEntry (TARGET_ALLOW_LIST)', () => {
  const valid = ['10.0.0.5', '10.0.0.0/8', 'fd00::/8', '::1', '.svc.cluster.local', 'legacy.example.com', 'redis'];
  const invalid = ['10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1', '10.0.0.0/x', 'http://x', '*.example.com', '.', 'Upper.Example', '', 'a..b'];

  test.each(valid)('accepts %j', (entry) => {
    expect(allowListEntry(entry)).toBeUndefined();
  });
  test.each(invalid)('rejects %j', (entry) => {
    expect(allowListEntry(entry)).toMatch(/^is not an IP address, a CIDR/);
  });
  test('whatever it accepts, the worker\'s parser accepts too', () => {
    expect(parseAllowList(valid.join(',')).problems).toEqual([]);
  });
  // Issue 24: entries that allow everything, the metadata service, or a whole top-level domain.
  test.each<[string, RegExp]>([
    ['0.0.0.0/0', /^reaches past the private .* it would allow everything/],
    ['::/0', /^reaches past the private/],
    ['10.0.0.0/7', /^reaches past the private/],
    ['8.8.8.0/24', /^reaches past the private/],
    ['169.254.169.254', /^is link-local/],
    ['fe80::/10', /^is link-local/],
    ['.com', /^is a one-label suffix/],
    ['.local', /^is a one-label suffix/],
  ])('refuses %j, in the construct and in the worker alike', (entry, problem) => {
    expect(allowListEntry(entry)).toMatch(problem);
    expect(parseAllowList(entry).problems).toEqual([expect.stringContaining(`"${entry}" `)]);
  });
});

describe('durations', () => {
  test.each<[number, string]>([[0, '0 ms'], [1, '1 ms'], [1500, '1500 ms'], [1000, '1 second'], [90_000, '90 seconds'], [120_000, '2 minutes'],
    [3_600_000, '1 hour'], [90_000_000, '25 hours'], [86_400_000, '1 day']])('humanDuration(%d) = %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  test('checkDuration returns milliseconds in range and records the rest', () => {
    const problems = new PropProblems(Testing.app());
    expect(checkDuration(problems, 'a', Duration.seconds(2), 0, 10_000)).toBe(2000);
    expect(checkDuration(problems, 'b', undefined, 0, 10_000)).toBeUndefined();
    expect(checkDuration(problems, 'c', Duration.seconds(11), 0, 10_000)).toBeUndefined();
    expect(checkDuration(problems, 'd', 5, 0, 10_000)).toBeUndefined();
    expect(problems.count).toBe(2);
    expect(() => problems.throwIfAny()).toThrow(': c "11 seconds" is not from 0 ms to 10 seconds\n: d 5 is not a Duration (e.g. Duration.seconds(30)); expected from 0 ms to 10 seconds');
  });
});
