import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
// The public entry only: a workload construct of one's own needs nothing deeper (docs/constructs.md).
import {
  hardenedDeployment, PlatformStack, PropProblems, resolveResources, ResourceQuantities, WorkloadContainerSpec, WorkloadDeploymentSpec, workloadService,
  workloadServiceAccount,
} from '../../constructs';
import { hardenedJobTemplate } from '../../constructs/workload';
import { errorOf, findObject, synthPlatform } from '../helpers';

const NAME = { 'app.kubernetes.io/name': 'mail-worker' };
const DEFAULT_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } };

interface QueueWorkerProps {
  readonly memory?: ResourceQuantities['memory'];
  readonly imagePullSecrets?: readonly string[];
  readonly container?: Partial<WorkloadContainerSpec>;
  readonly deployment?: Partial<WorkloadDeploymentSpec>;
}

/** A made-up second workload (a BullMQ queue worker) built on the renderer alone, as a user would. */
class QueueWorker extends Construct {
  public constructor(platform: PlatformStack, id: string, props: QueueWorkerProps = {}) {
    super(platform, id);
    const problems = new PropProblems(this);
    const memory = props.memory === undefined ? undefined : { memory: props.memory };
    const resources = resolveResources(problems, 'resources', { requests: memory, limits: { memory: '1Gi' } }, DEFAULT_RESOURCES);
    problems.throwIfAny();
    const metadata = { name: 'mail-worker', namespace: platform.systemNamespace, labels: { ...NAME, team: 'mail' }, selectorLabels: NAME };
    const serviceAccount = workloadServiceAccount(this, 'ServiceAccount', metadata);
    hardenedDeployment(this, 'Deployment', {
      ...metadata,
      replicas: 2,
      serviceAccount,
      imagePullSecrets: props.imagePullSecrets,
      container: {
        name: 'mail-worker',
        image: 'ghcr.io/acme/mail-worker:3.1.0',
        args: ['--queue', 'mail'],
        port: { name: 'metrics', number: 9100 },
        env: [
          { name: 'POD_NAME', podField: 'metadata.name' },
          { name: 'QUEUE', value: 'mail' },
          { name: 'REDIS_URL', secret: { secret: 'redis', key: 'url' } },
          { name: 'SMTP_PASSWORD', secret: { secret: 'smtp', key: 'password' } },
          { name: 'SENTRY_DSN', secret: { secret: 'sentry', key: 'dsn', optional: true } },
        ],
        resources,
        readiness: { path: '/ready' },
        volumeMounts: [{ path: '/tmp', volume: kplus.Volume.fromEmptyDir(this, 'Tmp', 'tmp') }],
        ...props.container,
      },
      ...props.deployment,
    });
    workloadService(this, 'Service', { ...metadata, port: { name: 'metrics', number: 9100 } });
  }
}

function queueWorkerDocs(props: QueueWorkerProps = {}): any[] {
  return synthPlatform((platform) => { new QueueWorker(platform, 'MailWorker', props); });
}
const deploymentOf = (props: QueueWorkerProps = {}) => findObject(queueWorkerDocs(props), 'Deployment', 'mail-worker');
const podOf = (props: QueueWorkerProps = {}) => deploymentOf(props).spec.template.spec;

/**
 * What the Pod Security Standard "restricted" (v1.28) refuses in a pod spec, field by field, so that
 * a renderer change that loosens any of them fails here rather than at admission.
 */
