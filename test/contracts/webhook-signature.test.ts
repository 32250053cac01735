import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  generateSigningSecret, parseTriggerWebhookId, signingSecretProblem, signWebhook, TRIGGER_HEADERS, triggerWebhookId, verifyTriggerRequest, WebhookVerificationError,
} from '../../contracts/webhook-signature';

const SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
const OTHER = `whsec_${Buffer.from('fedcba9876543210fedcba9876543210').toString('base64')}`;
const NOW = new Date('2026-03-29T01:30:00Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);
const BODY = '{"data":"value"}';
const ID = triggerWebhookId('my-workspace/refresh', NOW.getTime());

/** Headers as the worker sends them. */
function signed(secrets: string[] = [SECRET], overrides: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    [TRIGGER_HEADERS.webhookId]: ID,
    [TRIGGER_HEADERS.webhookTimestamp]: String(NOW_S),
    [TRIGGER_HEADERS.webhookSignature]: signWebhook(secrets, ID, NOW_S, BODY),
    [TRIGGER_HEADERS.triggerId]: 'my-workspace/refresh',
    [TRIGGER_HEADERS.scheduledAt]: '2026-03-29T01:30:00.000Z',
    [TRIGGER_HEADERS.attempt]: '2',
    ...overrides,
  };
}

function verificationError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return (error as Error).message;
  }
  throw new Error('expected a WebhookVerificationError, but verification passed');
}

