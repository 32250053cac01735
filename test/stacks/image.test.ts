/**
 * The worker image under Pulumi's mocks: built from the packaged build context and pushed to the stack's
 * registry with its write credentials (as secrets), the Deployment at the pushed digest and the
 * platform after the build; or a prebuilt image from config, checked to be pullable by the cluster.
 */
import * as path from 'node:path';
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, isSecretValue, MOCK, MOCK_REGISTRY, Recorder, redacted, revealed, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const IMAGE = 'docker-build:index:Image';
const CREDENTIALS = 'digitalocean:index/containerRegistryDockerCredentials:ContainerRegistryDockerCredentials';
const GROUP = 'kubernetes:yaml/v2:ConfigGroup';
const ROOT = path.resolve(__dirname, '../..');

let recorder: Recorder;
let configModule: typeof import('../../pulumi/config');

beforeAll(async () => {
  recorder = await installMocks();
  configModule = await import('../../pulumi/config');
});

/** Declares the stack; `from` is where its resources start in the recorder. */
async function deploy(settings: Partial<import('../../pulumi').CalvinPlatformSettings>): Promise<{ stack: import('../../pulumi').CalvinPlatform; from: number }> {
  const from = recorder.resources.length;
  const stack = deployExample(settings, stackSecrets(SIGNING_SECRET, APP_SECRETS));
  await settled(stack);
  return { stack, from };
}

const workerDeployment = (objs: any[]): any => objs.find((o) => o.kind === 'Deployment' && o.metadata.name === 'scheduler-worker');

function problemsOf(raw: Record<string, string>): string[] {
  try {
    configModule.parseStackConfig(raw, 'prod');
  } catch (error) {
    if (error instanceof configModule.StackConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a StackConfigError');
}

describe('no workerImage: built and pushed by pulumi up', () => {
  let declared: Recorder['resources'];
  let stack: import('../../pulumi').CalvinPlatform;
  beforeAll(async () => {
    const result = await deploy({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL });
    stack = result.stack;
    declared = recorder.resources.slice(result.from);
  });
  const one = (type: string, name: string): (typeof declared)[number] => {
    const found = declared.filter((r) => r.type === type && r.name === name);
    expect(found).toHaveLength(1);
    return found[0];
  };

  test('the packaged build context (lib/worker-image), for amd64 nodes, pushed to the stack registry under the package version', () => {
    const image = one(IMAGE, 'worker-image').inputs;
    // Not the repository root: an edit of Pulumi.<stack>.yaml (or anything else there) must not rebuild the image.
    expect(image.context).toEqual({ location: path.join(ROOT, 'lib', 'worker-image') });
    expect(image.dockerfile).toEqual({ location: path.join(ROOT, 'lib', 'worker-image', 'Dockerfile') });
    expect(image.push).toBe(true);
    expect(image.platforms).toEqual(['linux/amd64']);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(image.tags).toEqual([`${MOCK.registryEndpoint}/scheduler-worker:${(require('../../package.json') as { version: string }).version}`]);
  });

  test('registry auth: write credentials of the stack registry, username and password as secrets', () => {
    const credentials = one(CREDENTIALS, 'registry-push');
    const registry = one('digitalocean:index/containerRegistry:ContainerRegistry', 'registry');
    expect(credentials.inputs).toMatchObject({ registryName: registry.inputs.name, write: true });
    const image = one(IMAGE, 'worker-image');
    expect(recorder.dependencyNames(image)).toEqual(expect.arrayContaining(['registry', 'registry-push']));
    // The engine receives the list as one secret (its entries hold secrets), so the state encrypts it.
    expect(isSecretValue(image.inputs.registries)).toBe(true);
    const [auth] = revealed(image.inputs.registries);
    expect(auth).toEqual({ address: 'registry.digitalocean.com', username: MOCK_REGISTRY.token, password: MOCK_REGISTRY.token });
    const plain = declared.map((r) => JSON.stringify(redacted(r.inputs))).join('\n');
    expect(plain).not.toContain(MOCK_REGISTRY.token);
  });

  test('the worker Deployment runs the pushed digest; the platform ConfigGroup waits for the image', async () => {
    const ref = `${MOCK.registryEndpoint}/scheduler-worker@${MOCK_REGISTRY.digest}`;
    const platform = one(GROUP, 'platform');
    const deployment = workerDeployment(platform.inputs.objs);
    expect(deployment.spec.template.spec.containers.map((c: any) => c.image)).toEqual([ref]);
    expect(recorder.dependencyNames(platform)).toContain('worker-image');
    await expect(new Promise((resolve) => stack.workerImage.ref.apply(resolve))).resolves.toBe(ref);
  });

  test('every other object, and every other field of the Deployment, exactly as synthesized', () => {
    // cert-manager's objects (issuer, certificates) go to their own group, after cert-manager, unchanged.
    const certManager = (o: { apiVersion: string }): boolean => o.apiVersion.startsWith('cert-manager.io/');
    expect(one(GROUP, 'platform-tls').inputs.objs).toEqual(stack.platform.synthesized.objects.filter(certManager));
    const synthesized = stack.platform.synthesized.objects.filter((o) => o.kind !== 'Namespace' && !certManager(o));
    const applied = one(GROUP, 'platform').inputs.objs as any[];
    expect(applied).toHaveLength(synthesized.length);
    const built = `registry.digitalocean.com/${configModule.defaultRegistryName('calvin-runtime', 'prod')}/scheduler-worker:0.1.0`;
    expect(workerDeployment(synthesized).spec.template.spec.containers[0].image).toBe(built);
    const asSynthesized = applied.map((o) => (o === workerDeployment(applied)
      ? { ...o, spec: { ...o.spec, template: { ...o.spec.template, spec: { ...o.spec.template.spec, containers: [{ ...o.spec.template.spec.containers[0], image: built }] } } } }
      : o));
    expect(asSynthesized).toEqual(synthesized);
  });
});

describe('workerImage set: deployed as given, nothing built', () => {
  test.each([
    'ghcr.io/calvin-runtime/scheduler-worker:0.1.0',
    // REGISTRY: this stack's registryName.
    'registry.digitalocean.com/REGISTRY/scheduler-worker:0.1.0',
  ])('%s', async (given) => {
    const registryName = configModule.defaultRegistryName('calvin-runtime', 'prod');
    const image = given.replace('REGISTRY', registryName);
    const { from } = await deploy({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL, workerImage: image });
    const declared = recorder.resources.slice(from);
    expect(declared.filter((r) => r.type === IMAGE || r.type === CREDENTIALS)).toEqual([]);
    const platform = declared.find((r) => r.type === GROUP && r.name === 'platform')!;
    expect(workerDeployment(platform.inputs.objs).spec.template.spec.containers[0].image).toBe(image);
  });
});

describe('workerImage config errors', () => {
  const registryName = (): string => configModule.defaultRegistryName('calvin-runtime', 'prod');
  test('an image in another DigitalOcean registry is refused, naming the key, the value and what the cluster can pull', () => {
    const problems = problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, workerImage: 'registry.digitalocean.com/calvin/scheduler-worker:0.1.0' });
    expect(problems).toEqual([
      `calvin-runtime:workerImage: "registry.digitalocean.com/calvin/scheduler-worker:0.1.0"; expected an image in registry.digitalocean.com/${registryName()}/ (this stack's registry, the only private one the cluster can pull from) or on docker.io, ghcr.io, quay.io, registry.k8s.io, public.ecr.aws, mcr.microsoft.com, gcr.io; or unset, to build the worker image from the packaged build context`,
    ]);
  });

  test('private or unknown hosts are refused; Docker Hub short names and the configured registryName are accepted', () => {
    for (const image of ['myregistry.example.com/worker:1', 'localhost:5000/worker:1', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:1', 'registry.digitalocean.com/scheduler-worker:1']) {
      expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, workerImage: image })).toEqual([expect.stringMatching(new RegExp(`^calvin-runtime:workerImage: "${image.replace(/[.]/g, '\\.')}"; expected an image in registry\\.digitalocean\\.com/`))]);
    }
    for (const image of ['node:24', 'library/busybox:1.36', 'docker.io/owner/worker:1', 'quay.io/owner/worker@sha256:' + 'a'.repeat(64), 'registry.k8s.io/pause:3.10']) {
      expect(configModule.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, workerImage: image }, 'prod').workerImage).toBe(image);
    }
    expect(configModule.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, registryName: 'acme', workerImage: 'registry.digitalocean.com/acme/w:1' }, 'prod').workerImage).toBe('registry.digitalocean.com/acme/w:1');
  });

  test('a malformed reference names the expected form; an empty value means "build"', () => {
    expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, workerImage: 'GHCR.io/Owner/Worker:1' })).toEqual([
      'calvin-runtime:workerImage: "GHCR.io/Owner/Worker:1"; expected an image reference such as ghcr.io/owner/scheduler-worker:0.1.0',
    ]);
    expect(configModule.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, workerImage: ' ' }, 'prod').workerImage).toBeUndefined();
  });
});

