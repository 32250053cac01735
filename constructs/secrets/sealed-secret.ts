import { Construct } from 'constructs';
import type { SecretKeyRef } from '../../contracts/secret-key-ref';
import { SEALED_SECRET_GVK } from '../../imports/gvk';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import { checkKnownKeys, propKeys } from '../core/prop-keys';
import { dnsLabel, dnsSubdomain, oneOf, PropProblems, secretKey, uniqueId } from '../core/validation';
import { appScopeOf } from '../platform/scope';
import { ISecretSource, registerSecretSource, secretKeyRefOf } from './secret-source';

/** kubeseal's `--scope`: what the encrypted values are bound to. */
export type SealedSecretScope = 'strict' | 'namespace-wide' | 'cluster-wide';

/** @category Secrets */
export interface SealedSecretProps {
  /**
   * Name of the SealedSecret and of the Secret the controller decrypts it into. With the `strict`
   * scope it must be the name given to kubeseal.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * Namespace of both (with `strict` or `namespace-wide`, the one given to kubeseal).
   * @default the namespace of the apps of the scope (a tenant's namespace inside a Tenant, else the platform's apps namespace)
   */
  readonly namespace?: string;
  /** The Secret's keys and their encrypted values, as `kubeseal` wrote them (`spec.encryptedData`). */
  readonly encryptedData: Record<string, string>;
  /**
   * The scope the values were sealed with (`kubeseal --scope`): `namespace-wide` and `cluster-wide`
   * add the annotation the controller needs to decrypt them under another name or namespace.
   * @default 'strict'
   */
  readonly scope?: SealedSecretScope;
  /**
   * Applied to the SealedSecret's final manifest.
   * @default none
   */
  readonly transform?: ManifestTransform;
}

const SEALED_SECRET_KEYS = propKeys<SealedSecretProps>('SealedSecretProps', {
  name: true, namespace: true, encryptedData: true, scope: true, transform: true,
});

/** kubeseal writes base64; a value that is not cannot be something kubeseal produced. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * A Secret committed encrypted (bitnami.com/v1alpha1 SealedSecret): `kubeseal` encrypts it with the
 * cluster's Sealed Secrets controller key, the controller decrypts it into a Secret of the same name.
 * Reference it by object: `secretEnvs: { TOKEN: sealed.keyRef('token') }`.
 * @category Secrets
 */
export class SealedSecret extends Construct implements ISecretSource {
  public readonly secretName: string;
  public readonly secretNamespace: string;
  /** The keys the Secret will have. */
  public readonly keys: readonly string[];

  public constructor(scope: Construct, id: string, props: SealedSecretProps) {
    super(scope, uniqueId(scope, id, 'SealedSecret'));
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, SEALED_SECRET_KEYS);
    problems.check('name', props.name ?? id, dnsSubdomain);
    problems.check('namespace', props.namespace, dnsLabel());
    problems.check('scope', props.scope, oneOf(['strict', 'namespace-wide', 'cluster-wide']));
    const data = Object.entries(props.encryptedData ?? {});
    if (data.length === 0) problems.add('encryptedData', props.encryptedData, 'needs at least one key (the output of kubeseal)');
    for (const [name, value] of data) {
      problems.check(`encryptedData.${name}`, name, secretKey);
      // The value is ciphertext, but still never echoed: a plain value pasted by mistake is a secret.
      if (typeof value !== 'string' || !BASE64.test(value)) problems.addKeyProblem(`encryptedData.${name}`, 'is not kubeseal output (base64 ciphertext); seal the value with kubeseal, never commit it plain');
    }
    problems.throwIfAny();

    this.secretName = props.name ?? id;
    this.secretNamespace = props.namespace ?? appScopeOf(this).appsNamespace;
    this.keys = data.map(([name]) => name);
    const sealScope = props.scope ?? 'strict';
    const annotations = sealScope === 'strict' ? undefined : { [`sealedsecrets.bitnami.com/${sealScope}`]: 'true' };
    new TransformableApiObject(this, 'Resource', {
      ...SEALED_SECRET_GVK,
      metadata: { name: this.secretName, namespace: this.secretNamespace, annotations },
      spec: {
        encryptedData: Object.fromEntries(data),
        template: { metadata: { name: this.secretName, namespace: this.secretNamespace, annotations } },
      },
      transform: props.transform,
    });
    registerSecretSource(this);
  }

  public keyRef(key: string, options: { readonly optional?: boolean } = {}): SecretKeyRef {
    return secretKeyRefOf(this, this.keys, key, options.optional);
  }
}
