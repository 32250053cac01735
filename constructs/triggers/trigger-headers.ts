/** A trigger's headers and secret headers: their props, checks and catalog refs. */
import { reservedHeaderProblem } from '../../contracts/catalog-check';
import { CatalogSecretRef } from '../../contracts/trigger-catalog';
import { propKeys } from '../core/prop-keys';
import { dnsLabel, httpHeaderName, PropProblems } from '../core/validation';
import { IPlatformScope, ITenantScope } from '../platform/scope';
import { checkSecretKeyRef } from '../workload';

const MAX_HEADER_VALUE_LENGTH = 8192;

/**
 * A header value read from a Secret key when the request is sent; the value never enters a
 * manifest or the catalog. Outside a Tenant the Secret lives in the platform's **system
 * namespace** (`calvin-system` by default), where the scheduler worker runs and mounts it. Inside a
 * Tenant it lives in the **tenant's namespace**: the worker reads it through the Kubernetes API,
 * with a Role there that grants `get` on exactly the Secrets the tenant's triggers name.
 * @category Constructs
 */
export interface TriggerSecretRef {
  /** Name of the Secret. */
  readonly secret: string;
  /** Key within the Secret. */
  readonly key: string;
  /**
   * The Secret's namespace. Inside a Tenant only the tenant's own is allowed; outside, a namespace
   * other than the system namespace is read through the Kubernetes API (never a tenant's).
   * @default the tenant's namespace inside a Tenant; the platform's system namespace elsewhere
   */
  readonly namespace?: string;
}

export const TRIGGER_SECRET_REF_KEYS = propKeys<TriggerSecretRef>('TriggerSecretRef', { secret: true, key: true, namespace: true });

/** The props checkHeaders reads (TriggerProps' headers). */
interface HeaderFields {
  readonly headers?: Record<string, string>;
  readonly secretHeaders?: Record<string, TriggerSecretRef>;
}

/** A value for a problem line, cut to 80 characters. */
export function preview(value: unknown): unknown {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : value;
}

/** Checks headers and secretHeaders; returns the plain headers (sorted later, at serialization). */
export function checkHeaders(problems: PropProblems, props: HeaderFields, tenant: ITenantScope | undefined): Record<string, string> {
  const seen = new Map<string, string>();
  const checkName = (field: string, name: string, kind: string): void => {
    problems.check(field, name, httpHeaderName);
    problems.check(field, name, reservedHeaderProblem);
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) problems.add(field, name, `repeats ${earlier} (header names are case-insensitive)`);
    seen.set(name.toLowerCase(), `${kind} "${name}"`);
  };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(props.headers ?? {})) {
    const field = `headers.${name}`;
    checkName(field, name, 'headers');
    if (typeof value !== 'string') problems.add(field, value, 'is not a string');
    else if (/[\r\n\0]/.test(value)) problems.add(field, value, 'contains a line break or NUL, which an HTTP header cannot carry');
    else if (value.length > MAX_HEADER_VALUE_LENGTH) problems.add(field, preview(value), `is longer than ${MAX_HEADER_VALUE_LENGTH} characters`);
    headers[name] = value;
  }
  for (const [name, ref] of Object.entries(props.secretHeaders ?? {})) {
    const field = `secretHeaders.${name}`;
    checkName(field, name, 'secretHeaders');
    // `optional` is not a key of TriggerSecretRef: the unknown-key check reports it.
    const { namespace, optional: _optional, ...keyRef } = (ref ?? {}) as TriggerSecretRef & { optional?: unknown };
    checkSecretKeyRef(problems, field, ref === null || typeof ref !== 'object' ? ref : keyRef, {
      secretHint: tenant ? `a Secret in the tenant's namespace "${tenant.appsNamespace}"` : 'a Secret in the platform\'s system namespace',
    });
    if (namespace === undefined) continue;
    problems.check(`${field}.namespace`, namespace, dnsLabel());
    if (tenant && namespace !== tenant.appsNamespace) {
      problems.add(`${field}.namespace`, namespace, `is not the namespace of tenant ${tenant.node.path} ("${tenant.appsNamespace}"): a tenant's triggers read Secrets of their own namespace only (leave it out)`);
    }
  }
  return headers;
}

/**
 * A secret header's catalog ref: a tenant's trigger reads its tenant's namespace through the API;
 * elsewhere, a ref to the system namespace (the default) stays a mounted Secret.
 */
export function secretRefEntry(ref: TriggerSecretRef, tenant: ITenantScope | undefined, platform: IPlatformScope): CatalogSecretRef {
  const namespace = tenant ? tenant.appsNamespace : ref.namespace;
  return namespace === undefined || namespace === platform.systemNamespace ? { secret: ref.secret, key: ref.key } : { secret: ref.secret, key: ref.key, namespace };
}
