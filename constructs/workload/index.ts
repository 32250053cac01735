export * from './container';
export * from './deployment';
export * from './pod';
export * from './resources';
export * from './secret-key-ref';
export * from './security';
export * from './job';
export * from './pod-template';
