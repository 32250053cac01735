import { App } from 'cdk8s';
import { Duration } from 'cdk8s';
import {
  CustomerApp, ExternalSecret, FluxDelivery, JobRunner, ModelService, PlatformStack, PlatformStackProps, QueueWorker, Tenant, Trigger,
} from '../constructs';

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
    // ApplySet labels and parents (KEP-3659): `calvin apply` prunes what this file no longer declares.
    applySet: true,
    ...overrides,
  });
  // The database URL comes from your secrets manager: the External Secrets Operator writes the Secret
  // my-app-db in calvin-apps from the ClusterSecretStore `calvin-secrets`, which you create with your
  // manager's credentials (docs/deploying.md). Nothing asks for it in the Pulumi config.
  const myAppDb = new ExternalSecret(platform, 'my-app-db', {
    secretStore: { name: 'calvin-secrets' },
    data: { url: { key: 'my-app/database-url' } },
  });
  const myApp = new CustomerApp(platform, 'my-app', {
    image: 'registry.digitalocean.com/my-org/my-app:v1.0.0',
    envs: { LOG_LEVEL: 'info' },
    secretEnvs: { DATABASE_URL: myAppDb.keyRef('url') },
    // A canary: a new image gets 10 % of the requests, the last fully rolled-out revision the rest
    // (KServe splits only once one exists); raise it to 100 to finish, set 0 to roll back.
    rollout: { canaryPercent: 10 },
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
  // A BullMQ consumer scaled by KEDA on its queue's waiting jobs (0–10 replicas, 10 jobs each; one
  // replica while delayed jobs wait). KEDA and the pods read the `redis-connection` Secret in calvin-apps.
  new QueueWorker(platform, 'predictions', {
    image: 'registry.digitalocean.com/my-org/prediction-worker:v1.0.0',
    queue: 'predictions',
    liveness: { command: ['node', 'healthcheck.js'] },
  });
  // Ephemeral CI agents: one Job per entry of the `ci:builds` stream's consumer group, 8 at most.
  new JobRunner(platform, 'ci-agents', {
    image: 'registry.digitalocean.com/my-org/ci-agent:v1.0.0',
    stream: 'ci:builds',
    maxJobs: 8,
    activeDeadline: Duration.minutes(30),
    resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { cpu: '2', memory: '4Gi' } },
  });
  exampleTenant(platform);
  // GitOps (docs/deploying.md): Flux applies what CI commits to dist/ (`calvin synth --layers`), layer
  // by layer, and prunes what the code no longer declares. A chart of its own: `calvin apply` applies
  // it after the platform; the Pulumi component leaves it out (it delivers the platform itself).
  new FluxDelivery(app, 'delivery', { source: { git: { url: 'https://github.com/my-org/platform', branch: 'main' } } });
  return platform;
}

/**
 * A tenant (KubeServe's user): its own namespace with a quota of 2 CPU, 4Gi and 5 pods, network
 * policies and a Role for its developers; a scikit-learn model pushed with `calvin models push`
 * and an app, served at `<name>.acme.calvinruntime.net` under the tenant's own wildcard certificate.
 */
function exampleTenant(platform: PlatformStack): Tenant {
  const acme = new Tenant(platform, 'acme', { access: { groups: ['acme-developers'] } });
  // The Secret acme-models (keys AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) carries the model's storageSecretAnnotations.
  new ModelService(acme, 'iris', {
    modelFormat: 'sklearn',
    storageUri: 's3://calvin-models/acme/iris/1/',
    storage: { secret: 'acme-models', endpoint: 'https://fra1.digitaloceanspaces.com' },
  });
  // The quota's 2 CPU: the model's pod counts KServe's storage-initializer (1 CPU), the app's two pods 500m each with queue-proxy.
  new CustomerApp(acme, 'shop', {
    image: 'registry.digitalocean.com/my-org/shop:v1.0.0',
    maxScale: 2,
    resources: { limits: { cpu: '250m', memory: '256Mi' } },
  });
  return acme;
}
