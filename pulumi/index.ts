/**
 * `calvin-runtime/pulumi`: the platform as a Pulumi component. Needs the optional peer
 * dependencies `@pulumi/pulumi`, `@pulumi/kubernetes`, `@pulumi/digitalocean` and
 * `@pulumi/docker-build`; the rest of calvin-runtime does not.
 */
export { CALVIN_PLATFORM_TYPE, CalvinPlatform, CalvinPlatformArgs, CalvinPlatformSecrets } from './calvin-platform';
export { CalvinPlatformSettings } from './settings';
export { PlatformFunction, Platform, SynthesizedPlatform, KubeObject } from './platform';
export { AppSecretValues } from './app-secrets';
export { Cloud } from './cloud';
export { Serving } from './serving';
export { GrafanaOptions, GrafanaRoute, KUBE_PROMETHEUS_STACK_CHART, MONITORING_NAMESPACE, MonitoringInstall } from './monitoring';
export { ModelStorage } from './models';
export { WorkerImage } from './image';
export { CONFIG_NAMESPACE, STACK_CONFIG_KEYS, StackConfig, StackConfigError, StackConfigKey } from './config';
