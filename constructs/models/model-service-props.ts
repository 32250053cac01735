import { AppVisibility, KSERVE_DEPLOYMENT_MODE_ANNOTATION } from '../../contracts/engine';
import { storageUriProblem } from '../../contracts/model-storage';
import { s3Endpoint, s3Region } from '../../contracts/rules';
import { ManifestTransform } from '../core/api-object';
import { checkMetadataMap, dns1035Label, dnsSubdomain, integerIn, oneOf, PropProblems } from '../core/validation';
import { RESOURCE_QUANTITIES_KEYS, ResolvedResources, resolveResources, ResourceQuantities } from '../workload';
import { propKeys } from '../core/prop-keys';
import { MODEL_FORMATS, MODEL_PROTOCOLS, ModelFormat, ModelProtocol } from './model-formats';
import { APP_ROLLOUT_KEYS, AppRollout, checkRollout } from '../apps/app-rollout';

/** The object store a model is read from, and the Secret with the key to read it. */
export interface ModelStorageCredentials {
  /**
   * A Secret in the model's namespace with the keys `AWS_ACCESS_KEY_ID` and
   * `AWS_SECRET_ACCESS_KEY` (a tenant's Spaces key). KServe reads the endpoint and region from the
   * Secret's annotations: whoever creates it writes `ModelService.storageSecretAnnotations` onto it.
   */
  readonly secret: string;
  /** The S3 endpoint, e.g. `https://fra1.digitaloceanspaces.com`. */
  readonly endpoint: string;
  /**
   * The region the endpoint signs for.
   * @default 'us-east-1' (what DigitalOcean Spaces accepts)
   */
  readonly region?: string;
  /**
   * Virtual-hosted bucket addressing (`<bucket>.<endpoint>`) instead of path-style.
   * @default false
   */
  readonly useVirtualBucket?: boolean;
}

export interface ModelServiceTransforms {
  /** @default none */
  readonly inferenceService?: ManifestTransform;
  /** @default none */
  readonly domainMapping?: ManifestTransform;
  /** @default none */
  readonly serviceAccount?: ManifestTransform;
}

export interface ModelServiceProps {
  /**
   * The model's name: the InferenceService, the URL path KServe serves it at
   * (`/v1/models/<name>:predict`) and the default host `<name>.<domain>` (`<name>.<tenant>.<domain>`
   * in a tenant). A DNS-1035 label of at most 45 characters.
   * @default the construct id
   */
  readonly name?: string;

  /** The model's format; a ClusterServingRuntime that supports it serves the model. */
  readonly modelFormat: ModelFormat;

  /**
   * The format's version (e.g. `'1'` for scikit-learn 1.x), to pick a runtime that supports it.
   * @default none: any version the runtime supports
   */
  readonly modelFormatVersion?: string;

  /** `s3://<bucket>/<prefix>/`: the folder of one model version, as `calvin models push` prints it. */
  readonly storageUri: string;

  /**
   * The ServingRuntime or ClusterServingRuntime to use, e.g. `kserve-sklearnserver`.
   * @default none: KServe picks a runtime that supports the format
   */
  readonly runtime?: string;

  /**
   * The runtime image's tag.
   * @default none: the runtime's own
   */
  readonly runtimeVersion?: string;

  /**
   * The inference protocol: `v1` or `v2` (Open Inference Protocol).
   * @default 'v1'
   */
  readonly protocolVersion?: ModelProtocol;

  /**
   * Requests and limits of the model server container, merged over the defaults.
   * @default { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '1Gi' } }
   */
  readonly resources?: { readonly requests?: ResourceQuantities; readonly limits?: ResourceQuantities };

  /**
   * Fewest pods; 0 scales to zero when idle.
   * @default 0
   */
  readonly minScale?: number;

  /**
   * Most pods.
   * @default 1
   */
  readonly maxScale?: number;

  /**
   * In-flight requests per pod the autoscaler aims for.
   * @default 10
   */
  readonly concurrencyTarget?: number;

  /**
   * `public` (a DomainMapping at `https://<hostname>`) or `clusterLocal` (in-cluster only).
   * @default 'public'
   */
  readonly visibility?: AppVisibility;

  /**
   * The public host.
   * @default `<name>.<domain>`, or `<name>.<tenant>.<domain>` in a tenant
   */
  readonly hostname?: string;

  /**
   * Serve the hostname with a Certificate of its own instead of the namespace's wildcard.
   * @default false
   */
  readonly dedicatedCertificate?: boolean;

  /**
   * The object store credentials KServe's storage-initializer downloads the model with (a
   * ServiceAccount listing the Secret is created for the model).
   * @default none: the bucket must be readable without a key, or KServe's inferenceservice-config supplies one
   */
  readonly storage?: ModelStorageCredentials;

  /**
   * Labels on the InferenceService (and, through KServe, its pods).
   * @default {}
   */
  readonly labels?: Record<string, string>;

  /**
   * Annotations on the InferenceService.
   * @default {}
   */
  readonly annotations?: Record<string, string>;

  /**
   * A canary rollout of this model version: `{ canaryPercent }` becomes KServe's
   * `canaryTrafficPercent` (the rest goes to the last fully rolled-out version).
   * @default none: a new version takes all the traffic at once
   */
  readonly rollout?: AppRollout;

