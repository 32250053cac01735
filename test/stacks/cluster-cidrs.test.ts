/**
 * The worker's CLUSTER_CIDRS comes from the DOKS cluster the component creates (its clusterSubnet
 * and serviceSubnet outputs), not from the synthesized default: a VPC-native cluster may have
 * ranges of its own, and an allow-listed name must resolve only into the cluster's. A value the
 * platform sets itself is kept.
 */
import { App } from 'cdk8s';
import { CustomerApp, PlatformStack, PlatformStackProps } from '../../constructs';
import { DEFAULT_CLUSTER_CIDRS } from '../../contracts/target-allow-list';
import { ACME_EMAIL, installMocks, Recorder, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
/** A VPC-native cluster's own ranges, unlike DOKS's usual 10.244.0.0/16 and 10.245.0.0/16. */
const SUBNETS: [string, string] = ['172.20.0.0/16', '172.21.0.0/20'];
let recorder: Recorder;
let component: typeof import('../../pulumi');

beforeAll(async () => {
  recorder = await installMocks({ clusterSubnets: SUBNETS });
  component = await import('../../pulumi');
});

function platformWith(clusterCidrs?: string[]) {
  return (app: App, overrides: Partial<PlatformStackProps> = {}): PlatformStack => {
    const platform = new PlatformStack(app, 'acme', {
      domain: 'placeholder.example', ...overrides, worker: { ...overrides.worker!, ...(clusterCidrs ? { clusterCidrs } : {}) },
    });
    new CustomerApp(platform, 'shop', { image: 'registry.digitalocean.com/acme/shop:2.3.1' });
    return platform;
  };
}

/** Declares the stack and returns the worker Deployment the `platform` ConfigGroup applies, and that group. */
async function deploy(clusterCidrs?: string[]): Promise<{ env: Record<string, string>; group: Recorder['resources'][number] }> {
  const from = recorder.resources.length;
  const calvin = new component.CalvinPlatform('calvin', {
    platform: platformWith(clusterCidrs),
    settings: { domain: 'apps.acme.example', acmeEmail: ACME_EMAIL, workerImage: 'ghcr.io/acme/calvin-worker:1.0.0' },
    secrets: stackSecrets(SIGNING_SECRET, {}),
  });
  await settled(calvin);
  const group = recorder.resources.slice(from).find((r) => r.type === 'kubernetes:yaml/v2:ConfigGroup' && r.name === 'platform')!;
  const deployment = (group.inputs.objs as any[]).find((o) => o.kind === 'Deployment' && o.metadata.name === 'scheduler-worker');
  const env = deployment.spec.template.spec.containers[0].env as Array<{ name: string; value?: string }>;
  return { env: Object.fromEntries(env.filter((e) => e.value !== undefined).map((e) => [e.name, e.value!])), group };
}

test('the platform left clusterCidrs unset: the worker gets the cluster\'s clusterSubnet and serviceSubnet, and waits for the cluster', async () => {
  const { env, group } = await deploy();
  expect(env.CLUSTER_CIDRS).toBe(SUBNETS.join(','));
  expect(env.CLUSTER_CIDRS).not.toBe(DEFAULT_CLUSTER_CIDRS.join(','));
  // The rest of the worker's settings stay as synthesized.
  expect(env.TARGET_ALLOW_LIST).toBe('.calvin-apps.svc.cluster.local');
  expect(recorder.dependencyNames(group)).toContain('cluster');
});

test('a platform that sets clusterCidrs keeps its own value', async () => {
  const { env } = await deploy(['10.96.0.0/12']);
  expect(env.CLUSTER_CIDRS).toBe('10.96.0.0/12');
});
