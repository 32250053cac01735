/**
 * How constructs find what their enclosing scopes provide, without importing those scopes' classes
 * (which import them in turn). A construct asks for the nearest enclosing provider of a role; a
 * PlatformStack provides both roles today, and a Tenant will provide the app scope inside it.
 */
import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import type { CatalogTrigger } from '../../contracts/trigger-catalog';
import type { AppEngine, KServeDeploymentMode } from '../../contracts/engine';
import type { HostTls } from './tls/platform-tls';

/** Brands (global symbols, so two copies of the package still recognise each other's scopes). */
export const APP_SCOPE = Symbol.for('calvin-runtime.AppScope');
export const PLATFORM_SCOPE = Symbol.for('calvin-runtime.PlatformScope');
export const TENANT_SCOPE = Symbol.for('calvin-runtime.TenantScope');

/**
 * What the apps created inside a scope take from it: their namespace and its defaults.
 * @category Constructs
 */
export interface IAppScope extends IConstruct {
  readonly [APP_SCOPE]: true;
  /** Namespace of the apps created in this scope. */
  readonly appsNamespace: string;
  /** The Namespace object, so that the apps are applied after it. */
  readonly appsNamespaceObject: ApiObject;
  /** Image pull Secrets (in `appsNamespace`) for apps that set none. */
  readonly imagePullSecrets: readonly string[];
  /** Engine for apps that choose none. */
  readonly defaultEngine: AppEngine;
  /**
   * The domain under which apps of this scope get their default host, `<app>.<appsDomain>`: the
   * platform's domain, or `<tenant>.<domain>` in a tenant (so that each tenant's wildcard
   * certificate is for a set of names no other namespace asks for).
   */
  readonly appsDomain: string;
}

/** An app scope that is a tenant: its triggers belong to its workspace and call its own apps only. */
export interface ITenantScope extends IAppScope {
  readonly [TENANT_SCOPE]: true;
  /** The tenant's name: the default workspace of its triggers. */
  readonly tenantName: string;
  /** The Secret key (in the system namespace, mounted by the worker) whose secret signs the tenant's triggers. */
  readonly signingSecret: { readonly secret: string; readonly key: string };
  /** The same secret's copy in the tenant's namespace, where its apps read it to verify requests. */
  readonly appSigningSecret: { readonly secret: string; readonly key: string };
  /** Labels of the tenant's objects (`calvin-runtime.io/tenant: <name>` among them); every object created inside it gets them. */
  readonly labels: Readonly<Record<string, string>>;
  /** Called by each app and model created in the tenant, for the capacity check. @internal */
  _registerWorkload(workload: RegisteredApp): void;
}

/** CPU in cores and memory in bytes. */
export interface CpuMemory {
  readonly cpu: number;
  readonly memory: number;
}

/**
 * The most a workload's pods can take, for a tenant's capacity check: `maxPods` pods, each with its
 * own containers' `limits`, plus `defaultLimitSidecars` injected containers that set no limits (the
 * namespace's LimitRange gives them its defaults: Knative's queue-proxy), or its init containers'
 * limits when larger (a pod counts the larger of the two).
 */
export interface WorkloadCapacity {
  readonly maxPods: number;
  readonly limits: CpuMemory;
  readonly defaultLimitSidecars: number;
  readonly initLimits?: CpuMemory;
}

/**
 * What the stack needs to know about an app to keep names and hostnames unique.
 * @category Constructs
 */
export interface RegisteredApp extends IConstruct {
  readonly name: string;
  readonly namespace: string;
  readonly hostname?: string;
  /**
   * The public hosts of its rollout tags (`candidate-<hostname>`), served beside `hostname` by the
   * same certificate; undefined or empty without a tagged rollout.
   */
  readonly tagHostnames?: readonly string[];
  /** What its pods can take at most (for a tenant's capacity check); undefined if unknown. */
  readonly capacity?: WorkloadCapacity;
}

/**
 * What the stack needs to know about a trigger: its unique id and its catalog entry.
 * @category Constructs
 */