describe('signWebhook / verifyTriggerRequest round trip', () => {
  test('the signature is v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>"> keyed with the decoded secret', () => {
    const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${ID}.${NOW_S}.${BODY}`).digest('base64');
    expect(signWebhook([SECRET], ID, NOW_S, BODY)).toBe(`v1,${expected}`);
  });

  test('a signed request verifies and yields the tick\'s ids', () => {
    expect(verifyTriggerRequest({ headers: signed(), body: BODY, secret: SECRET, now: NOW })).toEqual({
      id: ID,
      timestamp: NOW,
      triggerId: 'my-workspace/refresh',
      workspace: 'my-workspace',
      scheduledAt: new Date('2026-03-29T01:30:00.000Z'),
    });
  });

  test('the body may be a Buffer; header names are case-insensitive; a fetch Headers object works', () => {
    const headers = Object.fromEntries(Object.entries(signed()).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyTriggerRequest({ headers, body: Buffer.from(BODY), secret: SECRET, now: NOW }).id).toBe(ID);
    const fetchHeaders = new Headers(signed());
    expect(verifyTriggerRequest({ headers: fetchHeaders, body: BODY, secret: SECRET, now: NOW }).id).toBe(ID);
  });

  test('Node-style array header values use the first value', () => {
    const headers: Record<string, string | string[]> = { ...signed(), [TRIGGER_HEADERS.webhookId]: [ID, 'other'] };
    expect(verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now: NOW }).id).toBe(ID);
  });
});

describe('tampering is refused', () => {
  test.each<[string, () => unknown]>([
    ['a changed body', () => verifyTriggerRequest({ headers: signed(), body: '{"data":"evil"}', secret: SECRET, now: NOW })],
    ['a body with extra whitespace (raw bytes are signed, not parsed JSON)', () => verifyTriggerRequest({ headers: signed(), body: '{"data": "value"}', secret: SECRET, now: NOW })],
    ['a changed id (replayed as another tick)', () => verifyTriggerRequest({ headers: signed([SECRET], { [TRIGGER_HEADERS.webhookId]: triggerWebhookId('my-workspace/refresh', NOW.getTime() + 1000), [TRIGGER_HEADERS.scheduledAt]: '2026-03-29T01:30:01.000Z' }), body: BODY, secret: SECRET, now: NOW })],
    ['a changed timestamp', () => verifyTriggerRequest({ headers: signed([SECRET], { [TRIGGER_HEADERS.webhookTimestamp]: String(NOW_S + 1) }), body: BODY, secret: SECRET, now: NOW })],
    ['the wrong secret', () => verifyTriggerRequest({ headers: signed(), body: BODY, secret: OTHER, now: NOW })],
    ['an unknown signature version', () => verifyTriggerRequest({ headers: signed([SECRET], { [TRIGGER_HEADERS.webhookSignature]: signWebhook([SECRET], ID, NOW_S, BODY).replace('v1,', 'v2,') }), body: BODY, secret: SECRET, now: NOW })],
  ])('%s', (_what, verify) => {
    expect(verificationError(verify)).toBe('no webhook-signature matches the body with the given secret(s)');
  });

  test('missing headers are named', () => {
    const headers = signed();
    delete headers[TRIGGER_HEADERS.webhookSignature];
    expect(verificationError(() => verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now: NOW })))
      .toBe('missing webhook-id, webhook-timestamp or webhook-signature header');
  });

  test('a timestamp that is not epoch seconds is refused', () => {
    const headers = signed([SECRET], { [TRIGGER_HEADERS.webhookTimestamp]: NOW.toISOString() });
    expect(verificationError(() => verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now: NOW }))).toMatch(/is not seconds since the epoch$/);
  });

  test('no secret at all is refused', () => {
    expect(verificationError(() => verifyTriggerRequest({ headers: signed(), body: BODY, secret: [], now: NOW }))).toBe('no secret to verify with');
  });
});

describe('the signature covers the trigger and the nominal time (replayed under another trigger)', () => {
  test('the webhook-id names the trigger and the nominal ms, and parses back', () => {
    expect(ID).toBe(`tick_${NOW.getTime()}_my-workspace/refresh`);
    expect(parseTriggerWebhookId(ID)).toEqual({ triggerId: 'my-workspace/refresh', workspace: 'my-workspace', scheduledAt: NOW });
    expect(parseTriggerWebhookId('tick_1_ws')).toBeUndefined();
    expect(parseTriggerWebhookId(`tick_1_${'a'.repeat(64)}/b`)).toBeUndefined();
    expect(parseTriggerWebhookId('msg_2fa9')).toBeUndefined();
  });

  test('a captured request replayed with calvin-trigger-id changed is refused', () => {
    const replayed = signed([SECRET], { [TRIGGER_HEADERS.triggerId]: 'tenant-b/payroll' });
    expect(verificationError(() => verifyTriggerRequest({ headers: replayed, body: BODY, secret: SECRET, now: NOW })))
      .toBe('calvin-trigger-id "tenant-b/payroll" disagrees with the signed webhook-id (trigger my-workspace/refresh)');
  });

  test('rewriting the webhook-id to the other trigger breaks the signature', () => {
    const other = triggerWebhookId('tenant-b/payroll', NOW.getTime());
    const replayed = signed([SECRET], { [TRIGGER_HEADERS.webhookId]: other, [TRIGGER_HEADERS.triggerId]: 'tenant-b/payroll' });
    expect(verificationError(() => verifyTriggerRequest({ headers: replayed, body: BODY, secret: SECRET, now: NOW }))).toBe('no webhook-signature matches the body with the given secret(s)');
  });

  test('calvin-scheduled-at or idempotency-key disagreeing with the signed id is refused', () => {
    expect(verificationError(() => verifyTriggerRequest({ headers: signed([SECRET], { [TRIGGER_HEADERS.scheduledAt]: '2026-03-29T01:31:00.000Z' }), body: BODY, secret: SECRET, now: NOW })))
      .toMatch(/^calvin-scheduled-at "2026-03-29T01:31:00.000Z" disagrees with the signed webhook-id/);
    expect(verificationError(() => verifyTriggerRequest({ headers: signed([SECRET], { [TRIGGER_HEADERS.idempotencyKey]: 'other' }), body: BODY, secret: SECRET, now: NOW })))
      .toBe('idempotency-key disagrees with the signed webhook-id');
  });

  test('a webhook-id that is not a tick id is refused, even when correctly signed', () => {
    const headers = { ...signed(), [TRIGGER_HEADERS.webhookId]: 'msg_1', [TRIGGER_HEADERS.webhookSignature]: signWebhook([SECRET], 'msg_1', NOW_S, BODY) };
    expect(verificationError(() => verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now: NOW }))).toMatch(/^webhook-id "msg_1" is not a trigger tick id/);
  });

  test('only signed values are returned: the trigger and time come from the id, with or without their unsigned headers; calvin-attempt is not returned', () => {
    const headers = signed();
    delete headers[TRIGGER_HEADERS.triggerId];
    delete headers[TRIGGER_HEADERS.scheduledAt];
    const verified = verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now: NOW });
    expect(verified).toEqual({ id: ID, timestamp: NOW, triggerId: 'my-workspace/refresh', workspace: 'my-workspace', scheduledAt: NOW });
    expect(Object.keys(verified)).not.toContain('attempt');
  });

  test('secret may be looked up by the claimed trigger (a key per workspace); the claim counts only if that key signed it', () => {
    const keys: Record<string, string> = { 'my-workspace': SECRET, 'tenant-b': OTHER };
    const seen: string[] = [];
    const secret = ({ workspace, triggerId }: { workspace: string; triggerId: string }): string => {
      seen.push(triggerId);
      return keys[workspace];
    };
    expect(verifyTriggerRequest({ headers: signed(), body: BODY, secret, now: NOW }).workspace).toBe('my-workspace');
    expect(seen).toEqual(['my-workspace/refresh']);
    // my-workspace's request rewritten to claim tenant-b is checked with tenant-b's key, and fails.
    const other = triggerWebhookId('tenant-b/payroll', NOW.getTime());
    const forged = { ...signed(), [TRIGGER_HEADERS.webhookId]: other, [TRIGGER_HEADERS.triggerId]: 'tenant-b/payroll' };
    expect(verificationError(() => verifyTriggerRequest({ headers: forged, body: BODY, secret, now: NOW }))).toBe('no webhook-signature matches the body with the given secret(s)');
  });
});

describe('the replay window (5 minutes either way by default)', () => {
  test.each([[-300], [300], [0]])('accepted at %i s from the signed time', (offset) => {
    const now = new Date((NOW_S + offset) * 1000);
    expect(verifyTriggerRequest({ headers: signed(), body: BODY, secret: SECRET, now }).id).toBe(ID);
  });

  test.each([[301, 'webhook-timestamp is 301 s from now; the window is ±300 s'], [-301, 'webhook-timestamp is -301 s from now; the window is ±300 s']])(
    'refused at %i s (too old, or from the future)', (offset, message) => {
      const now = new Date((NOW_S + offset) * 1000);
      expect(verificationError(() => verifyTriggerRequest({ headers: signed(), body: BODY, secret: SECRET, now }))).toBe(message);
    });

  test('toleranceSeconds widens or narrows the window', () => {
    const later = new Date((NOW_S + 600) * 1000);
    expect(verifyTriggerRequest({ headers: signed(), body: BODY, secret: SECRET, now: later, toleranceSeconds: 600 }).id).toBe(ID);
    expect(verificationError(() => verifyTriggerRequest({ headers: signed(), body: BODY, secret: SECRET, now: new Date((NOW_S + 11) * 1000), toleranceSeconds: 10 })))
      .toMatch(/window is ±10 s$/);
  });
});

describe('rotation: two secrets', () => {
  const headers = signed([SECRET, OTHER]);

  test('the signature header carries one v1 signature per secret', () => {
    const parts = headers[TRIGGER_HEADERS.webhookSignature].split(' ');
    expect(parts).toEqual([signWebhook([SECRET], ID, NOW_S, BODY), signWebhook([OTHER], ID, NOW_S, BODY)]);
  });

  test('a verifier that knows only either secret accepts', () => {
    expect(verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now: NOW }).id).toBe(ID);
    expect(verifyTriggerRequest({ headers, body: BODY, secret: OTHER, now: NOW }).id).toBe(ID);
  });

  test('a verifier holding both accepts a request signed with only the new one', () => {
    expect(verifyTriggerRequest({ headers: signed([OTHER]), body: BODY, secret: [SECRET, OTHER], now: NOW }).id).toBe(ID);
  });

  test('a third secret does not match', () => {
    const third = generateSigningSecret();
    expect(verificationError(() => verifyTriggerRequest({ headers, body: BODY, secret: third, now: NOW }))).toMatch(/^no webhook-signature matches/);
  });
});

describe('interoperability with the official standardwebhooks package', () => {
  // Its verify() checks the timestamp against the real clock, so these tests sign at the current time.
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  test('our signature verifies with standardwebhooks\' Webhook.verify', () => {
    const ts = nowSeconds();
    const headers = { 'webhook-id': ID, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook([SECRET], ID, ts, BODY) };
    expect(new Webhook(SECRET).verify(BODY, headers)).toEqual({ data: 'value' });
  });

  test('a rotation header (two signatures) verifies with either secret in standardwebhooks', () => {
    const ts = nowSeconds();
    const headers = { 'webhook-id': ID, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook([SECRET, OTHER], ID, ts, BODY) };
    expect(new Webhook(OTHER).verify(BODY, headers)).toEqual({ data: 'value' });
    expect(new Webhook(SECRET).verify(BODY, headers)).toEqual({ data: 'value' });
  });

  test('standardwebhooks refuses our signature over a tampered body (the check is real on their side too)', () => {
    const ts = nowSeconds();
    const headers = { 'webhook-id': ID, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook([SECRET], ID, ts, BODY) };
    expect(() => new Webhook(SECRET).verify('{"data":"evil"}', headers)).toThrow();
  });

  test('their signature verifies with our verifyTriggerRequest', () => {
    const now = new Date();
    const signature = new Webhook(SECRET).sign(ID, now, BODY);
    const headers = { 'webhook-id': ID, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature };
    expect(signature).toBe(signWebhook([SECRET], ID, Math.floor(now.getTime() / 1000), BODY));
    expect(verifyTriggerRequest({ headers, body: BODY, secret: SECRET, now }).id).toBe(ID);
    expect(verificationError(() => verifyTriggerRequest({ headers, body: BODY, secret: OTHER, now }))).toMatch(/^no webhook-signature matches/);
  });
});

describe('signing secrets', () => {
  test('generateSigningSecret makes valid, distinct whsec_ secrets of 32 bytes', () => {
    const a = generateSigningSecret();
    const b = generateSigningSecret();
    expect(a).not.toBe(b);
    for (const secret of [a, b]) {
      expect(signingSecretProblem(secret)).toBeUndefined();
      expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    }
  });

  test.each<[string, RegExp]>([
    ['abc', /^does not start with "whsec_"$/],
    ['whsec_not base64!', /^is not whsec_ followed by base64$/],
    [`whsec_${Buffer.alloc(16).toString('base64')}`, /^decodes to 16 bytes; expected 24 to 64$/],
    [`whsec_${Buffer.alloc(65).toString('base64')}`, /^decodes to 65 bytes; expected 24 to 64$/],
  ])('refuses %j', (secret, problem) => {
    expect(signingSecretProblem(secret)).toMatch(problem);
  });

  test('signing with a malformed secret throws instead of signing with garbage', () => {
    expect(verificationError(() => signWebhook(['whsec_short'], ID, NOW_S, BODY))).toMatch(/^signing secret decodes to \d+ bytes/);
  });
});
