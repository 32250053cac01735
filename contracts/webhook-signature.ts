import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (https://www.standardwebhooks.com) signing, used by the worker to sign every
 * trigger request and by customer apps (`verifyTriggerRequest`) to check them. Node's crypto only,
 * so a customer app can import it without pulling in cdk8s (`calvin-runtime/webhooks`).
 */

const SECRET_PREFIX = 'whsec_';
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** Headers the worker sets on every trigger request. */
export const TRIGGER_HEADERS = {
  webhookId: 'webhook-id',
  webhookTimestamp: 'webhook-timestamp',
  webhookSignature: 'webhook-signature',
  idempotencyKey: 'idempotency-key',
  triggerId: 'calvin-trigger-id',
  scheduledAt: 'calvin-scheduled-at',
  attempt: 'calvin-attempt',
} as const;

export class WebhookVerificationError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/** Why `secret` is not a Standard Webhooks secret (`whsec_` + base64 of 24–64 random bytes), or undefined. */
export function signingSecretProblem(secret: string): string | undefined {
  if (!secret.startsWith(SECRET_PREFIX)) return 'does not start with "whsec_"';
  const body = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return 'is not whsec_ followed by base64';
  const length = Buffer.from(body, 'base64').length;
  if (length < 24 || length > 64) return `decodes to ${length} bytes; expected 24 to 64`;
  return undefined;
}

/** A new random secret in the Standard Webhooks format (32 bytes). */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * Decoded keys of the secrets seen so far. The worker signs every request with the same one or two
 * secrets: checking and decoding them each time cost more than the HMAC itself. Bounded, because a
 * verifying app may pass many secrets over its life.
 */
const KEYS = new Map<string, Buffer>();
const MAX_KEYS = 64;

function keyOf(secret: string): Buffer {
  const known = KEYS.get(secret);
  if (known) return known;
  const problem = signingSecretProblem(secret);
  if (problem) throw new WebhookVerificationError(`signing secret ${problem}`);
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(secret, key);
  return key;
}

/** `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, one per secret, space-separated. */
export function signWebhook(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  const content = `${id}.${timestampSeconds}.${body}`;
  if (secrets.length === 1) return `v1,${createHmac('sha256', keyOf(secrets[0])).update(content).digest('base64')}`;
  return secrets.map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(content).digest('base64')}`).join(' ');
}

/** One header's value as Node (`IncomingHttpHeaders`) and most frameworks give it. */
export type HeaderValue = string | readonly string[] | undefined | null;
export type IncomingHeaders = Record<string, HeaderValue> | { get(name: string): string | null };

function header(headers: IncomingHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const record = headers as Record<string, HeaderValue>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : (value as string | undefined) ?? undefined;
}

export interface VerifyTriggerRequestOptions {
  /** The request headers: Node's `req.headers`, a fetch `Headers`, or a plain record. */
  readonly headers: IncomingHeaders;
  /**
   * The raw request body exactly as received (before any JSON parsing). A Node `Buffer` is a
   * `Uint8Array`; the type names the latter so that a customer's tsc needs no `@types/node`.
   */
  readonly body: string | Uint8Array;
  /** One secret, or two while rotating: a signature made with either is accepted. */
  readonly secret: string | readonly string[];
  /**
   * How far the signed timestamp may be from now, either way, in seconds (replay window).
   * @default 300
   */
  readonly toleranceSeconds?: number;
  /** The current time (for tests). @default Date.now() */
  readonly now?: Date;
}

export interface VerifiedTriggerRequest {
  /** The webhook id: the same for every attempt of one tick, so use it to deduplicate. */
  readonly id: string;
  readonly timestamp: Date;
  readonly triggerId?: string;
  /** The tick's nominal time. */
  readonly scheduledAt?: Date;
  /** 1 for the first attempt. */
  readonly attempt?: number;
}

/**
 * Checks a trigger request's Standard Webhooks signature and its timestamp (replay window), in
 * constant time. Throws `WebhookVerificationError` saying what is wrong; returns the tick's ids.
 */
export function verifyTriggerRequest(options: VerifyTriggerRequestOptions): VerifiedTriggerRequest {
  const id = header(options.headers, TRIGGER_HEADERS.webhookId);
  const timestamp = header(options.headers, TRIGGER_HEADERS.webhookTimestamp);
  const signatures = header(options.headers, TRIGGER_HEADERS.webhookSignature);
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('missing webhook-id, webhook-timestamp or webhook-signature header');
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError(`webhook-timestamp "${timestamp}" is not seconds since the epoch`);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const seconds = Number(timestamp);
  if (Math.abs(nowSeconds - seconds) > tolerance) throw new WebhookVerificationError(`webhook-timestamp is ${nowSeconds - seconds} s from now; the window is ±${tolerance} s`);
  const body = typeof options.body === 'string' ? options.body : new TextDecoder().decode(options.body);
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  if (secrets.length === 0) throw new WebhookVerificationError('no secret to verify with');
  const expected = secrets.map((secret) => Buffer.from(signWebhook([secret], id, seconds, body).slice(3), 'base64'));
  const matched = signatures.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return expected.some((e) => e.length === given.length && timingSafeEqual(e, given));
  });
  if (!matched) throw new WebhookVerificationError('no webhook-signature matches the body with the given secret(s)');
  const scheduled = header(options.headers, TRIGGER_HEADERS.scheduledAt);
  const attempt = header(options.headers, TRIGGER_HEADERS.attempt);
  return {
    id,
    timestamp: new Date(seconds * 1000),
    triggerId: header(options.headers, TRIGGER_HEADERS.triggerId),
    scheduledAt: scheduled ? new Date(scheduled) : undefined,
    attempt: attempt ? Number(attempt) : undefined,
  };
}
