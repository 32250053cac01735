// `pulumi up` entry point (Pulumi.yaml `main: stacks/`): this repo's example platform, deployed by
// the same component a customer's program uses. Every setting and secret comes from the stack config.
import { CalvinPlatform } from '../pulumi';
import { examplePlatform } from '../examples/platform';

// Stacks deployed before CalvinPlatform declared its resources at the root: keep them (aliases).
const calvin = new CalvinPlatform('calvin', { platform: examplePlatform, movedFromStackRoot: true });

export const kubeconfig = calvin.kubeconfig;
export const clusterId = calvin.clusterId;
export const registryEndpoint = calvin.registryEndpoint;
export const loadBalancerIp = calvin.loadBalancerIp;
export const appUrls = calvin.appUrls;
export const metricsBucket = calvin.metricsBucket;
export const grafanaUrl = calvin.grafanaUrl;
