/**
 * One rule per value that crosses a boundary: the `SchedulerWorker` construct checks props with
 * these, the worker checks its environment with them, the Pulumi stack its config and the CLI its
 * options, so what synth accepts is what the worker starts with. A rule returns why a value is
 * wrong (to follow the value in a message: `<field> "<value>" <why>`), or undefined.
 */

export type Rule = (value: unknown) => string | undefined;

/**
 * An S3 / Spaces bucket name: 3 to 63 lowercase letters, digits and '-', starting and ending with a
 * letter or digit. No dots, although AWS S3 allows them: DigitalOcean Spaces (where the platform
 * keeps its metrics) refuses them, and on AWS a dotted name breaks virtual-hosted-style TLS (the
 * wildcard certificate does not cover `a.b.s3.amazonaws.com`), the SDK's default without an
 * endpoint. A name without dots works on every store in both addressing styles.
 */
export const bucketName: Rule = (v) => (typeof v === 'string' && /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(v)
  ? undefined
  : 'is not a bucket name (3 to 63 lowercase letters, digits and \'-\', starting and ending with a letter or digit; no dots)');

/** A BullMQ queue name; it is part of every Redis key, so ':' and spaces are out. */
export const queueName: Rule = (v) => (typeof v === 'string' && /^[A-Za-z0-9_.-]{1,100}$/.test(v)
  ? undefined
  : 'is not 1 to 100 letters, digits, \'_\', \'.\' or \'-\'');

/** pino's levels, most severe first, and `silent`. */
export const WORKER_LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type WorkerLogLevel = typeof WORKER_LOG_LEVELS[number];

export const logLevel: Rule = (v) => (typeof v === 'string' && (WORKER_LOG_LEVELS as readonly string[]).includes(v)
  ? undefined
  : `is not ${WORKER_LOG_LEVELS.slice(0, -1).map((l) => `"${l}"`).join(', ')} or "${WORKER_LOG_LEVELS[WORKER_LOG_LEVELS.length - 1]}"`);

/** An S3 API origin: scheme and host (and port), no path and no userinfo. */
export const s3Endpoint: Rule = (v) => (typeof v === 'string' && /^https?:\/\/[^/@\s]+\/?$/.test(v)
  ? undefined
  : 'is not an http(s) origin such as "https://fra1.digitaloceanspaces.com"');

/** A signing region name such as `us-east-1`. */
export const s3Region: Rule = (v) => (typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v) ? undefined : 'is not a region name (e.g. "us-east-1")');

/** A key prefix: empty, or relative and ending in '/', so partitions are folders under it. */
export const metricsPrefix: Rule = (v) => (typeof v === 'string' && !v.startsWith('/') && (v === '' || v.endsWith('/'))
  ? undefined
  : 'must not start with \'/\' and must end with \'/\' (e.g. "metrics/")');

/** Decimal digits (an environment value) for an integer in [min, max]. */
export function decimalIn(min: number, max: number): Rule {
  return (v) => (typeof v === 'string' && /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : `is not an integer from ${min} to ${max}`);
}
