import { ApiObject, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import { Construct, IConstruct } from 'constructs';
import {
  APP_ENGINES, AppEngine, KSERVE_DEPLOYMENT_MODES, KServeDeploymentMode, POD_SECURITY_LEVELS, PodSecurityLevel,
} from '../../contracts/engine';
import { APP_SCOPE, IPlatformScope, PLATFORM_SCOPE, platformOf, RegisteredApp, RegisteredTrigger } from './scope';
import { SchedulerWorker, SchedulerWorkerProps } from '../triggers/scheduler-worker';
import { checkMetadataMap, dnsLabel, hostname, oneOf, PropProblems } from '../core/validation';
import { checkImagePullSecrets } from '../workload';
import { checkPlatformTlsProps, HostTls, PlatformTls, PlatformTlsProps } from './tls/platform-tls';
import { ReadOnlyAccess, ReadOnlyAccessProps } from './read-only-access';

export type { RegisteredApp, RegisteredTrigger };

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
   * A read-only ClusterRole for `calvin status` and `calvin logs` (get, list, watch, pods/log; no
   * Secrets), so that a CI job can check the platform without admin rights: `true`, or its name
   * and the subjects to bind it to.
   * @default false
   */
  readonly readOnlyAccess?: boolean | ReadOnlyAccessProps;
}

const MANAGED_BY = 'calvin-runtime';

/**
 * The platform on one cluster: a cdk8s Chart that owns the apps and system namespaces and is the
 * scope for `CustomerApp`s and `Trigger`s, with the scheduler worker that fires them. Synthesizes to
 * `dist/<id>.k8s.yaml`.
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
  /** The read-only ClusterRole for `calvin status`; undefined unless `readOnlyAccess` is set. */
  public readonly readOnlyAccess?: ReadOnlyAccess;
  /** `tls` as given: left out (`undefined`), `false`, or the settings. */
  private readonly tlsSetting: PlatformTlsProps | false | undefined;

  private readonly appsByName = new Map<string, RegisteredApp>();
  private readonly appsByHostname = new Map<string, RegisteredApp>();
  private readonly triggersById = new Map<string, RegisteredTrigger>();

  public constructor(scope: Construct, id: string, props: PlatformStackProps) {
    const stackLabels = { 'app.kubernetes.io/part-of': id, 'app.kubernetes.io/managed-by': MANAGED_BY, ...props.labels };
    super(scope, id, { labels: stackLabels, disableResourceNameHashes: true });

    const problems = new PropProblems(this);
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
    this.appsNamespace = props.appsNamespace ?? 'calvin-apps';
    this.systemNamespace = props.systemNamespace ?? 'calvin-system';
    if (this.appsNamespace === this.systemNamespace) {
      problems.add('systemNamespace', this.systemNamespace, 'must differ from appsNamespace (apps and platform workloads are isolated)');
    }
    problems.throwIfAny();

    this.domain = props.domain;
    this.defaultEngine = props.defaultEngine ?? 'kserve';
    this.kserveDeploymentMode = props.kserveDeploymentMode ?? 'Knative';
    this.imagePullSecrets = props.imagePullSecrets ?? [];

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
    if (props.readOnlyAccess) this.readOnlyAccess = new ReadOnlyAccess(this, 'ReadOnlyAccess', props.readOnlyAccess === true ? {} : props.readOnlyAccess);
  }

  /** The namespaces holding this platform's apps (one today; tenants add theirs). */
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
  public _tlsFor(app: RegisteredApp, namespaceObject: ApiObject, dedicated: boolean): HostTls | undefined {
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
    return this.tls.serve(app, namespaceObject, dedicated);
  }

  /**
   * Reserves an app's name and hostname. Called by CustomerApp's constructor; throws naming both
   * constructs when either is taken.
   * @internal
   */
  public _registerApp(app: RegisteredApp): void {
    const problems = new PropProblems(app);
    const sameName = this.appsByName.get(app.name);
    if (sameName) problems.add('name', app.name, `is already used by ${sameName.node.path} (app names are unique per platform)`);
    const sameHost = app.hostname ? this.appsByHostname.get(app.hostname) : undefined;
    if (sameHost) problems.add('hostname', app.hostname, `is already served by ${sameHost.node.path} (one app per hostname)`);
    problems.throwIfAny();
    this.appsByName.set(app.name, app);
    if (app.hostname) this.appsByHostname.set(app.hostname, app);
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

function podSecurityLabels(enforce: PodSecurityLevel): Record<string, string> {
  return {
    'pod-security.kubernetes.io/enforce': enforce,
    'pod-security.kubernetes.io/warn': 'restricted',
    'pod-security.kubernetes.io/audit': 'restricted',
  };
}
