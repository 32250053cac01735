import { Construct } from 'constructs';
import { ExternalSecret, ExternalSecretProps, PlatformStack, SealedSecret, SealedSecretProps, Tenant } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';
import { DefaultsTable } from './tables';

const STORE = { name: 'vault' };
const SEALED = 'AgBy3i4OJSWK+PiTySYZZA==';
const SCOPE_NAMESPACE = "the namespace of the apps of the scope (a tenant's namespace inside a Tenant, else the platform's apps namespace)";

const externalSecret = (props: Partial<ExternalSecretProps> = {}, inTenant = false) => findObject(synthPlatform((p: PlatformStack) => {
  const scope: Construct = inTenant ? new Tenant(p, 'acme', {}) : p;
  new ExternalSecret(scope, 'db', { secretStore: STORE, data: { url: { key: 'apps/db' } }, ...props });
}), 'ExternalSecret');
const sameExternal = (explicit: Partial<ExternalSecretProps>) => expect(externalSecret()).toEqual(externalSecret(explicit));
const sealedSecret = (props: Partial<SealedSecretProps> = {}, inTenant = false) => findObject(synthPlatform((p: PlatformStack) => {
  const scope: Construct = inTenant ? new Tenant(p, 'acme', {}) : p;
  new SealedSecret(scope, 'token', { encryptedData: { t: SEALED }, ...props });
}), 'SealedSecret');
const sameSealed = (explicit: Partial<SealedSecretProps>) => expect(sealedSecret()).toEqual(sealedSecret(explicit));

/** ExternalSecret, SealedSecret and the platform's Secret reference check. */
export const SECRET_DEFAULTS: DefaultsTable = {
  'ExternalSecretProps.name': { documented: 'the construct id', check: () => sameExternal({ name: 'db' }) },
  'ExternalSecretProps.namespace': { documented: SCOPE_NAMESPACE, check: () => {
    sameExternal({ namespace: 'calvin-apps' });
    expect(externalSecret({}, true).metadata.namespace).toBe('acme');
  } },
  'ExternalSecretProps.refreshInterval': { documented: "'1h'", check: () => sameExternal({ refreshInterval: '1h' }) },
  'ExternalSecretProps.transform': { documented: 'none', check: () => sameExternal({ transform: () => undefined }) },
  'ExternalSecretRemoteRef.property': { documented: 'the whole value', check: () => {
    expect(externalSecret().spec.data[0].remoteRef).toEqual({ key: 'apps/db' });
  } },
  'ExternalSecretRemoteRef.version': { documented: "the store's current version", check: () => {
    expect(externalSecret().spec.data[0].remoteRef).not.toHaveProperty('version');
  } },
  'ExternalSecretStoreRef.kind': { documented: "'ClusterSecretStore'", check: () => sameExternal({ secretStore: { ...STORE, kind: 'ClusterSecretStore' } }) },
  'SealedSecretProps.name': { documented: 'the construct id', check: () => sameSealed({ name: 'token' }) },
  'SealedSecretProps.namespace': { documented: SCOPE_NAMESPACE, check: () => {
    sameSealed({ namespace: 'calvin-apps' });
    expect(sealedSecret({}, true).metadata.namespace).toBe('acme');
  } },
  'SealedSecretProps.scope': { documented: "'strict'", check: () => {
    sameSealed({ scope: 'strict' });
    expect(sealedSecret().metadata).not.toHaveProperty('annotations');
  } },
  'SealedSecretProps.transform': { documented: 'none', check: () => sameSealed({ transform: () => undefined }) },
  'PlatformStackProps.checkSecretReferences': { documented: 'false', check: () => {
    const build = (p: PlatformStack) => { new ExternalSecret(p, 'db', { secretStore: STORE, data: { url: { key: 'k' } } }); };
    // The worker's Secrets are made outside the code and not declared: only an unchecked platform synthesizes.
    expect(synthPlatform(build)).toEqual(synthPlatform(build, { checkSecretReferences: false }));
    expect(() => synthPlatform(build, { checkSecretReferences: true })).toThrow(/Secret "calvin-redis" is referenced/);
  } },
};
