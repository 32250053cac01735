import { ManifestValidator } from '../../constructs';
import { closeSchema } from '../../scripts/import-crds';
import { schemaProblems } from '../helpers';

const validator = ManifestValidator.bundled();

const goodIsvc = () => ({
  apiVersion: 'serving.kserve.io/v1beta1',
  kind: 'InferenceService',
  metadata: { name: 'a', namespace: 'apps' },
  spec: { predictor: { minReplicas: 0, maxReplicas: 3, containers: [{ name: 'kserve-container', image: 'nginx:1', ports: [{ containerPort: 8080 }] }] } },
});

const goodDeployment = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'w', labels: { app: 'w' } },
  spec: {
    selector: { matchLabels: { app: 'w' } },
    template: {
      metadata: { labels: { app: 'w' } },
      spec: { containers: [{ name: 'w', image: 'w:1', resources: { limits: { cpu: 1, memory: '1Gi' } }, ports: [{ containerPort: 80 }] }] },
    },
  },
});

describe('ManifestValidator (bundled schemas)', () => {
  test('knows the core kinds and every CRD kind the library emits', () => {
    expect(validator.kinds).toEqual(expect.arrayContaining([
      'v1/Namespace', 'v1/ConfigMap', 'v1/Service', 'v1/ServiceAccount', 'apps/v1/Deployment', 'policy/v1/PodDisruptionBudget',
      'serving.kserve.io/v1beta1/InferenceService', 'serving.knative.dev/v1/Service', 'serving.knative.dev/v1beta1/DomainMapping',
      'keda.sh/v1alpha1/ScaledObject', 'keda.sh/v1alpha1/ScaledJob',
      'cert-manager.io/v1/Certificate', 'cert-manager.io/v1/ClusterIssuer', 'cert-manager.io/v1/Issuer',
    ]));
  });

  test('checks cert-manager objects against the full CRDs: a DNS-01 DigitalOcean solver without its token, a misspelled field', () => {
    const issuer = (solver: object): object => ({
      apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'le' },
      spec: { acme: { server: 'https://acme-staging-v02.api.letsencrypt.org/directory', email: 'ops@example.org', privateKeySecretRef: { name: 'le-key' }, solvers: [solver] } },
    });
    expect(validator.validate(issuer({ dns01: { digitalocean: { tokenSecretRef: { name: 'do', key: 'access-token' } } } }))).toEqual([]);
    expect(validator.validate(issuer({ dns01: { digitalocean: {} } }))).toEqual([
      { path: '/spec/acme/solvers/0/dns01/digitalocean/tokenSecretRef', message: 'required field is missing' },
    ]);
    // HTTP-01 is left out of the generated types only: validation still knows it.
    expect(validator.validate(issuer({ http01: { ingress: { ingressClassName: 'kourier' } } }))).toEqual([]);
    const certificate = {
      apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'c', namespace: 'apps' },
      spec: { secretName: 's', dnsNames: ['*.example.org'], issuerRef: { kind: 'ClusterIssuer', name: 'le' }, dnsName: 'typo' },
    };
    expect(validator.validate(certificate)).toEqual([{ path: '/spec/dnsName', message: 'unknown field "dnsName"' }]);
    const namespaced = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'i', namespace: 'apps' }, spec: { selfSigned: {} } };
    expect(validator.validate(namespaced)).toEqual([]);
  });

  test('accepts valid objects (numbers are valid quantities)', () => {
    expect(validator.validate(goodIsvc())).toEqual([]);
    expect(validator.validate(goodDeployment())).toEqual([]);
  });

  test('rejects a misspelled CRD field that a plain schema check would let through', () => {
    const isvc: any = goodIsvc();
    isvc.spec.predictor.minReplica = 1;
    expect(validator.validate(isvc)).toEqual([{ path: '/spec/predictor/minReplica', message: 'unknown field "minReplica"' }]);
  });

  test('rejects wrong types, bad enums and unknown metadata fields with JSON paths', () => {
    const isvc: any = goodIsvc();
    isvc.spec.predictor.maxReplicas = 'ten';
    isvc.spec.predictor.scaleMetric = 'latency';
    isvc.metadata.label = { a: 'b' };
    expect(validator.validate(isvc)).toEqual(expect.arrayContaining([
      { path: '/spec/predictor/maxReplicas', message: 'must be integer' },
      { path: '/spec/predictor/scaleMetric', message: 'must be one of ["cpu","memory","concurrency","rps"]' },
      { path: '/metadata/label', message: 'unknown field "label"' },
    ]));
  });

  test('rejects missing required fields in core kinds', () => {
    const deployment: any = goodDeployment();
    delete deployment.spec.selector;
    delete deployment.spec.template.spec.containers[0].name;
    expect(validator.validate(deployment)).toEqual(expect.arrayContaining([
      { path: '/spec/selector', message: 'required field is missing' },
      { path: '/spec/template/spec/containers/0/name', message: 'required field is missing' },
    ]));
  });

  test('rejects unknown fields deep in core kinds', () => {
    const deployment: any = goodDeployment();
    deployment.spec.template.spec.containers[0].ports[0].protocl = 'TCP';
    deployment.spec.replica = 2;
    expect(validator.validate(deployment)).toEqual([
      { path: '/spec/replica', message: 'unknown field "replica"' },
      { path: '/spec/template/spec/containers/0/ports/0/protocl', message: 'unknown field "protocl"' },
    ]);
  });

  test('int-or-string and quantity fields say what they accept', () => {
    const deployment: any = goodDeployment();
    deployment.spec.template.spec.containers[0].resources.limits.cpu = true;
    deployment.spec.strategy = { rollingUpdate: { maxSurge: false } };
    expect(validator.validate(deployment)).toEqual(expect.arrayContaining([
      { path: '/spec/template/spec/containers/0/resources/limits/cpu', message: 'must be string or number' },
      { path: '/spec/strategy/rollingUpdate/maxSurge', message: 'must be integer or string' },
    ]));
  });

  test('keeps objects marked x-kubernetes-preserve-unknown-fields open', () => {
    const ksvc = {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'a' },
      spec: { template: { spec: { containers: [{ image: 'a:1' }], affinity: { anythingGoes: true } } } },
    };
    expect(validator.validate(ksvc)).toEqual([]);
  });

  test('rejects a wrong apiVersion for a known kind, unknown kinds and non-objects', () => {
    expect(validator.validate({ ...goodIsvc(), apiVersion: 'serving.kserve.io/v1alpha1' })[0].message)
      .toMatch(/^no schema for apiVersion "serving.kserve.io\/v1alpha1", kind "InferenceService"/);
    expect(validator.validate({ apiVersion: 'v1', kind: 'Gadget' })[0].message).toMatch(/^no schema for apiVersion "v1", kind "Gadget"/);
    expect(validator.validate('kind: Namespace')).toEqual([{ path: '', message: 'must be an object with apiVersion and kind' }]);
  });
});

