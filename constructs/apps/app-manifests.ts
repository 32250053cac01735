/**
 * Pure functions from an app's resolved settings to manifest bodies. Kept apart from the construct
 * so both engines share one container and pod definition.
 */
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { AppVisibility, KNATIVE_VISIBILITY_LABEL, KSERVE_DEPLOYMENT_MODE_ANNOTATION } from '../../contracts/engine';
import { ContainerSecurity, imagePullSecretsField, ResourceQuantities, SecretKeyRef } from '../workload';
import type { WorkloadEnvVar } from '../workload/container';
import { renderEnv } from '../workload/env';

/** What a renderer produces: the metadata and spec of one object (cdk8s adds apiVersion and kind). */
export interface RenderedManifest<Spec> {
  readonly metadata: IObjectMeta;
  readonly spec: Spec;
}

/** The pod fields apps set, typed as the API server's PodSpec (all within Knative's field mask). */
export type AppPodFields = Pick<IPodSpec, 'serviceAccountName' | 'automountServiceAccountToken' | 'enableServiceLinks' | 'imagePullSecrets'>
  & { containers: IContainer[] };

/** The InferenceService spec the constructs render (KServe's `predictor` with one container). */
export interface InferenceServiceSpecJson {
  readonly predictor: AppPodFields & {
    readonly minReplicas: number;
    readonly maxReplicas: number;
    readonly scaleMetric: 'concurrency';
    readonly scaleTarget: number;
    readonly containerConcurrency: number;
    readonly timeout: number;
    /** With a rollout: the share of requests for the new revision. */
    readonly canaryTrafficPercent?: number;
  };
}

/** One entry of a Knative Service's traffic split. */
export interface KnativeTrafficTarget {
  readonly latestRevision?: boolean;
  readonly revisionName?: string;
  readonly percent: number;
  readonly tag?: string;
}

/** The Knative Service spec the constructs render (one revision template; with a rollout, a traffic split). */
export interface KnativeServiceSpecJson {
  readonly template: {
    readonly metadata: IObjectMeta;
    readonly spec: AppPodFields & { readonly containerConcurrency: number; readonly timeoutSeconds: number };
  };
  readonly traffic?: readonly KnativeTrafficTarget[];
}

/** What a DomainMapping routes to: a Knative Service, or a Kubernetes Service of its namespace (a rollout tag's). */
export interface DomainMappingRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
}

export interface DomainMappingSpecJson {
  readonly ref: DomainMappingRef;
  /** The certificate's Secret, in the DomainMapping's namespace (Knative then serves the host over HTTPS). */
  readonly tls?: { readonly secretName: string };
}

/**
 * Knative's per-DomainMapping HTTP option: `redirected` answers plain HTTP with a redirect to
 * HTTPS. Set on every DomainMapping with a certificate, so the redirect holds on any cluster,
 * whatever its `config-network` says; cluster-local routes are never redirected.
 */
export const KNATIVE_HTTP_PROTOCOL_ANNOTATION = 'networking.knative.dev/http-protocol';

/** Everything the renderers need, with every default already applied. */
export interface ResolvedApp {
  readonly name: string;
  readonly namespace: string;
  readonly serviceName: string;
  readonly image: string;
  readonly containerName: string;
  readonly port: number;
  readonly envs: ReadonlyMap<string, string>;
  readonly secretEnvs: ReadonlyMap<string, SecretKeyRef>;
  readonly requests: Required<ResourceQuantities>;
  readonly limits: Required<ResourceQuantities>;
  readonly minScale: number;
  readonly maxScale: number;
  readonly concurrencyTarget: number;
  readonly containerConcurrency: number;
  readonly timeoutSeconds: number;
  readonly visibility: AppVisibility;
  readonly imagePullSecrets: readonly string[];
  readonly serviceAccountName?: string;
  readonly automountServiceAccountToken: boolean;
  readonly securityContext: ContainerSecurity;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}


/** The workload env model of the app: plain values first, then Secret keys, each in insertion order. */
function env(app: ResolvedApp): IEnvVar[] {
  const model: WorkloadEnvVar[] = [
    ...Array.from(app.envs, ([name, value]) => ({ name, value })),
    ...Array.from(app.secretEnvs, ([name, secret]) => ({ name, secret })),
  ];
  return renderEnv(model);
}

