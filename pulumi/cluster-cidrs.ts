/**
 * The worker's CLUSTER_CIDRS from the DOKS cluster itself: an allow-listed host name is called only
 * when it resolves into the cluster's Pod or Service range, and only the cluster knows them (a
 * VPC-native cluster may have its own). The platform is synthesized before the cluster exists, so
 * the synthesized Deployment is patched once the cluster's `clusterSubnet` and `serviceSubnet` are
 * known, as its image is (platform.ts).
 */
import type * as digitalocean from '@pulumi/digitalocean';
import * as pulumi from '@pulumi/pulumi';
import { clusterCidrsProblems, DEFAULT_CLUSTER_CIDRS } from '../contracts/target-allow-list';

type Container = { image?: string; env?: Array<{ name: string; value?: string }>; [key: string]: unknown };

/** `clusterSubnet,serviceSubnet` of `cluster`; an output DigitalOcean left empty is left out. */
export function clusterCidrsOf(cluster: digitalocean.KubernetesCluster): pulumi.Output<string> {
  return pulumi.all([cluster.clusterSubnet, cluster.serviceSubnet]).apply((subnets) => {
    const value = subnets.filter((subnet) => typeof subnet === 'string' && subnet !== '').join(',');
    const problems = value === '' ? [] : clusterCidrsProblems(value);
    if (problems.length > 0) throw new Error(`the DOKS cluster's clusterSubnet/serviceSubnet (${value}) cannot be the worker's CLUSTER_CIDRS: ${problems.join('; ')}`);
    return value;
  });
}

/**
 * The worker container's CLUSTER_CIDRS set to `cidrs`, when the platform left `clusterCidrs` at its
 * default (a value the user set is theirs to keep) and the cluster gave any; every other field as
 * synthesized.
 */
export function withClusterCidrs(containers: readonly Container[], workerImage: string, cidrs: string): Container[] {
  if (cidrs === '') return [...containers];
  return containers.map((container) => {
    if (container.image !== workerImage || !container.env) return container;
    return {
      ...container,
      env: container.env.map((variable) => (variable.name === 'CLUSTER_CIDRS' && variable.value === DEFAULT_CLUSTER_CIDRS.join(',') ? { ...variable, value: cidrs } : variable)),
    };
  });
}
