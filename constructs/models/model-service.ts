import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { INFERENCE_SERVICE_GVK } from '../../imports/gvk';
import { AppVisibility, KSERVE_DEPLOYMENT_MODE_ANNOTATION } from '../../contracts/engine';
import { addManifestTransform, TransformableApiObject } from '../core/api-object';
import { PropProblems } from '../core/validation';
import { metadataLabels } from '../apps/app-manifests';
import { checkEndpoint, endpointDomainMapping, serveEndpoint } from '../apps/served-endpoint';
import { kservePredictorRollout, kserveRolloutAnnotations } from '../apps/app-rollout-render';
import { planCandidate, serveCandidate } from '../apps/rollout-candidate';
import { appScopeOf, checkTenancy, platformOf, WorkloadCapacity } from '../platform/scope';
import type { TlsCertificate } from '../platform/tls/tls-certificate';
import { ITriggerTarget, TRIGGER_TARGET } from '../triggers/trigger-target';
import { workloadServiceAccount } from '../workload';
import { cpuMemory } from '../workload/resources';
import { KSERVE_S3_ANNOTATIONS, ModelFormat, ModelProtocol, STORAGE_INITIALIZER_LIMITS } from './model-formats';
import { checkModelProps, MAX_MODEL_NAME_LENGTH, MODEL_SERVICE_KEYS, ModelServiceProps, ModelStorageCredentials } from './model-service-props';
import { checkKnownKeys } from '../core/prop-keys';

export type { ModelServiceProps, ModelServiceTransforms, ModelStorageCredentials } from './model-service-props';
export { MAX_MODEL_NAME_LENGTH } from './model-service-props';

/**
 * A trained model served by KServe from the object store: an InferenceService whose predictor is a
 * `model` (format, `storageUri`, runtime), scaling 0–N on Knative, reachable at
 * `https://<name>.<domain>` (`<name>.<tenant>.<domain>` in a Tenant) exactly as a CustomerApp is.
 * With `storage`, a ServiceAccount lists the credentials Secret, so KServe's storage-initializer
 * downloads the model with that key. A Trigger can call it (it is an ITriggerTarget).
 */
export class ModelService extends Construct implements ITriggerTarget {
  public readonly [TRIGGER_TARGET] = true as const;
  public readonly name: string;
  public readonly namespace: string;
  public readonly modelFormat: ModelFormat;
  public readonly storageUri: string;
  public readonly visibility: AppVisibility;
  /** The Knative Service KServe creates: `<name>-predictor`. */
  public readonly serviceName: string;
  public readonly hostname?: string;
  public readonly internalUrl: string;
  public readonly url: string;
  /** KServe's v1 predict URL of the model: `<url>/v1/models/<name>:predict`. */
  public readonly predictUrl: string;
  public readonly tlsSecretName?: string;
  public readonly certificate?: TlsCertificate;
  public readonly capacity: WorkloadCapacity;
  public readonly resource: ApiObject;
  public readonly domainMapping?: ApiObject;
  /** The ServiceAccount that lists the storage Secret; undefined without `storage`. */
  public readonly serviceAccount?: ApiObject;
  /**
   * The annotations KServe reads from the storage Secret (endpoint, HTTPS, region, addressing):
   * whoever creates the Secret (the Pulumi component, for a tenant's key) writes them onto it.
   * Empty without `storage`.
   */
  public readonly storageSecretAnnotations: Readonly<Record<string, string>>;
  /** The storage Secret's name (in the model's namespace); undefined without `storage`. */
  public readonly storageSecretName?: string;
  /** The bucket `storageUri` names. */
  public readonly storageBucket: string;
  /**
   * With a rollout: the candidate's (the new version's) own URL, for smoke tests before it gets
   * traffic, as a CustomerApp's on KServe: `https://candidate-<hostname>` for a public model, else
   * KServe's tag route `http://latest-<name>-predictor.<namespace>.svc.cluster.local`. Undefined
   * without a rollout.
   */
  public readonly candidateUrl?: string;
  /** With a rollout of a public model: the candidate's public host, `candidate-<hostname>`. */
  public readonly candidateHostname?: string;
  /** The DomainMapping of `candidateHostname`. */
  public readonly candidateDomainMapping?: ApiObject;
  /** The public hosts of the rollout's tags (`[candidateHostname]`), served with the model's certificate. */
  public readonly tagHostnames: readonly string[];

