export * from './core/api-object';
export type { ContainerSecurity, ResourceQuantities, SecretKeyRef } from './workload';
export { RESTRICTED_CONTAINER_SECURITY } from './workload';
// What a workload construct of one's own renders with (as SchedulerWorker does).
export type {
  ResolvedResources, WorkloadContainerSecuritySpec, WorkloadContainerSpec, WorkloadDeploymentSpec, WorkloadEnvVar, WorkloadHttpProbeSpec,
  WorkloadMetadataSpec, WorkloadPlainEnvVar, WorkloadPodFieldEnvVar, WorkloadPortSpec, WorkloadRollingUpdateSpec, WorkloadSecretEnvVar,
  WorkloadServiceAccountOptions, WorkloadServiceSpec, WorkloadVolumeMountSpec,
} from './workload';
export type {
  WorkloadExecProbeSpec, WorkloadJobSpec, WorkloadJobTemplate, WorkloadPodSpec, WorkloadProbeSpec, WorkloadProbeTiming, WorkloadTcpProbeSpec,
} from './workload';
export { hardenedDeployment, imagePullPolicyOf, workloadService, workloadServiceAccount } from './workload';
export { hardenedJobTemplate } from './workload';
export * from './apps/customer-app';
export type { AppRollout } from './apps/app-rollout';
export * from '../contracts/engine';
export * from './core/manifest-validator';
export * from './platform/platform-stack';
export { GRAFANA_DASHBOARD_LABEL, Monitoring } from './monitoring/monitoring';
export type { MonitoringAlertThresholds, MonitoringProps, ResolvedAlertThresholds } from './monitoring/monitoring';
export type { AlertGroup, AlertRule } from './monitoring/alert-rules';
export { READ_ONLY_RULES, ReadOnlyAccess } from './platform/read-only-access';
export type { ReadOnlyAccessProps, ReadOnlySubject } from './platform/read-only-access';
export type { PlatformApplySetProps } from './platform/apply-set';
export * from './secrets';
export * from './delivery/flux-delivery';
export {
  ACME_ENVIRONMENTS, AcmeClusterIssuer, CERT_MANAGER_NAMESPACE, DEFAULT_DNS_TOKEN_SECRET, LETS_ENCRYPT_DIRECTORIES,
} from './platform/tls/acme-cluster-issuer';
export type { AcmeClusterIssuerProps, AcmeEnvironment, NamespacedSecretKey } from './platform/tls/acme-cluster-issuer';
export { DEFAULT_WILDCARD_SECRET_NAME, PlatformTls } from './platform/tls/platform-tls';
export type { HostTls, PlatformTlsProps, PublicHost } from './platform/tls/platform-tls';
export { KNATIVE_CERTIFICATE_UID_LABEL, TlsCertificate } from './platform/tls/tls-certificate';
export type { TlsCertificateProps } from './platform/tls/tls-certificate';
export { certificateCovers, certificateDnsName, dnsNameCovers, wildcardOf } from './platform/tls/host-coverage';
export type {
  CpuMemory, IAppScope, IPlatformScope, ITenantScope, RegisteredApp, RegisteredTrigger, WorkloadCapacity,
} from './platform/scope';
// The extension points a workload construct of one's own uses (docs/constructs.md, "Your own workload constructs").
export { APP_SCOPE, appScopeOf, PLATFORM_SCOPE, platformOf, TENANT_SCOPE, tenantOf, tenantsOf } from './platform/scope';
export { fireTimesBetween, nextFireTime, scheduleProblem, timezoneProblem } from '../contracts/schedule';
export * from './triggers/scheduler-worker';
export * from './triggers/trigger';
export * from '../contracts/catalog-check';
export * from '../contracts/trigger-catalog';
export { CalvinValidationError } from './core/validation';
// Prop validation for constructs of one's own: one problem list per construct, thrown at once, and the rules the library's props use.
export {
  checkDuration, checkMetadataMap, dns1035Label, dnsLabel, dnsSubdomain, hostname, imageReference, integerIn, oneOf, parseQuantity, PropProblems, quantity,
} from './core/validation';
export { checkImagePullSecrets, checkSecretKeyRef, resolveResources } from './workload';
export type { SecretKeyRefRules } from './workload';
export * from '../contracts/webhook-signature';
export * from './tenants/tenant';
export { TRIGGER_TARGET, isTriggerTarget } from './triggers/trigger-target';
export type { ITriggerTarget } from './triggers/trigger-target';
export * from '../contracts/namespaces';
export * from './models/model-service';
export * from './models/model-formats';
export * from '../contracts/model-storage';
export * from './workers/queue-worker';
export type { EventWorkerContainerProps, EventWorkerResources } from './workers/event-worker-props';
export {
  BULLMQ_DEFAULT_PREFIX, bullmqQueueKeys, EVENT_WORKER_KIND_LABEL, EVENT_WORKER_KINDS, QUEUE_WORKER_ENV, STREAM_RUNNER_ENV,
} from '../contracts/event-workers';
export {
  DEFAULT_REDIS_CONNECTION_SECRET, KEDA_REDIS_AUTH_PARAMETERS, REDIS_CONNECTION_SECRET_KEYS, REDIS_TLS_VALUES, redisConnectionSecretData, redisConnectionUrl,
} from '../contracts/redis-connection';
export type { RedisConnection, RedisConnectionSecretKey } from '../contracts/redis-connection';
export * from './workers/job-runner';
