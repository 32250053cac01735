/**
 * The Redis connection Secret of the event-driven workers (QueueWorker, JobRunner): one Secret in
 * the workload's namespace, read two ways from one definition. KEDA's Redis scalers take the host,
 * port, credentials and TLS as separate parameters (through a TriggerAuthentication), while the
 * pods take one `REDIS_URL`. Whoever writes the Secret (the Pulumi component from the Valkey
 * cluster, or `kubectl create secret` by hand) writes `redisConnectionSecretData`'s keys; the
 * constructs read the same keys from `REDIS_CONNECTION_SECRET_KEYS`.
 */

/** The Secret's keys, by what each holds. */
export const REDIS_CONNECTION_SECRET_KEYS = Object.freeze({
  /** `redis://…` or `rediss://…` (TLS), credentials URL-encoded: the pods' `REDIS_URL`. */
  url: 'url',
  /** Host name or IP address. */
  host: 'host',
  /** Port, in decimal. */
  port: 'port',
  /** ACL user (`default` on DigitalOcean's managed Valkey); empty for none. */
  username: 'username',
  /** Password; empty for none. */
  password: 'password',
  /** `enable` or `disable`: the values KEDA's Redis scalers accept for their `tls` auth parameter. */
  tls: 'tls',
} as const);

export type RedisConnectionSecretKey = keyof typeof REDIS_CONNECTION_SECRET_KEYS;

/** The Secret's name when a construct is not told another. */
export const DEFAULT_REDIS_CONNECTION_SECRET = 'redis-connection';

/** The two values of the `tls` key (KEDA refuses anything else there). */
export const REDIS_TLS_VALUES = Object.freeze({ on: 'enable', off: 'disable' } as const);

/**
 * Which KEDA authentication parameter reads which key. TLS is set here and nowhere else: KEDA
 * refuses a trigger whose metadata says `enableTLS` while its authentication sets `tls`.
 */
export const KEDA_REDIS_AUTH_PARAMETERS: ReadonlyArray<{ readonly parameter: string; readonly key: RedisConnectionSecretKey }> = Object.freeze([
  { parameter: 'host', key: 'host' },
  { parameter: 'port', key: 'port' },
  { parameter: 'username', key: 'username' },
  { parameter: 'password', key: 'password' },
  { parameter: 'tls', key: 'tls' },
]);

/** A Redis server to connect to. */
export interface RedisConnection {
  readonly host: string;
  readonly port: number;
  /** @default '' (no ACL user) */
  readonly username?: string;
  /** @default '' (no password) */
  readonly password?: string;
  /** Whether the server speaks TLS (DigitalOcean's managed Valkey requires it). */
  readonly tls: boolean;
}

/** The URL the pods get as `REDIS_URL`: credentials URL-encoded, `rediss:` for TLS. */
export function redisConnectionUrl(connection: RedisConnection): string {
  const user = connection.username ?? '';
  const password = connection.password ?? '';
  const credentials = user || password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}@` : '';
  const host = connection.host.includes(':') ? `[${connection.host}]` : connection.host;
  return `${connection.tls ? 'rediss' : 'redis'}://${credentials}${host}:${connection.port}`;
}

/** The Secret's data (string values, every key of `REDIS_CONNECTION_SECRET_KEYS`), for the one who writes it. */
export function redisConnectionSecretData(connection: RedisConnection): Record<string, string> {
  return {
    [REDIS_CONNECTION_SECRET_KEYS.url]: redisConnectionUrl(connection),
    [REDIS_CONNECTION_SECRET_KEYS.host]: connection.host,
    [REDIS_CONNECTION_SECRET_KEYS.port]: String(connection.port),
    [REDIS_CONNECTION_SECRET_KEYS.username]: connection.username ?? '',
    [REDIS_CONNECTION_SECRET_KEYS.password]: connection.password ?? '',
    [REDIS_CONNECTION_SECRET_KEYS.tls]: connection.tls ? REDIS_TLS_VALUES.on : REDIS_TLS_VALUES.off,
  };
}
