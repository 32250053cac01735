import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkTenancy, IPlatformScope, ITenantScope, platformOf, tenantOf } from '../platform/scope';
import { isTriggerTarget, ITriggerTarget } from './trigger-target';
import { scheduleProblem, timezoneProblem } from '../../contracts/schedule';
import {
  CatalogTrigger, CONCURRENCY_POLICIES, ConcurrencyPolicy, targetUrlProblem, TRIGGER_METHODS, triggerId, TriggerMethod,
} from '../../contracts/trigger-catalog';
import {
  CalvinValidationError, checkDuration, dnsLabel, oneOf, PropProblems, uniqueId,
} from '../core/validation';
import { checkKnownKeys, each, propKeys } from '../core/prop-keys';
import { checkHeaders, preview, secretRefEntry, TRIGGER_SECRET_REF_KEYS, TriggerSecretRef } from './trigger-headers';
import { resolveRetry, TRIGGER_RETRY_KEYS, TriggerRetry } from './trigger-retry';

export type { TriggerRetry, TriggerSecretRef };

/**
 * How a trigger reaches its target app: `internal` (in-cluster URL) or `public` (the app's public `url`).
 * @category Constructs
 */
export const TRIGGER_TARGET_VIAS = ['internal', 'public'] as const;
/** @category Constructs */
export type TriggerTargetVia = typeof TRIGGER_TARGET_VIAS[number];

/** The catalog schema's limits, checked here so that a bad value fails at construction, not in the worker. */
const MAX_BODY_LENGTH = 262_144;
const MAX_TIMEOUT_MS = 15 * 60_000;
const MAX_STARTING_DEADLINE_MS = 86_400_000;

/**
 * A request body: a string is sent as is; an object or array is sent as JSON text.
 * @category Constructs
 */
export type TriggerBody = string | { readonly [key: string]: unknown } | readonly unknown[];

/** @category Constructs */
export interface TriggerProps {
  /**
   * The workspace (tenant) the trigger belongs to; a DNS-1123 label. The trigger's id is
   * `<workspace>/<name>`. Inside a Tenant it is the tenant's name (another value is an error).
   * @default the tenant's name inside a Tenant; required elsewhere
   */
  readonly workspace?: string;

  /**
   * The trigger's name, unique within its workspace on this platform; a DNS-1123 label.
   * @default the construct id
   */
  readonly name?: string;

  /**
   * When to fire: a cron expression of 5 fields (`minute hour day-of-month month day-of-week`), or 6
   * with seconds first, or a macro (`@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`). Read in
   * `timezone`; see constructs/schedule.ts for what happens across DST changes.
   */
  readonly schedule: string;

  /**
   * IANA time zone the schedule is read in, e.g. `Europe/Madrid`.
   * @default 'UTC'
   */
  readonly timezone?: string;

  /**
   * The app or model to call (a CustomerApp, a ModelService or any ITriggerTarget of this same
   * PlatformStack). Set `target` or `url`, not both.
   * @default none: `url` is required
   */
  readonly target?: ITriggerTarget;

  /**
   * Path (and query) on the target app, starting with '/'. Only with `target`.
   * @default '/'
   */
  readonly path?: string;

  /**
   * How the worker reaches `target`: `internal` calls the app's in-cluster URL (no trip through the
   * public ingress, no TLS, works for `clusterLocal` apps); `public` calls the app's public `url`
   * (`https://<hostname>` when the platform has TLS), as an outside client would. Only with `target`.
   * @default 'internal'
   */
  readonly targetVia?: TriggerTargetVia;

  /**
   * Absolute http(s) URL to call, for anything that is not an app of this platform. Private and
   * in-cluster addresses are refused by the worker unless the platform allow-lists them
   * (`SchedulerWorkerProps.allowTargets`).
   * @default none: `target` is required
   */
  readonly url?: string;

  /**
   * HTTP method.
   * @default 'POST' when there is a body, else 'GET'
   */
  readonly method?: TriggerMethod;

