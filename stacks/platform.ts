/**
 * The platform itself: the repo's cdk8s PlatformStack, synthesized in process (the same function
 * `cdk8s synth` runs, so there is one app list), plus the Secrets its worker reads, filled from the
 * cloud resources. Namespaces go first, then the Secrets, then every other object.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { App } from 'cdk8s';
import * as YAML from 'yaml';
import { CustomerApp, PlatformStack } from '../constructs';
import { WORKER_SECRET_ENV_NAMES, WorkerSecretEnvName } from '../contracts/worker-env';
import { examplePlatform } from '../examples/platform';
import { Cloud, METRICS_PREFIX } from './cloud';
import { StackConfig } from './config';

/** A synthesized Kubernetes object, as `cdk8s synth` writes it. */
export type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [key: string]: unknown };

export interface SynthesizedPlatform {
  readonly platform: PlatformStack;
  /** Every object, in the order of `cdk8s synth`'s output. */
  readonly objects: KubeObject[];
}

/** The stack's PlatformStack: the example platform with the stack's domain, worker image and metrics bucket. */
export function synthesizePlatform(config: StackConfig, spacesEndpoint: string): SynthesizedPlatform {
  const app = new App();
  const platform = examplePlatform(app, {
    domain: config.domain,
    worker: {
      image: config.workerImage,
      metrics: { bucket: config.metricsBucket, endpoint: spacesEndpoint, prefix: METRICS_PREFIX },
    },
  });
  // Through YAML, so the objects are exactly what `cdk8s synth` would write to dist/.
  const objects = YAML.parseAllDocuments(app.synthYaml()).map((doc) => doc.toJS() as KubeObject).filter(Boolean);
  return { platform, objects };
}

/** Where each Secret-backed variable of the worker's env spec gets its value (the type makes it cover them all). */
export function workerSecretValues(cloud: Cloud, signingSecret: pulumi.Input<string>): Record<WorkerSecretEnvName, pulumi.Input<string>> {
  return {
    REDIS_URL: cloud.redisUrl,
    SIGNING_SECRETS: signingSecret,
    AWS_ACCESS_KEY_ID: cloud.metricsKey.accessKey,
    AWS_SECRET_ACCESS_KEY: cloud.metricsKey.secretKey,
  };
}

export interface Platform {
  readonly synthesized: SynthesizedPlatform;
  readonly namespaces: k8s.yaml.v2.ConfigGroup;
  readonly workerSecrets: k8s.core.v1.Secret[];
  readonly objects: k8s.yaml.v2.ConfigGroup;
  /** `https://<app>.<domain>` of every public app. */
  readonly appUrls: Record<string, string>;
}

export interface DeployPlatformOptions {
  readonly config: StackConfig;
  readonly cloud: Cloud;
  readonly provider: k8s.Provider;
  readonly signingSecret: pulumi.Input<string>;
  /** Resources that must exist before the platform's objects (the serving stack). */
  readonly dependsOn: pulumi.Resource[];
}

export function deployPlatform(options: DeployPlatformOptions): Platform {
  const { provider } = options;
  const synthesized = synthesizePlatform(options.config, options.cloud.spacesEndpoint);
  const { platform, objects } = synthesized;

  const namespaces = new k8s.yaml.v2.ConfigGroup('platform-namespaces', {
    objs: objects.filter((o) => o.kind === 'Namespace'),
  }, { provider });

  const values = workerSecretValues(options.cloud, options.signingSecret);
  const byName = new Map<string, Record<string, pulumi.Input<string>>>();
  // The spec's Secret variables, at the Secret names and keys this platform's worker reads them from.
  for (const variable of WORKER_SECRET_ENV_NAMES) {
    const ref = platform.worker.secretEnv[variable];
    byName.set(ref.secret, { ...byName.get(ref.secret), [ref.key]: pulumi.secret(values[variable]) });
  }
  const workerSecrets = [...byName.entries()].map(([name, stringData]) => new k8s.core.v1.Secret(`secret-${name}`, {
    metadata: { name, namespace: platform.worker.namespace, labels: { 'app.kubernetes.io/managed-by': 'pulumi', 'app.kubernetes.io/part-of': 'calvin-runtime' } },
    type: 'Opaque',
    stringData,
  }, { provider, dependsOn: [namespaces] }));

  const rest = new k8s.yaml.v2.ConfigGroup('platform', {
    objs: objects.filter((o) => o.kind !== 'Namespace'),
  }, { provider, dependsOn: [namespaces, ...workerSecrets, ...options.dependsOn] });

  const appUrls = Object.fromEntries(platform.node.findAll()
    .filter((c): c is CustomerApp => c instanceof CustomerApp && c.hostname !== undefined)
    .map((app) => [app.name, app.url]));

  return { synthesized, namespaces, workerSecrets, objects: rest, appUrls };
}
