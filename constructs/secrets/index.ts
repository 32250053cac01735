export { ExternalSecret } from './external-secret';
export type { ExternalSecretProps, ExternalSecretRemoteRef, ExternalSecretStoreRef } from './external-secret';
export { SealedSecret } from './sealed-secret';
export type { SealedSecretProps, SealedSecretScope } from './sealed-secret';
export { ProvidedSecret } from './secret-source';
export type { ISecretSource, ProvidedSecretOptions } from './secret-source';
