import { createHash } from 'node:crypto';
import { Agent } from 'undici';
import { CatalogTrigger } from '../constructs/trigger-catalog';
import { signWebhook, TRIGGER_HEADERS } from '../constructs/webhook-signature';
import { parseRetryAfter } from './backoff';
import { SecretHeaderError, SecretHeaderStore } from './secret-headers';
import { checkLiteralHost, guardedLookup, Resolver, systemResolver, TargetAllowList, TargetRefusedError } from './target-guard';

/**
 * Sends one attempt of one tick over HTTP and classifies the outcome. The client is undici's
 * `Agent` (the engine under Node's fetch, without fetch's per-request overhead: on this machine
 * 20.6k req/s against 2.7k for fetch), with its connect `lookup` replaced by the SSRF guard.
 */

export interface Attempt {
  readonly trigger: CatalogTrigger;
  /** The tick's nominal time (epoch ms): constant across retries. */
  readonly scheduledAt: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

export type AttemptOutcome =
  | { readonly kind: 'success'; readonly httpStatus: number; readonly durationMs: number }
  | { readonly kind: 'retryable' | 'final'; readonly httpStatus: number | null; readonly durationMs: number; readonly error: string; readonly retryAfterMs?: number };

export interface DispatcherOptions {
  readonly allowList: TargetAllowList;
  readonly secretHeaders: SecretHeaderStore;
  /** One or two `whsec_` secrets; none leaves requests unsigned. */
  readonly signingSecrets: readonly string[];
  /** @default the system resolver (dns.lookup) */
  readonly resolver?: Resolver;
  /** @default 5 */
  readonly maxRedirects?: number;
  /** Connections per target origin. @default 256 */
  readonly connectionsPerOrigin?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRYABLE_STATUS = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** Same for every attempt of one tick, and for every replica: what receivers deduplicate on. */
export function tickId(triggerId: string, scheduledAt: number): string {
  return `tick_${createHash('sha256').update(`${triggerId}@${scheduledAt}`).digest('hex').slice(0, 32)}`;
}

export class TriggerDispatcher {
  private readonly agent: Agent;
  private readonly maxRedirects: number;

  public constructor(private readonly options: DispatcherOptions) {
    this.maxRedirects = options.maxRedirects ?? 5;
    this.agent = new Agent({
      connections: options.connectionsPerOrigin ?? 256,
      keepAliveTimeout: 10_000,
      connect: { lookup: guardedLookup(options.allowList, options.resolver ?? systemResolver) as never, timeout: 10_000 },
    });
  }

  public async dispatch({ trigger, scheduledAt, attempt }: Attempt): Promise<AttemptOutcome> {
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    let secretHeaders: Record<string, string>;
    try {
      secretHeaders = await this.options.secretHeaders.resolve(trigger.secretHeaders);
    } catch (error) {
      if (error instanceof SecretHeaderError) return { kind: 'final', httpStatus: null, durationMs: elapsed(), error: error.message };
      throw error;
    }
    const id = tickId(trigger.id, scheduledAt);
    const body = trigger.body ?? '';
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      ...trigger.headers,
      ...secretHeaders,
      [TRIGGER_HEADERS.triggerId]: trigger.id,
      [TRIGGER_HEADERS.scheduledAt]: new Date(scheduledAt).toISOString(),
      [TRIGGER_HEADERS.attempt]: String(attempt),
      [TRIGGER_HEADERS.idempotencyKey]: id,
      [TRIGGER_HEADERS.webhookId]: id,
      [TRIGGER_HEADERS.webhookTimestamp]: String(timestamp),
    };
    if (this.options.signingSecrets.length > 0) headers[TRIGGER_HEADERS.webhookSignature] = signWebhook(this.options.signingSecrets, id, timestamp, body);

    const signal = AbortSignal.timeout(trigger.timeoutMs);
    let url = new URL(trigger.url);
    let method: string = trigger.method;
    let requestBody: string | undefined = trigger.body;
    try {
      for (let hop = 0; ; hop++) {
        const refused = checkLiteralHost(this.options.allowList, url.hostname);
        if (refused) return { kind: 'final', httpStatus: null, durationMs: elapsed(), error: refused };
        const response = await this.agent.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: method as 'GET',
          headers,
          body: requestBody,
          signal,
          headersTimeout: trigger.timeoutMs,
          bodyTimeout: trigger.timeoutMs,
        });
        // The body is not needed, but must be consumed for the connection to be reused.
        await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        const status = response.statusCode;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && typeof location === 'string') {
          if (hop >= this.maxRedirects) return { kind: 'final', httpStatus: status, durationMs: elapsed(), error: `more than ${this.maxRedirects} redirects` };
          const next = new URL(location, url);
          if (next.protocol !== 'http:' && next.protocol !== 'https:') return { kind: 'final', httpStatus: status, durationMs: elapsed(), error: `redirect to a ${next.protocol} URL` };
          // As fetch does: secrets are for the origin the trigger names, not wherever it redirects.
          if (next.origin !== url.origin) for (const name of Object.keys(secretHeaders)) delete headers[name];
          if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            requestBody = undefined;
            for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') delete headers[name];
          }
          url = next;
          continue;
        }
        if (status >= 200 && status < 300) return { kind: 'success', httpStatus: status, durationMs: elapsed() };
        const error = `HTTP ${status}${REDIRECTS.has(status) ? ' (redirect without Location)' : ''}`;
        if (RETRYABLE_STATUS(status)) {
          return { kind: 'retryable', httpStatus: status, durationMs: elapsed(), error, retryAfterMs: parseRetryAfter(response.headers['retry-after']) };
        }
        return { kind: 'final', httpStatus: status, durationMs: elapsed(), error };
      }
    } catch (error) {
      return this.failure(error, trigger, elapsed());
    }
  }

  private failure(error: unknown, trigger: CatalogTrigger, durationMs: number): AttemptOutcome {
    const cause = refusal(error);
    if (cause) return { kind: 'final', httpStatus: null, durationMs, error: cause.message };
    const err = error as NodeJS.ErrnoException;
    if (err.name === 'TimeoutError' || err.name === 'AbortError' || err.code === 'UND_ERR_HEADERS_TIMEOUT' || err.code === 'UND_ERR_BODY_TIMEOUT') {
      return { kind: 'retryable', httpStatus: null, durationMs, error: `timed out after ${trigger.timeoutMs} ms` };
    }
    return { kind: 'retryable', httpStatus: null, durationMs, error: `${err.code ? `${err.code}: ` : ''}${err.message}` };
  }

  public async close(): Promise<void> {
    await this.agent.close();
  }
}

function refusal(error: unknown): TargetRefusedError | undefined {
  for (let e = error as { cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof TargetRefusedError) return e;
  }
  return undefined;
}
