import { Construct } from 'constructs';
import type { SecretKeyRef } from '../../contracts/secret-key-ref';
import { EXTERNAL_SECRET_GVK } from '../../imports/gvk';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import { checkKnownKeys, each, propKeys } from '../core/prop-keys';
import { dnsLabel, dnsSubdomain, oneOf, PropProblems, secretKey, uniqueId } from '../core/validation';
import { appScopeOf } from '../platform/scope';
import { ISecretSource, registerSecretSource, secretKeyRefOf } from './secret-source';

/** Where one key of the Secret comes from in the external store. @category Secrets */
export interface ExternalSecretRemoteRef {
  /** The secret's key (name or path) in the external store. */
  readonly key: string;
  /**
   * A property within that secret (a JSON field, for stores holding JSON).
   * @default the whole value
   */
  readonly property?: string;
  /**
   * The version of the secret in the store.
   * @default the store's current version
   */
  readonly version?: string;
}

/** @category Secrets */
export interface ExternalSecretStoreRef {
  /** The SecretStore's or ClusterSecretStore's name. */
  readonly name: string;
  /**
   * `ClusterSecretStore` (one store for every namespace, what a platform usually has) or `SecretStore`
   * (in the ExternalSecret's namespace).
   * @default 'ClusterSecretStore'
   */
  readonly kind?: 'SecretStore' | 'ClusterSecretStore';
}

/** @category Secrets */
export interface ExternalSecretProps {
  /**
   * Name of the ExternalSecret and of the Secret the External Secrets Operator writes.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * Namespace of both.
   * @default the namespace of the apps of the scope (a tenant's namespace inside a Tenant, else the platform's apps namespace)
   */
  readonly namespace?: string;
  /** The store the values come from. */
  readonly secretStore: ExternalSecretStoreRef;
  /** The Secret's keys, each with where its value comes from. */
  readonly data: Record<string, ExternalSecretRemoteRef>;
  /**
   * How often the operator reads the values again (a Go duration; `0s` reads them once).
   * @default '1h'
   */
  readonly refreshInterval?: string;
  /**
   * Applied to the ExternalSecret's final manifest.
   * @default none
   */
  readonly transform?: ManifestTransform;
}

const REMOTE_REF_KEYS = propKeys<ExternalSecretRemoteRef>('ExternalSecretRemoteRef', { key: true, property: true, version: true });
const STORE_REF_KEYS = propKeys<ExternalSecretStoreRef>('ExternalSecretStoreRef', { name: true, kind: true });
const EXTERNAL_SECRET_KEYS = propKeys<ExternalSecretProps>('ExternalSecretProps', {
  name: true, namespace: true, secretStore: STORE_REF_KEYS, data: each(REMOTE_REF_KEYS), refreshInterval: true, transform: true,
});

const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

/**
 * A Secret the External Secrets Operator (external-secrets.io/v1) fills from an external store
 * (Vault, AWS/GCP/Azure secret managers, 1Password, DigitalOcean…): the values never enter the
 * repository or the manifests. Reference it by object: `secretEnvs: { DATABASE_URL: db.keyRef('url') }`.
 *
 * @example
 * ```ts
 * const db = new ExternalSecret(platform, 'my-app-db', {
 *   secretStore: { name: 'vault' },
 *   data: { url: { key: 'apps/my-app', property: 'database_url' } },
 * });
 * new CustomerApp(platform, 'my-app', { image, secretEnvs: { DATABASE_URL: db.keyRef('url') } });
 * ```
 * @category Secrets
 */
export class ExternalSecret extends Construct implements ISecretSource {
  public readonly secretName: string;
  public readonly secretNamespace: string;
  /** The keys the Secret will have. */
  public readonly keys: readonly string[];

  public constructor(scope: Construct, id: string, props: ExternalSecretProps) {
    super(scope, uniqueId(scope, id, 'ExternalSecret'));
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, EXTERNAL_SECRET_KEYS);
    problems.check('name', props.name, dnsSubdomain);
    problems.check('namespace', props.namespace, dnsLabel());
    if (props.secretStore?.name === undefined) problems.add('secretStore.name', undefined, 'is required (the SecretStore or ClusterSecretStore to read from)');
    problems.check('secretStore.name', props.secretStore?.name, dnsSubdomain);
    problems.check('secretStore.kind', props.secretStore?.kind, oneOf(['SecretStore', 'ClusterSecretStore']));
    const data = Object.entries(props.data ?? {});
    if (data.length === 0) problems.add('data', props.data, 'needs at least one key ({ "<key>": { key: "<remote key>" } })');
    for (const [name, ref] of data) {
      problems.check(`data.${name}`, name, secretKey);
      if (ref?.key === undefined || ref.key === '') problems.add(`data.${name}.key`, ref?.key, 'is required (the secret\'s key in the external store)');
    }
    problems.check('refreshInterval', props.refreshInterval, (v) => (typeof v === 'string' && GO_DURATION.test(v) ? undefined : 'is not a Go duration (e.g. "1h", "15m", "0s")'));
    problems.throwIfAny();

    this.secretName = props.name ?? id;
    this.secretNamespace = props.namespace ?? appScopeOf(this).appsNamespace;
    this.keys = data.map(([name]) => name);
    problems.check('name', this.secretName, dnsSubdomain);
    problems.throwIfAny();
    new TransformableApiObject(this, 'Resource', {
      ...EXTERNAL_SECRET_GVK,
      metadata: { name: this.secretName, namespace: this.secretNamespace },
      spec: {
        refreshInterval: props.refreshInterval ?? '1h',
        secretStoreRef: { name: props.secretStore.name, kind: props.secretStore.kind ?? 'ClusterSecretStore' },
        target: { name: this.secretName, creationPolicy: 'Owner' },
        data: data.map(([secretKeyName, ref]) => ({
          secretKey: secretKeyName,
          remoteRef: { key: ref.key, ...(ref.property === undefined ? {} : { property: ref.property }), ...(ref.version === undefined ? {} : { version: ref.version }) },
        })),
      },
      transform: props.transform,
    });
    registerSecretSource(this);
  }

  public keyRef(key: string, options: { readonly optional?: boolean } = {}): SecretKeyRef {
    return secretKeyRefOf(this, this.keys, key, options.optional);
  }
}