function restrictedViolations(pod: any): string[] {
  const containers: any[] = [...pod.containers, ...(pod.initContainers ?? [])];
  const problems: string[] = [];
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) problems.push('host namespaces');
  for (const volume of pod.volumes ?? []) {
    const type = Object.keys(volume).find((k) => k !== 'name');
    if (!['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'].includes(type!)) problems.push(`volume type ${type}`);
  }
  const podSc = pod.securityContext ?? {};
  for (const c of containers) {
    const sc = c.securityContext ?? {};
    if (sc.privileged) problems.push(`${c.name}: privileged`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${c.name}: allowPrivilegeEscalation is not false`);
    if (!(sc.runAsNonRoot ?? podSc.runAsNonRoot)) problems.push(`${c.name}: runAsNonRoot is not true`);
    if ((sc.runAsUser ?? podSc.runAsUser) === 0) problems.push(`${c.name}: runAsUser 0`);
    const seccomp = (sc.seccompProfile ?? podSc.seccompProfile)?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') problems.push(`${c.name}: seccompProfile ${seccomp}`);
    if (!sc.capabilities?.drop?.includes('ALL')) problems.push(`${c.name}: capabilities do not drop ALL`);
    if ((sc.capabilities?.add ?? []).some((cap: string) => cap !== 'NET_BIND_SERVICE')) problems.push(`${c.name}: capabilities added`);
    if ((c.ports ?? []).some((p: any) => p.hostPort)) problems.push(`${c.name}: hostPort`);
  }
  return problems;
}

describe('the workload Deployment renderer', () => {
  test('a second workload\'s pod meets the restricted Pod Security Standard with no API token and no service links', () => {
    const pod = podOf();
    expect(restrictedViolations(pod)).toEqual([]);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.enableServiceLinks).toBe(false);
    expect(pod.serviceAccountName).toBe('mail-worker');
    expect(pod.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true,
    });
    expect(pod.securityContext).toEqual({ fsGroupChangePolicy: 'Always', runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(findObject(queueWorkerDocs(), 'ServiceAccount', 'mail-worker').automountServiceAccountToken).toBe(false);
    // The checker itself refuses what the renderer must never write.
    expect(restrictedViolations({ ...pod, securityContext: {}, containers: [{ name: 'c', securityContext: { privileged: true } }] })).toEqual([
      'c: privileged', 'c: allowPrivilegeEscalation is not false', 'c: runAsNonRoot is not true', 'c: seccompProfile undefined', 'c: capabilities do not drop ALL',
    ]);
  });

  test('the user and group go on the pod; a writable root filesystem is the spec\'s choice', () => {
    const pod = podOf({ container: { security: { runAsUser: 2000, runAsGroup: 3000, readOnlyRootFilesystem: false } } });
    expect(pod.securityContext).toMatchObject({ runAsUser: 2000, runAsGroup: 3000, runAsNonRoot: true });
    expect(pod.containers[0].securityContext.readOnlyRootFilesystem).toBe(false);
    expect(restrictedViolations(pod)).toEqual([]);
  });

  test('Deployment, topology spread and Service select by the stable name label, not kplus\' address label', () => {
    const docs = queueWorkerDocs();
    const deployment = findObject(docs, 'Deployment', 'mail-worker');
    expect(deployment.spec.selector).toEqual({ matchLabels: NAME });
    expect(deployment.spec.template.metadata.labels).toEqual({ ...NAME, team: 'mail', 'cdk8s.io/metadata.addr': expect.any(String) });
    expect(deployment.spec.template.spec.topologySpreadConstraints).toEqual([
      { labelSelector: { matchLabels: NAME }, maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' },
    ]);
    const service = findObject(docs, 'Service', 'mail-worker');
    expect(service.spec.selector).toEqual(NAME);
    expect(service.spec.ports).toEqual([{ name: 'metrics', port: 9100, protocol: 'TCP', targetPort: 'metrics' }]);
    expect(deployment.spec.strategy).toEqual({ rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }, type: 'RollingUpdate' });
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBe(30);
  });

  test('env is listed in the order given, Secret values by reference, optional only where asked', () => {
    const container = podOf().containers[0];
    expect(container.env).toEqual([
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'QUEUE', value: 'mail' },
      { name: 'REDIS_URL', valueFrom: { secretKeyRef: { key: 'url', name: 'redis' } } },
      { name: 'SMTP_PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: 'smtp' } } },
      { name: 'SENTRY_DSN', valueFrom: { secretKeyRef: { key: 'dsn', name: 'sentry', optional: true } } },
    ]);
    expect(container.args).toEqual(['--queue', 'mail']);
    expect(container.command).toBeUndefined();
    expect(container.imagePullPolicy).toBe('IfNotPresent');
  });

  test('quantities stay as written: a memory-only override keeps the CPU defaults, 1Gi stays 1Gi and 500M is accepted', () => {
    expect(podOf({ memory: '500M' }).containers[0].resources).toEqual({
      requests: { cpu: '100m', memory: '500M' }, limits: { cpu: '1', memory: '1Gi' },
    });
    expect(podOf().containers[0].resources.requests).toEqual({ cpu: '100m', memory: '128Mi' });
  });

  test('the readiness probe uses the named port; no liveness or startup probe is added unasked', () => {
    const container = podOf().containers[0];
    expect(container.readinessProbe).toEqual({ failureThreshold: 3, httpGet: { path: '/ready', port: 'metrics', scheme: 'HTTP' }, periodSeconds: 10, timeoutSeconds: 3 });
    expect(container.livenessProbe).toBeUndefined();
    expect(container.startupProbe).toBeUndefined();
    expect(container.ports).toEqual([{ containerPort: 9100, name: 'metrics', protocol: 'TCP' }]);
    expect(container.volumeMounts).toEqual([{ mountPath: '/tmp', name: 'tmp' }]);
  });

  test('every pull Secret is listed, in order; none leaves the field out', () => {
    expect(podOf({ imagePullSecrets: ['reg-a', 'reg-b'] }).imagePullSecrets).toEqual([{ name: 'reg-a' }, { name: 'reg-b' }]);
    expect(podOf()).not.toHaveProperty('imagePullSecrets');
  });

  test('a bad spec is refused with the construct path, the field, the value and what is expected', () => {
    const error = errorOf(() => queueWorkerDocs({
      imagePullSecrets: ['Bad_Name'],
      container: {
        env: [
          { name: 'A', value: '1' }, { name: 'A', value: '2' },
          { name: 'PHASE', podField: 'status.phase' },
          { name: 'TOKEN', secret: { secret: 'Not_A_Name', key: 'k' } },
        ],
        resources: { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } },
        port: undefined,
      },
    }));
    expect(error.split('\n')).toEqual([
      'calvin/MailWorker: container.env.A "A" is set twice (a container takes each variable once)',
      expect.stringMatching(/^calvin\/MailWorker: container\.env\.PHASE\.podField "status\.phase" is not a pod field cdk8s-plus can express \(metadata\.name, /),
      'calvin/MailWorker: container.env.TOKEN.secret.secret "Not_A_Name" is not a DNS-1123 subdomain (dot-separated labels of lowercase letters, digits and \'-\', at most 253 characters)',
      'calvin/MailWorker: container.resources.requests.cpu "2" is more than the limit (1)',
      'calvin/MailWorker: container.readiness "/ready" needs the container\'s port (probes use it by name)',
      'calvin/MailWorker: imagePullSecrets[0] "Bad_Name" is not a DNS-1123 subdomain (dot-separated labels of lowercase letters, digits and \'-\', at most 253 characters)',
    ]);
  });
});

describe('replicas and probes beside HTTP', () => {
  test('replicas left out when an autoscaler owns the count (kplus writes 2 unless told); a given count is written', () => {
    const owned = deploymentOf({ deployment: { replicas: undefined } });
    expect(owned.spec).not.toHaveProperty('replicas');
    expect(deploymentOf().spec.replicas).toBe(2);
    expect(deploymentOf({ deployment: { replicas: 0 } }).spec.replicas).toBe(0);
  });

  test('an exec probe runs the command; a TCP probe targets the named port', () => {
    const container = podOf({
      container: { liveness: { command: ['test', '-f', '/tmp/alive'], period: Duration.seconds(20) }, readiness: { tcp: true, failureThreshold: 5 } },
    }).containers[0];
    expect(container.livenessProbe).toEqual({ exec: { command: ['test', '-f', '/tmp/alive'] }, failureThreshold: 3, periodSeconds: 20, timeoutSeconds: 3 });
    expect(container.readinessProbe).toEqual({ tcpSocket: { port: 'metrics' }, failureThreshold: 5, periodSeconds: 10, timeoutSeconds: 3 });
  });

  test('an exec probe needs no port; a TCP one does; a probe of two kinds or an empty command is refused', () => {
    const noPort = podOf({ container: { port: undefined, readiness: { command: ['true'] } } }).containers[0];
    expect(noPort.readinessProbe.exec).toEqual({ command: ['true'] });
    const error = errorOf(() => queueWorkerDocs({
      container: { port: undefined, liveness: { tcp: true }, readiness: { command: [], path: '/x' } as never },
    }));
    expect(error.split('\n').map((line) => line.trim())).toEqual([
      'calvin/MailWorker: container.liveness {"tcp":true} needs the container\'s port (probes use it by name)',
      'calvin/MailWorker: container.readiness {"command":[],"path":"/x"} is not one probe: set exactly one of `path` (HTTP GET), `command` (exec) or `tcp: true`',
    ]);
    expect(errorOf(() => queueWorkerDocs({ container: { readiness: { command: [] } } })))
      .toBe('calvin/MailWorker: container.readiness.command [] is not a non-empty list of strings (the command and its arguments)');
  });
});

describe('the Job template renderer', () => {
  function jobSpec(): any {
    let rendered: any;
    synthPlatform((platform) => {
      const scope = new Construct(platform, 'Runner');
      const metadata = { name: 'runner', namespace: platform.systemNamespace, labels: NAME, selectorLabels: NAME };
      const template = hardenedJobTemplate(scope, {
        labels: NAME,
        serviceAccount: workloadServiceAccount(scope, 'ServiceAccount', metadata),
        imagePullSecrets: ['reg'],
        backoffLimit: 2,
        activeDeadline: Duration.minutes(30),
        ttlAfterFinished: Duration.minutes(10),
        container: {
          name: 'runner', image: 'ghcr.io/acme/runner:1.0.0', resources: DEFAULT_RESOURCES,
          env: [{ name: 'TOKEN', secret: { secret: 'tok', key: 'v' } }], liveness: { command: ['true'] },
        },
      });
      rendered = template.renderSpec();
    });
    return rendered;
  }

  test('a Job\'s pod gets the Deployments\' restricted template, pull Secrets and resources; it restarts never and is not synthesized itself', () => {
    const spec = jobSpec();
    const pod = spec.template.spec;
    expect(restrictedViolations(pod)).toEqual([]);
    expect(pod).toMatchObject({
      automountServiceAccountToken: false, enableServiceLinks: false, restartPolicy: 'Never', serviceAccountName: 'runner',
      imagePullSecrets: [{ name: 'reg' }], securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    });
    expect(pod).not.toHaveProperty('topologySpreadConstraints');
    expect(spec.template.metadata.labels).toEqual(NAME);
    expect(pod.containers[0].resources).toEqual(DEFAULT_RESOURCES);
    expect(pod.containers[0].env).toEqual([{ name: 'TOKEN', valueFrom: { secretKeyRef: { key: 'v', name: 'tok' } } }]);
    expect(spec).toMatchObject({ backoffLimit: 2, activeDeadlineSeconds: 1800, ttlSecondsAfterFinished: 600 });
    const docs = synthPlatform((platform) => {
      const scope = new Construct(platform, 'Runner');
      hardenedJobTemplate(scope, { labels: NAME, serviceAccount: kplus.ServiceAccount.fromServiceAccountName(scope, 'SA', 'x'), container: { name: 'c', image: 'busybox:1', resources: DEFAULT_RESOURCES } });
    });
    expect(docs.filter((d) => d.kind === 'Job')).toEqual([]);
  });
});