  /**
   * Plain request headers; they are written into the catalog ConfigMap, so never put credentials
   * here (use `secretHeaders`). `calvin-*`, `webhook-*`, `idempotency-key` and the headers HTTP
   * manages are reserved.
   * @default {} (plus `Content-Type: application/json` for an object body)
   */
  readonly headers?: Record<string, string>;

  /**
   * Headers whose values are read from Secret keys at request time (see TriggerSecretRef): in the
   * platform's system namespace, next to the worker; inside a Tenant, in the tenant's own namespace
   * and nowhere else, so that no tenant's trigger can send another tenant's credentials.
   * @default {}
   */
  readonly secretHeaders?: Record<string, TriggerSecretRef>;

  /**
   * Request body: a string as is, an object or array as JSON (with `Content-Type:
   * application/json` unless a Content-Type header is set). Refused with GET and HEAD.
   * At most 262,144 characters.
   * @default no body
   */
  readonly body?: TriggerBody;

  /**
   * Time limit of one attempt (connect to end of response), at most 15 minutes.
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;

  /**
   * Retries after a failed attempt (network error, timeout, 408, 429 or 5xx).
   * @default { attempts: 3, baseDelay: 1 s, maxDelay: 5 min, jitter: true }
   */
  readonly retry?: TriggerRetry;

  /**
   * How late after its nominal time a tick may still start, from 1 second to 24 hours. A tick that
   * could not start in time (worker down, queue backed up) is recorded as missed instead of firing
   * late. Five minutes rides out a rolling update or a short Redis outage, yet after a long outage
   * the worker does not send a burst of stale calls.
   * @default Duration.minutes(5)
   */
  readonly startingDeadline?: Duration;

  /**
   * `allow`: ticks may overlap. `forbid`: a tick is recorded as missed while the previous run of the
   * same trigger (retries included) is still in flight, for jobs that must not run twice at once.
   * @default 'allow'
   */
  readonly concurrency?: ConcurrencyPolicy;

  /**
   * A disabled trigger stays in the catalog (its history is kept) but never fires.
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * Escape hatch: edits the catalog entry at synth (return a new entry or change it in place). The
   * result is checked with the worker's catalog validator when the catalog is synthesized.
   * @default none
   */
  readonly transform?: (entry: CatalogTrigger) => CatalogTrigger | void;
}

const TRIGGER_KEYS = propKeys<TriggerProps>('TriggerProps', {
  workspace: true, name: true, schedule: true, timezone: true, target: true, path: true, targetVia: true, url: true, method: true,
  headers: true, secretHeaders: each(TRIGGER_SECRET_REF_KEYS), body: true, timeout: true, startingDeadline: true, concurrency: true,
  retry: TRIGGER_RETRY_KEYS,
  enabled: true, transform: true,
});

/**
 * A cron trigger: on `schedule` (read in `timezone`), the platform's scheduler worker sends an HTTP
 * request, signed with Standard Webhooks headers, to a CustomerApp of the same platform or to any
 * URL. Triggers synthesize into one catalog ConfigMap per PlatformStack (see SchedulerWorker).
 * Its problems are thrown at synth, with every other trigger's.
 *
 * @example
 * ```ts
 * new Trigger(platform, 'nightly-report', {
 *   workspace: 'acme',
 *   schedule: '0 2 * * *',
 *   timezone: 'Europe/Madrid',
 *   target: shop, path: '/reports',
 *   retry: { attempts: 5, baseDelay: Duration.seconds(2) },
 * });
 * ```
 * @category Constructs
 */
export class Trigger extends Construct {
  /** `<workspace>/<name>`: unique per platform; also the worker's job scheduler id. */
  public readonly id: string;
  public readonly workspace: string;
  public readonly name: string;
  /** The URL the worker calls (resolved from `target` and `path`, or `url`). */
  public readonly url: string;
  public readonly schedule: string;
  public readonly timezone: string;
  public readonly method: TriggerMethod;
  /** The target app or model, if the trigger was given one. */
  public readonly target?: ITriggerTarget;

  /** Undefined when the props have problems (they are thrown at synth, with every other trigger's). */
  private readonly entry?: CatalogTrigger;
  private readonly problems: readonly string[];
  private readonly transform?: (entry: CatalogTrigger) => CatalogTrigger | void;

