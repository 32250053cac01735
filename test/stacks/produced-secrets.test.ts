import { producedSecrets, referencedSecrets } from '../../pulumi/app-secrets';
import { CustomerApp, ExternalSecret, SealedSecret } from '../../constructs';
import { synthPlatform } from '../helpers';

describe('the stack asks config values only for the Secrets nothing in the platform produces', () => {
  test('an ExternalSecret\'s and a SealedSecret\'s Secrets are produced; a plain reference is not', () => {
    const objects = synthPlatform((p) => {
      const db = new ExternalSecret(p, 'shop-db', { secretStore: { name: 'vault' }, data: { url: { key: 'k' } } });
      const token = new SealedSecret(p, 'shop-token', { encryptedData: { t: 'AgBy3i4OJSWK+PiTySYZZA==' } });
      new CustomerApp(p, 'shop', { image: 'registry.example.com/shop:v1', secretEnvs: { DB: db.keyRef('url'), T: token.keyRef('t'), X: { secret: 'by-hand', key: 'x' } } });
    }, { applySet: true });
    const produced = producedSecrets(objects);
    expect(produced).toEqual(new Set(['calvin-apps/shop-db', 'calvin-apps/shop-token', 'calvin-apps/calvin-applyset', 'calvin-system/calvin-applyset']));
    const needs = referencedSecrets(objects).keys.filter((need) => !produced.has(`${need.namespace}/${need.secret}`));
    expect(needs.filter((need) => need.namespace === 'calvin-apps').map((need) => need.secret)).toEqual(['by-hand']);
  });
});
