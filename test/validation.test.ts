import {
  hostname, imageReference, labelValue, metadataKey, oneOf, parseQuantity,
} from '../constructs/validation';

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
