/**
 * `calvin-runtime/contracts`: what the library, the worker, the CLI and the Pulumi stack agree on,
 * without cdk8s (the CLI and the worker load this, not the construct library).
 */
export * from './apply-set';
export * from './catalog-check';
export * from './catalog-shards';
export * from './delivery-layers';
export * from './engine';
export * from './execution-record';
export * from './model-storage';
export * from './namespaces';
export * from './metrics';
export * from './rules';
export * from './s3-env';
export * from './schedule';
export * from './secret-key-ref';
export * from './trigger-catalog';
export * from './webhook-signature';
export * from './worker-env';
export * from './redis-connection';
export * from './event-workers';