describe('the packaged build context holds only what the image needs', () => {
  test('scripts/worker-image-context.mjs copies the Dockerfile and the bundle, nothing else, and the Dockerfile copies only what is there', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DockerfileParser } = require('dockerfile-ast') as typeof import('dockerfile-ast');
    const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'worker-image-'));
    try {
      // A bundle as scripts/bundle-worker.mjs writes it, native module included (the context leaves it out).
      const bundle = path.join(tmp, 'dist-worker');
      for (const file of ['main.js', 'main.js.LEGAL.txt', 'node_modules/@aws-sdk/client-s3/index.js', 'node_modules/@aws-sdk/client-s3/index.js.LEGAL.txt', 'node_modules/msgpackr-extract/index.js']) {
        fs.mkdirSync(path.dirname(path.join(bundle, file)), { recursive: true });
        fs.writeFileSync(path.join(bundle, file), `// ${file}`);
      }
      const out = path.join(tmp, 'worker-image');
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'worker-image-context.mjs'), bundle, out], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const files = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(out, f)).isFile()).map((f) => f.split(path.sep).join('/')).sort();
      expect(files).toEqual(['Dockerfile', 'main.js', 'main.js.LEGAL.txt', 'node_modules/@aws-sdk/client-s3/index.js', 'node_modules/@aws-sdk/client-s3/index.js.LEGAL.txt']);
      // Every COPY from the context names something the context holds.
      const dockerfile = DockerfileParser.parse(fs.readFileSync(path.join(out, 'Dockerfile'), 'utf8'));
      const sources = dockerfile.getInstructions().filter((i) => i.getKeyword() === 'COPY' && !i.getTextContent().includes('--from='))
        .flatMap((i) => i.getArguments().slice(0, -1).map((a) => a.getValue()));
      expect(sources).toEqual(['main.js', 'main.js.LEGAL.txt', 'node_modules']);
      for (const source of sources) expect([source, fs.existsSync(path.join(out, source))]).toEqual([source, true]);
      expect(dockerfile.getInstructions().at(-1)?.getTextContent()).toBe('CMD ["node", "--expose-gc", "lib/worker/main.js"]');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
