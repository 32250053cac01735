/**
 * Pure functions from an app's resolved settings to manifest bodies. Kept apart from the construct
 * so both engines share one container and pod definition.
 */
import { AppVisibility } from './engine';

export interface ResourceQuantities {
  /**
   * CPU, e.g. `100m` or `1`.
   * @default the CPU of the default requests or limits this is merged over
   */
  readonly cpu?: string;
  /**
   * Memory, e.g. `128Mi`.
   * @default the memory of the default requests or limits this is merged over
   */
  readonly memory?: string;
}

export interface SecretEnvRef {
  /** Name of a Secret in the apps namespace. */
  readonly secret: string;
  /** Key within the Secret. */
  readonly key: string;
  /**
   * Start the app even if the Secret or key is missing (the variable is then unset).
   * @default false
   */
  readonly optional?: boolean;
}

/** Container-level security settings (Knative allows these without feature flags). */
export interface ContainerSecurity {
  /** @default true */
  readonly runAsNonRoot?: boolean;
  /** @default unset: the image's user */
  readonly runAsUser?: number;
  /** @default unset: the image's group */
  readonly runAsGroup?: number;
  /** @default false */
  readonly allowPrivilegeEscalation?: boolean;
  /** @default unset: a writable root filesystem */
  readonly readOnlyRootFilesystem?: boolean;
  /**
   * Only `drop`: Knative refuses added capabilities unless a cluster feature flag allows them (use `transform` there).
   * @default { drop: ['ALL'] }
   */
  readonly capabilities?: { readonly drop?: string[] };
  /** @default { type: 'RuntimeDefault' } */
  readonly seccompProfile?: { readonly type: 'RuntimeDefault' | 'Localhost' | 'Unconfined'; readonly localhostProfile?: string };
}

/** Everything the renderers need, with every default already applied. */
export interface ResolvedApp {
  readonly name: string;
  readonly namespace: string;
  readonly serviceName: string;
  readonly image: string;
  readonly containerName: string;
  readonly port: number;
  readonly envs: ReadonlyMap<string, string>;
  readonly secretEnvs: ReadonlyMap<string, SecretEnvRef>;
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

export const KNATIVE_VISIBILITY_LABEL = 'networking.knative.dev/visibility';
export const KSERVE_DEPLOYMENT_MODE_ANNOTATION = 'serving.kserve.io/deploymentMode';

function env(app: ResolvedApp): object[] {
  const plain = Array.from(app.envs, ([name, value]) => ({ name, value }));
  const secret = Array.from(app.secretEnvs, ([name, ref]) => ({
    name,
    valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key, ...(ref.optional ? { optional: true } : {}) } },
  }));
  return [...plain, ...secret];
}

function container(app: ResolvedApp): object {
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
function podFields(app: ResolvedApp): object {
  return {
    ...(app.serviceAccountName ? { serviceAccountName: app.serviceAccountName } : {}),
    automountServiceAccountToken: app.automountServiceAccountToken,
    // Service links put one env var per Service of the namespace into every pod: noise and a leak.
    enableServiceLinks: false,
    ...(app.imagePullSecrets.length > 0 ? { imagePullSecrets: app.imagePullSecrets.map((name) => ({ name })) } : {}),
    containers: [container(app)],
  };
}

function metadataLabels(app: ResolvedApp): Record<string, string> {
  return {
    'app.kubernetes.io/name': app.name,
    ...app.labels,
    ...(app.visibility === 'clusterLocal' ? { [KNATIVE_VISIBILITY_LABEL]: 'cluster-local' } : {}),
  };
}

export function inferenceServiceManifest(app: ResolvedApp, deploymentMode: string): Record<string, unknown> {
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

export function knativeServiceManifest(app: ResolvedApp): Record<string, unknown> {
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

export function domainMappingManifest(app: ResolvedApp, host: string): Record<string, unknown> {
  return {
    metadata: { name: host, namespace: app.namespace, labels: { 'app.kubernetes.io/name': app.name, ...app.labels } },
    // The ref must be in the DomainMapping's own namespace, so it names only the Service.
    spec: { ref: { apiVersion: 'serving.knative.dev/v1', kind: 'Service', name: app.serviceName } },
  };
}
