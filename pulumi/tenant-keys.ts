/**
 * Per-tenant trigger signing keys. Each tenant gets two random Standard Webhooks secrets (two so
 * that one can be replaced while the other still verifies), written as `whsec_<a> whsec_<b>` into
 * the tenant's signing Secret in the system namespace, which the worker mounts and signs with (a
 * request carries both signatures), and into the copy in the tenant's own namespace, which its apps
 * read to verify. The values exist only as Pulumi secrets and in those two Secrets: never in a
 * ConfigMap, a manifest or an output.
 *
 * Rotating a key: `pulumi up --replace <URN of tenant-signing-<tenant>-a>`; the apps, reading the
 * new Secret, verify with `b` meanwhile; later the same for `b`.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import { PlatformStack, tenantsOf } from '../constructs';

/** Bytes per key: Standard Webhooks asks for 24 to 64; 32, as `generateSigningSecret`. */
const KEY_BYTES = 32;
/** The two slots of a tenant's key pair. */
export const TENANT_KEY_SLOTS = ['a', 'b'] as const;

export interface TenantSigningKeys {
  /** Two per tenant, `tenant-signing-<tenant>-a` and `-b`. */
  readonly keys: readonly random.RandomBytes[];
  /** Per tenant: the worker's Secret (system namespace) and the apps' copy (tenant namespace). */
  readonly secrets: readonly k8s.core.v1.Secret[];
}

export interface TenantSigningKeysOptions {
  readonly provider: k8s.Provider;
  readonly parent?: pulumi.Resource;
  /** The Namespaces, applied first. */
  readonly namespaces: pulumi.Resource;
}

/** `<namespace>/<name>` of every Secret deployTenantSigningKeys creates (the app-secret scan leaves them out). */
export function tenantSigningSecretIds(platform: PlatformStack): Set<string> {
  return new Set(tenantsOf(platform).flatMap((tenant) => [
    `${platform.worker.namespace}/${tenant.signingSecret.secret}`, `${tenant.appsNamespace}/${tenant.appSigningSecret.secret}`,
  ]));
}

export function deployTenantSigningKeys(platform: PlatformStack, options: TenantSigningKeysOptions): TenantSigningKeys {
  const keys: random.RandomBytes[] = [];
  const secrets: k8s.core.v1.Secret[] = [];
  const labels = { 'app.kubernetes.io/managed-by': 'pulumi', 'app.kubernetes.io/part-of': 'calvin-runtime' };
  for (const tenant of tenantsOf(platform)) {
    const pair = TENANT_KEY_SLOTS.map((slot) => new random.RandomBytes(`tenant-signing-${tenant.tenantName}-${slot}`, { length: KEY_BYTES }, { parent: options.parent }));
    keys.push(...pair);
    // The worker's form of SIGNING_SECRETS: two secrets separated by a space.
    const value = pulumi.secret(pulumi.all(pair.map((key) => key.base64)).apply((parts) => parts.map((part) => `whsec_${part}`).join(' ')));
    const copies = [
      { id: 'worker', namespace: platform.worker.namespace, ref: tenant.signingSecret },
      { id: 'apps', namespace: tenant.appsNamespace, ref: tenant.appSigningSecret },
    ];
    for (const copy of copies) {
      secrets.push(new k8s.core.v1.Secret(`tenant-signing-${tenant.tenantName}-${copy.id}`, {
        metadata: { name: copy.ref.secret, namespace: copy.namespace, labels: { ...labels, ...tenant.labels } },
        type: 'Opaque',
        stringData: { [copy.ref.key]: value },
      }, { provider: options.provider, parent: options.parent, dependsOn: [options.namespaces] }));
    }
  }
  return { keys, secrets };
}
