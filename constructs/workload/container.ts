/**
 * The container model every pod-based workload renders from (the scheduler worker, the queue
 * worker's Deployment, the job runner's Jobs), and its rendering to cdk8s-plus-28 container props. What kplus cannot express
 * (typed quantities, named probe ports) is patched in by deployment.ts. Apps on Knative/KServe use
 * the same env model, rendered as plain JSON by env.ts (Knative's field mask rules out the rest).
 */
import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { envName, imageReference, integerIn, PropProblems } from '../core/validation';
import { ResolvedResources, resolveResources } from './resources';
import { checkSecretKeyRef, SecretKeyRef } from './secret-key-ref';

/**
 * An env var with a literal value (written into the manifest: never a secret).
 * @category Workload helpers
 */
export interface WorkloadPlainEnvVar {
  readonly name: string;
  readonly value: string;
}

/**
 * An env var read from a Secret key when the pod starts (`optional` lets the pod start without it).
 * @category Workload helpers
 */
export interface WorkloadSecretEnvVar {
  readonly name: string;
  readonly secret: SecretKeyRef;
}

/**
 * An env var set from a field of the pod (downward API), e.g. `metadata.name`.
 * @category Workload helpers
 */
export interface WorkloadPodFieldEnvVar {
  readonly name: string;
  /** One of cdk8s-plus' `EnvFieldPaths` (e.g. `metadata.name`, `status.podIP`). */
  readonly podField: string;
}

/**
 * One container env var; the container lists them in the order given.
 * @category Workload helpers
 */
export type WorkloadEnvVar = WorkloadPlainEnvVar | WorkloadSecretEnvVar | WorkloadPodFieldEnvVar;

/**
 * The container's one port, declared by name so that probes and Services survive a number change.
 * @category Workload helpers
 */
export interface WorkloadPortSpec {
  /** Port name (an IANA service name, e.g. `http`). */
  readonly name: string;
  readonly number: number;
}

/**
 * How often a probe runs, how long it may take and how many failures in a row count.
 * @category Workload helpers
 */
export interface WorkloadProbeTiming {
  /** @default Duration.seconds(10) */
  readonly period?: Duration;
  /** @default Duration.seconds(3) */
  readonly timeout?: Duration;
  /** @default 3 */
  readonly failureThreshold?: number;
}

/**
 * An HTTP GET probe on the container's named port.
 * @category Workload helpers
 */
export interface WorkloadHttpProbeSpec extends WorkloadProbeTiming {
  /** Request path, e.g. `/healthz`. */
  readonly path: string;
}

/**
 * A probe that runs a command in the container (exit 0 is healthy): for a process without a server, e.g. a queue consumer.
 * @category Workload helpers
 */
export interface WorkloadExecProbeSpec extends WorkloadProbeTiming {
  /** The command and its arguments, run without a shell, e.g. `['test', '-f', '/tmp/healthy']`. */
  readonly command: readonly string[];
}

/**
 * A probe that opens a TCP connection to the container's named port.
 * @category Workload helpers
 */
export interface WorkloadTcpProbeSpec extends WorkloadProbeTiming {
  /** Marks a TCP probe (the port is the container's). */
  readonly tcp: true;
}

/**
 * A liveness or readiness probe: HTTP GET or TCP on the container's port, or a command.
 * @category Workload helpers
 */
export type WorkloadProbeSpec = WorkloadHttpProbeSpec | WorkloadExecProbeSpec | WorkloadTcpProbeSpec;

/**
 * A volume mounted into the container.
 * @category Workload helpers
 */
export interface WorkloadVolumeMountSpec {
  /** Where the volume appears in the container. */
  readonly path: string;
  /** The cdk8s-plus volume (a ConfigMap, Secret, emptyDir…); the pod lists it once, in mount order. */
  readonly volume: kplus.Volume;
  /** @default false */
  readonly readOnly?: boolean;
}

/**
 * The container's security settings over the restricted defaults it always keeps (non-root, no
 * privilege escalation, every capability dropped, RuntimeDefault seccomp on the pod).
 * @category Workload helpers
 */
