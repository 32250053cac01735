import { App } from 'cdk8s';
import { CustomerApp, PlatformStack, PlatformStackProps, Trigger } from '../constructs';

/**
 * The example platform that `npm run synth` writes to dist/ (and the tests snapshot). The Pulumi
 * program (stacks/) hands the same function to CalvinPlatform, which passes the stack's domain, TLS
 * issuer and the worker's image and metrics bucket as `overrides`: edit this file to change what both deploy.
 */
export function examplePlatform(app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack {
  const platform = new PlatformStack(app, 'calvin', {
    domain: 'calvinruntime.net',
    // Let's Encrypt staging until issuing works (the Pulumi stack passes its acmeEmail and acmeEnvironment).
    tls: { issuer: { email: 'ops@calvinruntime.net', environment: 'staging' } },
    // The worker that fires the triggers: no image is published for you. Build worker/Dockerfile and
    // push it here (`calvin-runtime/pulumi`'s CalvinPlatform builds, pushes and sets it instead).
    worker: { image: 'registry.digitalocean.com/my-org/scheduler-worker:0.1.0' },
    // ServiceMonitors, alert rules and Grafana dashboards for kube-prometheus-stack (docs/monitoring.md).
    monitoring: { release: 'kube-prometheus-stack' },
    ...overrides,
  });
  const myApp = new CustomerApp(platform, 'my-app', {
    image: 'registry.digitalocean.com/my-org/my-app:v1.0.0',
    envs: { LOG_LEVEL: 'info' },
    secretEnvs: { DATABASE_URL: { secret: 'my-app-db', key: 'url' } },
  });
  // Reached only inside the cluster (the trigger worker's `internal` path): no DomainMapping, no certificate.
  new CustomerApp(platform, 'reports', {
    image: 'registry.digitalocean.com/my-org/reports:v1.0.0',
    visibility: 'clusterLocal',
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
