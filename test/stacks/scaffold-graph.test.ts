/**
 * The resource-graph checks (graph.ts: namespaces before their objects, CRDs before their custom
 * resources, no object declared twice) over the `calvin init` scaffold's platform: the scaffold is
 * written from the CLI's templates into a temporary directory and its Pulumi program (infra/index.ts,
 * with its platform.ts) runs under the same mocks, against this repo's sources (jest maps
 * `calvin-runtime` and `calvin-runtime/pulumi` to them; the scaffold's `node_modules` is a link to
 * this repo's). test/customer-repo.test.ts runs the same program from the packed, installed packages.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { calvin, ROOT } from '../cli/capture';
import { declaredTwice, graphNodes, unmetNeeds, Versions } from './graph';
import { ACME_EMAIL, DNS_TOKEN, installMocks, Recorder, valueOf } from './mocks';

jest.setTimeout(120_000);

let recorder: Recorder;
let versions: Versions;
let work: string;

beforeAll(async () => {
  const secrets = { 'calvin-runtime:signingSecret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'calvin-runtime:dnsToken': DNS_TOKEN };
  recorder = await installMocks({
    config: { 'calvin-runtime:domain': 'apps.acme.example', 'calvin-runtime:acmeEmail': ACME_EMAIL, ...secrets },
    secretKeys: Object.keys(secrets),
  });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-scaffold-graph-'));
  const run = await calvin(['init', 'acme-platform'], { cwd: work });
  if (run.code !== 0) throw new Error(`calvin init failed (${run.code}): ${run.stderr}`);
  const scaffold = path.join(work, 'acme-platform');
  // The scaffold's own imports (cdk8s, @pulumi/*) resolve to this repo's packages: one cdk8s and one
  // @pulumi/pulumi (the mocked one) for the scaffold and the component alike.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(scaffold, 'node_modules'), 'dir');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require(path.join(scaffold, 'infra', 'index.ts')) as { appUrls: import('@pulumi/pulumi').Output<Record<string, string>> };
  expect(await valueOf(program.appUrls)).toEqual({ hello: 'https://hello.apps.acme.example' });
  // The program exports outputs, not the component: wait until every registration it started is done.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require('@pulumi/pulumi/runtime/settings') as { waitForRPCs: () => Promise<void> }).waitForRPCs();
  versions = (await import('../../pulumi/config')).loadStackConfig().versions;
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('resource graph of the `calvin init` scaffold\'s platform', () => {
  test('the scaffold\'s own app and trigger are what was deployed', () => {
    const objects = recorder.one('kubernetes:yaml/v2:ConfigGroup', 'platform').inputs.objs as Array<{ kind: string; metadata: { name: string } }>;
    expect(objects.filter((o) => o.kind === 'DomainMapping').map((o) => o.metadata.name)).toEqual(['hello.apps.acme.example']);
    expect(JSON.stringify(objects)).not.toContain('my-app');
    expect(JSON.stringify(objects)).toContain('acme-platform');
  });

  test('no Kubernetes object is declared by two resources, over the vendored release manifests', () => {
    const nodes = graphNodes(recorder, versions);
    expect(nodes.map((n) => n.resource.name)).toEqual(expect.arrayContaining(['certManager', 'knativeCore', 'kourier', 'kserve', 'platform']));
    expect(nodes.flatMap((n) => n.objects).length).toBeGreaterThan(150);
    expect(declaredTwice(nodes, new Map(nodes.flatMap((n) => [...n.crds.entries()])))).toEqual([]);
  });

  test('every namespace and CRD an object needs is created by the resource that applies it or one it depends on', () => {
    const nodes = graphNodes(recorder, versions);
    expect(nodes.flatMap((n) => n.needs).length).toBeGreaterThan(50);
    expect(unmetNeeds(recorder, nodes)).toEqual([]);
  });

  test('the check has teeth here too: without the platform\'s namespaces, the scaffold\'s app has none', () => {
    const problems = unmetNeeds(recorder, graphNodes(recorder, versions).filter((n) => n.resource.name !== 'platform-namespaces'));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^ConfigGroup "platform": InferenceService calvin-apps\/hello needs namespace "calvin-apps"/)]));
  });
});