export interface WorkloadContainerSecuritySpec {
  /** @default true: an image writes to mounted volumes (e.g. an emptyDir on /tmp) only */
  readonly readOnlyRootFilesystem?: boolean;
  /**
   * The user the pod runs as. Set on the pod, so that a container added later with cdk8s-plus runs
   * as the same non-root user.
   * @default unset: the image's USER (which must be numeric and not 0)
   */
  readonly runAsUser?: number;
  /**
   * The pod's group.
   * @default unset: the image's group
   */
  readonly runAsGroup?: number;
}

/**
 * One workload container, every default of its construct already applied.
 * @category Workload helpers
 */
export interface WorkloadContainerSpec {
  /** Container name, e.g. `worker`. */
  readonly name: string;
  readonly image: string;
  /** @default the image's ENTRYPOINT */
  readonly command?: readonly string[];
  /** @default the image's CMD */
  readonly args?: readonly string[];
  /** @default no port (and then no probes) */
  readonly port?: WorkloadPortSpec;
  /** @default [] */
  readonly env?: readonly WorkloadEnvVar[];
  /** Requests and limits, both complete (see `resolveResources`); rendered as written (`1Gi` stays `1Gi`). */
  readonly resources: ResolvedResources;
  /** @default no liveness probe */
  readonly liveness?: WorkloadProbeSpec;
  /** @default no readiness probe */
  readonly readiness?: WorkloadProbeSpec;
  /** @default [] */
  readonly volumeMounts?: readonly WorkloadVolumeMountSpec[];
  /** @default the restricted defaults with a read-only root filesystem and the image's user */
  readonly security?: WorkloadContainerSecuritySpec;
}

/**
 * Kubernetes' own default when imagePullPolicy is omitted (kplus would always write `Always`):
 * `Always` for `:latest` or no tag, `IfNotPresent` for any other tag or a digest. Keeping that rule
 * keeps today's pull behaviour for every image, and a tagged release is not pulled again on every
 * pod start (which would tie restarts to the registry being up).
 * @category Workload helpers
 */
export function imagePullPolicyOf(image: string): kplus.ImagePullPolicy {
  if (image.includes('@')) return kplus.ImagePullPolicy.IF_NOT_PRESENT;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  const tag = colon < 0 ? undefined : lastSegment.slice(colon + 1);
  return tag === undefined || tag === 'latest' ? kplus.ImagePullPolicy.ALWAYS : kplus.ImagePullPolicy.IF_NOT_PRESENT;
}

const POD_FIELDS: readonly string[] = Object.values(kplus.EnvFieldPaths);

/**
 * Records every problem of a container spec under `field`. The constructs check their own props
 * first (with their props' names); this catches what a hand-written workload construct gets wrong.
 */
export function checkWorkloadContainer(problems: PropProblems, field: string, spec: WorkloadContainerSpec): void {
  problems.check(`${field}.image`, spec.image, imageReference);
  const seen = new Set<string>();
  for (const v of spec.env ?? []) {
    const at = `${field}.env.${v.name}`;
    problems.check(at, v.name, envName);
    if (seen.has(v.name)) problems.add(at, v.name, 'is set twice (a container takes each variable once)');
    seen.add(v.name);
    if ('secret' in v) checkSecretKeyRef(problems, `${at}.secret`, v.secret, { secretHint: 'the Secret\'s name', allowOptional: true });
    if ('podField' in v && !POD_FIELDS.includes(v.podField)) {
      problems.add(`${at}.podField`, v.podField, `is not a pod field cdk8s-plus can express (${POD_FIELDS.join(', ')})`);
    }
  }
  if (spec.port) problems.check(`${field}.port.number`, spec.port.number, integerIn(1, 65535));
  resolveResources(problems, `${field}.resources`, undefined, spec.resources);
  for (const probe of ['liveness', 'readiness'] as const) checkProbe(problems, `${field}.${probe}`, spec[probe], spec.port !== undefined);
}

