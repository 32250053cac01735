/**
 * CustomerApp's props, and their validation: kept apart from the construct so that each file stays
 * readable. Everything public here is re-exported by customer-app.ts.
 */
import { Duration } from 'cdk8s';
import { ManifestTransform } from '../core/api-object';
import { checkKnownKeys, each, propKeys } from '../core/prop-keys';
import { APP_ROLLOUT_KEYS, AppRollout } from './app-rollout';
import { APP_ENGINES, AppEngine, AppVisibility, KSERVE_DEPLOYMENT_MODE_ANNOTATION } from '../../contracts/engine';
import {
  checkMetadataMap, dns1035Label, dnsSubdomain, imageReference, integerIn, oneOf, PropProblems,
} from '../core/validation';
import {
  checkImagePullSecrets, CONTAINER_SECURITY_KEYS, ContainerSecurity, RESOURCE_QUANTITIES_KEYS, ResolvedResources, resolveResources,
  ResourceQuantities, SECRET_KEY_REF_KEYS, SecretKeyRef,
} from '../workload';

/**
 * An app env var read from a Secret key.
 * @deprecated use SecretKeyRef (the same shape); this alias goes in the next minor release.
 * @category Constructs
 */
export type SecretEnvRef = SecretKeyRef;

/**
 * Longest app name: KServe names the Knative Service `<name>-predictor` and Knative its revisions
 * `<service>-00001`; beyond 63 characters Knative replaces the tail with a hash. 47 keeps
 * `<name>-predictor-00001` readable, and one limit for both engines means switching never breaks.
 * @category Constructs
 */
export const MAX_APP_NAME_LENGTH = 63 - '-predictor-00001'.length;

/** Knative's queue-proxy listens on these ports, and the env names Knative sets; both are refused. */
const RESERVED_PORTS = [8012, 8013, 8022, 9090, 9091];
export const RESERVED_ENV = ['PORT', 'K_SERVICE', 'K_CONFIGURATION', 'K_REVISION'];
/** Knative's default `max-revision-timeout-seconds`. */
export const MAX_TIMEOUT_SECONDS = 600;

/** @category Constructs */
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

/**
 * Edits of the synthesized manifests, for what the props do not cover.
 * @category Constructs
 */
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

/** @category Constructs */
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
   * Serve the hostname with a Certificate of its own (issued into `<name>-tls` in the app's
   * namespace by the platform's issuer) instead of the namespace's wildcard certificate: for a
   * hostname the wildcard does not cover, such as `a.b.<domain>`, the apex, or a host in another
   * zone the DNS-01 solver's token can write to.
   * @default false
   */
  readonly dedicatedCertificate?: boolean;

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
   * A canary or blue/green rollout of this version: `{ canaryPercent }` (KServe's
   * `canaryTrafficPercent`), plus `revision` and `previousRevision` with the knative engine.
   * @default none: a new version takes all the traffic at once
   */
  readonly rollout?: AppRollout;

  /**
   * Escape hatch: functions that edit the final manifests at synth.
   * @default none
   */
  readonly transform?: CustomerAppTransforms;
}

const APP_RESOURCES_KEYS = propKeys<AppResources>('AppResources', { requests: RESOURCE_QUANTITIES_KEYS, limits: RESOURCE_QUANTITIES_KEYS });

export const CUSTOMER_APP_KEYS = propKeys<CustomerAppProps>('CustomerAppProps', {
  image: true, name: true, envs: true, secretEnvs: each(SECRET_KEY_REF_KEYS), port: true, minScale: true, maxScale: true,
  concurrencyTarget: true, containerConcurrency: true, timeout: true, resources: APP_RESOURCES_KEYS, hostname: true,
  visibility: true, dedicatedCertificate: true, engine: true, imagePullSecrets: true, serviceAccountName: true,
  automountServiceAccountToken: true, securityContext: CONTAINER_SECURITY_KEYS, labels: true, annotations: true, rollout: APP_ROLLOUT_KEYS,
  transform: propKeys<CustomerAppTransforms>('CustomerAppTransforms', { service: true, domainMapping: true }),
});

const DEFAULT_RESOURCES: ResolvedResources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } };

export interface DerivedAppSettings {
  readonly name: string;
  readonly minScale: number;
  readonly maxScale: number;
}

/** Records every problem of `props` (in the order of the props' docs) and returns the resolved resources. */
export function validateProps(problems: PropProblems, props: CustomerAppProps, derived: DerivedAppSettings): ResolvedResources {
  checkKnownKeys(problems, '', props, CUSTOMER_APP_KEYS);
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
  // visibility, hostname and dedicatedCertificate: checkEndpoint (served-endpoint.ts), shared with ModelService.
  return resources;
}
