// The example platform: `npm run synth` writes it to dist/.
import { App } from 'cdk8s';
import { CustomerApp, PlatformStack } from './constructs';

const app = new App();
const platform = new PlatformStack(app, 'calvin', { domain: 'calvinruntime.net' });
new CustomerApp(platform, 'my-app', {
  image: 'registry.digitalocean.com/my-org/my-app:v1.0.0',
  envs: { LOG_LEVEL: 'info' },
  secretEnvs: { DATABASE_URL: { secret: 'my-app-db', key: 'url' } },
});
app.synth();