function checkProbe(problems: PropProblems, field: string, probe: WorkloadProbeSpec | undefined, hasPort: boolean): void {
  if (!probe) return;
  const kinds = ['path' in probe, 'command' in probe, 'tcp' in probe].filter(Boolean).length;
  if (kinds !== 1) {
    problems.add(field, probe, 'is not one probe: set exactly one of `path` (HTTP GET), `command` (exec) or `tcp: true`');
    return;
  }
  if ('path' in probe && !hasPort) problems.add(field, probe.path, 'needs the container\'s port (probes use it by name)');
  if ('tcp' in probe && !hasPort) problems.add(field, probe, 'needs the container\'s port (probes use it by name)');
  if ('tcp' in probe && probe.tcp !== true) problems.add(`${field}.tcp`, probe.tcp, 'is not true');
  if ('command' in probe && (!Array.isArray(probe.command) || probe.command.length === 0 || probe.command.some((a) => typeof a !== 'string'))) {
    problems.add(`${field}.command`, probe.command, 'is not a non-empty list of strings (the command and its arguments)');
  }
  problems.check(`${field}.failureThreshold`, probe.failureThreshold, integerIn(1, 100));
}

function envValue(v: WorkloadEnvVar, secretNamed: (name: string) => kplus.ISecret): kplus.EnvValue {
  if ('value' in v) return kplus.EnvValue.fromValue(v.value);
  if ('podField' in v) return kplus.EnvValue.fromFieldRef(v.podField as kplus.EnvFieldPaths);
  const options = v.secret.optional ? { optional: true } : undefined;
  return kplus.EnvValue.fromSecretValue({ secret: secretNamed(v.secret.secret), key: v.secret.key }, options);
}

/** The env as kplus values, one imported Secret (under `scope`) per distinct Secret name. */
function containerEnv(scope: Construct, env: readonly WorkloadEnvVar[]): Record<string, kplus.EnvValue> {
  const secrets = new Map<string, kplus.ISecret>();
  const secretNamed = (name: string) => {
    if (!secrets.has(name)) secrets.set(name, kplus.Secret.fromSecretName(scope, `EnvSecret-${name}`, name));
    return secrets.get(name)!;
  };
  return Object.fromEntries(env.map((v) => [v.name, envValue(v, secretNamed)]));
}

function probeOf(probe: WorkloadProbeSpec | undefined, port: WorkloadPortSpec | undefined): kplus.Probe | undefined {
  if (!probe) return undefined;
  const timing = {
    periodSeconds: probe.period ?? Duration.seconds(10),
    timeoutSeconds: probe.timeout ?? Duration.seconds(3),
    failureThreshold: probe.failureThreshold ?? 3,
  };
  if ('command' in probe) return kplus.Probe.fromCommand([...probe.command], timing);
  if (!port) return undefined;
  // kplus takes port numbers; the pod renderer patches in the port's name.
  if ('tcp' in probe) return kplus.Probe.fromTcpSocket({ port: port.number, ...timing });
  return kplus.Probe.fromHttpGet(probe.path, { port: port.number, ...timing });
}

/** The kplus container props of `spec` (resources and probe ports are patched in by the Deployment). */
export function workloadContainerProps(scope: Construct, spec: WorkloadContainerSpec): kplus.ContainerProps {
  return {
    name: spec.name,
    image: spec.image,
    imagePullPolicy: imagePullPolicyOf(spec.image),
    ...(spec.command ? { command: [...spec.command] } : {}),
    ...(spec.args ? { args: [...spec.args] } : {}),
    // `ports`, not `portNumber`: a port number would add kplus' default TCP startup probe.
    ports: spec.port ? [{ number: spec.port.number, name: spec.port.name, protocol: kplus.Protocol.TCP }] : [],
    envVariables: containerEnv(scope, spec.env ?? []),
    // Rendered by a JSON patch: kplus rewrites quantities (1Gi as 1024Mi) and refuses some (500M).
    resources: {},
    liveness: probeOf(spec.liveness, spec.port),
    readiness: probeOf(spec.readiness, spec.port),
    securityContext: {
      ensureNonRoot: true,
      privileged: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: spec.security?.readOnlyRootFilesystem ?? true,
      capabilities: { drop: [kplus.Capability.ALL] },
    },
  };
}
