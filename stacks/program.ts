/**
 * The whole stack, layer by layer: cloud → Kubernetes provider → serving stack → platform → DNS.
 * `stacks/index.ts` runs it with the stack's config; tests run it under Pulumi's mocks.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AppSecretValues, checkAppSecrets, loadAppSecrets } from './app-secrets';
import { Cloud, createCloud, createWildcardRecord, spacesEndpointOf } from './cloud';
import { StackConfig } from './config';
import { WorkerImage, workerImage } from './image';
import { appSecretNeeds, deployPlatform, Platform, synthesizePlatform } from './platform';
import { installServing, Serving } from './serving';

export interface Stack {
  readonly cloud: Cloud;
  readonly provider: k8s.Provider;
  readonly serving: Serving;
  /** The deployed worker image: built and pushed by this run unless `workerImage` is configured. */
  readonly workerImage: WorkerImage;
  readonly platform: Platform;
  readonly wildcardRecord: pulumi.Resource;
  /** `*.<tenant>` records, one per subdomain with public hosts. */
  readonly subdomainRecords: readonly pulumi.Resource[];
  /** What `pulumi stack output` shows. */
  readonly outputs: {
    readonly kubeconfig: pulumi.Output<string>;
    readonly clusterId: pulumi.Output<string>;
    readonly registryEndpoint: pulumi.Output<string>;
    readonly loadBalancerIp: pulumi.Output<string>;
    readonly appUrls: Record<string, string>;
    readonly metricsBucket: pulumi.Output<string>;
  };
}

/**
 * Declares the stack. `secrets` are the secret config values; `appSecrets` holds the values of the Secrets the apps and triggers read (by
 * config key, see stacks/app-secrets.ts); by default they are read from the stack config. A missing
 * one throws StackConfigError before any resource is declared.
 */
/** The stack's secret config values, each loaded (and checked) by its own loader in stacks/config.ts. */
export interface StackSecrets {
  /** The trigger signing secret(s) (loadSigningSecret). */
  readonly signingSecret: pulumi.Input<string>;
  /** The DigitalOcean API token of cert-manager's DNS-01 solver (loadDnsToken). */
  readonly dnsToken: pulumi.Input<string>;
}

export function deployStack(config: StackConfig, secrets: StackSecrets, appSecrets?: AppSecretValues): Stack {
  // Synthesis is pure, so the platform's Secret references are checked before anything is declared.
  const synthesized = synthesizePlatform(config, spacesEndpointOf(config.region));
  const needs = appSecretNeeds(synthesized);
  const values = appSecrets ?? loadAppSecrets(needs);
  checkAppSecrets(pulumi.getProject(), needs, Object.fromEntries(Object.keys(values).map((key) => [key, 'given'])));
  const cloud = createCloud(config);
  const provider = new k8s.Provider('doks', {
    kubeconfig: cloud.kubeconfig,
    enableServerSideApply: true,
    // Objects the program does not name go into "default", never into a namespace picked by accident.
    namespace: 'default',
  });
  const serving = installServing(config, provider);
  const image = workerImage(config, cloud.registry);
  const platform = deployPlatform({
    config, cloud, provider, signingSecret: secrets.signingSecret, appSecrets: values, synthesized, dependsOn: serving.ready, workerImage: image,
    certManager: serving.certManager, dnsToken: secrets.dnsToken,
  });
  const wildcardRecord = createWildcardRecord(cloud, serving.loadBalancerIp);
  const subdomainRecords = platform.subdomains.map((subdomain) => createWildcardRecord(cloud, serving.loadBalancerIp, {}, subdomain));
  return {
    cloud, provider, serving, workerImage: image, platform, wildcardRecord, subdomainRecords,
    outputs: {
      kubeconfig: cloud.kubeconfig,
      clusterId: cloud.cluster.id,
      registryEndpoint: cloud.registry.endpoint,
      loadBalancerIp: serving.loadBalancerIp,
      appUrls: platform.appUrls,
      metricsBucket: cloud.metricsBucket.name,
    },
  };
}
