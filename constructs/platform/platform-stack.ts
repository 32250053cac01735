import { ApiObject, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import { Construct, IConstruct } from 'constructs';
import {
  APP_ENGINES, AppEngine, KSERVE_DEPLOYMENT_MODES, KServeDeploymentMode, POD_SECURITY_LEVELS, PodSecurityLevel,
} from '../../contracts/engine';
import { DEFAULT_APPS_NAMESPACE, DEFAULT_SYSTEM_NAMESPACE } from '../../contracts/namespaces';
import { APP_SCOPE, IPlatformScope, PLATFORM_SCOPE, platformOf, RegisteredApp, RegisteredTrigger } from './scope';
import { labelTenantObjects } from './tenant-labels';
import { SchedulerWorker, SchedulerWorkerProps } from '../triggers/scheduler-worker';
import { SCHEDULER_WORKER_KEYS } from '../triggers/scheduler-worker-props';
import { Monitoring, MONITORING_KEYS, MonitoringProps } from '../monitoring/monitoring';
import { checkKnownKeys, propKeys } from '../core/prop-keys';
import { checkMetadataMap, dnsLabel, hostname, oneOf, PropProblems, throwDeferredProblems, uniqueId } from '../core/validation';
import { checkImagePullSecrets } from '../workload';
import { checkApplySetProps, DEFAULT_APPLY_SET_NAME, PLATFORM_APPLY_SET_KEYS, PlatformApplySetProps, withApplySets } from './apply-set';
import { checkSecretReferences } from '../secrets/secret-references';
import { duplicateCertificateProblems } from './tls/unique-certificates';
import { checkPlatformTlsProps, HostTls, PLATFORM_TLS_KEYS, PlatformTls, PlatformTlsProps } from './tls/platform-tls';
import { READ_ONLY_ACCESS_KEYS, ReadOnlyAccess, ReadOnlyAccessProps } from './read-only-access';
import { checkQuota, DEFAULT_QUOTA, TENANT_QUOTA_KEYS, TenantQuota } from '../tenants/tenant-quota';

export type { RegisteredApp, RegisteredTrigger };

/** @category Constructs */
export interface PlatformStackProps {
  /**
   * The platform's domain: apps are served at `https://<app>.<domain>`, and the DNS zone has a
   * wildcard record `*.<domain>` pointing at the ingress (Kourier) load balancer.
   */
  readonly domain: string;

  /**
   * Namespace for customer apps (InferenceServices / Knative Services and their DomainMappings).
   * @default 'calvin-apps'
   */
  readonly appsNamespace?: string;

  /**
   * Namespace for the platform's own workloads (the trigger worker and its configuration).
   * @default 'calvin-system'
   */
  readonly systemNamespace?: string;

  /**
   * Labels added to every object the stack synthesizes, on top of
   * `app.kubernetes.io/part-of: <stack name>` and `app.kubernetes.io/managed-by: calvin-runtime`.
   * @default {}
   */
  readonly labels?: Record<string, string>;

  /**
   * Engine for apps that do not choose one: `kserve` (an InferenceService; KServe creates the
   * Knative Service) or `knative` (a plain Knative Service, for clusters without KServe).
   * @default 'kserve'
   */
  readonly defaultEngine?: AppEngine;

  /**
   * Value of the `serving.kserve.io/deploymentMode` annotation on InferenceServices. Recent KServe
   * defaults to the `Standard` (raw Deployment) mode, where `minReplicas: 0` acts as 1, so the mode
   * is always set. `Knative` is the current name; KServe releases before the rename only know
   * `Serverless` (which newer releases still accept as a deprecated alias).
   * @default 'Knative'
   */
  readonly kserveDeploymentMode?: KServeDeploymentMode;

  /**
   * Image pull Secrets (in the apps namespace) that every app uses unless it sets its own, e.g. the
   * DigitalOcean registry's docker-config Secret.
   * @default []
   */
  readonly imagePullSecrets?: string[];

  /**
   * Pod Security Standard the apps namespace enforces (it always warns and audits at `restricted`).
   * `baseline` by default because Knative's queue-proxy sidecar only meets `restricted` when
   * Knative's `secure-pod-defaults` feature is on; the apps' own containers meet `restricted`.
   * @default 'baseline'
   */
  readonly appsPodSecurity?: PodSecurityLevel;

  /**
   * HTTPS for the public apps: `{ issuer: { email } }` has cert-manager issue and renew a Let's
   * Encrypt wildcard certificate per namespace (DNS-01 on DigitalOcean); `{ certificateSecret }`
   * serves a certificate of your own; `false` serves plain HTTP (app URLs are then `http://`).
   * Leaving it out is an error as soon as the platform has a public app.
   * @default none: required once an app is public
   */
  readonly tls?: PlatformTlsProps | false;

  /**
   * The scheduler worker that fires the platform's Triggers (always synthesized, in the system
   * namespace: with no trigger it runs with an empty catalog).
   * @default see SchedulerWorkerProps
   */
  readonly worker?: SchedulerWorkerProps;

  /**
   * Prometheus and Grafana objects for kube-prometheus-stack: ServiceMonitors, a PodMonitor, alert
   * rules and dashboards (`{}` for the defaults, `{ release: '<helm release>' }` to match yours).
   * @default none: no monitoring objects
   */
  readonly monitoring?: MonitoringProps;

  /**
   * A read-only ClusterRole for `calvin status` and `calvin logs` (get, list, watch, pods/log; no
   * Secrets), so that a CI job can check the platform without admin rights: `true`, or its name
   * and the subjects to bind it to.
   * @default false
   */
  readonly readOnlyAccess?: boolean | ReadOnlyAccessProps;

  /**
   * ApplySets (KEP-3659) so that deleting an app from the code deletes it from the cluster on the
   * kubectl path: every object gets the `applyset.kubernetes.io/part-of` label and the output gains,
   * per namespace, the set's parent Secret; `calvin apply` runs `kubectl apply --prune --applyset`
   * with them. `true` names the parents `calvin-applyset`. Off by default because kubectl refuses
   * (`ApplySet label … already set in input data`) labelled objects that another tool applies with
   * `--applyset`, and Pulumi and Flux prune by their own means.
   * @default false
   */
  readonly applySet?: boolean | PlatformApplySetProps;

  /**
   * Fail synth when an object reads a Secret that nothing produces in its namespace: an
   * ExternalSecret, a SealedSecret, a Secret object, a Certificate's Secret, or one declared with
   * `ProvidedSecret.fromName` (created by the Pulumi component, by hand, by another tool). Each
   * problem names the referencing construct and the namespace the Secret must be in. Off by
   * default: platforms whose Secrets are made outside the code would fail until they declare them.
   * @default false
   */
  readonly checkSecretReferences?: boolean;

  /**
   * Rules for tenants: `{ required: true }` makes every app, model, worker and trigger created
   * outside a Tenant a construct error (a multi-tenant platform where nothing runs unowned).
   * @default { required: false }
   */
  readonly tenancy?: PlatformTenancyProps;

  /**
   * The quota of tenants that set none (field by field: a tenant's `quota.pods` alone keeps these
   * CPU and memory). The Pulumi component fills it from the stack config `calvin-runtime:tenantQuota`.
   * @default { cpu: '2', memory: '4Gi', pods: 5 }
   */
  readonly tenantQuota?: TenantQuota;
}

/** @category Constructs */
export interface PlatformTenancyProps {
  /**
   * Apps, models, workers and triggers must be created inside a Tenant.
   * @default false
   */
  readonly required?: boolean;
}

const PLATFORM_STACK_KEYS = propKeys<PlatformStackProps>('PlatformStackProps', {
  domain: true, appsNamespace: true, systemNamespace: true, labels: true, defaultEngine: true, kserveDeploymentMode: true,
  imagePullSecrets: true, appsPodSecurity: true, tls: PLATFORM_TLS_KEYS, worker: SCHEDULER_WORKER_KEYS, monitoring: MONITORING_KEYS,
  readOnlyAccess: READ_ONLY_ACCESS_KEYS, applySet: PLATFORM_APPLY_SET_KEYS, checkSecretReferences: true,
  tenancy: propKeys<PlatformTenancyProps>('PlatformTenancyProps', { required: true }),
  tenantQuota: TENANT_QUOTA_KEYS,
});

const MANAGED_BY = 'calvin-runtime';

/**
 * The platform on one cluster: a cdk8s Chart that owns the apps and system namespaces and is the
 * scope for `CustomerApp`s and `Trigger`s, with the scheduler worker that fires them. Synthesizes to
 * `dist/<id>.k8s.yaml`.
 *
 * @example
 * ```ts
 * const app = new App();
 * const platform = new PlatformStack(app, 'calvin', {
 *   domain: 'example.com',
 *   tls: { issuer: { email: 'ops@example.com' } },          // or false for plain HTTP
 *   worker: { image: 'registry.example.com/scheduler-worker:0.1.0' },
 * });
 * new CustomerApp(platform, 'shop', { image: 'registry.example.com/shop:v1' });
 * app.synth();
 * ```
 * @category Constructs
 */
export class PlatformStack extends Chart implements IPlatformScope {
  /**
   * The PlatformStack that `construct` belongs to, however deeply nested; throws with the construct
   * path if none.
   */
  public static of(construct: IConstruct): PlatformStack {
    return platformOf(construct) as PlatformStack;
  }

  public readonly [APP_SCOPE] = true as const;
  public readonly [PLATFORM_SCOPE] = true as const;

  public readonly domain: string;
  /** The platform's apps get `<app>.<domain>`. */
  public get appsDomain(): string {
    return this.domain;
  }
  public readonly appsNamespace: string;
  public readonly systemNamespace: string;
  public readonly defaultEngine: AppEngine;
  public readonly kserveDeploymentMode: KServeDeploymentMode;
  public readonly imagePullSecrets: readonly string[];
  /** The Namespace objects, so other objects can depend on them (applied first). */
  public readonly appsNamespaceObject: k8s.KubeNamespace;
  public readonly systemNamespaceObject: k8s.KubeNamespace;
  /** The Namespaces as cdk8s-plus constructs (e.g. as `namespaces` of a kplus NetworkPolicy peer). */
  public readonly appsNamespaceResource: kplus.Namespace;
  public readonly systemNamespaceResource: kplus.Namespace;
  /** The scheduler worker (Deployment, trigger catalog ConfigMap and friends). */
  public readonly worker: SchedulerWorker;
  /** The issuer and certificates of the public apps; undefined when `tls` is false or left out. */
  public readonly tls?: PlatformTls;
  /** The ServiceMonitors, rules and dashboards; undefined without the `monitoring` prop. */
  public readonly monitoring?: Monitoring;
  /** The read-only ClusterRole for `calvin status`; undefined unless `readOnlyAccess` is set. */
  public readonly readOnlyAccess?: ReadOnlyAccess;
  /** The name of the ApplySet parents (one Secret per namespace); undefined when `applySet` is off. */
  public readonly applySetName?: string;
  /** Apps, models, workers and triggers must be inside a Tenant (`tenancy.required`). */
  public readonly tenancyRequired: boolean;
  /** The quota of tenants that set none (`tenantQuota`, every default applied). */
  public readonly tenantQuota: Required<TenantQuota>;
  /** Whether synth checks that every referenced Secret is produced (`checkSecretReferences`). */
  private readonly checksSecretReferences: boolean;
  /** `tls` as given: left out (`undefined`), `false`, or the settings. */
  private readonly tlsSetting: PlatformTlsProps | false | undefined;

  /** By `<namespace>/<name>`: two tenants may both have an app called `shop`. */
  private readonly appsByName = new Map<string, RegisteredApp>();
  private readonly appsByHostname = new Map<string, RegisteredApp>();
  private readonly triggersById = new Map<string, RegisteredTrigger>();

  public constructor(scope: Construct, id: string, props: PlatformStackProps) {
    const stackLabels = { 'app.kubernetes.io/part-of': id, 'app.kubernetes.io/managed-by': MANAGED_BY, ...props.labels };
    super(scope, uniqueId(scope, id, 'PlatformStack'), { labels: stackLabels, disableResourceNameHashes: true });
    // Problems deferred to synth (Triggers') stop the synth before any object is rendered or checked.
    this.node.addValidation({ validate: () => { throwDeferredProblems(this); return []; } });

    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, PLATFORM_STACK_KEYS);
    if (props.domain === undefined) problems.add('domain', props.domain, 'is required (e.g. "example.com")');
    problems.check('domain', props.domain, hostname);
    problems.check('appsNamespace', props.appsNamespace, dnsLabel());
    problems.check('systemNamespace', props.systemNamespace, dnsLabel());
    problems.check('defaultEngine', props.defaultEngine, oneOf(APP_ENGINES));
    problems.check('kserveDeploymentMode', props.kserveDeploymentMode, oneOf(KSERVE_DEPLOYMENT_MODES, 'the other KServe modes cannot scale to zero'));
    problems.check('appsPodSecurity', props.appsPodSecurity, oneOf(POD_SECURITY_LEVELS));
    checkMetadataMap(problems, 'labels', props.labels, 'labels');
    checkImagePullSecrets(problems, 'imagePullSecrets', props.imagePullSecrets);
    checkPlatformTlsProps(problems, props.tls);
    checkApplySetProps(problems, props.applySet);
    problems.check('checkSecretReferences', props.checkSecretReferences, (v) => (typeof v === 'boolean' ? undefined : 'is not a boolean'));
    problems.check('tenancy.required', props.tenancy?.required, (v) => (typeof v === 'boolean' ? undefined : 'is not a boolean'));
    checkQuota(problems, 'tenantQuota', props.tenantQuota);
    this.appsNamespace = props.appsNamespace ?? DEFAULT_APPS_NAMESPACE;
    this.systemNamespace = props.systemNamespace ?? DEFAULT_SYSTEM_NAMESPACE;
    if (this.appsNamespace === this.systemNamespace) {
      problems.add('systemNamespace', this.systemNamespace, 'must differ from appsNamespace (apps and platform workloads are isolated)');
    }
    problems.throwIfAny();

    this.domain = props.domain;
    this.defaultEngine = props.defaultEngine ?? 'kserve';
    this.kserveDeploymentMode = props.kserveDeploymentMode ?? 'Knative';
    this.imagePullSecrets = props.imagePullSecrets ?? [];
    this.checksSecretReferences = props.checkSecretReferences ?? false;
    this.tenancyRequired = props.tenancy?.required ?? false;
    this.tenantQuota = { ...DEFAULT_QUOTA, ...props.tenantQuota };
    if (props.applySet) this.applySetName = (props.applySet === true ? undefined : props.applySet.name) ?? DEFAULT_APPLY_SET_NAME;

    const appsLevel = props.appsPodSecurity ?? 'baseline';
    this.appsNamespaceResource = new kplus.Namespace(this, 'AppsNamespace', {
      metadata: { name: this.appsNamespace, labels: podSecurityLabels(appsLevel) },
    });
    this.systemNamespaceResource = new kplus.Namespace(this, 'SystemNamespace', {
      metadata: { name: this.systemNamespace, labels: podSecurityLabels('restricted') },
    });
    this.appsNamespaceObject = kubeNamespaceOf(this.appsNamespaceResource);
    this.systemNamespaceObject = kubeNamespaceOf(this.systemNamespaceResource);
    this.worker = new SchedulerWorker(this, 'SchedulerWorker', props.worker);
    this.tlsSetting = props.tls;
    if (props.tls) this.tls = new PlatformTls(this, 'Tls', this.domain, props.tls);
    this.node.addValidation({ validate: () => duplicateCertificateProblems(this) });
    if (props.monitoring !== undefined) this.monitoring = new Monitoring(this, 'Monitoring', props.monitoring);
    if (props.readOnlyAccess) this.readOnlyAccess = new ReadOnlyAccess(this, 'ReadOnlyAccess', props.readOnlyAccess === true ? {} : props.readOnlyAccess);
  }

  /** Renders the objects, after throwing the problems deferred to synth (Testing.synth skips the validations). */
  public toJson(): any[] {
    throwDeferredProblems(this);
    labelTenantObjects(this);
    const objects = super.toJson();
    // After rendering: validation adds objects that read Secrets (the worker's Roles for tenants' secret headers).
    if (this.checksSecretReferences) checkSecretReferences(this);
    return this.applySetName ? withApplySets(objects, this.applySetName, this.systemNamespace, this.labels) : objects;
  }

  /** The namespaces holding this platform's apps: the apps namespace, and each tenant's with an app. */
  public get appNamespaces(): string[] {
    return Array.from(new Set([this.appsNamespace, ...this.apps.map((app) => app.namespace)]));
  }

  /** Apps registered so far, in creation order. */
  public get apps(): RegisteredApp[] {
    return Array.from(this.appsByName.values());
  }

  /** Triggers registered so far, in creation order (the catalog sorts them by id). */
  public get triggers(): RegisteredTrigger[] {
    return Array.from(this.triggersById.values());
  }

  /**
   * Reserves a trigger's `<workspace>/<name>`. Called by Trigger's constructor; throws naming both
   * constructs when it is taken.
   * @internal
   */
  public _registerTrigger(trigger: RegisteredTrigger): void {
    const problems = new PropProblems(trigger);
    const same = this.triggersById.get(trigger.id);
    if (same) problems.add('name', trigger.name, `is already used in workspace "${trigger.workspace}" by ${same.node.path} (trigger names are unique per workspace)`);
    problems.throwIfAny();
    this.triggersById.set(trigger.id, trigger);
  }

  /**
   * How a public app's host is served over TLS (undefined: plain HTTP). Called by CustomerApp's
   * constructor; throws when `tls` was left out or its certificate does not cover the host.
   * @internal
   */
  public _tlsFor(app: RegisteredApp, namespaceObject: ApiObject, dedicated: boolean, appsDomain: string = this.domain): HostTls | undefined {
    if (this.tlsSetting === undefined) {
      const problems = new PropProblems(this);
      problems.add('tls', undefined, `is required once the platform serves a public app (${app.node.path} at ${app.hostname}): `
        + '{ issuer: { email: "ops@example.org" } } for Let\'s Encrypt certificates, { certificateSecret: "<name>" } for a certificate of your own, or false for plain HTTP');
      problems.throwIfAny();
    }
    if (!this.tls) {
      if (dedicated) {
        const problems = new PropProblems(app);
        problems.add('dedicatedCertificate', true, `is set, but ${this.node.path} serves plain HTTP (tls: false)`);
        problems.throwIfAny();
      }
      return undefined;
    }
    return this.tls.serve(app, namespaceObject, dedicated, appsDomain);
  }

  /**
   * Reserves an app's name in its namespace and its hostname on the platform. Called by
   * CustomerApp's and ModelService's constructors; throws naming both constructs when either is taken.
   * @internal
   */
  public _registerApp(app: RegisteredApp): void {
    const problems = new PropProblems(app);
    const key = `${app.namespace}/${app.name}`;
    const sameName = this.appsByName.get(key);
    if (sameName) problems.add('name', app.name, `is already used in namespace ${app.namespace} by ${sameName.node.path} (app names are unique per namespace)`);
    const hosts = [...(app.hostname ? [app.hostname] : []), ...(app.tagHostnames ?? [])];
    for (const host of hosts) {
      const sameHost = this.appsByHostname.get(host);
      if (sameHost) problems.add(host === app.hostname ? 'hostname' : 'rollout', host, `is already served by ${sameHost.node.path} (one app per hostname)`);
    }
    problems.throwIfAny();
    this.appsByName.set(key, app);
    for (const host of hosts) this.appsByHostname.set(host, app);
  }
}

/**
 * The Namespace's L1 object, with the type these properties have always had: cdk8s-plus creates a
 * `k8s.KubeNamespace` (its default child) but types it `ApiObject`.
 */
function kubeNamespaceOf(namespace: kplus.Namespace): k8s.KubeNamespace {
  const object = ApiObject.of(namespace);
  if (!(object instanceof k8s.KubeNamespace)) throw new Error(`${namespace.node.path}: cdk8s-plus no longer renders a KubeNamespace`);
  return object;
}

/** The Pod Security labels of a namespace that enforces `enforce` and warns and audits at `restricted`. */
export function podSecurityLabels(enforce: PodSecurityLevel): Record<string, string> {
  return {
    'pod-security.kubernetes.io/enforce': enforce,
    'pod-security.kubernetes.io/warn': 'restricted',
    'pod-security.kubernetes.io/audit': 'restricted',
  };
}
