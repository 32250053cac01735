import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { CustomerApp, MODEL_FORMATS, ModelService, ModelServiceProps, PlatformStack, Tenant, Trigger } from '../../constructs';
import { errorOf, findObject, synthChart, synthPlatform, TEST_TLS } from '../helpers';

const IRIS: ModelServiceProps = { modelFormat: 'sklearn', storageUri: 's3://calvin-models/acme/iris/1/' };
const STORAGE = { secret: 'acme-models', endpoint: 'https://fra1.digitaloceanspaces.com' };

describe('a scikit-learn model in a tenant', () => {
  let model!: ModelService;
  const docs = synthPlatform((p) => { model = new ModelService(new Tenant(p, 'acme'), 'iris', { ...IRIS, storage: STORAGE, maxScale: 1 }); });

  test('an InferenceService with a model predictor (schema-valid, as every object here)', () => {
    const isvc = findObject(docs, 'InferenceService', 'iris');
    expect(isvc.metadata).toMatchObject({ namespace: 'acme', annotations: { 'serving.kserve.io/deploymentMode': 'Knative' } });
    expect(isvc.spec.predictor).toEqual({
      minReplicas: 0, maxReplicas: 1, scaleMetric: 'concurrency', scaleTarget: 10, serviceAccountName: 'iris-storage',
      model: {
        modelFormat: { name: 'sklearn' }, protocolVersion: 'v1', storageUri: 's3://calvin-models/acme/iris/1/',
        resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '1Gi' } },
      },
    });
  });

  test('a ServiceAccount listing the storage Secret, without an API token', () => {
    const account = findObject(docs, 'ServiceAccount', 'iris-storage');
    expect(account).toMatchObject({ metadata: { namespace: 'acme' }, automountServiceAccountToken: false, secrets: [{ name: 'acme-models' }] });
    const order = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    expect(order.indexOf('ServiceAccount/iris-storage')).toBeLessThan(order.indexOf('InferenceService/iris'));
  });

  test('the S3 settings KServe reads from the storage Secret\'s annotations', () => {
    expect(model.storageSecretAnnotations).toEqual({
      'serving.kserve.io/s3-endpoint': 'fra1.digitaloceanspaces.com', 'serving.kserve.io/s3-usehttps': '1',
      'serving.kserve.io/s3-region': 'us-east-1', 'serving.kserve.io/s3-usevirtualbucket': 'false',
    });
  });

  test('served like an app: DomainMapping at <name>.<tenant>.<domain> on the tenant\'s wildcard, and its URLs', () => {
    expect(findObject(docs, 'DomainMapping', 'iris.acme.example.com').spec).toEqual({
      ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: 'iris-predictor' }, tls: { secretName: 'wildcard-tls' },
    });
    expect([model.url, model.internalUrl, model.predictUrl]).toEqual([
      'https://iris.acme.example.com', 'http://iris-predictor.acme.svc.cluster.local', 'https://iris.acme.example.com/v1/models/iris:predict',
    ]);
  });
});

describe('with the platform', () => {
  test('a trigger calls the model by reference (an ITriggerTarget)', () => {
    let trigger!: Trigger;
    synthPlatform((p) => {
      const acme = new Tenant(p, 'acme');
      trigger = new Trigger(acme, 'score', { schedule: '0 * * * *', target: new ModelService(acme, 'iris', IRIS), path: '/v1/models/iris:predict', body: { instances: [[5.1, 3.5, 1.4, 0.2]] } });
    });
    expect(trigger.url).toBe('http://iris-predictor.acme.svc.cluster.local/v1/models/iris:predict');
    expect(trigger.toCatalogEntry().target).toEqual({ app: 'iris', namespace: 'acme', via: 'internal' });
  });

  test('a model and an app cannot share a name in one namespace', () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new CustomerApp(p, 'iris', { image: 'registry.example.com/iris:1' });
    expect(errorOf(() => new ModelService(p, 'model', { ...IRIS, name: 'iris', hostname: 'model.example.com' })))
      .toBe('calvin/model: name "iris" is already used in namespace calvin-apps by calvin/iris (app names are unique per namespace)');
  });

  test('the capacity check counts the storage-initializer (1 CPU, 1Gi): three pods of a small model exceed 2 CPU', () => {
    const p = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new ModelService(new Tenant(p, 'acme'), 'iris', { ...IRIS, maxScale: 3, resources: { limits: { cpu: '100m', memory: '256Mi' } } });
    expect(errorOf(() => synthChart(p))).toContain('can scale to 3 pods, 3 CPU and 3Gi of limits (maxScale × limits, sidecar defaults and init containers included: calvin/acme/iris: 3 × (1 CPU, 1Gi))');
    const q = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    new ModelService(new Tenant(q, 'acme'), 'iris', { ...IRIS, maxScale: 2 });
    expect(synthChart(q).filter((d) => d.kind === 'InferenceService')).toHaveLength(1);
  });

  test('the optional fields reach the predictor', () => {
    const docs = synthPlatform((p) => {
      new ModelService(p, 'iris', { ...IRIS, modelFormatVersion: '1', runtime: 'kserve-sklearnserver', runtimeVersion: 'v0.20.0', protocolVersion: 'v2', visibility: 'clusterLocal' });
    });
    const isvc = findObject(docs, 'InferenceService', 'iris');
    expect(isvc.spec.predictor.model).toMatchObject({ modelFormat: { name: 'sklearn', version: '1' }, runtime: 'kserve-sklearnserver', runtimeVersion: 'v0.20.0', protocolVersion: 'v2' });
    expect(isvc.metadata.labels['networking.knative.dev/visibility']).toBe('cluster-local');
    expect(docs.filter((d) => d.kind === 'DomainMapping' || d.kind === 'ServiceAccount' && d.metadata.name === 'iris-storage')).toEqual([]);
  });
});

