import { Construct, IConstruct } from 'constructs';
import type { SecretKeyRef } from '../../contracts/secret-key-ref';
import { appScopeOf, platformOf } from '../platform/scope';
import { dnsLabel, dnsSubdomain, PropProblems } from '../core/validation';

/**
 * A Secret that exists in the platform: one a construct produces (ExternalSecret, SealedSecret) or
 * one declared as provided outside (`ProvidedSecret.fromName`). Reference it by object where a
 * `SecretKeyRef` is asked for: `secretEnvs: { DATABASE_URL: db.keyRef('url') }`.
 * @category Secrets
 */
export interface ISecretSource extends IConstruct {
  /** The Secret's name. */
  readonly secretName: string;
  /** The namespace the Secret is in: only workloads of that namespace can read it. */
  readonly secretNamespace: string;
  /**
   * A reference to key `key` of this Secret; throws naming the construct when the Secret is known not
   * to have that key.
   */
  keyRef(key: string, options?: { readonly optional?: boolean }): SecretKeyRef;
}

/** The Secrets of each platform that exist, by `<namespace>/<name>` (what the reference check reads). */
const SOURCES = new WeakMap<IConstruct, Map<string, ISecretSource>>();

/** Records `source` as existing in its platform; throws when another construct already produces that Secret. */
export function registerSecretSource(source: ISecretSource): void {
  const platform = platformOf(source);
  if (!SOURCES.has(platform)) SOURCES.set(platform, new Map());
  const known = SOURCES.get(platform)!;
  const key = `${source.secretNamespace}/${source.secretName}`;
  const same = known.get(key);
  if (same) {
    const problems = new PropProblems(source);
    problems.add('name', source.secretName, `is already produced in namespace ${source.secretNamespace} by ${same.node.path} (one producer per Secret)`);
    problems.throwIfAny();
  }
  known.set(key, source);
}

/** The Secrets registered in `platform`, by `<namespace>/<name>`. */
export function secretSourcesOf(platform: IConstruct): ReadonlyMap<string, ISecretSource> {
  return SOURCES.get(platform) ?? new Map();
}

/** The reference `keyRef` returns, after checking the key against the keys the Secret is known to have. */
export function secretKeyRefOf(source: ISecretSource, keys: readonly string[] | undefined, key: string, optional?: boolean): SecretKeyRef {
  if (keys !== undefined && !keys.includes(key)) {
    const problems = new PropProblems(source);
    problems.add('keyRef', key, `is not a key of Secret ${source.secretName} (its keys: ${keys.join(', ')})`);
    problems.throwIfAny();
  }
  return optional === undefined ? { secret: source.secretName, key } : { secret: source.secretName, key, optional };
}

/** @category Secrets */
export interface ProvidedSecretOptions {
  /**
   * The Secret's namespace.
   * @default the namespace of the apps of the scope (a tenant's namespace inside a Tenant, else the platform's apps namespace)
   */
  readonly namespace?: string;
  /**
   * The keys the Secret has, so that `keyRef` refuses any other.
   * @default any key is accepted
   */
  readonly keys?: string[];
}

/**
 * A Secret created outside the platform's code (by the Pulumi component, by hand with `kubectl create
 * secret`, by another tool), declared so that the platform's Secret reference check
 * (`checkSecretReferences`) knows it exists. Renders nothing.
 * @category Secrets
 */
export class ProvidedSecret extends Construct implements ISecretSource {
  /** Declares Secret `name` as provided outside (in the scope's apps namespace unless `options.namespace`). */
  public static fromName(scope: Construct, name: string, options: ProvidedSecretOptions = {}): ProvidedSecret {
    const namespace = options.namespace ?? appScopeOf(scope).appsNamespace;
    const id = `ProvidedSecret:${namespace}/${name}`;
    // Declaring the same Secret twice from one scope is one declaration.
    const existing = scope.node.tryFindChild(id);
    return existing instanceof ProvidedSecret ? existing : new ProvidedSecret(scope, id, name, namespace, options.keys);
  }

  public readonly secretName: string;
  public readonly secretNamespace: string;

  private constructor(scope: Construct, id: string, name: string, namespace: string, private readonly keys?: string[]) {
    super(scope, id);
    const problems = new PropProblems(this);
    problems.check('name', name, dnsSubdomain);
    problems.check('namespace', namespace, dnsLabel());
    problems.throwIfAny();
    this.secretName = name;
    this.secretNamespace = namespace;
    registerSecretSource(this);
  }

  public keyRef(key: string, options: { readonly optional?: boolean } = {}): SecretKeyRef {
    return secretKeyRefOf(this, this.keys, key, options.optional);
  }
}
