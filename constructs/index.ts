export * from './api-object';
export * from './app-manifests';
export * from './customer-app';
export * from './engine';
export * from './manifest-validator';
export * from './platform-stack';
export { CalvinValidationError } from './validation';
