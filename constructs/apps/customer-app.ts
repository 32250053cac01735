import { ApiObject, Duration, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { INFERENCE_SERVICE_GVK, KNATIVE_SERVICE_GVK } from '../../imports/gvk';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import { AppRollout, checkRollout } from './app-rollout';
import { withKnativeRollout, withKServeRollout } from './app-rollout-render';
import { inferenceServiceManifest, knativeServiceManifest, ResolvedApp } from './app-manifests';
import { checkEndpoint, endpointDomainMapping, serveEndpoint } from './served-endpoint';
import { planCandidate, serveCandidate } from './rollout-candidate';
import { AppEngine, AppVisibility } from '../../contracts/engine';
import { ITriggerTarget, TRIGGER_TARGET } from '../triggers/trigger-target';
import { appScopeOf, checkTenancy, IAppScope, platformOf, WorkloadCapacity } from '../platform/scope';
import { cpuMemory } from '../workload/resources';
import type { TlsCertificate } from '../platform/tls/tls-certificate';
import { envName, PropProblems, uniqueId } from '../core/validation';
import { checkSecretKeyRef, containerSecurity, SecretKeyRef } from '../workload';
import {
  CustomerAppProps, MAX_APP_NAME_LENGTH, MAX_TIMEOUT_SECONDS, RESERVED_ENV, validateProps,
} from './customer-app-props';

export { MAX_APP_NAME_LENGTH } from './customer-app-props';
export type { AppResources, CustomerAppProps, CustomerAppTransforms, SecretEnvRef } from './customer-app-props';

/**
 * A customer's container app that scales with traffic (0–10 pods by default) on Knative, served at
 * `https://<name>.<domain>`: an InferenceService (or Knative Service) plus a DomainMapping.
 *
 * @example
 * ```ts
 * const shop = new CustomerApp(platform, 'shop', {
 *   image: 'registry.digitalocean.com/my-org/shop:v1.0.0',
 *   secretEnvs: { DATABASE_URL: { secret: 'shop-db', key: 'url' } },
 *   resources: { limits: { memory: '1Gi' } },
 * });
 * shop.url; // https://shop.<platform domain>
 * ```
 * @category Constructs
 */
export class CustomerApp extends Construct implements ITriggerTarget {
  public readonly [TRIGGER_TARGET] = true as const;
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
  /**
   * `https://<hostname>` for public apps of a platform with TLS, `http://<hostname>` for public apps
   * of a platform with `tls: false` (nothing serves a certificate for them), else the internal URL.
   */
  public readonly url: string;
  /** The Secret whose certificate serves the hostname; undefined without TLS or a public host. */
  public readonly tlsSecretName?: string;
  /** The Certificate issued for this app alone (`dedicatedCertificate`). */
  public readonly certificate?: TlsCertificate;
  /** The InferenceService or Knative Service, for JSON patches and dependencies. */
  public readonly resource: ApiObject;
  /** The DomainMapping of a public app. */
  public readonly domainMapping?: ApiObject;
  /**
   * With a rollout: the candidate's (the new revision's) own URL, for smoke tests before it gets
   * traffic. `https://candidate-<hostname>` for a public app (a DomainMapping of its own, served by
   * the app's certificate), else the tag's route inside the cluster:
   * `http://candidate-<app>.<namespace>.svc.cluster.local` (knative), or KServe's
   * `http://latest-<app>-predictor.<namespace>.svc.cluster.local`. Undefined without a rollout.
   */
  public readonly candidateUrl?: string;
  /** With a rollout of a public app: the candidate's public host, `candidate-<hostname>`. */
  public readonly candidateHostname?: string;
  /** The DomainMapping of `candidateHostname`. */
  public readonly candidateDomainMapping?: ApiObject;
  /** The public hosts of the rollout's tags (`[candidateHostname]`), served with the app's certificate. */
  public readonly tagHostnames: readonly string[];
  /** The most its pods can take (maxScale × limits, plus Knative's queue-proxy), for a tenant's capacity check. */
  public readonly capacity: WorkloadCapacity;

  private readonly settings: Omit<ResolvedApp, 'envs' | 'secretEnvs'>;
  private readonly envs = new Map<string, string>();
  private readonly secretEnvs = new Map<string, SecretKeyRef>();

  public constructor(scope: Construct, id: string, props: CustomerAppProps) {
    super(scope, uniqueId(scope, id, 'CustomerApp', ' (set name to keep the app\'s name)'));
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

    const { requests, limits } = validateProps(problems, props, { name: this.name, minScale, maxScale });
    checkTenancy(problems, this, 'app');
    checkRollout(problems, props.rollout, this.engine, this.serviceName);
    const timeoutSeconds = checkTimeout(problems, props.timeout ?? Duration.minutes(5));
    this.hostname = checkEndpoint(problems, this.name, MAX_APP_NAME_LENGTH, props, appScope.appsDomain, 'app');
    // Knative gives each tag of the traffic split a route of its own; the candidate's is public with the app.
    const candidate = planCandidate(problems, props.rollout, this.hostname);
    this.candidateHostname = candidate.hostname;
    this.tagHostnames = candidate.tagHostnames;
    for (const [key, value] of Object.entries(props.envs ?? {})) this.recordEnv(problems, key, value);
    for (const [key, ref] of Object.entries(props.secretEnvs ?? {})) this.recordSecretEnv(problems, key, ref);
    problems.throwIfAny();

    this.capacity = { maxPods: maxScale, limits: cpuMemory(limits), defaultLimitSidecars: 1 };
    const endpoint = serveEndpoint(this, this.serviceName, appScope, platform, props.dedicatedCertificate ?? false);
    this.internalUrl = endpoint.internalUrl;
    this.url = endpoint.url;
    this.tlsSecretName = endpoint.tlsSecretName;
    this.certificate = endpoint.certificate;

    this.settings = appSettings(this, props, appScope, { requests, limits, minScale, maxScale, timeoutSeconds: timeoutSeconds! });
    this.resource = this.serviceResource(platform.kserveDeploymentMode, props.rollout, props.transform?.service);
    this.resource.addDependency(appScope.appsNamespaceObject);
    if (this.hostname) {
      this.domainMapping = endpointDomainMapping(this, this.resolved(), this.hostname, this.tlsSecretName, this.resource, props.transform?.domainMapping);
    }
    if (props.rollout) {
      const served = serveCandidate(this, this.resolved(), candidate, {
        engine: this.engine, serviceName: this.serviceName, tlsSecretName: this.tlsSecretName, resource: this.resource, transform: props.transform?.domainMapping,
      });
      this.candidateUrl = served.url;
      this.candidateDomainMapping = served.domainMapping;
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

  /** The InferenceService or Knative Service; its spec is rendered at synth, as env vars may be added until then. */
  private serviceResource(deploymentMode: string, rollout: AppRollout | undefined, transform: ManifestTransform | undefined): ApiObject {
    const render = () => (this.engine === 'kserve'
      ? withKServeRollout(inferenceServiceManifest(this.resolved(), deploymentMode), rollout)
      : withKnativeRollout(knativeServiceManifest(this.resolved()), rollout, this.serviceName));
    const gvk = this.engine === 'kserve' ? INFERENCE_SERVICE_GVK : KNATIVE_SERVICE_GVK;
    return new TransformableApiObject(this, 'Resource', {
      ...gvk,
      metadata: render().metadata,
      spec: Lazy.any({ produce: () => render().spec }),
      transform,
    });
  }

  private resolved(): ResolvedApp {
    return { ...this.settings, envs: this.envs, secretEnvs: this.secretEnvs };
  }
}

/** What the constructor checked or defaulted before the settings are put together. */
interface CheckedAppProps {
  readonly requests: ResolvedApp['requests'];
  readonly limits: ResolvedApp['limits'];
  readonly minScale: number;
  readonly maxScale: number;
  readonly timeoutSeconds: number;
}

/** The settings the manifests are rendered from, every default applied (the env vars aside: they may still be added). */
function appSettings(app: CustomerApp, props: CustomerAppProps, appScope: IAppScope, checked: CheckedAppProps): Omit<ResolvedApp, 'envs' | 'secretEnvs'> {
  return {
    name: app.name,
    namespace: app.namespace,
    serviceName: app.serviceName,
    image: props.image,
    containerName: app.engine === 'kserve' ? 'kserve-container' : 'app',
    port: props.port ?? 8080,
    requests: checked.requests,
    limits: checked.limits,
    minScale: checked.minScale,
    maxScale: checked.maxScale,
    concurrencyTarget: props.concurrencyTarget ?? 100,
    containerConcurrency: props.containerConcurrency ?? 0,
    timeoutSeconds: checked.timeoutSeconds,
    visibility: app.visibility,
    imagePullSecrets: props.imagePullSecrets ?? appScope.imagePullSecrets,
    serviceAccountName: props.serviceAccountName,
    automountServiceAccountToken: props.automountServiceAccountToken ?? false,
    securityContext: containerSecurity(props.securityContext),
    labels: props.labels ?? {},
    annotations: props.annotations ?? {},
  };
}

/** The timeout in whole seconds (undefined when it is not whole); a problem unless it is whole and in range. */
function checkTimeout(problems: PropProblems, timeout: Duration): number | undefined {
  const timeoutSeconds = wholeSeconds(timeout);
  if (timeoutSeconds === undefined || timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
    problems.add('timeout', timeout.toHumanString(), `is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
  }
  return timeoutSeconds;
}

function wholeSeconds(duration: Duration): number | undefined {
  try {
    return duration.toSeconds({ integral: true });
  } catch {
    return undefined;
  }
}