  public constructor(scope: Construct, id: string, props: TriggerProps) {
    super(scope, uniqueId(scope, id, 'Trigger', ' (set name to keep the trigger\'s name)'));
    const platform = platformOf(this);
    const tenant = tenantOf(this);
    const problems = new PropProblems(this);
    if (props === null || typeof props !== 'object') {
      problems.add('props', props, 'is not an object ({ workspace, schedule, target or url, … })');
      problems.throwIfAny();
    }
    checkKnownKeys(problems, '', props, TRIGGER_KEYS);
    checkTenancy(problems, this, 'trigger');

    this.workspace = (props.workspace ?? tenant?.tenantName)!;
    this.name = props.name ?? id;
    if (this.workspace === undefined) problems.add('workspace', props.workspace, 'is required (the tenant the trigger belongs to, e.g. "my-workspace")');
    if (tenant && props.workspace !== undefined && props.workspace !== tenant.tenantName) {
      problems.add('workspace', props.workspace, `is not the workspace of tenant ${tenant.node.path} ("${tenant.tenantName}"; leave it out)`);
    }
    problems.check('workspace', props.workspace, dnsLabel());
    problems.check('name', this.name, dnsLabel());
    if (props.schedule === undefined) problems.add('schedule', props.schedule, 'is required (e.g. "*/5 * * * *")');
    problems.check('schedule', props.schedule, scheduleProblem);
    problems.check('timezone', props.timezone, timezoneProblem);
    const destination = resolveDestination(problems, platform, props, tenant);
    const headers = checkHeaders(problems, props, tenant);
    const body = resolveBody(problems, props, headers);
    const method = props.method ?? (body !== undefined ? 'POST' : 'GET');
    problems.check('method', props.method, oneOf(TRIGGER_METHODS));
    if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
      problems.add('body', preview(props.body), `is set, but a ${method} request has no body (use POST, PUT, PATCH or DELETE, or drop the body)`);
    }
    const timeoutMs = checkDuration(problems, 'timeout', props.timeout, 1, MAX_TIMEOUT_MS);
    const retry = resolveRetry(problems, props.retry);
    const startingDeadlineMs = checkDuration(problems, 'startingDeadline', props.startingDeadline, 1000, MAX_STARTING_DEADLINE_MS);
    problems.check('concurrency', props.concurrency, oneOf(CONCURRENCY_POLICIES));
    if (props.enabled !== undefined && typeof props.enabled !== 'boolean') problems.add('enabled', props.enabled, 'is not a boolean');
    if (props.transform !== undefined && typeof props.transform !== 'function') problems.add('transform', props.transform, 'is not a function');
    // Nothing else reads a trigger's attributes while the program runs, so its problems can wait for
    // synth: then the problems of every trigger in the program are reported together.
    this.problems = problems.list;
    const deferred = problems.deferToSynth();

    this.id = triggerId(String(this.workspace), String(this.name));
    this.schedule = typeof props.schedule === 'string' ? props.schedule.trim() : String(props.schedule);
    this.timezone = props.timezone ?? 'UTC';
    this.method = method;
    this.url = destination.url ?? '';
    this.target = props.target;
    this.transform = props.transform;
    // Not registered: it never reaches the catalog, and a second trigger is not reported as its duplicate.
    if (deferred) return;
    this.entry = {
      id: this.id,
      workspace: this.workspace,
      name: this.name,
      schedule: this.schedule,
      timezone: this.timezone,
      url: this.url,
      method,
      headers,
      secretHeaders: Object.fromEntries(Object.entries(props.secretHeaders ?? {}).map(([header, ref]) => [header, secretRefEntry(ref, tenant, platform)])),
      ...(body !== undefined ? { body } : {}),
      timeoutMs: timeoutMs ?? 30_000,
      retry: retry!,
      startingDeadlineMs: startingDeadlineMs ?? 5 * 60_000,
      concurrency: props.concurrency ?? 'allow',
      enabled: props.enabled ?? true,
      // A tenant's triggers are signed with the tenant's own key, not the platform's.
      ...(tenant ? { signingSecret: { secret: tenant.signingSecret.secret, key: tenant.signingSecret.key } } : {}),
      ...(destination.target ? { target: destination.target } : {}),
    };
    platform._registerTrigger(this);
  }

  /** The trigger's entry in the catalog (after `transform`); a fresh copy on every call. */
  public toCatalogEntry(): CatalogTrigger {
    if (this.entry === undefined) throw new CalvinValidationError(this.problems);
    const entry = JSON.parse(JSON.stringify(this.entry)) as CatalogTrigger;
    return this.transform?.(entry) ?? entry;
  }
}

