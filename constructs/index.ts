export * from './api-object';
export type { ContainerSecurity, ResourceQuantities, SecretEnvRef } from './app-manifests';
export { KNATIVE_VISIBILITY_LABEL, KSERVE_DEPLOYMENT_MODE_ANNOTATION } from './app-manifests';
export * from './customer-app';
export * from './engine';
export * from './manifest-validator';
export * from './platform-stack';
export { CalvinValidationError } from './validation';
