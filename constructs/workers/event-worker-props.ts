/** What QueueWorker and JobRunner share: the customer's container and the Redis connection Secret. */
import { Duration } from 'cdk8s';
import type { SecretKeyRef } from '../../contracts/secret-key-ref';
import { RESOURCE_QUANTITIES_KEYS, ResourceQuantities, SECRET_KEY_REF_KEYS } from '../workload';
import { each, propKeys } from '../core/prop-keys';

export interface EventWorkerResources {
  /** @default { cpu: '100m', memory: '128Mi' } */
  readonly requests?: ResourceQuantities;
  /** @default { cpu: '1', memory: '512Mi' } */
  readonly limits?: ResourceQuantities;
}

/** The customer's container of a queue worker or job runner. */
export interface EventWorkerContainerProps {
  /** The customer's image; it runs as a numeric non-root USER, on a read-only root filesystem with a writable /tmp. */
  readonly image: string;
  /**
   * Name of the objects (a DNS-1123 label, at most 57 characters, so that the Jobs KEDA names `<name>-<5 random characters>` stay within 63).
   * @default the construct id
   */
  readonly name?: string;
  /** @default the image's ENTRYPOINT */
  readonly command?: readonly string[];
  /** @default the image's CMD */
  readonly args?: readonly string[];
  /** Plain env vars (written into the manifest: never secrets). @default {} */
  readonly env?: Readonly<Record<string, string>>;
  /** Env vars read from Secret keys when the pod starts. @default {} */
  readonly secretEnv?: Readonly<Record<string, SecretKeyRef>>;
  /**
   * Merged field by field over the defaults.
   * @default { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }
   */
  readonly resources?: EventWorkerResources;
  /** @default the scope's `imagePullSecrets` */
  readonly imagePullSecrets?: readonly string[];
  /**
   * The Secret (in the workload's namespace) holding the Redis connection under the keys of
   * `REDIS_CONNECTION_SECRET_KEYS` (url, host, port, username, password, tls): the pods read `url`,
   * KEDA the others. The Pulumi component writes it; see docs/workers.md to create it by hand.
   * @default 'redis-connection'
   */
  readonly redisSecret?: string;
  /**
   * How long Kubernetes waits after SIGTERM before killing a pod (1 second to 1 hour).
   * @default Duration.seconds(30)
   */
  readonly terminationGracePeriod?: Duration;
}

/** The keys QueueWorkerProps and JobRunnerProps share (constructs/core/prop-keys.ts refuses any other at synth). */
export const EVENT_WORKER_CONTAINER_KEYS = propKeys<EventWorkerContainerProps>('EventWorkerContainerProps', {
  image: true, name: true, command: true, args: true, env: true, secretEnv: each(SECRET_KEY_REF_KEYS),
  resources: propKeys<EventWorkerResources>('EventWorkerResources', { requests: RESOURCE_QUANTITIES_KEYS, limits: RESOURCE_QUANTITIES_KEYS }),
  imagePullSecrets: true, redisSecret: true, terminationGracePeriod: true,
});
