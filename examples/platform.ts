import { App } from 'cdk8s';
import { CustomerApp, PlatformStack } from '../constructs';

/** The example platform that `npm run synth` writes to dist/ (and the tests snapshot). */
export function examplePlatform(app: App): PlatformStack {
  const platform = new PlatformStack(app, 'calvin', { domain: 'calvinruntime.net' });
  new CustomerApp(platform, 'my-app', {
    image: 'registry.digitalocean.com/my-org/my-app:v1.0.0',
    envs: { LOG_LEVEL: 'info' },
    secretEnvs: { DATABASE_URL: { secret: 'my-app-db', key: 'url' } },
  });
  return platform;
}
