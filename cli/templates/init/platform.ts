// The platform: your apps and their triggers. main.ts (cdk8s) and infra/index.ts (Pulumi) both build it.
import { App } from 'cdk8s';
import { CustomerApp, PlatformStack, PlatformStackProps, Trigger } from 'calvin-runtime';

/**
 * Builds the platform into `app`. `overrides` are what the caller owns: the Pulumi component passes
 * the stack's domain, TLS issuer and the worker's image and metrics bucket; main.ts the worker image.
 */
export function buildPlatform(app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack {
  const platform = new PlatformStack(app, 'platform', {
    // Each public app is served at https://<app>.<domain>.
    domain: 'apps.example.com',
    // Let's Encrypt, staging first (its certificates are not trusted by browsers; switch once issuing works).
    tls: { issuer: { email: 'ops@example.com', environment: 'staging' } },
    ...overrides,
  });

  const hello = new CustomerApp(platform, 'hello', {
    // Any image serving HTTP on $PORT (8080); scales to zero when idle.
    image: 'ghcr.io/knative/helloworld-go:latest',
    envs: { TARGET: 'Calvin' },
    maxScale: 3,
  });

  // Every 15 minutes, Amsterdam time: a signed GET to the app, retried on failure.
  new Trigger(platform, 'ping', {
    workspace: '{{name}}',
    schedule: '*/15 * * * *',
    timezone: 'Europe/Amsterdam',
    target: hello,
    path: '/',
    method: 'GET',
  });

  return platform;
}