function container(app: ResolvedApp): IContainer {
  return {
    name: app.containerName,
    image: app.image,
    // Knative allows one port; naming it would switch the protocol (h2c), so it stays unnamed.
    ports: [{ containerPort: app.port, protocol: 'TCP' }],
    ...(app.envs.size + app.secretEnvs.size > 0 ? { env: env(app) } : {}),
    resources: { requests: { ...app.requests }, limits: { ...app.limits } },
    securityContext: app.securityContext,
  };
}

/** Pod-level fields shared by both engines (all allowed by Knative's default field mask). */
function podFields(app: ResolvedApp): AppPodFields {
  return {
    ...(app.serviceAccountName ? { serviceAccountName: app.serviceAccountName } : {}),
    automountServiceAccountToken: app.automountServiceAccountToken,
    // Service links put one env var per Service of the namespace into every pod: noise and a leak.
    enableServiceLinks: false,
    ...imagePullSecretsField(app.imagePullSecrets),
    containers: [container(app)],
  };
}

/** The labels of a served workload's main object: its name, the user's labels, and Knative's visibility label when cluster-local. */
export function metadataLabels(app: Pick<ResolvedApp, 'name' | 'labels' | 'visibility'>): Record<string, string> {
  return {
    'app.kubernetes.io/name': app.name,
    ...app.labels,
    ...(app.visibility === 'clusterLocal' ? { [KNATIVE_VISIBILITY_LABEL]: 'cluster-local' } : {}),
  };
}

export function inferenceServiceManifest(app: ResolvedApp, deploymentMode: string): RenderedManifest<InferenceServiceSpecJson> {
  return {
    metadata: {
      name: app.name,
      namespace: app.namespace,
      labels: metadataLabels(app),
      annotations: { ...app.annotations, [KSERVE_DEPLOYMENT_MODE_ANNOTATION]: deploymentMode },
    },
    spec: {
      predictor: {
        // KServe rewrites the autoscaling.knative.dev annotations from these typed fields.
        minReplicas: app.minScale,
        maxReplicas: app.maxScale,
        scaleMetric: 'concurrency',
        scaleTarget: app.concurrencyTarget,
        containerConcurrency: app.containerConcurrency,
        timeout: app.timeoutSeconds,
        ...podFields(app),
      },
    },
  };
}

export function knativeServiceManifest(app: ResolvedApp): RenderedManifest<KnativeServiceSpecJson> {
  return {
    metadata: {
      name: app.serviceName,
      namespace: app.namespace,
      labels: metadataLabels(app),
      ...(Object.keys(app.annotations).length > 0 ? { annotations: { ...app.annotations } } : {}),
    },
    spec: {
      template: {
        metadata: {
          // Pods carry the app's labels too, as KServe does for the revisions it creates.
          labels: { 'app.kubernetes.io/name': app.name, ...app.labels },
          annotations: {
            'autoscaling.knative.dev/class': 'kpa.autoscaling.knative.dev',
            'autoscaling.knative.dev/metric': 'concurrency',
            'autoscaling.knative.dev/target': String(app.concurrencyTarget),
            'autoscaling.knative.dev/min-scale': String(app.minScale),
            'autoscaling.knative.dev/max-scale': String(app.maxScale),
          },
        },
        spec: {
          containerConcurrency: app.containerConcurrency,
          timeoutSeconds: app.timeoutSeconds,
          ...podFields(app),
        },
      },
    },
  };
}

/** What a DomainMapping names: the workload, its namespace and labels, and the Knative Service it maps to. */
export type DomainMappingTarget = Pick<ResolvedApp, 'name' | 'namespace' | 'serviceName' | 'labels'>;

/**
 * The DomainMapping of `host`; with `tlsSecret`, served over HTTPS with plain HTTP redirected. It
 * routes to the app's Knative Service unless `ref` names another target of its namespace.
 */
export function domainMappingManifest(app: DomainMappingTarget, host: string, tlsSecret?: string, ref?: DomainMappingRef): RenderedManifest<DomainMappingSpecJson> {
  return {
    metadata: {
      name: host,
      namespace: app.namespace,
      labels: { 'app.kubernetes.io/name': app.name, ...app.labels },
      ...(tlsSecret ? { annotations: { [KNATIVE_HTTP_PROTOCOL_ANNOTATION]: 'redirected' } } : {}),
    },
    spec: {
      // The ref must be in the DomainMapping's own namespace, so it names only the Service.
      ref: ref ?? { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: app.serviceName },
      ...(tlsSecret ? { tls: { secretName: tlsSecret } } : {}),
    },
  };
}
