import { Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { CustomerApp, PlatformStack, SchedulerWorker, Trigger } from '../../constructs';
import { appScopeOf, platformOf } from '../../constructs/platform/scope';
import { errorOf, findObject, synthPlatform, TEST_TLS } from '../helpers';

const IMAGE = 'registry.example.com/acme/app:1.0.0';

/** Constructs take their namespace, defaults and registries from the nearest enclosing scope. */
describe('scopes that nest', () => {
  test('an app and a trigger two constructs deep take the platform\'s namespace, pull Secrets and engine', () => {
    let worker!: SchedulerWorker;
    const docs = synthPlatform((p) => {
      const team = new Construct(new Construct(p, 'org'), 'team');
      const app = new CustomerApp(team, 'svc', { image: IMAGE });
      new Trigger(team, 'nightly', { workspace: 'team', schedule: '0 3 * * *', target: app });
      expect([appScopeOf(app), platformOf(app), PlatformStack.of(app)]).toEqual([p, p, p]);
      worker = p.worker;
    }, { appsNamespace: 'team-apps', imagePullSecrets: ['registry'], defaultEngine: 'knative' });
    const service = findObject(docs, 'Service', 'svc');
    expect(service.apiVersion).toBe('serving.knative.dev/v1');
    expect(service.metadata.namespace).toBe('team-apps');
    expect(service.spec.template.spec.imagePullSecrets).toEqual([{ name: 'registry' }]);
    const catalog = JSON.parse(worker.catalogJson());
    expect(catalog.triggers.map((t: { id: string; url: string }) => [t.id, t.url]))
      .toEqual([['team/nightly', 'http://svc.team-apps.svc.cluster.local/']]);
  });

  test('the scheduler worker takes its namespace and labels from the platform it is created in', () => {
    const docs = synthPlatform(() => undefined, { systemNamespace: 'ops', labels: { team: 'platform' } });
    const deployment = findObject(docs, 'Deployment', 'scheduler-worker');
    expect(deployment.metadata.namespace).toBe('ops');
    expect(deployment.spec.template.metadata.labels.team).toBe('platform');
  });

  test('outside any PlatformStack, each construct names its own path', () => {
    const chart = new Construct(Testing.app(), 'loose');
    expect(errorOf(() => new SchedulerWorker(new Construct(chart, 'ops'), 'Worker')))
      .toBe('loose/ops/Worker: must be created inside a PlatformStack (pass the stack, or a construct within it, as scope)');
    expect(errorOf(() => new CustomerApp(chart, 'a', { image: IMAGE })))
      .toBe('loose/a: must be created inside a PlatformStack (pass the stack, or a construct within it, as scope)');
  });

  test('the nearest scope wins: an app in a second platform belongs to that one, not the first', () => {
    const app = Testing.app();
    const first = new PlatformStack(app, 'first', { domain: 'one.example', tls: TEST_TLS });
    const second = new PlatformStack(app, 'second', { domain: 'two.example', appsNamespace: 'other-apps', tls: TEST_TLS });
    const a = new CustomerApp(new Construct(second, 'team'), 'a', { image: IMAGE });
    expect([platformOf(a), a.namespace, a.url]).toEqual([second, 'other-apps', 'https://a.two.example']);
    expect(first.apps).toEqual([]);
    expect(second.apps).toEqual([a]);
  });
});
