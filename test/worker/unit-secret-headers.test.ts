import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SecretHeaderError, SecretHeaderStore } from '../../worker/secret-headers';
import { removeDir, tempDir } from './harness';

/**
 * Real files in a temp dir laid out as the worker's Secret volumes: <dir>/<secret>/<key>. The cache's
 * clock is Date.now(); the ttl tests move only Date (jest's fake Date, every timer left real), so no
 * test waits for time to pass.
 */

let dir: string;

beforeEach(() => {
  dir = tempDir('calvin-secrets-');
});
afterEach(() => {
  jest.useRealTimers();
  removeDir(dir);
});

/** Writes <dir>/<secret>/<key> atomically (write + rename), as kubelet swaps Secret files. */
function writeSecret(secret: string, key: string, value: string): void {
  mkdirSync(join(dir, secret), { recursive: true });
  const file = join(dir, secret, key);
  writeFileSync(`${file}.tmp`, value);
  renameSync(`${file}.tmp`, file);
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

function fakeDateOnly(now: number): void {
  jest.useFakeTimers({
    now,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  });
}

test('reads each header value from <dir>/<secret>/<key>, trimming one trailing newline', async () => {
  writeSecret('api-token', 'token', 'Bearer abc123\n');
  writeSecret('api-token', 'other', 'crlf-value\r\n');
  writeSecret('signing', 'hmac', 'no-newline');
  const store = new SecretHeaderStore(dir);
  expect(await store.resolve({
    authorization: { secret: 'api-token', key: 'token' },
    'x-other': { secret: 'api-token', key: 'other' },
    'x-hmac': { secret: 'signing', key: 'hmac' },
  })).toEqual({ authorization: 'Bearer abc123', 'x-other': 'crlf-value', 'x-hmac': 'no-newline' });
  expect(await store.resolve({})).toEqual({});
});

test('keeps a value for ttlMs, then reads the rotated file', async () => {
  const start = Date.parse('2025-06-01T12:00:00Z');
  fakeDateOnly(start);
  writeSecret('api-token', 'token', 'v1\n');
  const store = new SecretHeaderStore(dir, 10_000);
  const ref = { auth: { secret: 'api-token', key: 'token' } };
  expect(await store.resolve(ref)).toEqual({ auth: 'v1' });

  writeSecret('api-token', 'token', 'v2\n');
  jest.setSystemTime(start + 9_999);
  expect(await store.resolve(ref)).toEqual({ auth: 'v1' });

  jest.setSystemTime(start + 10_000);
  expect(await store.resolve(ref)).toEqual({ auth: 'v2' });

  // The new value is cached from when it was read.
  writeSecret('api-token', 'token', 'v3\n');
  jest.setSystemTime(start + 19_999);
  expect(await store.resolve(ref)).toEqual({ auth: 'v2' });
  jest.setSystemTime(start + 20_000);
  expect(await store.resolve(ref)).toEqual({ auth: 'v3' });
});

test('a ttl of 0 reads the file every time', async () => {
  writeSecret('s', 'k', 'one');
  const store = new SecretHeaderStore(dir, 0);
  expect(await store.resolve({ h: { secret: 's', key: 'k' } })).toEqual({ h: 'one' });
  writeSecret('s', 'k', 'two');
  expect(await store.resolve({ h: { secret: 's', key: 'k' } })).toEqual({ h: 'two' });
});

test('a value with CR, LF or NUL inside is refused without echoing it', async () => {
  const store = new SecretHeaderStore(dir);
  for (const [key, value] of [['lf', 'evil\nx-injected: 1'], ['cr', 'evil\rx'], ['nul', 'evil\0x'], ['two-newlines', 'evil-value\n\n']]) {
    writeSecret('bad', key, value);
    const error = await rejection(store.resolve({ h: { secret: 'bad', key } }));
    expect(error).toBeInstanceOf(SecretHeaderError);
    expect(error.message).toMatch(new RegExp(`^secret header value bad/${key} contains a line break or NUL`));
    expect(error.message).not.toContain('evil');
  }
});

test('a missing file names the Secret and key, and is not cached as a failure', async () => {
  const store = new SecretHeaderStore(dir, 60_000);
  const error = await rejection(store.resolve({ auth: { secret: 'api-token', key: 'token' } }));
  expect(error).toBeInstanceOf(SecretHeaderError);
  expect(error.message).toContain('api-token/token');
  expect(error.message).toContain(join(dir, 'api-token', 'token'));
  expect(error.message).toContain('ENOENT');

  writeSecret('api-token', 'token', 'arrived');
  expect(await store.resolve({ auth: { secret: 'api-token', key: 'token' } })).toEqual({ auth: 'arrived' });
});

test('one unreadable value fails the whole resolve, never leaking the readable ones', async () => {
  writeSecret('present', 'key', 'TOPSECRET-VALUE-42');
  const store = new SecretHeaderStore(dir);
  const error = await rejection(store.resolve({ a: { secret: 'present', key: 'key' }, b: { secret: 'absent', key: 'key' } }));
  expect(error).toBeInstanceOf(SecretHeaderError);
  expect(error.message).toContain('absent/key');
  expect(error.message).not.toContain('TOPSECRET-VALUE-42');
});
