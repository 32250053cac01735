import { allowListEntryProblem } from '../../contracts/target-allow-list';
import { Duration } from 'cdk8s';
import { IConstruct } from 'constructs';
import { didYouMean } from '../../contracts/did-you-mean';

/**
 * Problems recorded to be thrown at synth, by the app they belong to (its root construct): every
 * construct's problems in one program are then reported together (see PropProblems.deferToSynth).
 */
const deferredProblems = new WeakMap<IConstruct, string[]>();

function deferredLines(scope: IConstruct): string[] {
  return deferredProblems.get(scope.node.root) ?? [];
}

/**
 * Throws every problem deferred to synth in `scope`'s app, if any (PlatformStack calls it before it
 * renders, so an invalid program writes nothing).
 */
export function throwDeferredProblems(scope: IConstruct): void {
  const lines = deferredLines(scope);
  if (lines.length > 0) throw new CalvinValidationError([...lines]);
}

/**
 * Collects every problem with one construct's props, so a user fixes them in one pass. Each line
 * reads `<construct path>: <field> <value> <what is expected>` (`<field> <what is expected>` for a
 * prop left out). A construct whose props cannot be used throws them at once (throwIfAny), with the
 * problems other constructs deferred to synth before it; one that can still be built defers them
 * (deferToSynth), so the next construct's problems are reported in the same run.
 */
export class PropProblems {
  private readonly lines: string[] = [];

  public constructor(private readonly scope: IConstruct) {}

  public add(field: string, value: unknown, expected: string): void {
    // A prop left out reads "tls is required once…", not "tls undefined is required…".
    this.lines.push(value === undefined ? `${this.scope.node.path}: ${field} ${expected}` : `${this.scope.node.path}: ${field} ${show(value)} ${expected}`);
  }

  /** Records a problem that has no value to show, as `<construct path>: <field>: <text>` (an unknown key). */
  public addKeyProblem(field: string, text: string): void {
    this.lines.push(`${this.scope.node.path}: ${field}: ${text}`);
  }

  /** Runs `check` and records its message (if any) against `field`; undefined (an omitted optional prop) passes. */
  public check(field: string, value: unknown, check: (value: any) => string | undefined): void {
    if (value === undefined) return;
    const problem = check(value);
    if (problem) this.add(field, value, problem);
  }

  public get count(): number {
    return this.lines.length;
  }

  /** The lines recorded so far. */
  public get list(): readonly string[] {
    return [...this.lines];
  }

  /** Throws the problems (and those deferred to synth before them), if there are any. */
  public throwIfAny(): void {
    if (this.lines.length > 0) throw new CalvinValidationError([...deferredLines(this.scope), ...this.lines]);
  }

  /** Records the problems to be thrown at synth with every other construct's; true if there were any. */
  public deferToSynth(): boolean {
    if (this.lines.length === 0) return false;
    const root = this.scope.node.root;
    deferredProblems.set(root, [...deferredLines(root), ...this.lines]);
    return true;
  }
}

/**
 * Thrown for bad construct input; `problems` has one line per problem, and the message is those
 * lines, nothing else, so `cdk8s synth` and `calvin synth` show them as they are.
 */
export class CalvinValidationError extends Error {
  public constructor(public readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'CalvinValidationError';
  }
}

/**
 * `id`, if no sibling under `scope` has it yet; else throws in the project's format naming both
 * constructs (constructs' own error names neither path). For `super(scope, uniqueId(scope, id, …))`.
 */
