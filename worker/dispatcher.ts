import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { CatalogTrigger } from '../contracts/trigger-catalog';
import { signWebhook, TRIGGER_HEADERS, triggerWebhookId } from '../contracts/webhook-signature';
import { parseRetryAfter } from './backoff';
import { SecretHeaderError, SecretHeaderStore } from './secret-headers';
import { addressAllowed, checkLiteralHost, guardedLookup, hostAllowed, refusedAddressReason, Resolver, systemResolver, TargetAllowList, TargetRefusedError } from './target-guard';
import { triggerSigningSecrets } from './trigger-signing';

/**
 * undici's Agent alone: the package's entry point also loads fetch, WebSocket, the cache, mocks
 * and proxies (about 14 MB of RSS and a third of a second at start) that the worker never uses.
 * undici has no `exports` map, so the path is public; the dispatcher tests fail if it moves.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Agent = require('undici/lib/dispatcher/agent') as typeof UndiciAgent;
type Agent = UndiciAgent;

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

/** A tick ready to send: headers built and signed. */
export interface PreparedAttempt {
  readonly trigger: CatalogTrigger;
  readonly headers: Record<string, string>;
  /** Dropped on a cross-origin redirect. */
  readonly secretHeaderNames: readonly string[];
}

const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

class TimeoutError extends Error {
  public constructor() {
    super('attempt timed out');
    this.name = 'TimeoutError';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRYABLE_STATUS = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** Same for every attempt of one tick, and for every replica: what receivers deduplicate on (signed, so it names the trigger). */
export const tickId = triggerWebhookId;

export class TriggerDispatcher {
  /** Connections to the origins catalogs name, where the allow-list applies. */
  private readonly agent: Agent;
  /**
   * Connections for hops a redirect led away from the catalog's origin: public addresses only.
   * A pool of their own, so that no such hop reuses a connection the allow-list let through.
   */
  private readonly publicAgent: Agent;
  private readonly maxRedirects: number;
  private readonly urls = new Map<string, URL>();
  private readonly literalHosts = new Map<string, string | undefined>();
  private aborted = false;

  public constructor(private readonly options: DispatcherOptions) {
    this.maxRedirects = options.maxRedirects ?? 5;
    const agent = (catalogHop: boolean): Agent => new Agent({
      connections: options.connectionsPerOrigin ?? 256,
      keepAliveTimeout: 10_000,
      connect: { lookup: guardedLookup(options.allowList, options.resolver ?? systemResolver, catalogHop) as never, timeout: 10_000 },
    });
    this.agent = agent(true);
    this.publicAgent = agent(false);
  }

  /** prepare() then send(): one attempt, now. */
  public async dispatch(attempt: Attempt): Promise<AttemptOutcome> {
    const prepared = await this.prepare(attempt);
    return 'kind' in prepared ? prepared : this.send(prepared);
  }

  /**
   * Everything but the network: secret headers, ids, signature. The runner prepares a tick while it
   * holds the job, so that at the nominal time only the request itself is left to do. The signed
   * timestamp is the later of now and the nominal time (when the request will leave).
   */
  public async prepare({ trigger, scheduledAt, attempt }: Attempt): Promise<PreparedAttempt | AttemptOutcome> {
    let secretHeaders: Record<string, string> = NO_HEADERS;
    if (Object.keys(trigger.secretHeaders).length > 0) {
      try {
        secretHeaders = await this.options.secretHeaders.resolve(trigger.secretHeaders);
      } catch (error) {
        if (error instanceof SecretHeaderError) return { kind: 'final', httpStatus: null, durationMs: 0, error: error.message };
        throw error;
      }
    }
    let signingSecrets = this.options.signingSecrets;
    if (trigger.signingSecret) {
      try {
        signingSecrets = await triggerSigningSecrets(this.options.secretHeaders, trigger.signingSecret);
      } catch (error) {
        if (error instanceof SecretHeaderError) return { kind: 'final', httpStatus: null, durationMs: 0, error: error.message };
        throw error;
      }
    }
    const id = tickId(trigger.id, scheduledAt);
    const body = trigger.body ?? '';
    const timestamp = Math.floor(Math.max(Date.now(), scheduledAt) / 1000);
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
    if (signingSecrets.length > 0) headers[TRIGGER_HEADERS.webhookSignature] = signWebhook(signingSecrets, id, timestamp, body);
    return { trigger, headers, secretHeaderNames: Object.keys(secretHeaders) };
  }

  public async send({ trigger, headers, secretHeaderNames }: PreparedAttempt): Promise<AttemptOutcome> {
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    // One timer for the whole attempt, redirects included (cheaper than AbortSignal.timeout).
    const clock: AttemptClock = { timedOut: false, abort: undefined };
    const timer = setTimeout(() => {
      clock.timedOut = true;
      clock.abort?.(new TimeoutError());
    }, trigger.timeoutMs);
    let url = this.urls.get(trigger.url) ?? this.parseUrl(trigger.url);
    let method: string = trigger.method;
    let requestBody: string | undefined = trigger.body;
    const catalogOrigin = url.origin;
    // Once a redirect leaves the catalog's origin, every later hop is judged as a public destination.
    let leftCatalog = false;
    try {
      for (let hop = 0; ; hop++) {
        leftCatalog ||= url.origin !== catalogOrigin;
        const refused = leftCatalog ? redirectRefusal(this.options.allowList, url) : this.literalHostRefusal(url.hostname);
        if (refused) return { kind: 'final', httpStatus: null, durationMs: elapsed(), error: refused };
        if (clock.timedOut) throw new TimeoutError();
        const response = await exchange(leftCatalog ? this.publicAgent : this.agent, {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: method as 'GET',
          headers,
          body: requestBody,
          headersTimeout: trigger.timeoutMs,
          bodyTimeout: trigger.timeoutMs,
        }, clock);
        const { status, location } = response;
        if (REDIRECTS.has(status) && location !== undefined) {
          if (hop >= this.maxRedirects) return { kind: 'final', httpStatus: status, durationMs: elapsed(), error: `more than ${this.maxRedirects} redirects` };
          const next = new URL(location, url);
          if (next.protocol !== 'http:' && next.protocol !== 'https:') return { kind: 'final', httpStatus: status, durationMs: elapsed(), error: `redirect to a ${capText(next.protocol, 40)} URL` };
          if (next.origin !== url.origin) headers = withoutCredentials(headers, secretHeaderNames);
          if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            requestBody = undefined;
            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
          }
          url = next;
          continue;
        }
        if (status >= 200 && status < 300) return { kind: 'success', httpStatus: status, durationMs: elapsed() };
        const error = `HTTP ${status}${REDIRECTS.has(status) ? ' (redirect without Location)' : ''}`;
        if (RETRYABLE_STATUS(status)) {
          return { kind: 'retryable', httpStatus: status, durationMs: elapsed(), error, retryAfterMs: parseRetryAfter(response.retryAfter) };
        }
        return { kind: 'final', httpStatus: status, durationMs: elapsed(), error };
      }
    } catch (error) {
      return this.failure(error, trigger, elapsed());
    } finally {
      clearTimeout(timer);
    }
  }

  private parseUrl(text: string): URL {
    const url = new URL(text);
    if (this.urls.size > 10_000) this.urls.clear();
    this.urls.set(text, url);
    return url;
  }

  /** checkLiteralHost, remembered per host: the answer depends on the host and the allow list only. */
  private literalHostRefusal(host: string): string | undefined {
    if (this.literalHosts.has(host)) return this.literalHosts.get(host);
    const refusal = checkLiteralHost(this.options.allowList, host);
    if (this.literalHosts.size > 10_000) this.literalHosts.clear();
    this.literalHosts.set(host, refusal);
    return refusal;
  }

  private failure(error: unknown, trigger: CatalogTrigger, durationMs: number): AttemptOutcome {
    const cause = refusal(error);
    // Messages can carry target-supplied text (a redirect's host): capped for records and logs.
    if (cause) return { kind: 'final', httpStatus: null, durationMs, error: capText(cause.message, 400) };
    const err = error as NodeJS.ErrnoException;
    if (err instanceof TimeoutError || err.name === 'TimeoutError' || err.name === 'AbortError' || err.code === 'UND_ERR_HEADERS_TIMEOUT' || err.code === 'UND_ERR_BODY_TIMEOUT') {
      return { kind: 'retryable', httpStatus: null, durationMs, error: `timed out after ${trigger.timeoutMs} ms` };
    }
    return { kind: 'retryable', httpStatus: null, durationMs, error: capText(`${err.code ? `${err.code}: ` : ''}${err.message}`, 400) };
  }

  public async close(): Promise<void> {
    if (this.aborted) return;
    await Promise.all([this.agent.close(), this.publicAgent.close()]);
  }

  /** Aborts every request in flight (the end of the shutdown grace); close() then returns at once. */
  public async abort(): Promise<void> {
    this.aborted = true;
    const reason = new Error('aborted at the end of the shutdown grace');
    await Promise.all([this.agent.destroy(reason), this.publicAgent.destroy(reason)]);
  }
}

/**
 * Why a hop a redirect led to (away from the catalog's origin) is refused before connecting: the
 * allow-list exempts only the URL the catalog names, so an allow-listed name, or an address that
 * is not public, is refused whatever the allow-list says.
 */
export function redirectRefusal(list: TargetAllowList, url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (hostAllowed(list, host)) return `redirect refused: ${capText(host)} is allow-listed, and the allow-list exempts only the URL the catalog names`;
  if (!isIP(host)) return undefined; // resolved through the public pool's guard
  // A loopback entry exists only where the worker runs beside its targets (a laptop, the tests): the platform never renders one.
  if (addressAllowed(list, host) && ipaddr.parse(host).range() === 'loopback') return undefined;
  const reason = refusedAddressReason(host);
  return reason && `redirect refused: ${reason}; a redirect may only lead to a public address`;
}

/** Target-supplied text (a Location's host) as a record or log line may carry it. */
export function capText(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** Sent to the origin the trigger names, whatever their source (fetch and browsers drop them too). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * The headers for a cross-origin hop: credentials are for the origin the trigger names, not
 * wherever it redirects, so the secret headers and every credential header go.
 */
function withoutCredentials(headers: Record<string, string>, secretHeaderNames: readonly string[]): Record<string, string> {
  const secret = new Set(secretHeaderNames.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase()) && !secret.has(name.toLowerCase())));
}