describe('the tests\' schemaProblems helper', () => {
  test('rejects a broken core object through both the bundled schema and kubernetes-models', () => {
    const broken = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 7, nmae: 'typo' } };
    const problems = schemaProblems([broken]);
    expect(problems).toEqual(expect.arrayContaining([
      'v1/Namespace 7: /metadata/nmae unknown field "nmae"',
      'v1/Namespace 7: /metadata/name must be string',
    ]));
    expect(problems.some((p) => p.startsWith('v1/Namespace 7 (kubernetes-models): ') && p.includes('name must be string'))).toBe(true);
  });

  test('rejects a broken CRD object and passes a valid one', () => {
    expect(schemaProblems([goodIsvc()])).toEqual([]);
    const broken: any = goodIsvc();
    broken.spec.predictor.containers[0].ports[0].containerPort = 'http';
    expect(schemaProblems([broken])).toEqual([
      'serving.kserve.io/v1beta1/InferenceService a: /spec/predictor/containers/0/ports/0/containerPort must be integer',
    ]);
  });
});

describe('closeSchema (the import script\'s schema closing)', () => {
  test('closes objects with properties, leaves preserve-unknown and maps open, strips descriptions', () => {
    const closed = closeSchema({
      type: 'object',
      description: 'root',
      properties: {
        spec: { type: 'object', properties: { a: { type: 'string', description: 'x' } } },
        open: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { b: { type: 'string' } } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        list: { type: 'array', items: { type: 'object', properties: { c: { type: 'integer' } } } },
      },
    });
    expect(closed).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        spec: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
        open: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { b: { type: 'string' } } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        list: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { c: { type: 'integer' } } } },
      },
    });
  });
});
