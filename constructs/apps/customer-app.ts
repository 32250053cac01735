import { ApiObject, Duration, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { DOMAIN_MAPPING_GVK, INFERENCE_SERVICE_GVK, KNATIVE_SERVICE_GVK } from '../../imports/gvk';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import {
  domainMappingManifest, inferenceServiceManifest, knativeServiceManifest, ResolvedApp,
} from './app-manifests';
import { APP_ENGINES, APP_VISIBILITIES, AppEngine, AppVisibility, KSERVE_DEPLOYMENT_MODE_ANNOTATION } from '../../contracts/engine';
import { appScopeOf, platformOf } from '../platform/scope';
import {
  checkMetadataMap, dns1035Label, dnsSubdomain, envName, hostname, imageReference, integerIn, oneOf, PropProblems,
} from '../core/validation';
import {
  checkImagePullSecrets, checkSecretKeyRef, ContainerSecurity, containerSecurity, ResolvedResources, resolveResources,
  ResourceQuantities, SecretKeyRef,
} from '../workload';

/**
 * An app env var read from a Secret key.
 * @deprecated use SecretKeyRef (the same shape); this alias goes in the next minor release.
 */
export type SecretEnvRef = SecretKeyRef;

/**
 * Longest app name: KServe names the Knative Service `<name>-predictor` and Knative its revisions
 * `<service>-00001`; beyond 63 characters Knative replaces the tail with a hash. 47 keeps
 * `<name>-predictor-00001` readable, and one limit for both engines means switching never breaks.
 */
export const MAX_APP_NAME_LENGTH = 63 - '-predictor-00001'.length;

/** Knative's queue-proxy listens on these ports, and the env names Knative sets; both are refused. */
const RESERVED_PORTS = [8012, 8013, 8022, 9090, 9091];
const RESERVED_ENV = ['PORT', 'K_SERVICE', 'K_CONFIGURATION', 'K_REVISION'];
/** Knative's default `max-revision-timeout-seconds`. */
const MAX_TIMEOUT_SECONDS = 600;

export interface AppResources {
  /**
   * Guaranteed resources, used for scheduling.
   * @default { cpu: '100m', memory: '128Mi' }
   */
  readonly requests?: ResourceQuantities;
  /**
   * Hard limits: CPU is throttled, memory over the limit kills the container.
   * @default { cpu: '1', memory: '512Mi' }
   */
  readonly limits?: ResourceQuantities;
}

/** Edits of the synthesized manifests, for what the props do not cover. */
export interface CustomerAppTransforms {
  /**
   * The InferenceService (engine `kserve`) or Knative Service (engine `knative`).
   * @default none
   */
  readonly service?: ManifestTransform;
  /**
   * The DomainMapping (public apps only).
   * @default none
   */
  readonly domainMapping?: ManifestTransform;
}

export interface CustomerAppProps {
  /** Container image, e.g. `registry.digitalocean.com/my-org/my-app:v1.0.0` (a digest pins it). */
  readonly image: string;

  /**
   * App name: the InferenceService / Knative Service name and the default host label.
   * A DNS-1035 label of at most 47 characters (see MAX_APP_NAME_LENGTH).
   * @default the construct id
   */
  readonly name?: string;

  /**
   * Plain environment variables. Never put secrets here: they end up in the manifest.
   * @default {}
   */
  readonly envs?: Record<string, string>;

  /**
   * Environment variables read from Secret keys at run time; the values never enter the manifest.
   * @default {}
   */
  readonly secretEnvs?: Record<string, SecretKeyRef>;

  /**
   * Port the container listens on (Knative passes it as `$PORT`).
   * @default 8080
   */
  readonly port?: number;

  /**
   * Fewest pods; 0 lets the app scale to zero when idle.
   * @default 0
   */
  readonly minScale?: number;

  /**
   * Most pods.
   * @default 10
   */
  readonly maxScale?: number;

  /**
   * In-flight requests per pod the autoscaler aims for (a soft target; it scales out beyond it).
   * @default 100
   */
  readonly concurrencyTarget?: number;

  /**
   * Hard cap on in-flight requests per pod; 0 means no cap. Set it for apps that cannot serve
   * requests in parallel (e.g. 1).
   * @default 0
   */
  readonly containerConcurrency?: number;

  /**
   * Longest a request may take, at most 10 minutes (Knative's default ceiling).
   * @default Duration.minutes(5)
   */
  readonly timeout?: Duration;

  /**
   * CPU and memory requests and limits, merged field by field over the defaults.
   * @default { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }
   */
  readonly resources?: AppResources;

  /**
   * Public host name of the app (ignored for `clusterLocal` apps).
   * @default `<name>.<platform domain>`
   */
  readonly hostname?: string;

  /**
   * `public` gets a DomainMapping for `https://<hostname>`; `clusterLocal` is reachable only
   * inside the cluster (no DomainMapping).
   * @default 'public'
   */
  readonly visibility?: AppVisibility;

  /**
   * Engine: `kserve` (InferenceService) or `knative` (plain Knative Service).
   * @default the PlatformStack's `defaultEngine` ('kserve')
   */
  readonly engine?: AppEngine;

  /**
   * Secrets for pulling the image.
   * @default the PlatformStack's `imagePullSecrets`
   */
  readonly imagePullSecrets?: string[];

  /**
   * ServiceAccount the pods run as.
   * @default the namespace's `default` ServiceAccount
   */
  readonly serviceAccountName?: string;

  /**
   * Mount the ServiceAccount's API token. Apps rarely call the Kubernetes API, so it is off.
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Container security settings, merged over the hardened defaults (Pod Security Standard
   * "restricted").
   * @default { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } }
   */
  readonly securityContext?: ContainerSecurity;

  /**
   * Extra labels on the app's objects.
   * @default {}
   */
  readonly labels?: Record<string, string>;

  /**
   * Extra annotations on the InferenceService / Knative Service.
   * @default {}
   */
  readonly annotations?: Record<string, string>;

  /**
   * Escape hatch: functions that edit the final manifests at synth.
   * @default none
   */
  readonly transform?: CustomerAppTransforms;
}

const DEFAULT_RESOURCES: ResolvedResources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } };

