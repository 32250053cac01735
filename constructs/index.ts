export * from './core/api-object';
export type { ContainerSecurity, ResourceQuantities, SecretKeyRef } from './workload';
export { RESTRICTED_CONTAINER_SECURITY } from './workload';
// What a workload construct of one's own renders with (as SchedulerWorker does).
export type {
  ResolvedResources, WorkloadContainerSecuritySpec, WorkloadContainerSpec, WorkloadDeploymentSpec, WorkloadEnvVar, WorkloadHttpProbeSpec,
  WorkloadMetadataSpec, WorkloadPlainEnvVar, WorkloadPodFieldEnvVar, WorkloadPortSpec, WorkloadRollingUpdateSpec, WorkloadSecretEnvVar,
  WorkloadServiceSpec, WorkloadVolumeMountSpec,
} from './workload';
export { hardenedDeployment, imagePullPolicyOf, workloadService, workloadServiceAccount } from './workload';
export * from './apps/customer-app';
export * from '../contracts/engine';
export * from './core/manifest-validator';
export * from './platform/platform-stack';
export { READ_ONLY_RULES, ReadOnlyAccess } from './platform/read-only-access';
export type { ReadOnlyAccessProps, ReadOnlySubject } from './platform/read-only-access';
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
