import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (https://www.standardwebhooks.com) signing, used by the worker to sign every
 * trigger request and by customer apps (`verifyTriggerRequest`) to check them. Node's crypto only,
 * so a customer app can import it without pulling in cdk8s (`calvin-runtime/webhooks`).
 */

const SECRET_PREFIX = 'whsec_';
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const TICK_ID_PREFIX = 'tick_';

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

/**
 * The `webhook-id` of a tick: `tick_<nominal ms>_<workspace>/<name>`. It is inside what Standard
 * Webhooks signs (`id.timestamp.body`), so the trigger and the nominal time are signed with it:
 * a request captured from one trigger cannot be replayed as another's. The same for every attempt
 * and every replica, so receivers deduplicate on it.
 */
export function triggerWebhookId(triggerId: string, scheduledAtMs: number): string {
  return `${TICK_ID_PREFIX}${scheduledAtMs}_${triggerId}`;
}

/** Trigger ids as the catalog allows them (`<workspace>/<name>`, DNS labels). */
const TICK_ID = /^tick_(\d{1,15})_([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)\/([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)$/;

/** What a tick's `webhook-id` names, or undefined when it is not one (see `triggerWebhookId`). */
export function parseTriggerWebhookId(id: string): { readonly triggerId: string; readonly workspace: string; readonly scheduledAt: Date } | undefined {
  const match = TICK_ID.exec(id);
  if (!match || match[2].length > 63 || match[3].length > 63) return undefined;
  return { triggerId: `${match[2]}/${match[3]}`, workspace: match[2], scheduledAt: new Date(Number(match[1])) };
}

/** The secret(s) to verify with: fixed, or looked up by the trigger the request claims (a key per workspace or tenant). */
export type TriggerSecrets = string | readonly string[] | ((claimed: { readonly triggerId: string; readonly workspace: string }) => string | readonly string[]);

export interface VerifyTriggerRequestOptions {
  /** The request headers: Node's `req.headers`, a fetch `Headers`, or a plain record. */
  readonly headers: IncomingHeaders;
  /**
   * The raw request body exactly as received (before any JSON parsing). A Node `Buffer` is a
   * `Uint8Array`; the type names the latter so that a customer's tsc needs no `@types/node`.
   */
  readonly body: string | Uint8Array;
  /**
   * One secret, or two while rotating: a signature made with either is accepted. A function gets
   * the trigger the `webhook-id` claims and returns that trigger's secret(s); the claim counts only
   * once the signature made with them matches.
   */
  readonly secret: TriggerSecrets;
  /**
   * How far the signed timestamp may be from now, either way, in seconds (replay window).
   * @default 300
   */
  readonly toleranceSeconds?: number;
  /** The current time (for tests). @default Date.now() */
  readonly now?: Date;
}

/** Only values the signature covers. `calvin-attempt` is not signed (it changes per attempt while the id must not): read it yourself as a hint. */
export interface VerifiedTriggerRequest {
  /** The webhook id (`tick_<nominal ms>_<trigger id>`): the same for every attempt of one tick, so use it to deduplicate. */
  readonly id: string;
  /** The signed send time (`webhook-timestamp`), checked against the replay window. */
  readonly timestamp: Date;
  /** `<workspace>/<name>` of the trigger that fired, from the signed id. */
  readonly triggerId: string;
  /** The trigger's workspace, from the signed id. */
  readonly workspace: string;
  /** The tick's nominal time, from the signed id. */
  readonly scheduledAt: Date;
}

function secretsFor(option: TriggerSecrets, claimed: { triggerId: string; workspace: string }): readonly string[] {
  const secrets = typeof option === 'function' ? option(claimed) : option;
  return typeof secrets === 'string' ? [secrets] : secrets;
}

function signatureMatches(signatures: string, secrets: readonly string[], id: string, seconds: number, body: string): boolean {
  const expected = secrets.map((secret) => Buffer.from(signWebhook([secret], id, seconds, body).slice(3), 'base64'));
  return signatures.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return expected.some((e) => e.length === given.length && timingSafeEqual(e, given));
  });
}

/** The unsigned copies of signed values must agree with them: a mismatch is a tampered or forged request. */
function checkUnsignedCopies(headers: IncomingHeaders, id: string, verified: { triggerId: string; scheduledAt: Date }): void {
  const triggerId = header(headers, TRIGGER_HEADERS.triggerId);
  if (triggerId !== undefined && triggerId !== verified.triggerId) {
    throw new WebhookVerificationError(`calvin-trigger-id "${triggerId.slice(0, 200)}" disagrees with the signed webhook-id (trigger ${verified.triggerId})`);
  }
  const scheduled = header(headers, TRIGGER_HEADERS.scheduledAt);
  if (scheduled !== undefined && Date.parse(scheduled) !== verified.scheduledAt.getTime()) {
    throw new WebhookVerificationError(`calvin-scheduled-at "${scheduled.slice(0, 64)}" disagrees with the signed webhook-id (${verified.scheduledAt.toISOString()})`);
  }
  const key = header(headers, TRIGGER_HEADERS.idempotencyKey);
  if (key !== undefined && key !== id) throw new WebhookVerificationError('idempotency-key disagrees with the signed webhook-id');
}

/**
 * Checks a trigger request's Standard Webhooks signature and its timestamp (replay window), in
 * constant time, and that the unsigned `calvin-trigger-id`, `calvin-scheduled-at` and
 * `idempotency-key` headers, when present, agree with the signed id. Throws
 * `WebhookVerificationError` saying what is wrong; returns the signed values only.
 */
export function verifyTriggerRequest(options: VerifyTriggerRequestOptions): VerifiedTriggerRequest {
  const id = header(options.headers, TRIGGER_HEADERS.webhookId);
  const timestamp = header(options.headers, TRIGGER_HEADERS.webhookTimestamp);
  const signatures = header(options.headers, TRIGGER_HEADERS.webhookSignature);
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('missing webhook-id, webhook-timestamp or webhook-signature header');
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError(`webhook-timestamp "${timestamp.slice(0, 64)}" is not seconds since the epoch`);
  const claimed = parseTriggerWebhookId(id);
  if (!claimed) throw new WebhookVerificationError(`webhook-id "${id.slice(0, 200)}" is not a trigger tick id (tick_<nominal ms>_<workspace>/<name>)`);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const seconds = Number(timestamp);
  if (Math.abs(nowSeconds - seconds) > tolerance) throw new WebhookVerificationError(`webhook-timestamp is ${nowSeconds - seconds} s from now; the window is ±${tolerance} s`);
  const body = typeof options.body === 'string' ? options.body : new TextDecoder().decode(options.body);
  const secrets = secretsFor(options.secret, claimed);
  if (secrets.length === 0) throw new WebhookVerificationError('no secret to verify with');
  if (!signatureMatches(signatures, secrets, id, seconds, body)) throw new WebhookVerificationError('no webhook-signature matches the body with the given secret(s)');
  checkUnsignedCopies(options.headers, id, claimed);
  return { id, timestamp: new Date(seconds * 1000), triggerId: claimed.triggerId, workspace: claimed.workspace, scheduledAt: claimed.scheduledAt };
}
