/**
 * Model storage: the private Spaces buckets the platform's ModelServices read from (the buckets
 * their storageUris name), and per namespace with models a read-only Spaces key on those buckets,
 * written into the credentials Secret the models name, with the S3 annotations KServe reads from
 * that Secret. DigitalOcean's Spaces keys are scoped to buckets, not prefixes: a tenant's key reads
 * every model in a bucket it is granted (give tenants buckets of their own to separate them).
 */
import * as digitalocean from '@pulumi/digitalocean';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { KSERVE_S3_SECRET_KEYS, ModelService, PlatformStack } from '../constructs';
import { doName } from './cloud';

export interface ModelStorage {
  readonly buckets: readonly digitalocean.SpacesBucket[];
  readonly keys: readonly digitalocean.SpacesKey[];
  readonly secrets: readonly k8s.core.v1.Secret[];
}

export interface ModelStorageOptions {
  readonly region: string;
  readonly provider: k8s.Provider;
  readonly parent?: pulumi.Resource;
  /** The Namespaces, applied first. */
  readonly namespaces: pulumi.Resource;
}

/** One credentials Secret per namespace and Secret name, with the buckets its models read. */
function secretsNeeded(platform: PlatformStack): Map<string, { namespace: string; secret: string; buckets: Set<string>; annotations: Record<string, string> }> {
  const needs = new Map<string, { namespace: string; secret: string; buckets: Set<string>; annotations: Record<string, string> }>();
  for (const model of platform.node.findAll().filter((c): c is ModelService => c instanceof ModelService && c.storageSecretName !== undefined)) {
    const key = `${model.namespace}/${model.storageSecretName}`;
    const need = needs.get(key) ?? { namespace: model.namespace, secret: model.storageSecretName!, buckets: new Set<string>(), annotations: { ...model.storageSecretAnnotations } };
    need.buckets.add(model.storageBucket);
    needs.set(key, need);
  }
  return needs;
}

/** `<namespace>/<name>` of every credentials Secret deployModelStorage creates (the app-secret scan leaves them out). */
export function modelStorageSecretIds(platform: PlatformStack): Set<string> {
  return new Set(secretsNeeded(platform).keys());
}

/** Undefined when no ModelService has storage credentials. */
export function deployModelStorage(platform: PlatformStack, options: ModelStorageOptions): ModelStorage | undefined {
  const needs = secretsNeeded(platform);
  if (needs.size === 0) return undefined;
  const opts = { parent: options.parent };
  const bucketNames = Array.from(new Set(Array.from(needs.values()).flatMap((n) => [...n.buckets]))).sort();
  // Kept by `pulumi destroy`, like the metrics bucket: the models in them are the customer's data, and
  // deleting a bucket that holds objects fails (DigitalOcean refuses it without forceDestroy), so destroy would stop there.
  const buckets = bucketNames.map((name) => new digitalocean.SpacesBucket(`models-${name}`, { name, region: options.region, acl: 'private' }, { ...opts, retainOnDelete: true }));
  const keys: digitalocean.SpacesKey[] = [];
  const secrets: k8s.core.v1.Secret[] = [];
  for (const need of needs.values()) {
    const id = `${need.namespace}-${need.secret}`;
    const key = new digitalocean.SpacesKey(`models-reader-${id}`, {
      name: doName(`models-${id}`),
      grants: [...need.buckets].sort().map((bucket) => ({ bucket, permission: 'read' })),
    }, { ...opts, dependsOn: buckets });
    keys.push(key);
    secrets.push(new k8s.core.v1.Secret(`models-credentials-${id}`, {
      metadata: { name: need.secret, namespace: need.namespace, annotations: need.annotations },
      stringData: {
        [KSERVE_S3_SECRET_KEYS.accessKeyId]: key.accessKey,
        [KSERVE_S3_SECRET_KEYS.secretAccessKey]: pulumi.secret(key.secretKey),
      },
    }, { provider: options.provider, parent: options.parent, dependsOn: [options.namespaces] }));
  }
  return { buckets, keys, secrets };
}
