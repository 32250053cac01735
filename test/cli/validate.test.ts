import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { ANSI, calvin } from './capture';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: "two"
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: example/api:1
          ports:
            - containerPort: 8080
              protocl: TCP
`;

const KSERVICE = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello
spec:
  template:
    spec:
      containers:
        - image: example/hello:1
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: model
spec:
  predictor:
    minReplicas: 0
    maxReplica: 3
    containers:
      - name: kserve-container
        image: example/model:1
`;

const LIST = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: ok }
    data: { a: "1" }
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: numbers }
    data: { a: 1 }
`;

describe('calvin validate', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-validate-'));
    fs.mkdirSync(path.join(dir, 'k8s', 'nested'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'k8s', 'deployment.yaml'), DEPLOYMENT);
    fs.writeFileSync(path.join(dir, 'k8s', 'nested', 'serving.yml'), KSERVICE);
    fs.writeFileSync(path.join(dir, 'k8s', 'list.json'), JSON.stringify(YAML.parse(LIST), null, 2));
    fs.writeFileSync(path.join(dir, 'k8s', 'notes.txt'), 'not a manifest: ignored by extension\n');
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n');
    // A kind without a bundled schema (SealedSecret was one until issue 23 bundled it).
    fs.writeFileSync(path.join(dir, 'argo-app.yaml'), 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: tls\nspec: {}\n');
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reports each problem with file, document, object, line:column, field path and message', async () => {
    const run = await calvin(['validate', 'k8s'], { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stdout).toBe([
      'k8s/deployment.yaml document 1 Deployment/api',
      '  6:3  spec.replicas  must be integer',
      '  18:15  spec.template.spec.containers[0].ports[0].protocl  unknown field "protocl"',
      'k8s/list.json document 1 ConfigMap/numbers',
      '  22:9  items[1].data.a  must be string',
      'k8s/nested/serving.yml document 2 InferenceService/model',
      '  18:5  spec.predictor.maxReplica  unknown field "maxReplica"',
      'invalid: 4 problems in 3 objects (5 objects in 3 files)',
      '',
    ].join('\n'));
    expect(run.stdout).not.toMatch(ANSI);
  });

  test('-o json: the same findings for machines, with JSON pointers', async () => {
    const run = await calvin(['validate', 'k8s/nested/serving.yml', 'k8s/deployment.yaml', '-o', 'json'], { cwd: dir });

    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ valid: false, files: 2, objects: 3, skippedUnknownKinds: [] });
    expect(report.problems.map((p: any) => [p.file, p.index, p.line, p.object, p.pointer])).toEqual([
      ['k8s/nested/serving.yml', 1, 18, 'InferenceService/model', '/spec/predictor/maxReplica'],
      ['k8s/deployment.yaml', 0, 6, 'Deployment/api', '/spec/replicas'],
      ['k8s/deployment.yaml', 0, 18, 'Deployment/api', '/spec/template/spec/containers/0/ports/0/protocl'],
    ]);
  });

  test('-o github: one workflow annotation per problem', async () => {
    const run = await calvin(['validate', 'k8s/nested', '-o', 'github'], { cwd: dir });

    expect(run.code).toBe(1);
    expect(run.stdout).toBe([
      '::error file=k8s/nested/serving.yml,line=18,col=5,title=InferenceService/model::spec.predictor.maxReplica: unknown field "maxReplica"',
      'invalid: 1 problem in 1 object (2 objects in 1 file)',
      '',
    ].join('\n'));
  });

  test('YAML syntax errors and kinds without a schema are problems; --allow-unknown-kinds skips the latter', async () => {
    const run = await calvin(['validate', 'broken.yaml', 'argo-app.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken.yaml document 1 ?\n  5:1  YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]\n');
    expect(run.stdout).toContain('argo-app.yaml document 1 Application/tls\n  2:1  kind  no bundled schema for apiVersion "argoproj.io/v1alpha1", kind "Application"');

    const allowed = await calvin(['validate', 'argo-app.yaml', '--allow-unknown-kinds'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toBe('skipped (no bundled schema): Application/tls (argoproj.io/v1alpha1/Application)\nvalid: 1 object in 1 file\n');
  });

  test("the platform's own synthesized output is valid; colours appear only on a terminal", async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-validate-dist-'));
    try {
      expect((await calvin(['synth', '--out', dist])).code).toBe(0);
      const plain = await calvin(['validate', dist]);
      expect(plain).toEqual({ code: 0, stdout: 'valid: 53 objects in 2 files\n', stderr: '' });
      const tty = await calvin(['validate', dist], { tty: true });
      expect(tty.stdout).toMatch(ANSI);
      const noColor = await calvin(['validate', dist], { tty: true, env: { NO_COLOR: '1' } });
      expect(noColor.stdout).toBe('valid: 53 objects in 2 files\n');
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  test('--kinds lists the bundled schemas; a path that does not exist is a usage error', async () => {
    const kinds = await calvin(['validate', '--kinds']);
    expect(kinds.code).toBe(0);
    const list = kinds.stdout.trim().split('\n');
    expect(list).toEqual(expect.arrayContaining(['apps/v1/Deployment', 'serving.kserve.io/v1beta1/InferenceService',
      'serving.knative.dev/v1/Service', 'serving.knative.dev/v1beta1/DomainMapping', 'keda.sh/v1alpha1/ScaledObject']));

    // No path is a usage error, not "everything here": a repo root's package.json is not a manifest.
    const none = await calvin(['validate'], { cwd: dir });
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'error: name the manifest files or directories to validate (e.g. calvin validate dist/)\n' });

    const missing = await calvin(['validate', 'nope.yaml', 'k8s'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: no such file or directory: nope.yaml\n');
  });
});
