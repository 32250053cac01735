import { Testing } from 'cdk8s';
import { CustomerApp, ExternalSecret, ModelService, PlatformStack, ProvidedSecret, SealedSecret, Tenant, Trigger } from '../../constructs';
import { errorOf, findObject, synthPlatform, TEST_TLS } from '../helpers';

const IMAGE = 'registry.example.com/shop:v1';
const SEALED = 'AgBy3i4OJSWK+PiTySYZZA==';

/** The Secrets the worker and the TLS issuer read, made by the Pulumi component (or by hand): declared as provided. */
function provideWorkerAndIssuerSecrets(platform: PlatformStack): void {
  for (const name of ['calvin-redis', 'calvin-trigger-signing', 'calvin-spaces']) ProvidedSecret.fromName(platform, name, { namespace: 'calvin-system' });
  ProvidedSecret.fromName(platform, 'digitalocean-dns', { namespace: 'cert-manager' });
}

describe('ExternalSecret', () => {
  test('renders a schema-valid external-secrets.io/v1 ExternalSecret writing a Secret of its name; keyRef links an app to it by object', () => {
    const docs = synthPlatform((p) => {
      const db = new ExternalSecret(p, 'my-app-db', { secretStore: { name: 'vault' }, data: { url: { key: 'apps/my-app', property: 'database_url' } } });
      new CustomerApp(p, 'shop', { image: IMAGE, secretEnvs: { DATABASE_URL: db.keyRef('url') } });
    });
    expect(findObject(docs, 'ExternalSecret')).toEqual({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: expect.objectContaining({ name: 'my-app-db', namespace: 'calvin-apps' }),
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
        target: { name: 'my-app-db', creationPolicy: 'Owner' },
        data: [{ secretKey: 'url', remoteRef: { key: 'apps/my-app', property: 'database_url' } }],
      },
    });
    const env = findObject(docs, 'InferenceService', 'shop').spec.predictor.containers[0].env;
    expect(env).toContainEqual({ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'my-app-db', key: 'url' } } });
  });

  test('inside a Tenant it goes to the tenant\'s namespace', () => {
    const docs = synthPlatform((p) => {
      const acme = new Tenant(p, 'acme', {});
      new ExternalSecret(acme, 'db', { secretStore: { name: 'vault', kind: 'SecretStore' }, data: { url: { key: 'acme/db' } } });
    });
    expect(findObject(docs, 'ExternalSecret').metadata.namespace).toBe('acme');
    expect(findObject(docs, 'ExternalSecret').spec.secretStoreRef).toEqual({ name: 'vault', kind: 'SecretStore' });
  });

  test('keyRef of a key the Secret does not have throws naming the construct and its keys', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    const db = new ExternalSecret(platform, 'db', { secretStore: { name: 'vault' }, data: { url: { key: 'k' } } });
    expect(errorOf(() => db.keyRef('password'))).toBe('calvin/db: keyRef "password" is not a key of Secret db (its keys: url)');
  });

  test.each([
    [{ data: { url: { key: 'k' } } }, 'calvin/db: secretStore.name is required (the SecretStore or ClusterSecretStore to read from)'],
    [{ secretStore: { name: 'vault' }, data: {} }, 'calvin/db: data {} needs at least one key'],
    [{ secretStore: { name: 'vault', kind: 'Store' }, data: { url: { key: 'k' } } }, 'calvin/db: secretStore.kind "Store" is not "SecretStore" or "ClusterSecretStore"'],
    [{ secretStore: { name: 'vault' }, data: { url: { key: '' } } }, 'calvin/db: data.url.key "" is required'],
    [{ secretStore: { name: 'vault' }, data: { url: { key: 'k' } }, refreshInterval: '1 hour' }, 'calvin/db: refreshInterval "1 hour" is not a Go duration'],
    [{ secretStore: { name: 'vault' }, data: { url: { key: 'k', propety: 'x' } } }, 'calvin/db: data.url.propety: unknown prop; did you mean "property"?'],
  ])('refuses %j', (props, message) => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    expect(errorOf(() => new ExternalSecret(platform, 'db', props as any))).toContain(message);
  });
});

describe('SealedSecret', () => {
  test('renders a schema-valid bitnami.com/v1alpha1 SealedSecret; a wider scope adds its annotation', () => {
    const docs = synthPlatform((p) => {
      new SealedSecret(p, 'token', { encryptedData: { header: SEALED } });
      new SealedSecret(p, 'shared', { encryptedData: { header: SEALED }, scope: 'namespace-wide', namespace: 'calvin-system' });
    });
    const [strict, wide] = docs.filter((d) => d.kind === 'SealedSecret');
    expect(strict.spec).toEqual({ encryptedData: { header: SEALED }, template: { metadata: { name: 'token', namespace: 'calvin-apps' } } });
    expect(wide.metadata.annotations).toEqual({ 'sealedsecrets.bitnami.com/namespace-wide': 'true' });
    expect(wide.spec.template.metadata).toEqual({ name: 'shared', namespace: 'calvin-system', annotations: { 'sealedsecrets.bitnami.com/namespace-wide': 'true' } });
  });

  test.each([
    [{ encryptedData: {} }, 'calvin/s: encryptedData {} needs at least one key'],
    [{ encryptedData: { token: 'hunter2 plain!' } }, 'calvin/s: encryptedData.token: is not kubeseal output'],
    [{ encryptedData: { token: SEALED }, scope: 'global' }, 'calvin/s: scope "global" is not "strict", "namespace-wide" or "cluster-wide"'],
  ])('refuses %j', (props, message) => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    const error = errorOf(() => new SealedSecret(platform, 's', props as any));
    expect(error).toContain(message);
    expect(error).not.toContain('hunter2');
  });
});

