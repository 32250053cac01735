/**
 * Pure functions from the scheduler worker's resolved settings (and the catalog) to manifest
 * bodies, kept apart from the construct as app-manifests.ts is for apps.
 */
import { createHash } from 'node:crypto';
import { CatalogTrigger, TRIGGER_CATALOG_FILE } from '../contracts/trigger-catalog';
import {
  CATALOG_MOUNT_PATH, SECRET_HEADERS_DIR, workerContainerEnv, WorkerPlainEnvName, WorkerSecretEnvName,
} from '../contracts/worker-env';
import { imagePullSecretsField, ResourceQuantities, SecretKeyRef } from './workload';

export { CATALOG_MOUNT_PATH, SECRET_HEADERS_DIR };
/** Pod template annotation holding the catalog's SHA-256, so that a catalog change rolls the pods. */
export const CATALOG_CHECKSUM_ANNOTATION = 'calvin-runtime.dev/catalog-checksum';
/** The user the worker runs as: the `node` user of the official Node.js images, the worker image's USER. */
export const WORKER_UID = 1000;

/**
 * A Secret key the worker reads.
 * @deprecated use SecretKeyRef (the same shape); this alias goes in the next minor release.
 */
export type WorkerSecretKeyRef = SecretKeyRef;

/** Everything the renderers need, with every default applied. */
export interface ResolvedWorker {
  readonly name: string;
  readonly namespace: string;
  readonly catalogConfigMapName: string;
  readonly image: string;
  readonly replicas: number;
  readonly port: number;
  readonly requests: Required<ResourceQuantities>;
  readonly limits: Required<ResourceQuantities>;
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** Labels of the pods: the selector labels plus the stack's and the user's. */
  readonly podLabels: Readonly<Record<string, string>>;
  readonly imagePullSecrets: readonly string[];
  readonly terminationGracePeriodSeconds: number;
  /** Plain environment values (the container lists them in the contract's order). */
  readonly env: Readonly<Record<WorkerPlainEnvName, string>>;
  /** Environment values read from Secret keys. */
  readonly secretEnv: Readonly<Record<WorkerSecretEnvName, WorkerSecretKeyRef>>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The Secret volumes for secret headers: one per distinct Secret that any trigger references, with
 * `items` for exactly the referenced keys (a Secret's other keys stay out of the pod). Volume names
 * are derived from a hash, as Secret names may be longer than a volume name (63) and contain dots.
 */
export function secretHeaderVolumes(triggers: readonly CatalogTrigger[]): Array<{ name: string; secret: string; keys: string[] }> {
  const keysBySecret = new Map<string, Set<string>>();
  for (const trigger of triggers) {
    for (const ref of Object.values(trigger.secretHeaders)) {
      const keys = keysBySecret.get(ref.secret) ?? new Set<string>();
      keys.add(ref.key);
      keysBySecret.set(ref.secret, keys);
    }
  }
  return Array.from(keysBySecret.keys()).sort().map((secret) => ({
    name: `header-secret-${sha256(secret).slice(0, 16)}`,
    secret,
    keys: Array.from(keysBySecret.get(secret)!).sort(),
  }));
}

export function deploymentSpec(worker: ResolvedWorker, triggers: readonly CatalogTrigger[], catalogChecksum: string): Record<string, unknown> {
  const headerVolumes = secretHeaderVolumes(triggers);
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: 'http' }, periodSeconds, timeoutSeconds: 3, failureThreshold,
  });
  return {
    replicas: worker.replicas,
    selector: { matchLabels: { ...worker.selectorLabels } },
    // One new pod up before an old one goes: the schedulers keep a live replica during rollouts.
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    template: {
      metadata: {
        labels: { ...worker.podLabels },
        annotations: { [CATALOG_CHECKSUM_ANNOTATION]: catalogChecksum },
      },
      spec: {
        serviceAccountName: worker.name,
        automountServiceAccountToken: false,
        enableServiceLinks: false,
        terminationGracePeriodSeconds: worker.terminationGracePeriodSeconds,
        ...imagePullSecretsField(worker.imagePullSecrets),
        securityContext: {
          runAsNonRoot: true,
          runAsUser: WORKER_UID,
          runAsGroup: WORKER_UID,
          seccompProfile: { type: 'RuntimeDefault' },
        },
        // Soft, so that a one-node cluster still runs every replica.
        topologySpreadConstraints: [{
          maxSkew: 1,
          topologyKey: 'kubernetes.io/hostname',
          whenUnsatisfiable: 'ScheduleAnyway',
          labelSelector: { matchLabels: { ...worker.selectorLabels } },
        }],
        containers: [{
          name: 'worker',
          image: worker.image,
          command: ['node', 'lib/worker/main.js'],
          ports: [{ name: 'http', containerPort: worker.port, protocol: 'TCP' }],
          env: workerContainerEnv(worker.env, worker.secretEnv),
          resources: { requests: { ...worker.requests }, limits: { ...worker.limits } },
          livenessProbe: probe('/healthz', 10, 3),
          readinessProbe: probe('/readyz', 5, 2),
          securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
          },
          volumeMounts: [
            { name: 'catalog', mountPath: CATALOG_MOUNT_PATH, readOnly: true },
            { name: 'tmp', mountPath: '/tmp' },
            ...headerVolumes.map((v) => ({ name: v.name, mountPath: `${SECRET_HEADERS_DIR}/${v.secret}`, readOnly: true })),
          ],
        }],
        volumes: [
          // A directory mount, not subPath: only directory mounts see ConfigMap updates.
          { name: 'catalog', configMap: { name: worker.catalogConfigMapName, items: [{ key: TRIGGER_CATALOG_FILE, path: TRIGGER_CATALOG_FILE }] } },
          { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
          ...headerVolumes.map((v) => ({ name: v.name, secret: { secretName: v.secret, items: v.keys.map((key) => ({ key, path: key })) } })),
        ],
      },
    },
  };
}