  public constructor(scope: Construct, id: string, props: ModelServiceProps) {
    super(scope, id);
    const appScope = appScopeOf(this);
    const platform = platformOf(this);
    const problems = new PropProblems(this);
    this.name = props.name ?? id;
    this.namespace = appScope.appsNamespace;
    this.visibility = props.visibility ?? 'public';
    this.serviceName = `${this.name}-predictor`;
    const minScale = props.minScale ?? 0;
    const maxScale = props.maxScale ?? 1;
    checkKnownKeys(problems, '', props, MODEL_SERVICE_KEYS);
    checkTenancy(problems, this, 'model');
    const { requests, limits } = checkModelProps(problems, props, this.name, minScale, maxScale);
    this.hostname = checkEndpoint(problems, this.name, MAX_MODEL_NAME_LENGTH, props, appScope.appsDomain, 'model');
    const candidate = planCandidate(problems, props.rollout, this.hostname);
    this.candidateHostname = candidate.hostname;
    this.tagHostnames = candidate.tagHostnames;
    problems.throwIfAny();

    this.modelFormat = props.modelFormat;
    this.storageUri = props.storageUri;
    this.capacity = { maxPods: maxScale, limits: cpuMemory(limits), defaultLimitSidecars: 1, initLimits: STORAGE_INITIALIZER_LIMITS };
    const endpoint = serveEndpoint(this, this.serviceName, appScope, platform, props.dedicatedCertificate ?? false);
    this.internalUrl = endpoint.internalUrl;
    this.url = endpoint.url;
    this.predictUrl = `${this.url}/v1/models/${this.name}:predict`;
    this.tlsSecretName = endpoint.tlsSecretName;
    this.certificate = endpoint.certificate;
    this.storageSecretAnnotations = props.storage ? storageAnnotations(props.storage) : {};
    this.storageSecretName = props.storage?.secret;
    this.storageBucket = new URL(props.storageUri).host;

    const labels = metadataLabels({ name: this.name, labels: props.labels ?? {}, visibility: this.visibility });
    const serviceAccountName = props.storage ? `${this.name}-storage` : undefined;
    if (props.storage) {
      const account = workloadServiceAccount(this, 'ServiceAccount', { name: serviceAccountName!, namespace: this.namespace, labels: { 'app.kubernetes.io/name': this.name }, selectorLabels: {} }, {
        secrets: [kplus.Secret.fromSecretName(this, 'StorageSecret', props.storage.secret)],
      });
      this.serviceAccount = ApiObject.of(account);
      this.serviceAccount.addDependency(appScope.appsNamespaceObject);
      addManifestTransform(this.serviceAccount, props.transform?.serviceAccount);
    }
    this.resource = new TransformableApiObject(this, 'Resource', {
      ...INFERENCE_SERVICE_GVK,
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels,
        annotations: { ...props.annotations, [KSERVE_DEPLOYMENT_MODE_ANNOTATION]: platform.kserveDeploymentMode, ...kserveRolloutAnnotations(props.rollout) },
      },
      spec: {
        predictor: {
          minReplicas: minScale,
          maxReplicas: maxScale,
          scaleMetric: 'concurrency',
          scaleTarget: props.concurrencyTarget ?? 10,
          ...kservePredictorRollout(props.rollout),
          ...(serviceAccountName ? { serviceAccountName } : {}),
          model: {
            modelFormat: { name: props.modelFormat, ...(props.modelFormatVersion ? { version: props.modelFormatVersion } : {}) },
            ...(props.runtime ? { runtime: props.runtime } : {}),
            ...(props.runtimeVersion ? { runtimeVersion: props.runtimeVersion } : {}),
            protocolVersion: (props.protocolVersion ?? 'v1') satisfies ModelProtocol,
            storageUri: props.storageUri,
            resources: { requests: { ...requests }, limits: { ...limits } },
          },
        },
      },
      transform: props.transform?.inferenceService,
    });
    this.resource.addDependency(appScope.appsNamespaceObject);
    if (this.serviceAccount) this.resource.addDependency(this.serviceAccount);
    const target = { name: this.name, namespace: this.namespace, serviceName: this.serviceName, labels: props.labels ?? {} };
    if (this.hostname) {
      this.domainMapping = endpointDomainMapping(this, target, this.hostname, this.tlsSecretName, this.resource, props.transform?.domainMapping);
    }
    const served = props.rollout && serveCandidate(this, target, candidate, { engine: 'kserve', serviceName: this.serviceName, tlsSecretName: this.tlsSecretName, resource: this.resource, transform: props.transform?.domainMapping });
    this.candidateUrl = served?.url;
    this.candidateDomainMapping = served?.domainMapping;
  }
}

/** The endpoint as KServe's S3 client takes it: a host, and whether to use HTTPS (portable across KServe releases). */
function storageAnnotations(storage: ModelStorageCredentials): Record<string, string> {
  const url = new URL(storage.endpoint);
  return {
    [KSERVE_S3_ANNOTATIONS.endpoint]: url.host,
    [KSERVE_S3_ANNOTATIONS.useHttps]: url.protocol === 'https:' ? '1' : '0',
    [KSERVE_S3_ANNOTATIONS.region]: storage.region ?? 'us-east-1',
    [KSERVE_S3_ANNOTATIONS.useVirtualBucket]: storage.useVirtualBucket ? 'true' : 'false',
  };
}
