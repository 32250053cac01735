/**
 * The parts QueueWorker and JobRunner build alike: the container spec from their props, the
 * ServiceAccount, and the KEDA TriggerAuthentication reading the Redis connection Secret.
 */
import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { DEFAULT_REDIS_CONNECTION_SECRET, KEDA_REDIS_AUTH_PARAMETERS, REDIS_CONNECTION_SECRET_KEYS } from '../../contracts/redis-connection';
import { TriggerAuthentication } from '../../imports/keda-triggerauthentication';
import { addManifestTransform, ManifestTransform } from '../core/api-object';
import { checkDuration, dnsLabel, dnsSubdomain, envName, PropProblems } from '../core/validation';
import {
  checkSecretKeyRef, ResolvedResources, resolveResources, WorkloadContainerSpec, WorkloadEnvVar, WorkloadMetadataSpec, WorkloadProbeSpec,
} from '../workload';
import { EventWorkerContainerProps } from './event-worker-props';

import { EVENT_WORKER_KIND_LABEL } from '../../contracts/event-workers';

export const EVENT_WORKER_DEFAULT_RESOURCES: ResolvedResources = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '1', memory: '512Mi' },
};

/** What a checked EventWorkerContainerProps resolves to. */
export interface ResolvedEventWorker {
  readonly name: string;
  readonly redisSecret: string;
  readonly resources: ResolvedResources;
  readonly terminationGracePeriod: Duration;
}

/** Checks the shared props into `problems` (names taken by the construct's own env are refused). */
export function resolveEventWorker(
  problems: PropProblems, id: string, props: EventWorkerContainerProps, reservedEnv: readonly string[],
): ResolvedEventWorker {
  const name = props.name ?? id;
  problems.check('name', name, dnsLabel(57));
  problems.check('redisSecret', props.redisSecret, dnsSubdomain);
  for (const [key, value] of Object.entries(props.env ?? {})) {
    problems.check(`env.${key}`, key, envName);
    if (typeof value !== 'string') problems.add(`env.${key}`, value, 'is not a string (quote numbers and booleans)');
  }
  for (const [key, ref] of Object.entries(props.secretEnv ?? {})) {
    problems.check(`secretEnv.${key}`, key, envName);
    if (props.env && key in props.env) problems.add(`secretEnv.${key}`, key, 'is also in env (a container takes each variable once)');
    checkSecretKeyRef(problems, `secretEnv.${key}`, ref, { secretHint: 'the Secret\'s name', allowOptional: true });
  }
  for (const key of [...Object.keys(props.env ?? {}), ...Object.keys(props.secretEnv ?? {})]) {
    if (reservedEnv.includes(key)) problems.add(key in (props.env ?? {}) ? `env.${key}` : `secretEnv.${key}`, key, `is set by the construct (${reservedEnv.join(', ')})`);
  }
  const resources = resolveResources(problems, 'resources', props.resources, EVENT_WORKER_DEFAULT_RESOURCES);
  checkDuration(problems, 'terminationGracePeriod', props.terminationGracePeriod, 1000, 3_600_000);
  return {
    name,
    redisSecret: props.redisSecret ?? DEFAULT_REDIS_CONNECTION_SECRET,
    resources,
    terminationGracePeriod: props.terminationGracePeriod ?? Duration.seconds(30),
  };
}

/** Name, namespace and labels of a worker's objects; the pods are selected by the name label alone. */
export function eventWorkerMetadata(name: string, namespace: string, kind: 'queue-worker' | 'job-runner', scopeLabels: Readonly<Record<string, string>> = {}): WorkloadMetadataSpec {
  const selectorLabels = { 'app.kubernetes.io/name': name };
  return {
    name, namespace, selectorLabels,
    // A tenant's labels reach the pods too (the platform labels the objects themselves at synth).
    labels: { ...scopeLabels, ...selectorLabels, 'app.kubernetes.io/component': kind, [EVENT_WORKER_KIND_LABEL]: kind },
  };
}

/** The container: the construct's env first (REDIS_URL from the Secret's `url` key), then the user's. */
export function eventWorkerContainer(
  scope: Construct, props: EventWorkerContainerProps, resolved: ResolvedEventWorker, ownEnv: readonly WorkloadEnvVar[],
  probes: { readonly liveness?: WorkloadProbeSpec; readonly readiness?: WorkloadProbeSpec; readonly port?: { name: string; number: number } } = {},
): WorkloadContainerSpec {
  return {
    name: 'worker',
    image: props.image,
    command: props.command,
    args: props.args,
    port: probes.port,
    env: [
      ...ownEnv,
      ...Object.entries(props.env ?? {}).map(([name, value]) => ({ name, value })),
      ...Object.entries(props.secretEnv ?? {}).map(([name, secret]) => ({ name, secret })),
    ],
    resources: resolved.resources,
    liveness: probes.liveness,
    readiness: probes.readiness,
    volumeMounts: [{ path: '/tmp', volume: kplus.Volume.fromEmptyDir(scope, 'TmpVolume', 'tmp', { sizeLimit: Size.mebibytes(256) }) }],
    security: { readOnlyRootFilesystem: true },
  };
}

/** The pods' `REDIS_URL`, from the connection Secret's `url` key. */
export function redisUrlEnv(envName_: string, redisSecret: string): WorkloadEnvVar {
  return { name: envName_, secret: { secret: redisSecret, key: REDIS_CONNECTION_SECRET_KEYS.url } };
}

/**
 * A TriggerAuthentication in the workload's namespace reading host, port, username, password and
 * tls from the connection Secret (the one place TLS is set: the triggers never say `enableTLS`).
 */
export function redisTriggerAuthentication(
  scope: Construct, metadata: WorkloadMetadataSpec, redisSecret: string, transform: ManifestTransform | undefined,
): TriggerAuthentication {
  // The typed class (imports/keda-triggerauthentication) checks the spec's shape at compile time;
  // KEDA's closed schema checks the whole object at synth, as for every object.
  const auth = new TriggerAuthentication(scope, 'TriggerAuthentication', {
    metadata: { name: `${metadata.name}-redis`, namespace: metadata.namespace, labels: { ...metadata.labels } },
    spec: {
      secretTargetRef: KEDA_REDIS_AUTH_PARAMETERS.map(({ parameter, key }) => ({ parameter, name: redisSecret, key: REDIS_CONNECTION_SECRET_KEYS[key] })),
    },
  });
  addManifestTransform(auth, transform);
  return auth;
}
