import { CustomerApp, PlatformStack, Tenant, TenantProps, Trigger } from '../../constructs';
import { errorOf, findObject, synthPlatform } from '../helpers';
import { DefaultsTable, IMAGE } from './tables';

const SMALL = { image: IMAGE, maxScale: 1, resources: { limits: { cpu: '500m', memory: '512Mi' } } };
/** Every object of a platform with one tenant (`build` adds to it). */
function tenantDocs(props: TenantProps = {}, build: (tenant: Tenant, platform: PlatformStack) => void = () => undefined, id = 'acme'): any[] {
  return synthPlatform((p) => build(new Tenant(p, id, props), p));
}
const sameTenant = (explicit: TenantProps) => expect(tenantDocs()).toEqual(tenantDocs(explicit));
const quota = (props: TenantProps = {}) => findObject(tenantDocs(props), 'ResourceQuota').spec.hard;
const EGRESS = [{ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'], ports: [443] }];

/** Tenant's props, and what a Trigger does inside a tenant. */
export const TENANT_DEFAULTS: DefaultsTable = {
  'TenantProps.name': { documented: 'the construct id', check: () => {
    findObject(tenantDocs({}, () => undefined, 'globex'), 'Namespace', 'globex');
  } },
  'TenantProps.quota': { documented: "the platform's tenantQuota: { cpu: '2', memory: '4Gi', pods: 5 } unless set", check: () => {
    expect(quota()).toEqual({ 'requests.cpu': '2', 'limits.cpu': '2', 'requests.memory': '4Gi', 'limits.memory': '4Gi', 'pods': 5 });
    sameTenant({ quota: { cpu: '2', memory: '4Gi', pods: 5 } });
    const docs = synthPlatform((p) => { new Tenant(p, 'acme'); }, { tenantQuota: { cpu: '3', memory: '6Gi', pods: 7 } });
    expect(findObject(docs, 'ResourceQuota').spec.hard).toEqual({ 'requests.cpu': '3', 'limits.cpu': '3', 'requests.memory': '6Gi', 'limits.memory': '6Gi', 'pods': 7 });
  } },
  'PlatformStackProps.tenantQuota': { documented: "{ cpu: '2', memory: '4Gi', pods: 5 }", check: () => {
    const build = (p: PlatformStack) => { new Tenant(p, 'acme'); };
    expect(synthPlatform(build)).toEqual(synthPlatform(build, { tenantQuota: { cpu: '2', memory: '4Gi', pods: 5 } }));
  } },
  'PlatformStackProps.tenancy': { documented: '{ required: false }', check: () => {
    const build = (p: PlatformStack) => { new CustomerApp(p, 'web', SMALL); };
    expect(synthPlatform(build)).toEqual(synthPlatform(build, { tenancy: { required: false } }));
  } },
  'PlatformTenancyProps.required': { documented: 'false', check: () => {
    const build = (p: PlatformStack) => { new CustomerApp(p, 'web', SMALL); };
    expect(synthPlatform(build, { tenancy: {} })).toEqual(synthPlatform(build, { tenancy: { required: false } }));
  } },
  'TenantQuota.cpu': { documented: "'2'", check: () => { expect(quota({ quota: { pods: 3 } })['limits.cpu']).toBe('2'); } },
  'TenantQuota.memory': { documented: "'4Gi'", check: () => { expect(quota({ quota: { pods: 3 } })['limits.memory']).toBe('4Gi'); } },
  'TenantQuota.pods': { documented: '5', check: () => { expect(quota({ quota: { cpu: '1' } }).pods).toBe(5); } },
  'TenantProps.containerDefaults': { documented: "{ limits: { cpu: '250m', memory: '128Mi' }, requests: { cpu: '25m', memory: '64Mi' } }", check: () => {
    sameTenant({ containerDefaults: { limits: { cpu: '250m', memory: '128Mi' }, requests: { cpu: '25m', memory: '64Mi' } } });
    expect(findObject(tenantDocs(), 'LimitRange').spec.limits[0].default).toEqual({ cpu: '250m', memory: '128Mi' });
  } },
  'TenantProps.egress': { documented: "[{ cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'], ports: [443] }]", check: () => {
    sameTenant({ egress: EGRESS });
    expect(findObject(tenantDocs(), 'NetworkPolicy', 'allow-egress').spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: EGRESS[0].except } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
  } },
  'TenantEgressRule.except': { documented: '[]', check: () => {
    const docs = tenantDocs({ egress: [{ cidr: '203.0.113.0/24', ports: [9000] }] });
    expect(findObject(docs, 'NetworkPolicy', 'allow-egress').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '203.0.113.0/24' } }]);
  } },
  'TenantProps.podSecurity': { documented: "'baseline'", check: () => {
    expect(findObject(tenantDocs(), 'Namespace', 'acme').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    sameTenant({ podSecurity: 'baseline' });
  } },
  'TenantProps.access': { documented: 'none: no Role or RoleBinding', check: () => {
    expect(tenantDocs().filter((d) => d.kind === 'Role' || d.kind === 'RoleBinding')).toEqual([]);
  } },
  'TenantAccess.groups': { documented: '[]', check: () => {
    expect(findObject(tenantDocs({ access: { users: ['jane'] } }), 'RoleBinding').subjects.map((s: any) => s.kind)).toEqual(['User']);
  } },
  'TenantAccess.users': { documented: '[]', check: () => {
    expect(findObject(tenantDocs({ access: { groups: ['devs'] } }), 'RoleBinding').subjects.map((s: any) => s.kind)).toEqual(['Group']);
  } },
  'TenantProps.capacityCheck': { documented: "'error'", check: () => {
    expect(errorOf(() => tenantDocs({}, (t) => { new CustomerApp(t, 'big', { image: IMAGE }); }))).toContain('more than its quota');
  } },
  'TenantProps.labels': { documented: '{}', check: () => {
    expect(findObject(tenantDocs(), 'ResourceQuota').metadata.labels).toEqual({
      'calvin-runtime.io/tenant': 'acme', 'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime',
    });
    sameTenant({ labels: {} });
  } },
  'TenantProps.imagePullSecrets': { documented: '[]', check: () => {
    expect(findObject(tenantDocs({}, (t) => { new CustomerApp(t, 'web', SMALL); }), 'InferenceService').spec.predictor).not.toHaveProperty('imagePullSecrets');
  } },
  'TenantProps.defaultEngine': { documented: "the platform's defaultEngine", check: () => {
    const docs = synthPlatform((p) => { new CustomerApp(new Tenant(p, 'acme'), 'web', SMALL); }, { defaultEngine: 'knative' });
    expect(findObject(docs, 'Service', 'web').apiVersion).toBe('serving.knative.dev/v1');
  } },
  'TenantProps.signingSecret': { documented: "{ secret: '<name>-trigger-signing', key: 'secrets' }", check: () => {
    let entry: any;
    const docs = tenantDocs({}, (t) => { entry = new Trigger(t, 'nightly', { schedule: '0 3 * * *', target: new CustomerApp(t, 'web', SMALL) }).toCatalogEntry(); });
    expect(entry.signingSecret).toEqual({ secret: 'acme-trigger-signing', key: 'secrets' });
    expect(findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec.volumes.filter((v: any) => v.secret).map((v: any) => v.secret))
      .toEqual([{ secretName: 'acme-trigger-signing', items: [{ key: 'secrets', path: 'secrets' }] }]);
  } },
  'TriggerProps.workspace': { documented: "the tenant's name inside a Tenant; required elsewhere", check: () => {
    let id = '';
    tenantDocs({}, (t) => { id = new Trigger(t, 'nightly', { schedule: '0 3 * * *', target: new CustomerApp(t, 'web', SMALL) }).id; });
    expect(id).toBe('acme/nightly');
    expect(errorOf(() => synthPlatform((p) => { new Trigger(p, 't', { schedule: '* * * * *', url: 'https://example.org' }); })))
      .toBe('calvin/t: workspace is required (the tenant the trigger belongs to, e.g. "my-workspace")');
  } },
  'ITriggerTarget.hostname': { documented: 'undefined: the target is cluster-local (no public URL)', check: () => {
    let app!: CustomerApp;
    synthPlatform((p) => { app = new CustomerApp(p, 'web', { image: IMAGE, visibility: 'clusterLocal' }); });
    expect([app.hostname, app.url]).toEqual([undefined, app.internalUrl]);
  } },
};
