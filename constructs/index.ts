export * from './core/api-object';
export type { ContainerSecurity, ResourceQuantities, SecretKeyRef } from './workload';
export { RESTRICTED_CONTAINER_SECURITY } from './workload';
// What a workload construct of one's own renders with (as SchedulerWorker does).
export type {
  ResolvedResources, WorkloadContainerSecuritySpec, WorkloadContainerSpec, WorkloadDeploymentSpec, WorkloadEnvVar, WorkloadHttpProbeSpec,
  WorkloadMetadataSpec, WorkloadPlainEnvVar, WorkloadPodFieldEnvVar, WorkloadPortSpec, WorkloadRollingUpdateSpec, WorkloadSecretEnvVar,
  WorkloadServiceSpec, WorkloadVolumeMountSpec,
} from './workload';
export type {
  WorkloadExecProbeSpec, WorkloadJobSpec, WorkloadJobTemplate, WorkloadPodSpec, WorkloadProbeSpec, WorkloadProbeTiming, WorkloadTcpProbeSpec,
} from './workload';
export { hardenedDeployment, imagePullPolicyOf, workloadService, workloadServiceAccount } from './workload';
export { hardenedJobTemplate } from './workload';
export * from './apps/customer-app';
export * from '../contracts/engine';
export * from './core/manifest-validator';
export * from './platform/platform-stack';
export {
  ACME_ENVIRONMENTS, AcmeClusterIssuer, CERT_MANAGER_NAMESPACE, DEFAULT_DNS_TOKEN_SECRET, LETS_ENCRYPT_DIRECTORIES,
} from './platform/tls/acme-cluster-issuer';
export type { AcmeClusterIssuerProps, AcmeEnvironment, NamespacedSecretKey } from './platform/tls/acme-cluster-issuer';
export { DEFAULT_WILDCARD_SECRET_NAME, PlatformTls } from './platform/tls/platform-tls';
export type { HostTls, PlatformTlsProps, PublicHost } from './platform/tls/platform-tls';
export { KNATIVE_CERTIFICATE_UID_LABEL, TlsCertificate } from './platform/tls/tls-certificate';
export type { TlsCertificateProps } from './platform/tls/tls-certificate';
export { certificateCovers, certificateDnsName, dnsNameCovers, wildcardOf } from './platform/tls/host-coverage';
export type { IAppScope, IPlatformScope, RegisteredApp, RegisteredTrigger } from './platform/scope';
export { fireTimesBetween, nextFireTime, scheduleProblem, timezoneProblem } from '../contracts/schedule';
export * from './triggers/scheduler-worker';
export * from './triggers/trigger';
export * from '../contracts/catalog-check';
export * from '../contracts/trigger-catalog';
export { CalvinValidationError } from './core/validation';
export * from '../contracts/webhook-signature';
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