  /**
   * Escape hatch: functions that edit the final manifests at synth.
   * @default none
   */
  readonly transform?: ModelServiceTransforms;
}

/** `<name>-predictor-<namespace>` must fit Knative's 63-character host label. */
export const MAX_MODEL_NAME_LENGTH = 45;
export const DEFAULT_MODEL_RESOURCES: ResolvedResources = { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '1Gi' } };

/** Records every problem of the props; returns the resolved resources. */
export function checkModelProps(problems: PropProblems, props: ModelServiceProps, name: string, minScale: number, maxScale: number): ResolvedResources {
  problems.check('name', name, dns1035Label(MAX_MODEL_NAME_LENGTH));
  if (props.modelFormat === undefined) problems.add('modelFormat', props.modelFormat, 'is required (e.g. "sklearn")');
  problems.check('modelFormat', props.modelFormat, oneOf(MODEL_FORMATS, 'the formats of KServe\'s ClusterServingRuntimes'));
  problems.check('modelFormatVersion', props.modelFormatVersion, (v) => (typeof v === 'string' && /^[A-Za-z0-9._-]{1,63}$/.test(v) ? undefined : 'is not a version (e.g. "1")'));
  if (props.storageUri === undefined) problems.add('storageUri', props.storageUri, 'is required (e.g. "s3://models/acme/iris/1/", as `calvin models push` prints it)');
  problems.check('storageUri', props.storageUri, storageUriProblem);
  problems.check('runtime', props.runtime, dnsSubdomain);
  problems.check('runtimeVersion', props.runtimeVersion, (v) => (typeof v === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(v) ? undefined : 'is not an image tag'));
  problems.check('protocolVersion', props.protocolVersion, oneOf(MODEL_PROTOCOLS));
  const resources = resolveResources(problems, 'resources', props.resources, DEFAULT_MODEL_RESOURCES);
  problems.check('minScale', minScale, integerIn(0, 1000));
  problems.check('maxScale', maxScale, integerIn(1, 1000));
  if (Number.isInteger(minScale) && Number.isInteger(maxScale) && minScale > maxScale) problems.add('minScale', minScale, `is greater than maxScale (${maxScale})`);
  problems.check('concurrencyTarget', props.concurrencyTarget, integerIn(1, 1000));
  checkStorage(problems, props.storage);
  checkRollout(problems, props.rollout, 'kserve', `${name}-predictor`);
  checkMetadataMap(problems, 'labels', props.labels, 'labels');
  checkMetadataMap(problems, 'annotations', props.annotations, 'annotations');
  if (props.annotations?.[KSERVE_DEPLOYMENT_MODE_ANNOTATION] !== undefined) {
    problems.add(`annotations.${KSERVE_DEPLOYMENT_MODE_ANNOTATION}`, KSERVE_DEPLOYMENT_MODE_ANNOTATION, 'is set by the platform (use PlatformStack kserveDeploymentMode)');
  }
  return resources;
}

function checkStorage(problems: PropProblems, storage: ModelStorageCredentials | undefined): void {
  if (storage === undefined) return;
  if (storage === null || typeof storage !== 'object') {
    problems.add('storage', storage, 'is not an object ({ secret, endpoint, region?, useVirtualBucket? })');
    return;
  }
  if (storage.secret === undefined) problems.add('storage.secret', storage.secret, 'is required (the Secret with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)');
  problems.check('storage.secret', storage.secret, dnsSubdomain);
  if (storage.endpoint === undefined) problems.add('storage.endpoint', storage.endpoint, 'is required (e.g. "https://fra1.digitaloceanspaces.com")');
  problems.check('storage.endpoint', storage.endpoint, s3Endpoint);
  problems.check('storage.region', storage.region, s3Region);
  if (storage.useVirtualBucket !== undefined && typeof storage.useVirtualBucket !== 'boolean') problems.add('storage.useVirtualBucket', storage.useVirtualBucket, 'is not a boolean');
}

/** The keys of ModelServiceProps and the objects inside it: an unknown key is refused at synth (constructs/core/prop-keys.ts). */
export const MODEL_SERVICE_KEYS = propKeys<ModelServiceProps>('ModelServiceProps', {
  name: true, modelFormat: true, modelFormatVersion: true, storageUri: true, runtime: true, runtimeVersion: true,
  protocolVersion: true,
  resources: propKeys<NonNullable<ModelServiceProps['resources']>>('ModelServiceProps.resources', { requests: RESOURCE_QUANTITIES_KEYS, limits: RESOURCE_QUANTITIES_KEYS }),
  minScale: true, maxScale: true, concurrencyTarget: true, visibility: true, hostname: true, dedicatedCertificate: true,
  storage: propKeys<ModelStorageCredentials>('ModelStorageCredentials', { secret: true, endpoint: true, region: true, useVirtualBucket: true }),
  labels: true, annotations: true, rollout: APP_ROLLOUT_KEYS,
  transform: propKeys<ModelServiceTransforms>('ModelServiceTransforms', { inferenceService: true, domainMapping: true, serviceAccount: true }),
});
