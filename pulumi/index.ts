/**
 * `calvin-runtime/pulumi`: the platform as a Pulumi component. Needs the optional peer
 * dependencies `@pulumi/pulumi`, `@pulumi/kubernetes`, `@pulumi/digitalocean`,
 * `@pulumi/docker-build` and `@pulumi/random`; the rest of calvin-runtime does not.
 */
export { CALVIN_PLATFORM_TYPE, CalvinPlatform, CalvinPlatformArgs, CalvinPlatformSecrets } from './calvin-platform';
export { CalvinPlatformSettings } from './settings';
export { PlatformFunction, Platform, SynthesizedPlatform, KubeObject } from './platform';
export { AppSecretValues } from './app-secrets';
export { Cloud } from './cloud';
export { Serving } from './serving';
export { GrafanaOptions, GrafanaRoute, KUBE_PROMETHEUS_STACK_CHART, MONITORING_NAMESPACE, MonitoringInstall } from './monitoring';
export { ModelStorage } from './models';
export { TenantSigningKeys, TENANT_KEY_SLOTS } from './tenant-keys';
export { WorkerImage } from './image';
export { CONFIG_NAMESPACE, STACK_CONFIG_KEYS, StackConfig, StackConfigError, StackConfigKey } from './config';
