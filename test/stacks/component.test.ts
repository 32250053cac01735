/**
 * `CalvinPlatform` as a Pulumi component: every child parented to it (directly), its resource
 * options reaching the children, and the user's own platform function (not the example) deployed.
 */
import * as pulumi from '@pulumi/pulumi';
import { App } from 'cdk8s';
import { CustomerApp, PlatformStack, PlatformStackProps } from '../../constructs';
import { ACME_EMAIL, installMocks, Recorder, settled, stackSecrets, valueOf } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let recorder: Recorder;
let component: typeof import('../../pulumi');

/** A customer's own platform: one public app, nothing of the example's. */
function shopPlatform(app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack {
  const platform = new PlatformStack(app, 'acme', { domain: 'placeholder.example', ...overrides });
  new CustomerApp(platform, 'shop', { image: 'registry.digitalocean.com/acme/shop:2.3.1' });
  return platform;
}

beforeAll(async () => {
  recorder = await installMocks();
  component = await import('../../pulumi');
});

describe('a customer platform through the component', () => {
  let calvin: import('../../pulumi').CalvinPlatform;
  let from: number;
  const named: string[] = [];
  beforeAll(async () => {
    from = recorder.resources.length;
    calvin = new component.CalvinPlatform('calvin', {
      platform: shopPlatform,
      settings: { domain: 'apps.acme.example', acmeEmail: ACME_EMAIL, region: 'ams3' },
      secrets: stackSecrets(SIGNING_SECRET, {}),
    }, {
      // SDK-side transformations of a component reach every child.
      transformations: [(args) => { named.push(args.name); return undefined; }],
    });
    await settled(calvin);
  });
  const declared = (): Recorder['resources'] => recorder.resources.slice(from);

  test('every child resource (providers and reads included) has the component as its parent', async () => {
    const urn = await valueOf(calvin.urn);
    const children = declared().filter((r) => r.urn !== urn);
    expect(children.length).toBeGreaterThan(20);
    expect(children.filter((r) => r.parent !== urn).map((r) => `${r.type} ${r.name} (parent ${r.parent})`)).toEqual([]);
    expect(declared().find((r) => r.urn === urn)?.type).toBe(component.CALVIN_PLATFORM_TYPE);
  });

  test('the component\'s transformations ran on every child it registered', () => {
    const children = declared().filter((r) => r.type !== component.CALVIN_PLATFORM_TYPE && !r.read);
    expect(new Set(named)).toEqual(new Set(['calvin', ...children.map((r) => r.name)]));
  });

  test('without movedFromStackRoot, no child carries an alias (a new stack has no old URNs to keep)', () => {
    expect(declared().filter((r) => r.aliases.length > 0).map((r) => r.urn)).toEqual([]);
  });

  test('the customer\'s app, not the example\'s, is applied and in appUrls', async () => {
    const objects = declared().filter((r) => r.type === 'kubernetes:yaml/v2:ConfigGroup' && r.name === 'platform')[0].inputs.objs as any[];
    expect(objects.filter((o) => o.kind === 'DomainMapping').map((o) => o.metadata.name)).toEqual(['shop.apps.acme.example']);
    expect(JSON.stringify(objects)).not.toContain('my-app');
    expect(await valueOf(calvin.appUrls)).toEqual({ shop: 'https://shop.apps.acme.example' });
    expect(await pulumi.isSecret(calvin.kubeconfig)).toBe(true);
  });

  test('settings in code win over the stack config and go through its validation', () => {
    expect(calvin.config.region).toBe('ams3');
    expect(() => new component.CalvinPlatform('bad', {
      platform: shopPlatform,
      settings: { domain: 'apps.acme.example', acmeEmail: ACME_EMAIL, region: 'mars1', nodeMinCount: 0 },
      secrets: stackSecrets(SIGNING_SECRET, {}),
    })).toThrow(/calvin-runtime:region: "mars1"; expected one of[\s\S]*calvin-runtime:nodeMinCount: "0"; expected an integer from 1 to 100/);
  });
});

test('the transforms argument is registered with the component (the engine applies a component\'s transforms to its children)', async () => {
  const from = recorder.resources.length;
  const calvin = new component.CalvinPlatform('transformed', {
    platform: shopPlatform,
    settings: { domain: 'apps.acme.example', acmeEmail: ACME_EMAIL, workerImage: 'ghcr.io/acme/scheduler-worker:1.0.0' },
    secrets: stackSecrets(SIGNING_SECRET, {}),
    transforms: [(args) => ({ props: args.props, opts: args.opts })],
  }, { transforms: [() => undefined] });
  await settled(calvin);
  const registered = recorder.resources.slice(from).find((r) => r.type === component.CALVIN_PLATFORM_TYPE)!;
  expect(registered.transforms).toBe(2);
});

test('protect on the component reaches every child it declares', async () => {
  const from = recorder.resources.length;
  const calvin = new component.CalvinPlatform('protected', {
    platform: shopPlatform,
    settings: { domain: 'apps.acme.example', acmeEmail: ACME_EMAIL, workerImage: 'ghcr.io/acme/scheduler-worker:1.0.0' },
    secrets: stackSecrets(SIGNING_SECRET, {}),
  }, { protect: true });
  await settled(calvin);
  const children = recorder.resources.slice(from).filter((r) => !r.read && r.type !== component.CALVIN_PLATFORM_TYPE);
  expect(children.length).toBeGreaterThan(20);
  expect(children.filter((r) => !r.protect).map((r) => r.name)).toEqual([]);
});