/**
 * A customer's container app that scales with traffic (0–10 pods by default) on Knative, served at
 * `https://<name>.<domain>`: an InferenceService (or Knative Service) plus a DomainMapping.
 */
export class CustomerApp extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  public readonly engine: AppEngine;
  public readonly visibility: AppVisibility;
  /** Name of the Knative Service that serves the app (`<name>-predictor` with KServe). */
  public readonly serviceName: string;
  /** Public host name; undefined for `clusterLocal` apps. */
  public readonly hostname?: string;
  /** In-cluster URL (no trip through the public ingress). */
  public readonly internalUrl: string;
  /** `https://<hostname>` for public apps, else the internal URL. */
  public readonly url: string;
  /** The InferenceService or Knative Service, for JSON patches and dependencies. */
  public readonly resource: ApiObject;
  /** The DomainMapping of a public app. */
  public readonly domainMapping?: ApiObject;

  private readonly settings: Omit<ResolvedApp, 'envs' | 'secretEnvs'>;
  private readonly envs = new Map<string, string>();
  private readonly secretEnvs = new Map<string, SecretKeyRef>();

  public constructor(scope: Construct, id: string, props: CustomerAppProps) {
    super(scope, id);
    const appScope = appScopeOf(this);
    const platform = platformOf(this);
    const problems = new PropProblems(this);

    this.name = props.name ?? id;
    this.engine = props.engine ?? appScope.defaultEngine;
    this.visibility = props.visibility ?? 'public';
    this.namespace = appScope.appsNamespace;
    this.serviceName = this.engine === 'kserve' ? `${this.name}-predictor` : this.name;
    const minScale = props.minScale ?? 0;
    const maxScale = props.maxScale ?? 10;
    const timeout = props.timeout ?? Duration.minutes(5);

    const { requests, limits } = validateProps(problems, props, { name: this.name, minScale, maxScale });
    const timeoutSeconds = wholeSeconds(timeout);
    if (timeoutSeconds === undefined || timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      problems.add('timeout', timeout.toHumanString(), `is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
    }
    if (this.visibility === 'public') {
      this.hostname = props.hostname ?? `${this.name}.${platform.domain}`;
      // A default host built from a bad name would only repeat the name's error.
      const nameIsValid = dns1035Label(MAX_APP_NAME_LENGTH)(this.name) === undefined;
      if (props.hostname !== undefined || nameIsValid) problems.check('hostname', this.hostname, hostname);
    }
    for (const [key, value] of Object.entries(props.envs ?? {})) this.recordEnv(problems, key, value);
    for (const [key, ref] of Object.entries(props.secretEnvs ?? {})) this.recordSecretEnv(problems, key, ref);
    problems.throwIfAny();

    this.internalUrl = `http://${this.serviceName}.${this.namespace}.svc.cluster.local`;
    this.url = this.hostname ? `https://${this.hostname}` : this.internalUrl;
    platform._registerApp(this);

    this.settings = {
      name: this.name,
      namespace: this.namespace,
      serviceName: this.serviceName,
      image: props.image,
      containerName: this.engine === 'kserve' ? 'kserve-container' : 'app',
      port: props.port ?? 8080,
      requests,
      limits,
      minScale,
      maxScale,
      concurrencyTarget: props.concurrencyTarget ?? 100,
      containerConcurrency: props.containerConcurrency ?? 0,
      timeoutSeconds: timeoutSeconds!,
      visibility: this.visibility,
      imagePullSecrets: props.imagePullSecrets ?? appScope.imagePullSecrets,
      serviceAccountName: props.serviceAccountName,
      automountServiceAccountToken: props.automountServiceAccountToken ?? false,
      securityContext: containerSecurity(props.securityContext),
      labels: props.labels ?? {},
      annotations: props.annotations ?? {},
    };

    const render = () => this.engine === 'kserve'
      ? inferenceServiceManifest(this.resolved(), platform.kserveDeploymentMode)
      : knativeServiceManifest(this.resolved());
    const gvk = this.engine === 'kserve' ? INFERENCE_SERVICE_GVK : KNATIVE_SERVICE_GVK;
    this.resource = new TransformableApiObject(this, 'Resource', {
      ...gvk,
      metadata: render().metadata,
      spec: Lazy.any({ produce: () => render().spec }),
      transform: props.transform?.service,
    });
    this.resource.addDependency(appScope.appsNamespaceObject);

    if (this.hostname) {
      const host = this.hostname;
      const mapping = domainMappingManifest(this.resolved(), host);
      this.domainMapping = new TransformableApiObject(this, 'DomainMapping', {
        ...DOMAIN_MAPPING_GVK,
        metadata: mapping.metadata,
        spec: mapping.spec,
        transform: props.transform?.domainMapping,
      });
      this.domainMapping.addDependency(this.resource);
    }
  }

  /** Adds a plain environment variable (never a secret: it is written into the manifest). */
  public addEnv(name: string, value: string): void {
    const problems = new PropProblems(this);
    this.recordEnv(problems, name, value);
    problems.throwIfAny();
  }

  /** Adds an environment variable read from a Secret key when the pod starts. */
  public addSecretEnv(name: string, ref: SecretKeyRef): void {
    const problems = new PropProblems(this);
    this.recordSecretEnv(problems, name, ref);
    problems.throwIfAny();
  }

  /** Validates into `problems` and stores; the caller throws if anything was recorded. */
  private recordEnv(problems: PropProblems, name: string, value: string): void {
    const before = problems.count;
    this.checkEnvName(problems, `envs.${name}`, name);
    if (typeof value !== 'string') problems.add(`envs.${name}`, value, 'is not a string (quote numbers and booleans)');
    if (problems.count === before) this.envs.set(name, value);
  }

  private recordSecretEnv(problems: PropProblems, name: string, ref: SecretKeyRef): void {
    const before = problems.count;
    const field = `secretEnvs.${name}`;
    this.checkEnvName(problems, field, name);
    checkSecretKeyRef(problems, field, ref, { secretHint: 'the Secret\'s name', allowOptional: true });
    if (problems.count === before) this.secretEnvs.set(name, ref);
  }

  private checkEnvName(problems: PropProblems, field: string, name: string): void {
    problems.check(field, name, envName);
    if (RESERVED_ENV.includes(name)) problems.add(field, name, `is set by Knative and cannot be overridden (${RESERVED_ENV.join(', ')})`);
    if (this.envs.has(name) || this.secretEnvs.has(name)) problems.add(field, name, 'is defined twice (in envs and secretEnvs, or added again)');
  }

  private resolved(): ResolvedApp {
    return { ...this.settings, envs: this.envs, secretEnvs: this.secretEnvs };
  }
}

function wholeSeconds(duration: Duration): number | undefined {
  try {
    return duration.toSeconds({ integral: true });
  } catch {
    return undefined;
  }
}

interface Derived {
  readonly name: string;
  readonly minScale: number;
  readonly maxScale: number;
}

/** Records every problem of `props` (in the order of the props' docs) and returns the resolved resources. */
function validateProps(problems: PropProblems, props: CustomerAppProps, derived: Derived): ResolvedResources {
  problems.check('name', derived.name, dns1035Label(MAX_APP_NAME_LENGTH));
  if (props.image === undefined) problems.add('image', props.image, 'is required (e.g. "registry.digitalocean.com/my-org/my-app:v1.0.0")');
  problems.check('image', props.image, imageReference);
  problems.check('port', props.port, (v) => integerIn(1, 65535)(v)
    ?? (RESERVED_PORTS.includes(v) ? `is reserved by Knative's queue-proxy (${RESERVED_PORTS.join(', ')})` : undefined));
  problems.check('minScale', derived.minScale, integerIn(0, 1000));
  problems.check('maxScale', derived.maxScale, integerIn(1, 1000));
  if (Number.isInteger(derived.minScale) && Number.isInteger(derived.maxScale) && derived.minScale > derived.maxScale) {
    problems.add('minScale', derived.minScale, `is greater than maxScale (${derived.maxScale})`);
  }
  problems.check('concurrencyTarget', props.concurrencyTarget, integerIn(1, 1000));
  problems.check('containerConcurrency', props.containerConcurrency, integerIn(0, 1000));
  if (props.concurrencyTarget !== undefined && props.containerConcurrency && props.concurrencyTarget > props.containerConcurrency) {
    problems.add('concurrencyTarget', props.concurrencyTarget, `is above containerConcurrency (${props.containerConcurrency}), which caps it`);
  }
  const resources = resolveResources(problems, 'resources', props.resources, DEFAULT_RESOURCES);
  problems.check('visibility', props.visibility, oneOf(APP_VISIBILITIES));
  problems.check('engine', props.engine, oneOf(APP_ENGINES));
  checkMetadataMap(problems, 'labels', props.labels, 'labels');
  checkMetadataMap(problems, 'annotations', props.annotations, 'annotations');
  for (const key of Object.keys(props.annotations ?? {})) {
    if (key === KSERVE_DEPLOYMENT_MODE_ANNOTATION) {
      problems.add(`annotations.${key}`, key, 'is set by the platform (use PlatformStack kserveDeploymentMode)');
    } else if (key.startsWith('autoscaling.knative.dev/')) {
      problems.add(`annotations.${key}`, key, 'is derived from minScale, maxScale and concurrencyTarget (set those instead)');
    }
  }
  problems.check('serviceAccountName', props.serviceAccountName, dnsSubdomain);
  checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
  if (props.hostname !== undefined && props.visibility === 'clusterLocal') {
    problems.add('hostname', props.hostname, 'is set on a clusterLocal app, which has no public host (drop it or make the app public)');
  }
  return resources;
}