/** The attempt's deadline, shared by its hops: the timer aborts whichever hop is in flight. */
interface AttemptClock {
  timedOut: boolean;
  abort: ((reason: Error) => void) | undefined;
}

/** What a hop's response tells the dispatcher; its body is read and thrown away. */
interface HopResponse {
  readonly status: number;
  readonly location?: string;
  readonly retryAfter?: string;
}

/** Response bodies are not needed: up to this much is read (so the connection is reused), past it the connection is dropped. */
const MAX_DRAINED_BODY = 64 * 1024;

/**
 * One request through undici's dispatcher API with a bare handler: no response stream, promise
 * per body or abort-signal listener per request (undici's `request()` costs about twice as much
 * CPU per request on this path). Resolves when the body has been read (or dropped past
 * MAX_DRAINED_BODY); rejects with undici's error, or with the clock's TimeoutError.
 */
function exchange(agent: Agent, options: Dispatcher.DispatchOptions, clock: AttemptClock): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    let response: HopResponse | undefined;
    let drained = 0;
    let abort: ((reason: Error) => void) | undefined;
    let settled = false;
    const settle = (error: Error | undefined): void => {
      if (settled) return;
      settled = true;
      clock.abort = undefined;
      if (error) reject(error);
      else resolve(response!);
    };
    agent.dispatch(options, {
      onConnect(abortRequest: (reason: Error) => void): void {
        abort = abortRequest;
        clock.abort = abortRequest;
        // The deadline passed while the request waited for a connection.
        if (clock.timedOut) abortRequest(new TimeoutError());
      },
      onHeaders(status: number, rawHeaders: Buffer[]): boolean {
        if (status < 200) return true; // 1xx: the final response follows
        let location: string | undefined;
        let retryAfter: string | undefined;
        // Only redirects and retryable answers need a header; a 2xx skips the scan.
        if (status >= 300) {
          for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
            const name = rawHeaders[i].toString('latin1').toLowerCase();
            if (name === 'location' && location === undefined) location = rawHeaders[i + 1].toString('latin1');
            else if (name === 'retry-after' && retryAfter === undefined) retryAfter = rawHeaders[i + 1].toString('latin1');
          }
        }
        response = { status, location, retryAfter };
        return true;
      },
      onData(chunk: Buffer): boolean {
        drained += chunk.length;
        if (drained > MAX_DRAINED_BODY) {
          settle(undefined);
          abort?.(new Error('response body not needed'));
        }
        return true;
      },
      onComplete(): void {
        settle(undefined);
      },
      onError(error: Error): void {
        settle(error);
      },
    } satisfies Dispatcher.DispatchHandler);
  });
}

function refusal(error: unknown): TargetRefusedError | undefined {
  for (let e = error as { cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof TargetRefusedError) return e;
  }
  return undefined;
}
