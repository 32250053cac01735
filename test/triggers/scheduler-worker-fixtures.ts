/** The platforms the scheduler worker's tests synthesize, shared by the scheduler-worker*.test.ts files. */
import { Testing } from 'cdk8s';
import {
  CustomerApp, PlatformStack, PlatformStackProps, SchedulerWorkerProps, Trigger, TRIGGER_CATALOG_FILE, TriggerProps,
} from '../../constructs';
import { errorOf, findObject, synthPlatform } from '../helpers';

const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';
export const SYSTEM = 'calvin-system';

/** The usage, plus a second trigger sharing the Secret with another key and a third with a long dotted Secret name. */
export function usage(platform: PlatformStack, overrides: Partial<TriggerProps> = {}): void {
  const app = new CustomerApp(platform, 'my-app', { image: IMAGE });
  new Trigger(platform, 'refresh', {
    workspace: 'my-workspace', schedule: '*/5 * * * *', timezone: 'Europe/Madrid', target: app, path: '/endpoint', method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    secretHeaders: { Authorization: { secret: 'my-app-token', key: 'header' } },
    body: { data: 'value' },
    ...overrides,
  });
  new Trigger(platform, 'report', {
    workspace: 'my-workspace', schedule: '@daily', target: app,
    secretHeaders: { 'X-Api-Key': { secret: 'my-app-token', key: 'api-key' }, 'X-Signature': { secret: LONG_SECRET, key: 'sig.v1' } },
  });
}
export const LONG_SECRET = `${'very-long-secret-name.'.repeat(5)}tokens`;

export function synthWorker(build: (p: PlatformStack) => void = usage, props: Partial<PlatformStackProps> = {}) {
  const docs = synthPlatform(build, props);
  const deployment = findObject(docs, 'Deployment', 'scheduler-worker');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];
  const env = Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
  const catalogText: string = findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data[TRIGGER_CATALOG_FILE];
  return { docs, deployment, pod, container, env, catalogText };
}

export function workerError(worker: SchedulerWorkerProps): string {
  return errorOf(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker }));
}