export interface RegisteredTrigger extends IConstruct {
  readonly id: string;
  readonly workspace: string;
  readonly name: string;
  toCatalogEntry(): CatalogTrigger;
}

/**
 * The platform-wide facts and registries: one per cluster, the root of every app and trigger.
 * @category Constructs
 */
export interface IPlatformScope extends IAppScope {
  readonly [PLATFORM_SCOPE]: true;
  readonly domain: string;
  readonly kserveDeploymentMode: KServeDeploymentMode;
  /** Namespace of the platform's own workloads (the scheduler worker). */
  readonly systemNamespace: string;
  readonly systemNamespaceObject: ApiObject;
  /** Labels every object of the platform carries. */
  readonly labels: Record<string, string>;
  /** Namespaces that hold apps (the worker's allow-list admits their in-cluster URLs). */
  readonly appNamespaces: readonly string[];
  /** Triggers registered so far, in creation order. */
  readonly triggers: readonly RegisteredTrigger[];
  /** The scheduler worker: the name of its Deployment and Service (its pods' `app.kubernetes.io/name`). */
  readonly worker: { readonly name: string };
  /** Whether apps, models, workers and triggers must be created inside a Tenant (`tenancy.required`). */
  readonly tenancyRequired?: boolean;
  /** The quota of tenants that set none (`tenantQuota`); the seeds' when undefined. */
  readonly tenantQuota?: { readonly cpu?: string; readonly memory?: string; readonly pods?: number };
  /**
   * How a public app's host is served over TLS: undefined when the platform serves plain HTTP
   * (`tls: false`). Throws, naming the construct, when TLS was left unset or does not cover the
   * host.
   * @internal
   */
  _tlsFor(app: RegisteredApp, namespaceObject: ApiObject, dedicated: boolean, appsDomain?: string): HostTls | undefined;
  /** @internal */
  _registerApp(app: RegisteredApp): void;
  /** @internal */
  _registerTrigger(trigger: RegisteredTrigger): void;
}

const OUTSIDE = 'must be created inside a PlatformStack (pass the stack, or a construct within it, as scope)';

function nearest<T>(construct: IConstruct, brand: symbol): T | undefined {
  const scopes = construct.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    if ((scopes[i] as unknown as Record<symbol, unknown>)[brand] === true) return scopes[i] as unknown as T;
  }
  return undefined;
}

/** The nearest enclosing app scope of `construct` (itself included); throws naming its path if none. */
export function appScopeOf(construct: IConstruct): IAppScope {
  const scope = nearest<IAppScope>(construct, APP_SCOPE);
  if (!scope) throw new Error(`${construct.node.path}: ${OUTSIDE}`);
  return scope;
}

/** The platform `construct` belongs to (itself included); throws naming its path if none. */
export function platformOf(construct: IConstruct): IPlatformScope {
  const platform = nearest<IPlatformScope>(construct, PLATFORM_SCOPE);
  if (!platform) throw new Error(`${construct.node.path}: ${OUTSIDE}`);
  return platform;
}

/** Every tenant under `root` (a platform), in tree order. */
export function tenantsOf(root: IConstruct): ITenantScope[] {
  return root.node.findAll().filter((c): c is ITenantScope & IConstruct => tenantOf(c) === c);
}

/** The tenant `construct` is in (itself included), or undefined outside any tenant. */
export function tenantOf(construct: IConstruct): ITenantScope | undefined {
  return nearest<ITenantScope>(construct, TENANT_SCOPE);
}

/**
 * Records a problem when the platform requires tenancy (`tenancy.required`) and `construct` (an
 * app, model, worker or trigger: `noun`) is not inside a Tenant.
 */
export function checkTenancy(problems: { add(field: string, value: unknown, expected: string): void }, construct: IConstruct, noun: string): void {
  const platform = platformOf(construct);
  if (!platform.tenancyRequired || tenantOf(construct) !== undefined) return;
  problems.add('scope', construct.node.scope?.node.path, `is not inside a Tenant, and ${platform.node.path} requires apps, models, workers and triggers to be `
    + `(tenancy: { required: true }); create this ${noun} with a Tenant, or a construct within one, as scope`);
}