describe('checkSecretReferences', () => {
  const synth = (build: (p: PlatformStack) => void) => () => synthPlatform((p) => { provideWorkerAndIssuerSecrets(p); build(p); }, { checkSecretReferences: true });

  test('an app\'s secretEnvs to a Secret nothing produces fails synth with the app\'s path and the namespace', () => {
    expect(errorOf(synth((p) => { new CustomerApp(p, 'shop', { image: IMAGE, secretEnvs: { DB: { secret: 'shop-db', key: 'url' } } }); })))
      .toBe('calvin/shop: Secret "shop-db" is referenced, but nothing produces it in namespace calvin-apps; add an ExternalSecret or SealedSecret there, '
        + 'or declare it with ProvidedSecret.fromName(scope, "shop-db", { namespace: "calvin-apps" })');
  });

  test('a trigger\'s secretHeaders Secret produced in the apps namespace: the worker reads it in the system namespace, and the error says so', () => {
    const error = errorOf(synth((p) => {
      const token = new SealedSecret(p, 'shop-token', { encryptedData: { header: SEALED } });
      const shop = new CustomerApp(p, 'shop', { image: IMAGE });
      new Trigger(p, 'refresh', { workspace: 'w', schedule: '* * * * *', target: shop, secretHeaders: { Authorization: token.keyRef('header') } });
    }));
    expect(error).toMatch(/^calvin\/SchedulerWorker\/\S+: Secret "shop-token" is referenced, but nothing produces it in namespace calvin-system \(it is produced in calvin-apps: a Secret is read only in its own namespace\)/);
  });

  test.each([
    ['the worker\'s Redis URL', (p: PlatformStack) => p, 'calvin-redis', 'calvin-system'],
    ['a model\'s storage credentials', (p: PlatformStack) => new ModelService(new Tenant(p, 'acme', {}), 'iris', {
      modelFormat: 'sklearn', storageUri: 's3://models/iris/1/', storage: { secret: 'acme-models', endpoint: 'https://fra1.digitaloceanspaces.com' },
    }), 'acme-models', 'acme'],
    ['an image pull Secret', (p: PlatformStack) => new CustomerApp(p, 'shop', { image: IMAGE, imagePullSecrets: ['registry'] }), 'registry', 'calvin-apps'],
  ])('%s: dangling fails, declared passes', (_what, build, secret, namespace) => {
    const undeclare = (p: PlatformStack) => {
      for (const name of ['calvin-redis', 'calvin-trigger-signing', 'calvin-spaces']) if (name !== secret) ProvidedSecret.fromName(p, name, { namespace: 'calvin-system' });
      ProvidedSecret.fromName(p, 'digitalocean-dns', { namespace: 'cert-manager' });
      build(p);
    };
    expect(errorOf(() => synthPlatform(undeclare, { checkSecretReferences: true }))).toContain(`Secret "${secret}" is referenced, but nothing produces it in namespace ${namespace}`);
    expect(() => synthPlatform((p) => { undeclare(p); ProvidedSecret.fromName(p, secret, { namespace }); }, { checkSecretReferences: true })).not.toThrow();
  });

  test('the TLS issuer\'s DNS token is expected in cert-manager\'s namespace', () => {
    const error = errorOf(() => synthPlatform((p) => {
      for (const name of ['calvin-redis', 'calvin-trigger-signing', 'calvin-spaces']) ProvidedSecret.fromName(p, name, { namespace: 'calvin-system' });
      new CustomerApp(p, 'shop', { image: IMAGE });
    }, { checkSecretReferences: true }));
    expect(error).toMatch(/: Secret "digitalocean-dns" is referenced, but nothing produces it in namespace cert-manager;/);
  });

  test('produced by an ExternalSecret, a SealedSecret or declared: synth passes; every problem is listed at once', () => {
    expect(() => synth((p) => {
      const db = new ExternalSecret(p, 'shop-db', { secretStore: { name: 'vault' }, data: { url: { key: 'k' } } });
      const token = new SealedSecret(p, 'shop-token', { encryptedData: { t: SEALED } });
      new CustomerApp(p, 'shop', { image: IMAGE, secretEnvs: { DB: db.keyRef('url'), TOKEN: token.keyRef('t') } });
    })()).not.toThrow();
    const error = errorOf(synth((p) => {
      new CustomerApp(p, 'a', { image: IMAGE, secretEnvs: { X: { secret: 'one', key: 'k' } } });
      new CustomerApp(p, 'b', { image: IMAGE, secretEnvs: { X: { secret: 'two', key: 'k' } } });
    }));
    expect(error.split('\n').map((line) => line.split(':')[0])).toEqual(['calvin/a', 'calvin/b']);
  });

  test('off by default: the same dangling reference synthesizes', () => {
    expect(() => synthPlatform((p) => { new CustomerApp(p, 'shop', { image: IMAGE, secretEnvs: { DB: { secret: 'nope', key: 'url' } } }); })).not.toThrow();
  });

  test('two constructs producing one Secret is refused naming both', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new ExternalSecret(platform, 'db', { secretStore: { name: 'vault' }, data: { url: { key: 'k' } } });
    expect(errorOf(() => new SealedSecret(platform, 'sealed-db', { name: 'db', encryptedData: { url: SEALED } })))
      .toBe('calvin/sealed-db: name "db" is already produced in namespace calvin-apps by calvin/db (one producer per Secret)');
  });
});