export function uniqueId(scope: IConstruct, id: string, kind: string, hint = ''): string {
  const taken = scope.node.tryFindChild(id);
  if (taken === undefined) return id;
  const path = scope.node.path ? `${scope.node.path}/${id}` : id;
  const takenBy = `the ${taken.constructor.name} ${taken.node.path}`;
  throw new CalvinValidationError([...deferredLines(scope),
    `${path}: id "${id}" of this ${kind} is already taken by ${takenBy} (construct ids are unique among the children of ${scope.node.path || 'the app'}); choose another id${hint}`]);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** RFC 1123 label as Kubernetes uses it for namespace and object names. */
export function dnsLabel(max = 63): (v: unknown) => string | undefined {
  return (v) => (typeof v === 'string' && v.length <= max && DNS_LABEL.test(v)
    ? undefined
    : `is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most ${max} characters)`);
}

/** RFC 1035 label: what KServe requires of InferenceService names (must start with a letter). */
export function dns1035Label(max: number): (v: unknown) => string | undefined {
  return (v) => (typeof v === 'string' && v.length <= max && DNS_1035_LABEL.test(v)
    ? undefined
    : `is not a DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit, at most ${max} characters)`);
}

/** RFC 1123 subdomain: Secret, ServiceAccount and other object names. */
export function dnsSubdomain(v: unknown): string | undefined {
  if (typeof v === 'string' && v.length <= 253 && v.split('.').every((label) => DNS_LABEL.test(label))) return undefined;
  return 'is not a DNS-1123 subdomain (dot-separated labels of lowercase letters, digits and \'-\', at most 253 characters)';
}

/** A fully qualified host name with at least two labels, as used in URLs and DomainMappings. */
export function hostname(v: unknown): string | undefined {
  if (typeof v === 'string' && v.length <= 253 && v.includes('.')
    && v.split('.').every((label) => label.length <= 63 && DNS_LABEL.test(label))) return undefined;
  return 'is not a fully qualified host name (at least two dot-separated labels of lowercase letters, digits and \'-\', each at most 63 characters, 253 in all)';
}

// The grammar of github.com/distribution/reference (what registries and the kubelet accept).
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const IMAGE_NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const IMAGE_REFERENCE = new RegExp(`^(${IMAGE_NAME})(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

export function imageReference(v: unknown): string | undefined {
  const match = typeof v === 'string' ? IMAGE_REFERENCE.exec(v) : null;
  // As docker normalizes: a first segment is a registry only with '.', ':' or as `localhost`;
  // otherwise it is part of the (lowercase) repository path.
  const first = match && match[1].includes('/') ? match[1].split('/')[0] : undefined;
  const firstIsPath = first !== undefined && !/[.:]/.test(first) && first !== 'localhost' && !first.startsWith('[');
  if (match && match[1].length <= 255 && !(firstIsPath && first !== first.toLowerCase())) return undefined;
  return 'is not an OCI image reference ([registry[:port]/]repository[:tag][@sha256:digest], repository in lowercase)';
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export function envName(v: unknown): string | undefined {
  return typeof v === 'string' && ENV_NAME.test(v)
    ? undefined
    : 'is not a valid environment variable name (letters, digits, \'_\', \'-\' and \'.\', not starting with a digit)';
}

const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

export function secretKey(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= 253 && SECRET_KEY.test(v)
    ? undefined
    : 'is not a valid Secret key (letters, digits, \'-\', \'_\' and \'.\', at most 253 characters)';
}

/** One of a fixed set of strings; `hint` says why the set is what it is. */
export function oneOf(allowed: readonly string[], hint?: string): (v: unknown) => string | undefined {
  const quoted = allowed.map((a) => `"${a}"`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0];
  return (v) => (typeof v === 'string' && allowed.includes(v) ? undefined : `is not ${list}${hint ? ` (${hint})` : ''}${didYouMean(v, allowed)}`);
}

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Label and annotation keys: `[prefix/]name`, prefix a DNS subdomain, name at most 63 characters. */
export function metadataKey(v: unknown): string | undefined {
  const problem = 'is not a valid label/annotation key ([DNS-subdomain prefix/]name; name of letters, digits, \'-\', \'_\' and \'.\', at most 63 characters)';
  if (typeof v !== 'string') return problem;
  const slash = v.lastIndexOf('/');
  const prefix = slash >= 0 ? v.slice(0, slash) : undefined;
  const name = slash >= 0 ? v.slice(slash + 1) : v;
  if (prefix !== undefined && dnsSubdomain(prefix) !== undefined) return problem;
  return name.length <= 63 && QUALIFIED_NAME.test(name) ? undefined : problem;
}

export function labelValue(v: unknown): string | undefined {
  return typeof v === 'string' && (v === '' || (v.length <= 63 && QUALIFIED_NAME.test(v)))
    ? undefined
    : 'is not a valid label value (empty, or at most 63 letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit)';
}

/** Checks every key (and, for labels, every value) of a labels or annotations map. */
export function checkMetadataMap(problems: PropProblems, field: string, map: Record<string, unknown> | undefined, kind: 'labels' | 'annotations'): void {
  for (const [key, value] of Object.entries(map ?? {})) {
    problems.check(`${field}.${key}`, key, metadataKey);
    if (kind === 'labels') problems.check(`${field}.${key}`, value, labelValue);
    else if (typeof value !== 'string') problems.add(`${field}.${key}`, value, 'is not a string');
  }
}

export function integerIn(min: number, max: number): (v: unknown) => string | undefined {
  return (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
    ? undefined
    : `is not an integer from ${min} to ${max}`);
}

const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const SUFFIX: Record<string, number> = {
  '': 1, 'n': 1e-9, 'u': 1e-6, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18,
  'Ki': 2 ** 10, 'Mi': 2 ** 20, 'Gi': 2 ** 30, 'Ti': 2 ** 40, 'Pi': 2 ** 50, 'Ei': 2 ** 60,
};

/** The numeric value of a Kubernetes quantity string, or undefined if it is not one. */
export function parseQuantity(v: unknown): number | undefined {
  const match = typeof v === 'string' ? QUANTITY.exec(v) : null;
  if (!match) return undefined;
  const suffix = match[3] ?? '';
  if (/^[eE]/.test(suffix)) return Number(match[1] + suffix);
  return Number(match[1]) * SUFFIX[suffix];
}

export function quantity(v: unknown): string | undefined {
  return parseQuantity(v) === undefined ? 'is not a Kubernetes quantity (e.g. "100m", "0.5", "128Mi", "1Gi")' : undefined;
}

/** An HTTP field name (RFC 9110 `token`), as the catalog schema's `headerName`. */
export function httpHeaderName(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= 256 && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v)
    ? undefined
    : 'is not an HTTP header name (letters, digits and !#$%&\'*+.^_`|~-, at most 256 characters)';
}

