// `pulumi up` entry point (Pulumi.yaml `main: stacks/`): validates the config, then declares the stack.
import { loadDnsToken, loadSigningSecret, loadStackConfig } from './config';
import { deployStack } from './program';

const stack = deployStack(loadStackConfig(), { signingSecret: loadSigningSecret(), dnsToken: loadDnsToken() });

export const kubeconfig = stack.outputs.kubeconfig;
export const clusterId = stack.outputs.clusterId;
export const registryEndpoint = stack.outputs.registryEndpoint;
export const loadBalancerIp = stack.outputs.loadBalancerIp;
export const appUrls = stack.outputs.appUrls;
export const metricsBucket = stack.outputs.metricsBucket;
