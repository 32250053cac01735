import { App } from 'cdk8s';
import { CustomerApp, PlatformStack, Trigger } from '../constructs';

/** The example platform that `npm run synth` writes to dist/ (and the tests snapshot). */
export function examplePlatform(app: App): PlatformStack {
  const platform = new PlatformStack(app, 'calvin', { domain: 'calvinruntime.net' });
  const myApp = new CustomerApp(platform, 'my-app', {
    image: 'registry.digitalocean.com/my-org/my-app:v1.0.0',
    envs: { LOG_LEVEL: 'info' },
    secretEnvs: { DATABASE_URL: { secret: 'my-app-db', key: 'url' } },
  });
  new Trigger(platform, 'refresh', {
    workspace: 'my-workspace',
    schedule: '*/5 * * * *',
    timezone: 'Europe/Madrid',
    target: myApp,
    path: '/endpoint',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    // The Secret lives in the system namespace (calvin-system), where the worker runs.
    secretHeaders: { Authorization: { secret: 'my-app-token', key: 'header' } },
    body: { data: 'value' },
  });
  return platform;
}