/**
 * An entry of the worker's TARGET_ALLOW_LIST: an IP address or CIDR, a host name, or a host suffix
 * starting with '.'. The same grammar as the worker's parser (worker/target-guard.ts), so a list
 * that synthesizes is a list the worker starts with.
 */
export function allowListEntry(v: unknown): string | undefined {
  return allowListEntryProblem(v);
}

/** Milliseconds in the largest unit that divides them exactly: "2 hours", "90 seconds", "1500 ms". */
export function humanDuration(ms: number): string {
  const units: Array<[number, string]> = [[86_400_000, 'day'], [3_600_000, 'hour'], [60_000, 'minute'], [1000, 'second']];
  const unit = units.find(([size]) => ms !== 0 && ms % size === 0);
  if (!unit) return `${ms} ms`;
  const count = ms / unit[0];
  return `${count} ${unit[1]}${count === 1 ? '' : 's'}`;
}

/**
 * Checks a `Duration` prop: whole milliseconds from `min` to `max` (both in ms). Records the
 * problem with the duration in words and returns the milliseconds (undefined when unusable).
 */
export function checkDuration(problems: PropProblems, field: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const range = `from ${humanDuration(min)} to ${humanDuration(max)}`;
  if (!(value instanceof Duration)) {
    problems.add(field, value, `is not a Duration (e.g. Duration.seconds(30)); expected ${range}`);
    return undefined;
  }
  let ms: number;
  try {
    ms = value.toMilliseconds({ integral: true });
  } catch {
    problems.add(field, value.toHumanString(), `is not a whole number of milliseconds ${range}`);
    return undefined;
  }
  if (ms < min || ms > max) {
    problems.add(field, humanDuration(ms), `is not ${range}`);
    return undefined;
  }
  return ms;
}