describe('the formats are those of KServe\'s released ClusterServingRuntimes', () => {
  test('MODEL_FORMATS equals the supportedModelFormats of the vendored v0.20.0 cluster resources', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'kserve', 'v0.20.0', 'kserve-cluster-resources.yaml'), 'utf8');
    const runtimes = parseAllDocuments(text).map((d) => d.toJS()).filter((d) => d?.kind === 'ClusterServingRuntime');
    const formats = new Set(runtimes.flatMap((r) => (r.spec.supportedModelFormats ?? []).map((f: { name: string }) => f.name)));
    expect([...MODEL_FORMATS].sort()).toEqual([...formats].sort());
    expect(runtimes.find((r) => r.metadata.name === 'kserve-sklearnserver').spec.supportedModelFormats.map((f: { name: string }) => f.name)).toEqual(['sklearn']);
  });
});

describe('bad props name the model, the field and the value', () => {
  const modelError = (props: Partial<ModelServiceProps>) => errorOf(() => new ModelService(new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS }), 'iris', { ...IRIS, ...props } as ModelServiceProps));
  test.each<[string, Partial<ModelServiceProps>, string]>([
    ['no format', { modelFormat: undefined }, 'calvin/iris: modelFormat is required (e.g. "sklearn")'],
    ['unknown format', { modelFormat: 'scikit' as any }, 'calvin/iris: modelFormat "scikit" is not "autogluon", "huggingface"'],
    ['no storageUri', { storageUri: undefined }, 'calvin/iris: storageUri is required'],
    ['gs:// scheme', { storageUri: 'gs://bucket/iris/1/' }, 'calvin/iris: storageUri "gs://bucket/iris/1/" has scheme "gs"; the platform serves models from its S3-compatible object store'],
    ['not a URI', { storageUri: '/models/iris' }, 'calvin/iris: storageUri "/models/iris" is not a URI of the form s3://<bucket>/<prefix>/'],
    ['bucket with a dot', { storageUri: 's3://my.models/iris/1/' }, 'calvin/iris: storageUri "s3://my.models/iris/1/" names bucket "my.models", which is not a bucket name'],
    ['bucket in capitals', { storageUri: 's3://Models/iris/1/' }, 'names bucket "Models", which is not a bucket name'],
    ['no prefix', { storageUri: 's3://models/' }, 'calvin/iris: storageUri "s3://models/" has no prefix: KServe would download the whole bucket'],
    ['no trailing slash', { storageUri: 's3://models/acme/iris/1' }, 'does not end with \'/\': KServe downloads every key that starts with the prefix, so "acme/iris/1" would also take "acme/iris/10/…"'],
    ['a .. segment', { storageUri: 's3://models/acme/../globex/' }, 'has an empty, "." or ".." path segment'],
    ['an empty segment', { storageUri: 's3://models/acme//1/' }, 'has an empty, "." or ".." path segment'],
    ['a space', { storageUri: 's3://models/acme iris/1/' }, 'has characters outside S3\'s safe set'],
    ['bad name', { name: 'Iris' }, 'calvin/iris: name "Iris" is not a DNS-1035 label'],
    ['name too long', { name: 'i'.repeat(46) }, 'at most 45 characters'],
    ['protocol', { protocolVersion: 'grpc' as any }, 'calvin/iris: protocolVersion "grpc" is not "v1" or "v2"'],
    ['runtime name', { runtime: 'Kserve_SK' }, 'calvin/iris: runtime "Kserve_SK" is not a DNS-1123 subdomain'],
    ['runtime version', { runtimeVersion: 'v1 beta' }, 'calvin/iris: runtimeVersion "v1 beta" is not an image tag'],
    ['request above limit', { resources: { requests: { cpu: '2' } } }, 'calvin/iris: resources.requests.cpu "2" is more than the limit (500m)'],
    ['minScale above maxScale', { minScale: 3, maxScale: 2 }, 'calvin/iris: minScale 3 is greater than maxScale (2)'],
    ['maxScale zero', { maxScale: 0 }, 'calvin/iris: maxScale 0 is not an integer from 1 to 1000'],
    ['storage without secret', { storage: { endpoint: 'https://fra1.digitaloceanspaces.com' } as any }, 'calvin/iris: storage.secret is required'],
    ['storage endpoint not a URL', { storage: { secret: 's', endpoint: 'fra1.digitaloceanspaces.com' } }, 'calvin/iris: storage.endpoint "fra1.digitaloceanspaces.com" is not an http(s) origin'],
    ['storage region', { storage: { ...STORAGE, region: 'EU West' } }, 'calvin/iris: storage.region "EU West" is not a region name'],
    ['deployment mode annotation', { annotations: { 'serving.kserve.io/deploymentMode': 'Standard' } }, 'is set by the platform (use PlatformStack kserveDeploymentMode)'],
    ['hostname on a clusterLocal model', { visibility: 'clusterLocal', hostname: 'iris.example.com' }, 'calvin/iris: hostname "iris.example.com" is set on a clusterLocal model, which has no public host'],
  ])('%s', (_what, props, expected) => {
    expect(modelError(props)).toContain(expected);
  });
});
