import { Duration, Testing } from 'cdk8s';
import {
  checkTriggerCatalog, CustomerApp, parseTriggerCatalog, PlatformStack, Trigger, TRIGGER_CATALOG_FILE, TriggerCatalog, TriggerProps,
} from '../../constructs';
import { findObject, synthChart, synthPlatform, TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';

const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';

/** The catalog from synthesized output, after checking it with the worker's own validator. */
function catalogOf(docs: any[]): TriggerCatalog {
  const configMap = findObject(docs, 'ConfigMap', 'scheduler-worker-triggers');
  expect(Object.keys(configMap.data)).toEqual([TRIGGER_CATALOG_FILE]);
  const check = parseTriggerCatalog(configMap.data[TRIGGER_CATALOG_FILE]);
  expect(check.problems).toEqual([]);
  return check.catalog!;
}

/** A platform with one app `my-app` (and a clusterLocal `worker-app`), plus whatever `build` adds. */
function synthWithApp(build: (platform: PlatformStack, app: CustomerApp) => void): any[] {
  return synthPlatform((platform) => {
    const app = new CustomerApp(platform, 'my-app', { image: IMAGE });
    new CustomerApp(platform, 'jobs', { image: IMAGE, visibility: 'clusterLocal' });
    build(platform, app);
  });
}

function oneTrigger(props: Partial<TriggerProps>, id = 'refresh') {
  let trigger!: Trigger;
  const docs = synthWithApp((platform, app) => {
    trigger = new Trigger(platform, id, { workspace: 'my-workspace', schedule: '*/5 * * * *', target: app, ...props } as TriggerProps);
  });
  const catalog = catalogOf(docs);
  expect(catalog.triggers).toHaveLength(1);
  return { trigger, entry: catalog.triggers[0], docs };
}

describe('Trigger: the usage from the issue', () => {
  const { trigger, entry, docs } = oneTrigger({
    timezone: 'Europe/Madrid',
    path: '/endpoint',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    secretHeaders: { Authorization: { secret: 'my-app-token', key: 'header' } },
    body: { data: 'value' },
  });

  test('synthesizes exactly this catalog entry (every default written out)', () => {
    expect(entry).toEqual({
      id: 'my-workspace/refresh',
      workspace: 'my-workspace',
      name: 'refresh',
      schedule: '*/5 * * * *',
      timezone: 'Europe/Madrid',
      url: 'http://my-app-predictor.calvin-apps.svc.cluster.local/endpoint',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      secretHeaders: { Authorization: { secret: 'my-app-token', key: 'header' } },
      body: '{"data":"value"}',
      timeoutMs: 30_000,
      retry: { attempts: 3, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: true },
      startingDeadlineMs: 300_000,
      concurrency: 'allow',
      enabled: true,
      target: { app: 'my-app', namespace: 'calvin-apps', via: 'internal' },
    });
  });

  test('the catalog is a valid v1 TriggerCatalog (the worker\'s validator and its JSON Schema)', () => {
    const text = findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data[TRIGGER_CATALOG_FILE];
    const parsed = JSON.parse(text);
    expect(parsed.apiVersion).toBe('calvin-runtime.dev/v1');
    expect(parsed.kind).toBe('TriggerCatalog');
    expect(checkTriggerCatalog(parsed).problems).toEqual([]);
  });

  test('exposes id, workspace, name, resolved url, schedule, timezone and method', () => {
    expect(trigger.id).toBe('my-workspace/refresh');
    expect([trigger.workspace, trigger.name]).toEqual(['my-workspace', 'refresh']);
    expect(trigger.url).toBe('http://my-app-predictor.calvin-apps.svc.cluster.local/endpoint');
    expect([trigger.schedule, trigger.timezone, trigger.method]).toEqual(['*/5 * * * *', 'Europe/Madrid', 'POST']);
    expect(trigger.toCatalogEntry()).toEqual(entry);
  });

  test('the catalog text is pretty-printed with 2 spaces, fields in schema order, and ends in a newline', () => {
    const text: string = findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data[TRIGGER_CATALOG_FILE];
    expect(text.startsWith('{\n  "apiVersion": "calvin-runtime.dev/v1",\n  "kind": "TriggerCatalog",\n  "triggers": [\n    {\n      "id": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).triggers[0])).toEqual([
      'id', 'workspace', 'name', 'schedule', 'timezone', 'url', 'method', 'headers', 'secretHeaders', 'body', 'timeoutMs', 'retry',
      'startingDeadlineMs', 'concurrency', 'enabled', 'target',
    ]);
  });

  test('the secret header\'s value is nowhere: only the Secret name and key', () => {
    const configMap = findObject(docs, 'ConfigMap', 'scheduler-worker-triggers');
    expect(configMap.data[TRIGGER_CATALOG_FILE]).toContain('"secret": "my-app-token"');
    expect(docs.some((d) => d.kind === 'Secret')).toBe(false);
  });
});

describe('Trigger defaults and URL resolution', () => {
  test('no body: GET, no Content-Type, no body field', () => {
    const { entry, trigger } = oneTrigger({});
    expect(entry.method).toBe('GET');
    expect(trigger.method).toBe('GET');
    expect(entry.headers).toEqual({});
    expect(entry).not.toHaveProperty('body');
    expect(entry.url).toBe('http://my-app-predictor.calvin-apps.svc.cluster.local/');
    expect(entry.timezone).toBe('UTC');
  });

  test('an object body defaults to POST with Content-Type: application/json', () => {
    const { entry } = oneTrigger({ body: { a: [1, 2], b: { c: true } } });
    expect(entry.method).toBe('POST');
    expect(entry.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(entry.body!)).toEqual({ a: [1, 2], b: { c: true } });
  });

  test('an array body is JSON too', () => {
    const { entry } = oneTrigger({ body: [1, 'two'], method: 'PUT' });
    expect([entry.method, entry.body, entry.headers]).toEqual(['PUT', '[1,"two"]', { 'Content-Type': 'application/json' }]);
  });

  test('a Content-Type given in any case (or as a secret header) is kept, not duplicated', () => {
    expect(oneTrigger({ body: { a: 1 }, headers: { 'content-type': 'application/vnd.api+json' } }).entry.headers)
      .toEqual({ 'content-type': 'application/vnd.api+json' });
    const secretType = oneTrigger({ body: { a: 1 }, secretHeaders: { 'Content-Type': { secret: 's', key: 'k' } } }).entry;
    expect(secretType.headers).toEqual({});
  });

  test('a string body is sent as is, without a default Content-Type', () => {
    const { entry } = oneTrigger({ body: 'a=1&b=2', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect([entry.method, entry.body]).toEqual(['POST', 'a=1&b=2']);
    expect(oneTrigger({ body: 'plain', method: 'PATCH' }).entry.headers).toEqual({});
  });

  test('targetVia public calls https://<hostname>', () => {
    const { entry, trigger } = oneTrigger({ targetVia: 'public', path: '/hooks/tick?source=cron' });
    expect(entry.url).toBe('https://my-app.example.com/hooks/tick?source=cron');
    expect(trigger.url).toBe(entry.url);
    expect(entry.target).toEqual({ app: 'my-app', namespace: 'calvin-apps', via: 'public' });
  });

  test('targetVia public follows the app\'s url: plain http on a platform without TLS', () => {
    let trigger!: Trigger;
    synthPlatform((platform) => {
      const app = new CustomerApp(platform, 'my-app', { image: IMAGE });
      trigger = new Trigger(platform, 't', { workspace: 'w', schedule: '@hourly', target: app, targetVia: 'public' });
    }, { tls: false });
    expect(trigger.url).toBe('http://my-app.example.com/');
  });

  test('a clusterLocal app is reached through its internal URL', () => {
    let trigger!: Trigger;
    synthWithApp((platform) => {
      const jobs = platform.node.findChild('jobs') as CustomerApp;
      trigger = new Trigger(platform, 't', { workspace: 'w', schedule: '@hourly', target: jobs });
    });
    expect(trigger.url).toBe('http://jobs-predictor.calvin-apps.svc.cluster.local/');
  });

  test('the knative engine and a custom apps namespace change the internal URL', () => {
    const docs = synthPlatform((platform) => {
      const app = new CustomerApp(platform, 'api', { image: IMAGE, engine: 'knative' });
      new Trigger(platform, 't', { workspace: 'w', schedule: '@hourly', target: app, path: '/x' });
    }, { appsNamespace: 'tenants' });
    const entry = catalogOf(docs).triggers[0];
    expect(entry.url).toBe('http://api.tenants.svc.cluster.local/x');
    expect(entry.target).toEqual({ app: 'api', namespace: 'tenants', via: 'internal' });
  });

  test('a url target: no target block, the URL as given', () => {
    const { entry } = oneTrigger({ target: undefined, url: 'https://hooks.example.org/ping?x=1' });
    expect(entry.url).toBe('https://hooks.example.org/ping?x=1');
    expect(entry).not.toHaveProperty('target');
  });

  test('every other prop reaches the entry', () => {
    const { entry } = oneTrigger({
      name: 'nightly',
      schedule: '0 30 2 * * *',
      timezone: 'America/New_York',
      method: 'DELETE',
      headers: { 'X-Tenant': 'acme', Accept: 'application/json' },
      secretHeaders: { 'X-Api-Key': { secret: 'keys.acme', key: 'api_key' } },
      timeout: Duration.minutes(15),
      retry: { attempts: 5, baseDelay: Duration.millis(250), maxDelay: Duration.seconds(10), jitter: false },
      startingDeadline: Duration.hours(1),
      concurrency: 'forbid',
      enabled: false,
    }, 'ignored-id');
    expect(entry).toMatchObject({
      id: 'my-workspace/nightly',
      name: 'nightly',
      schedule: '0 30 2 * * *',
      timezone: 'America/New_York',
      method: 'DELETE',
      headers: { 'X-Tenant': 'acme', 'Accept': 'application/json' },
      secretHeaders: { 'X-Api-Key': { secret: 'keys.acme', key: 'api_key' } },
      timeoutMs: 900_000,
      retry: { attempts: 5, baseDelayMs: 250, maxDelayMs: 10_000, jitter: false },
      startingDeadlineMs: 3_600_000,
      concurrency: 'forbid',
      enabled: false,
    });
  });

  test('maxDelay defaults to baseDelay when baseDelay is above 5 minutes', () => {
    expect(oneTrigger({ retry: { baseDelay: Duration.minutes(10) } }).entry.retry).toEqual({ attempts: 3, baseDelayMs: 600_000, maxDelayMs: 600_000, jitter: true });
  });
});

describe('the catalog: one ConfigMap per platform', () => {
  const build = (order: string[]) => (platform: PlatformStack) => {
    for (const id of order) {
      const [workspace, name] = id.split('/');
      new Trigger(platform, `${workspace}-${name}`, { workspace, name, schedule: '@daily', url: `https://example.org/${name}`, headers: { 'X-B': '2', 'X-A': '1' } });
    }
  };
  const ids = ['zeta/a', 'alpha/b', 'alpha/a', 'alpha-2/a', 'alpha/z'];

  test('triggers are sorted by id (code-unit order), whatever the creation order', () => {
    const catalog = catalogOf(synthPlatform(build(ids)));
    expect(catalog.triggers.map((t) => t.id)).toEqual(['alpha-2/a', 'alpha/a', 'alpha/b', 'alpha/z', 'zeta/a']);
  });

  test('deterministic: creation order and header order do not change a byte', () => {
    const text = (order: string[]) => findObject(synthPlatform(build(order)), 'ConfigMap', 'scheduler-worker-triggers').data[TRIGGER_CATALOG_FILE];
    const first = text(ids);
    expect(text([...ids].reverse())).toBe(first);
    expect(text(ids)).toBe(first);
    expect(Object.keys(JSON.parse(first).triggers[0].headers)).toEqual(['X-A', 'X-B']);
  });

  test('it lives in the system namespace with the stack labels', () => {
    const configMap = findObject(synthPlatform(build(ids), { systemNamespace: 'platform' }), 'ConfigMap');
    expect(configMap.metadata).toMatchObject({ name: 'scheduler-worker-triggers', namespace: 'platform' });
    expect(configMap.metadata.labels['app.kubernetes.io/part-of']).toBe('calvin');
  });

  test('a trigger added after the stack (and after its app) is in the catalog: it is filled at synth', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE } });
    const app = new CustomerApp(platform, 'my-app', { image: IMAGE });
    const before = catalogOf(synthChart(platform));
    expect(before.triggers).toEqual([]);
    new Trigger(platform, 'late', { workspace: 'w', schedule: '@hourly', target: app });
    expect(catalogOf(synthChart(platform)).triggers.map((t) => t.id)).toEqual(['w/late']);
    expect(platform.triggers.map((t) => t.id)).toEqual(['w/late']);
  });

  test('triggers nested in other constructs of the stack are found', () => {
    const docs = synthWithApp((_platform, app) => {
      new Trigger(app, 'inside-app', { workspace: 'w', schedule: '@hourly', target: app });
    });
    expect(catalogOf(docs).triggers.map((t) => t.id)).toEqual(['w/inside-app']);
  });

  test('a name may be reused in another workspace', () => {
    const docs = synthPlatform((platform) => {
      new Trigger(platform, 'a', { workspace: 'one', name: 'sync', schedule: '@hourly', url: 'https://example.org' });
      new Trigger(platform, 'b', { workspace: 'two', name: 'sync', schedule: '@hourly', url: 'https://example.org' });
    });
    expect(catalogOf(docs).triggers.map((t) => t.id)).toEqual(['one/sync', 'two/sync']);
  });

  test('transform edits the entry (returned or changed in place); toCatalogEntry returns fresh copies', () => {
    let trigger!: Trigger;
    const docs = synthPlatform((platform) => {
      trigger = new Trigger(platform, 'a', {
        workspace: 'w', schedule: '@hourly', url: 'https://example.org',
        transform: (entry) => ({ ...entry, headers: { ...entry.headers, 'X-Extra': 'yes' } }),
      });
      new Trigger(platform, 'b', {
        workspace: 'w', schedule: '@hourly', url: 'https://example.org',
        transform: (entry) => { (entry as any).timeoutMs = 1234; },
      });
    });
    const [a, b] = catalogOf(docs).triggers;
    expect(a.headers).toEqual({ 'X-Extra': 'yes' });
    expect(b.timeoutMs).toBe(1234);
    (trigger.toCatalogEntry().headers as Record<string, string>)['X-Mutated'] = 'x';
    expect(trigger.toCatalogEntry().headers).toEqual({ 'X-Extra': 'yes' });
  });
});
