import { ModelService, ModelServiceProps, Tenant } from '../../constructs';
import { findObject, synthPlatform } from '../helpers';
import { DefaultsTable } from './tables';

const IRIS: ModelServiceProps = { modelFormat: 'sklearn', storageUri: 's3://calvin-models/acme/iris/1/' };
const STORAGE = { secret: 'acme-models', endpoint: 'https://fra1.digitaloceanspaces.com' };
/** Every object of a platform with the model `iris` (in tenant `acme` when `inTenant`). */
function modelDocs(props: Partial<ModelServiceProps> = {}, inTenant = false): any[] {
  return synthPlatform((p) => { new ModelService(inTenant ? new Tenant(p, 'acme') : p, 'iris', { ...IRIS, ...props }); });
}
const isvc = (props: Partial<ModelServiceProps> = {}) => findObject(modelDocs(props), 'InferenceService', 'iris');
const sameModel = (explicit: Partial<ModelServiceProps>) => expect(modelDocs()).toEqual(modelDocs(explicit));
const annotationsOf = (storage: ModelServiceProps['storage']) => {
  let model!: ModelService;
  synthPlatform((p) => { model = new ModelService(p, 'iris', { ...IRIS, storage }); });
  return model.storageSecretAnnotations;
};

/** ModelService's props and its storage credentials. */
export const MODEL_DEFAULTS: DefaultsTable = {
  'ModelServiceProps.name': { documented: 'the construct id', check: () => { findObject(modelDocs(), 'InferenceService', 'iris'); } },
  'ModelServiceProps.modelFormatVersion': { documented: 'none: any version the runtime supports', check: () => {
    expect(isvc().spec.predictor.model.modelFormat).toEqual({ name: 'sklearn' });
  } },
  'ModelServiceProps.runtime': { documented: 'none: KServe picks a runtime that supports the format', check: () => {
    expect(isvc().spec.predictor.model).not.toHaveProperty('runtime');
  } },
  'ModelServiceProps.runtimeVersion': { documented: "none: the runtime's own", check: () => {
    expect(isvc().spec.predictor.model).not.toHaveProperty('runtimeVersion');
  } },
  'ModelServiceProps.protocolVersion': { documented: "'v1'", check: () => { expect(isvc().spec.predictor.model.protocolVersion).toBe('v1'); sameModel({ protocolVersion: 'v1' }); } },
  'ModelServiceProps.resources': { documented: "{ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '1Gi' } }", check: () => {
    sameModel({ resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '1Gi' } } });
    expect(isvc().spec.predictor.model.resources.limits).toEqual({ cpu: '500m', memory: '1Gi' });
  } },
  'ModelServiceProps.minScale': { documented: '0', check: () => { expect(isvc().spec.predictor.minReplicas).toBe(0); sameModel({ minScale: 0 }); } },
  'ModelServiceProps.maxScale': { documented: '1', check: () => { expect(isvc().spec.predictor.maxReplicas).toBe(1); sameModel({ maxScale: 1 }); } },
  'ModelServiceProps.concurrencyTarget': { documented: '10', check: () => { expect(isvc().spec.predictor.scaleTarget).toBe(10); sameModel({ concurrencyTarget: 10 }); } },
  'ModelServiceProps.visibility': { documented: "'public'", check: () => { findObject(modelDocs(), 'DomainMapping', 'iris.example.com'); sameModel({ visibility: 'public' }); } },
  'ModelServiceProps.hostname': { documented: '`<name>.<domain>`, or `<name>.<tenant>.<domain>` in a tenant', check: () => {
    findObject(modelDocs(), 'DomainMapping', 'iris.example.com');
    findObject(modelDocs({}, true), 'DomainMapping', 'iris.acme.example.com');
  } },
  'ModelServiceProps.dedicatedCertificate': { documented: 'false', check: () => {
    expect(modelDocs().filter((d) => d.kind === 'Certificate').map((d) => d.metadata.name)).toEqual(['wildcard-tls']);
    sameModel({ dedicatedCertificate: false });
  } },
  'ModelServiceProps.storage': { documented: "none: the bucket must be readable without a key, or KServe's inferenceservice-config supplies one", check: () => {
    expect(isvc().spec.predictor).not.toHaveProperty('serviceAccountName');
    expect(modelDocs().filter((d) => d.kind === 'ServiceAccount' && d.metadata.name === 'iris-storage')).toEqual([]);
  } },
  'ModelStorageCredentials.region': { documented: "'us-east-1' (what DigitalOcean Spaces accepts)", check: () => {
    expect(annotationsOf(STORAGE)['serving.kserve.io/s3-region']).toBe('us-east-1');
  } },
  'ModelStorageCredentials.useVirtualBucket': { documented: 'false', check: () => {
    expect(annotationsOf(STORAGE)['serving.kserve.io/s3-usevirtualbucket']).toBe('false');
    expect(annotationsOf({ ...STORAGE, useVirtualBucket: false })).toEqual(annotationsOf(STORAGE));
  } },
  'ModelServiceProps.labels': { documented: '{}', check: () => { expect(isvc().metadata.labels).toEqual({ 'app.kubernetes.io/name': 'iris', 'app.kubernetes.io/part-of': 'calvin', 'app.kubernetes.io/managed-by': 'calvin-runtime' }); sameModel({ labels: {} }); } },
  'ModelServiceProps.annotations': { documented: '{}', check: () => { expect(isvc().metadata.annotations).toEqual({ 'serving.kserve.io/deploymentMode': 'Knative' }); sameModel({ annotations: {} }); } },
  'ModelServiceProps.transform': { documented: 'none', check: () => { sameModel({ transform: {} }); } },
  'ModelServiceTransforms.inferenceService': { documented: 'none', check: () => { sameModel({ transform: { inferenceService: undefined } }); } },
  'ModelServiceTransforms.domainMapping': { documented: 'none', check: () => { sameModel({ transform: { domainMapping: undefined } }); } },
  'ModelServiceTransforms.serviceAccount': { documented: 'none', check: () => {
    expect(modelDocs({ storage: STORAGE })).toEqual(modelDocs({ storage: STORAGE, transform: { serviceAccount: undefined } }));
  } },
};
