/**
 * The whole stack, layer by layer: cloud → Kubernetes provider → serving stack → platform → DNS.
 * `stacks/index.ts` runs it with the stack's config; tests run it under Pulumi's mocks.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { Cloud, createCloud, createWildcardRecord } from './cloud';
import { StackConfig } from './config';
import { deployPlatform, Platform } from './platform';
import { installServing, Serving } from './serving';

export interface Stack {
  readonly cloud: Cloud;
  readonly provider: k8s.Provider;
  readonly serving: Serving;
  readonly platform: Platform;
  readonly wildcardRecord: pulumi.Resource;
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

export function deployStack(config: StackConfig, signingSecret: pulumi.Input<string>): Stack {
  const cloud = createCloud(config);
  const provider = new k8s.Provider('doks', {
    kubeconfig: cloud.kubeconfig,
    enableServerSideApply: true,
    // Objects the program does not name go into "default", never into a namespace picked by accident.
    namespace: 'default',
  });
  const serving = installServing(config, provider);
  const platform = deployPlatform({ config, cloud, provider, signingSecret, dependsOn: serving.ready });
  const wildcardRecord = createWildcardRecord(cloud, serving.loadBalancerIp);
  return {
    cloud, provider, serving, platform, wildcardRecord,
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