interface Destination {
  readonly url?: string;
  readonly target?: CatalogTrigger['target'];
}

function resolveDestination(problems: PropProblems, platform: IPlatformScope, props: TriggerProps, tenant: ITenantScope | undefined): Destination {
  const { target, url } = props;
  if (target !== undefined && url !== undefined) {
    problems.add('url', url, `is set together with target (${pathOf(target)}); set exactly one: target for an app of this platform, url for anything else`);
    return {};
  }
  if (target === undefined && url === undefined) {
    problems.add('target', undefined, 'is required when url is not set (set target to a CustomerApp of this platform, or url to an absolute URL)');
    return {};
  }
  if (url !== undefined) {
    problems.check('url', url, targetUrlProblem);
    if (props.path !== undefined) problems.add('path', props.path, 'is only used with target (put the path into url)');
    if (props.targetVia !== undefined) problems.add('targetVia', props.targetVia, 'is only used with target');
    return { url };
  }
  if (!isTriggerTarget(target)) {
    problems.add('target', pathOf(target), 'is not a trigger target (a CustomerApp, a ModelService or another ITriggerTarget; use url for other destinations)');
    return {};
  }
  const targetPlatform = platformOf(target);
  if (targetPlatform !== platform) {
    problems.add('target', target.node.path, `is an app of another PlatformStack (${targetPlatform.node.path}); a trigger of ${platform.node.path} can only target apps of its own platform (use url otherwise)`);
    return {};
  }
  if (tenant && tenantOf(target) !== tenant) {
    problems.add('target', target.node.path, `is not an app of tenant ${tenant.node.path}; a tenant's triggers call its own apps only`);
    return {};
  }
  const via = props.targetVia ?? 'internal';
  problems.check('targetVia', props.targetVia, oneOf(TRIGGER_TARGET_VIAS));
  if (via === 'public' && target.hostname === undefined) {
    problems.add('targetVia', via, `is not possible: ${target.node.path} is clusterLocal and has no public URL (use "internal")`);
    return {};
  }
  const path = props.path ?? '/';
  if (typeof path !== 'string' || !/^\/[^\s#]*$/.test(path)) {
    problems.add('path', path, 'is not a URL path starting with \'/\' (an optional ?query, no spaces or #fragment)');
    return {};
  }
  // The app's own url: https only when the platform serves it with TLS.
  const base = via === 'public' ? target.url : target.internalUrl;
  const resolved = `${base}${path}`;
  problems.check('path', resolved, targetUrlProblem);
  return { url: resolved, target: { app: target.name, namespace: target.namespace, via } };
}

function pathOf(value: unknown): unknown {
  return value instanceof Construct ? value.node.path : value;
}

/** The serialized body, adding `Content-Type: application/json` to `headers` for an object body. */
function resolveBody(problems: PropProblems, props: TriggerProps, headers: Record<string, string>): string | undefined {
  const { body } = props;
  if (body === undefined) return undefined;
  let text: string | undefined;
  if (typeof body === 'string') {
    text = body;
  } else if (body !== null && typeof body === 'object') {
    try {
      text = JSON.stringify(body);
    } catch (error) {
      problems.add('body', '(object)', `is not serializable as JSON: ${(error as Error).message}`);
      return undefined;
    }
    const named = [...Object.keys(props.headers ?? {}), ...Object.keys(props.secretHeaders ?? {})];
    if (!named.some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  } else {
    problems.add('body', body, 'is not a string, an object or an array');
    return undefined;
  }
  if (text.length > MAX_BODY_LENGTH) problems.add('body', preview(body), `is ${text.length} characters long; at most ${MAX_BODY_LENGTH}`);
  return text;
}
