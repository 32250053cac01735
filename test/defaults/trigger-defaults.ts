import { Duration } from 'cdk8s';
import { CustomerApp, Tenant, Trigger, TriggerProps } from '../../constructs';
import { errorOf, findObject, synthPlatform } from '../helpers';
import { DefaultsTable, IMAGE, noop } from './tables';

const TRIGGER = { workspace: 'ws', schedule: '*/5 * * * *', url: 'https://hooks.example.org/tick' };
/** The catalog entry of one trigger; `withApp` adds the CustomerApp `web` and targets it instead of `url`. */
function entry(props: Partial<TriggerProps> = {}, withApp = false): any {
  const docs = synthPlatform((p) => {
    const target = withApp ? new CustomerApp(p, 'web', { image: IMAGE }) : undefined;
    const base = withApp ? { workspace: TRIGGER.workspace, schedule: TRIGGER.schedule, target } : TRIGGER;
    new Trigger(p, 't', { ...base, ...props } as TriggerProps);
  });
  return JSON.parse(findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data['triggers.json']).triggers[0];
}
const missingTargetError = () => errorOf(() => synthPlatform((p) => { new Trigger(p, 't', { workspace: 'ws', schedule: '* * * * *' }); }));
const INTERNAL_URL = 'http://web-predictor.calvin-apps.svc.cluster.local';

/** Trigger's props and its retry policy. */
export const TRIGGER_DEFAULTS: DefaultsTable = {
  'TriggerProps.name': { documented: 'the construct id', check: () => { expect([entry().name, entry().id]).toEqual(['t', 'ws/t']); } },
  'TriggerProps.timezone': { documented: "'UTC'", check: () => { expect(entry().timezone).toBe('UTC'); } },
  'TriggerProps.target': { documented: 'none: `url` is required', check: () => {
    expect(entry()).not.toHaveProperty('target');
    expect(missingTargetError()).toMatch(/calvin\/t: .*url/);
  } },
  'TriggerProps.url': { documented: 'none: `target` is required', check: () => {
    expect(entry({}, true).url).toBe(`${INTERNAL_URL}/`);
    expect(missingTargetError()).toMatch(/calvin\/t: .*target/);
  } },
  'TriggerProps.path': { documented: "'/'", check: () => { expect(entry({}, true).url).toBe(`${INTERNAL_URL}/`); } },
  'TriggerProps.targetVia': { documented: "'internal'", check: () => {
    expect(entry({}, true).target).toEqual({ app: 'web', namespace: 'calvin-apps', via: 'internal' });
    expect(entry({ path: '/hook' }, true).url).toBe(`${INTERNAL_URL}/hook`);
  } },
  'TriggerProps.method': { documented: "'POST' when there is a body, else 'GET'", check: () => {
    expect([entry().method, entry({ body: 'x' }).method]).toEqual(['GET', 'POST']);
  } },
  'TriggerProps.headers': { documented: '{} (plus `Content-Type: application/json` for an object body)', check: () => {
    expect(entry().headers).toEqual({});
    expect(entry({ body: { a: 1 } }).headers).toEqual({ 'Content-Type': 'application/json' });
  } },
  'TriggerProps.secretHeaders': { documented: '{}', check: () => { expect(entry().secretHeaders).toEqual({}); } },
  'TriggerSecretRef.namespace': { documented: "the tenant's namespace inside a Tenant; the platform's system namespace elsewhere", check: () => {
    // Outside a tenant: the system namespace, mounted (no namespace in the catalog), as if it were named.
    const ref = { secret: 'token', key: 'value' };
    expect(entry({ secretHeaders: { Authorization: ref } }).secretHeaders).toEqual({ Authorization: ref });
    expect(entry({ secretHeaders: { Authorization: { ...ref, namespace: 'calvin-system' } } }).secretHeaders).toEqual({ Authorization: ref });
    // Inside a tenant: the tenant's.
    const docs = synthPlatform((p) => { new Trigger(new Tenant(p, 'acme'), 't', { schedule: TRIGGER.schedule, url: TRIGGER.url, secretHeaders: { Authorization: ref } }); });
    const tenantEntry = JSON.parse(findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data['triggers.json']).triggers[0];
    expect(tenantEntry.secretHeaders).toEqual({ Authorization: { ...ref, namespace: 'acme' } });
  } },
  'TriggerProps.body': { documented: 'no body', check: () => { expect(entry()).not.toHaveProperty('body'); } },
  'TriggerProps.timeout': { documented: 'Duration.seconds(30)', check: () => { expect(entry().timeoutMs).toBe(30_000); } },
  'TriggerProps.retry': { documented: '{ attempts: 3, baseDelay: 1 s, maxDelay: 5 min, jitter: true }', check: () => {
    expect(entry().retry).toEqual({ attempts: 3, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: true });
  } },
  'TriggerProps.startingDeadline': { documented: 'Duration.minutes(5)', check: () => { expect(entry().startingDeadlineMs).toBe(300_000); } },
  'TriggerProps.concurrency': { documented: "'allow'", check: () => { expect(entry().concurrency).toBe('allow'); } },
  'TriggerProps.enabled': { documented: 'true', check: () => { expect(entry().enabled).toBe(true); } },
  'TriggerProps.transform': { documented: 'none', check: () => { expect(entry()).toEqual(entry({ transform: noop })); } },
  'TriggerRetry.attempts': { documented: '3', check: () => { expect(entry({ retry: { jitter: false } }).retry.attempts).toBe(3); } },
  'TriggerRetry.baseDelay': { documented: 'Duration.seconds(1)', check: () => { expect(entry({ retry: { attempts: 2 } }).retry.baseDelayMs).toBe(1000); } },
  'TriggerRetry.maxDelay': { documented: 'Duration.minutes(5), or `baseDelay` if that is longer', check: () => {
    expect(entry({ retry: { attempts: 2 } }).retry.maxDelayMs).toBe(300_000);
    expect(entry({ retry: { baseDelay: Duration.minutes(10) } }).retry.maxDelayMs).toBe(600_000);
  } },
  'TriggerRetry.jitter': { documented: 'true', check: () => { expect(entry({ retry: { attempts: 2 } }).retry.jitter).toBe(true); } },
};
