import { createHash } from 'node:crypto';
import { Duration, Testing } from 'cdk8s';
import {
  CustomerApp, PlatformStack, PlatformStackProps, SchedulerWorkerProps, Trigger, TRIGGER_CATALOG_FILE, TriggerProps,
} from '../../constructs';
import { loadWorkerConfig } from '../../worker/config';
import { errorOf, findObject, synthChart, synthPlatform, TEST_TLS } from '../helpers';

const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';
const SYSTEM = 'calvin-system';

/** The issue's usage, plus a second trigger sharing the Secret with another key and a third with a long dotted Secret name. */
function usage(platform: PlatformStack, overrides: Partial<TriggerProps> = {}): void {
  const app = new CustomerApp(platform, 'my-app', { image: IMAGE });
  new Trigger(platform, 'refresh', {
    workspace: 'my-workspace', schedule: '*/5 * * * *', timezone: 'Europe/Madrid', target: app, path: '/endpoint', method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    secretHeaders: { Authorization: { secret: 'my-app-token', key: 'header' } },
    body: { data: 'value' },
    ...overrides,
  });
  new Trigger(platform, 'report', {
    workspace: 'my-workspace', schedule: '@daily', target: app,
    secretHeaders: { 'X-Api-Key': { secret: 'my-app-token', key: 'api-key' }, 'X-Signature': { secret: LONG_SECRET, key: 'sig.v1' } },
  });
}
const LONG_SECRET = `${'very-long-secret-name.'.repeat(5)}tokens`;

function synthWorker(build: (p: PlatformStack) => void = usage, props: Partial<PlatformStackProps> = {}) {
  const docs = synthPlatform(build, props);
  const deployment = findObject(docs, 'Deployment', 'scheduler-worker');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];
  const env = Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
  const catalogText: string = findObject(docs, 'ConfigMap', 'scheduler-worker-triggers').data[TRIGGER_CATALOG_FILE];
  return { docs, deployment, pod, container, env, catalogText };
}

function workerError(worker: SchedulerWorkerProps): string {
  return errorOf(() => new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker }));
}

describe('the scheduler worker with default props', () => {
  const { docs, deployment, pod, container, env, catalogText } = synthWorker();

  test('synthesizes ServiceAccount, catalog ConfigMap, Deployment, PodDisruptionBudget and Service in the system namespace', () => {
    const system = docs.filter((d) => d.metadata.namespace === SYSTEM).map((d) => `${d.kind}/${d.metadata.name}`);
    expect(system).toEqual([
      'ServiceAccount/scheduler-worker', 'ConfigMap/scheduler-worker-triggers', 'Deployment/scheduler-worker',
      'PodDisruptionBudget/scheduler-worker', 'Service/scheduler-worker',
    ]);
    const order = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    expect(order.indexOf(`Namespace/${SYSTEM}`)).toBeLessThan(order.indexOf('ServiceAccount/scheduler-worker'));
    expect(order.indexOf('ConfigMap/scheduler-worker-triggers')).toBeLessThan(order.indexOf('Deployment/scheduler-worker'));
  });

  test('Deployment: 2 replicas, surge-first rollouts, the image and command, a named http port', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(deployment.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'scheduler-worker' } });
    expect(deployment.spec.template.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'scheduler-worker', 'app.kubernetes.io/part-of': 'calvin' });
    expect(container.image).toBe('registry.digitalocean.com/calvin/scheduler-worker:0.1.0');
    expect(container.command).toEqual(['node', 'lib/worker/main.js']);
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(container.resources).toEqual({ requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
  });

  test('meets the Pod Security Standard "restricted" (the system namespace enforces it)', () => {
    const security = { ...pod.securityContext, ...container.securityContext };
    expect(security).toEqual({
      runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' },
      allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] },
      // cdk8s-plus defaults, written out: no privileged container; fsGroupChangePolicy is Kubernetes' own default.
      privileged: false, fsGroupChangePolicy: 'Always',
    });
    // Both levels say non-root, so a container added later inherits the pod's and states its own.
    expect([pod.securityContext.runAsNonRoot, container.securityContext.runAsNonRoot]).toEqual([true, true]);
    expect(findObject(docs, 'Namespace', SYSTEM).metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    // The restricted profile's volume types include projected (the catalog's ConfigMaps).
    expect(pod.volumes.filter((v: any) => !v.projected && !v.secret && !v.emptyDir)).toEqual([]);
    // cdk8s-plus writes the default out; the pod must not share the node's network.
    expect(pod.hostNetwork).toBe(false);
  });

  test('no API token, no service links, 30 s grace, spread across nodes softly', () => {
    expect(pod).toMatchObject({ serviceAccountName: 'scheduler-worker', automountServiceAccountToken: false, enableServiceLinks: false, terminationGracePeriodSeconds: 30 });
    expect(findObject(docs, 'ServiceAccount', 'scheduler-worker').automountServiceAccountToken).toBe(false);
    expect(pod.topologySpreadConstraints).toEqual([{
      maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'scheduler-worker' } },
    }]);
  });

  test('liveness GET /healthz and readiness GET /readyz on the named port', () => {
    expect(container.livenessProbe).toMatchObject({ httpGet: { path: '/healthz', port: 'http' } });
    expect(container.readinessProbe).toMatchObject({ httpGet: { path: '/readyz', port: 'http' } });
  });

  test('the environment the worker reads, secrets only as secretKeyRefs', () => {
    expect(env).toEqual({
      WORKER_ID: { fieldRef: { fieldPath: 'metadata.name' } },
      PORT: '8080',
      QUEUE_NAME: 'calvin-triggers',
      WORKER_CONCURRENCY: '200',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '25000',
      TRIGGERS_FILE: '/etc/calvin/catalog',
      SECRET_HEADERS_DIR: '/var/run/secrets/calvin/headers',
      TARGET_ALLOW_LIST: '.calvin-apps.svc.cluster.local',
      S3_BUCKET: 'calvin-runtime-scheduler',
      S3_ENDPOINT: 'https://fra1.digitaloceanspaces.com',
      S3_REGION: 'us-east-1',
      METRICS_PREFIX: 'metrics/',
      METRICS_FLUSH_COUNT: '100',
      METRICS_FLUSH_INTERVAL_MS: '60000',
      REDIS_URL: { secretKeyRef: { name: 'calvin-redis', key: 'url' } },
      SIGNING_SECRETS: { secretKeyRef: { name: 'calvin-trigger-signing', key: 'secrets' } },
      AWS_ACCESS_KEY_ID: { secretKeyRef: { name: 'calvin-spaces', key: 'access-key-id' } },
      AWS_SECRET_ACCESS_KEY: { secretKeyRef: { name: 'calvin-spaces', key: 'secret-access-key' } },
    });
  });

  test('the catalog is mounted as a directory (no subPath), where TRIGGERS_FILE points', () => {
    const catalogVolume = pod.volumes.find((v: any) => v.projected);
    expect(catalogVolume).toEqual({
      name: 'catalog', projected: { sources: [{ configMap: { name: 'scheduler-worker-triggers', items: [{ key: 'triggers.json', path: 'triggers.json' }] } }] },
    });
    const mount = container.volumeMounts.find((m: any) => m.name === 'catalog');
    expect(mount).toEqual({ name: 'catalog', mountPath: '/etc/calvin/catalog', readOnly: true });
    expect(container.volumeMounts.filter((m: any) => 'subPath' in m || 'subPathExpr' in m)).toEqual([]);
    expect(env.TRIGGERS_FILE).toBe(mount.mountPath);
    expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    expect(pod.volumes).toContainEqual({ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } });
  });

  test('one Secret volume per referenced Secret, with items for exactly the referenced keys, at <SECRET_HEADERS_DIR>/<secret>', () => {
    const secretVolumes = pod.volumes.filter((v: any) => v.secret);
    expect(secretVolumes.map((v: any) => v.secret)).toEqual([
      { secretName: 'my-app-token', items: [{ key: 'api-key', path: 'api-key' }, { key: 'header', path: 'header' }] },
      { secretName: LONG_SECRET, items: [{ key: 'sig.v1', path: 'sig.v1' }] },
    ]);
    for (const volume of secretVolumes) {
      expect(volume.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(volume.name.length).toBeLessThanOrEqual(63);
      const mount = container.volumeMounts.find((m: any) => m.name === volume.name);
      expect(mount).toEqual({ name: volume.name, mountPath: `${env.SECRET_HEADERS_DIR}/${volume.secret.secretName}`, readOnly: true });
    }
    expect(new Set(secretVolumes.map((v: any) => v.name)).size).toBe(2);
  });

  test('the pod template carries the SHA-256 of the catalog file', () => {
    const checksum = createHash('sha256').update(catalogText).digest('hex');
    expect(deployment.spec.template.metadata.annotations).toEqual({ 'calvin-runtime.dev/catalog-checksum': checksum });
  });

  test('PodDisruptionBudget: at most one pod down at a time, crash-looping pods evictable', () => {
    const pdb = findObject(docs, 'PodDisruptionBudget', 'scheduler-worker');
    expect(pdb.spec).toEqual({
      maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'scheduler-worker' } }, unhealthyPodEvictionPolicy: 'AlwaysAllow',
    });
  });

  test('Service: ClusterIP, port http to the metrics server, Prometheus annotations', () => {
    const service = findObject(docs, 'Service', 'scheduler-worker');
    expect(service.spec).toEqual({
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': 'scheduler-worker' },
      ports: [{ name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' }],
      // cdk8s-plus writes the empty list out.
      externalIPs: [],
    });
    expect(service.metadata.annotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '8080', 'prometheus.io/path': '/metrics' });
  });

  test('the worker\'s own config loader accepts this environment (with Secret values filled in)', () => {
    const plain = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const config = loadWorkerConfig({
      ...plain,
      REDIS_URL: 'redis://:pw@redis.calvin-system.svc.cluster.local:6379',
      SIGNING_SECRETS: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'key',
      WORKER_ID: 'scheduler-worker-abc',
    });
    expect(config).toMatchObject({ triggersFile: '/etc/calvin/catalog', concurrency: 200, port: 8080, shutdownGraceMs: 25_000 });
    expect(config.allowList.suffixes).toEqual(['.calvin-apps.svc.cluster.local']);
  });
});

describe('no secret value ever reaches a manifest', () => {
  test('the YAML holds Secret references only, and no plain env var carries a secret', () => {
    const app = Testing.app();
    const platform = new PlatformStack(app, 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { redisUrlSecret: { secret: 'redis-creds', key: 'connection' } } });
    usage(platform);
    const yaml = app.synthYaml();
    expect(yaml).not.toMatch(/kind: Secret\b/);
    expect(yaml).not.toMatch(/whsec_|redis:\/\/|rediss:\/\//);
    const deployment = findObject(synthChart(platform), 'Deployment');
    const env: any[] = deployment.spec.template.spec.containers[0].env;
    const secretNames = ['REDIS_URL', 'SIGNING_SECRETS', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
    for (const name of secretNames) {
      const variable = env.find((e) => e.name === name);
      expect(variable).not.toHaveProperty('value');
      expect(variable.valueFrom.secretKeyRef).toBeDefined();
    }
    expect(env.find((e) => e.name === 'REDIS_URL').valueFrom.secretKeyRef).toEqual({ name: 'redis-creds', key: 'connection' });
    const catalog = JSON.parse(findObject(synthChart(platform), 'ConfigMap').data[TRIGGER_CATALOG_FILE]);
    expect(catalog.triggers.flatMap((t: any) => Object.keys(t.headers))).not.toContain('Authorization');
  });
});

describe('the catalog checksum', () => {
  const checksumOf = (overrides: Partial<TriggerProps>) => synthWorker((p) => usage(p, overrides)).deployment.spec.template.metadata.annotations['calvin-runtime.dev/catalog-checksum'];

  test('stays the same for the same triggers', () => {
    expect(checksumOf({})).toBe(checksumOf({}));
  });

  test.each<[string, Partial<TriggerProps>]>([
    ['schedule', { schedule: '*/10 * * * *' }],
    ['body', { body: { data: 'other' } }],
    ['enabled', { enabled: false }],
    ['a secret header key', { secretHeaders: { Authorization: { secret: 'my-app-token', key: 'header-v2' } } }],
  ])('changes when a trigger\'s %s changes', (_what, overrides) => {
    expect(checksumOf(overrides)).not.toBe(checksumOf({}));
  });

  test('is unaffected by worker settings that do not touch the catalog', () => {
    const base = synthWorker(usage).deployment.spec.template.metadata.annotations;
    const tuned = synthWorker(usage, { worker: { replicas: 3, logLevel: 'debug' } }).deployment.spec.template.metadata.annotations;
    expect(tuned).toEqual(base);
  });
});

describe('the worker with zero triggers', () => {
  const { docs, pod, container, catalogText, deployment } = synthWorker(() => undefined);

  test('is still synthesized, with an empty (valid) catalog and no Secret volumes', () => {
    expect(JSON.parse(catalogText)).toEqual({ apiVersion: 'calvin-runtime.dev/v1', kind: 'TriggerCatalog', triggers: [] });
    expect(pod.volumes.map((v: any) => v.name)).toEqual(['catalog', 'tmp']);
    expect(container.volumeMounts.map((m: any) => m.name)).toEqual(['catalog', 'tmp']);
    expect(deployment.spec.template.metadata.annotations['calvin-runtime.dev/catalog-checksum'])
      .toBe(createHash('sha256').update(catalogText).digest('hex'));
    expect(docs.filter((d) => d.metadata.namespace === SYSTEM)).toHaveLength(5);
  });
});

describe('worker props', () => {
  test('secretEnv and env expose exactly what the container reads, so a stack can create the Secrets by name', () => {
    const app = Testing.app();
    const platform = new PlatformStack(app, 'calvin', {
      domain: 'example.com',
      worker: { redisUrlSecret: { secret: 'redis', key: 'uri' }, s3CredentialsSecret: { secret: 'minio', accessKeyIdKey: 'user' }, metrics: { bucket: 'acme-metrics' } },
    });
    const container = findObject(Testing.synth(platform), 'Deployment', 'scheduler-worker').spec.template.spec.containers[0];
    const fromSecrets = Object.fromEntries(container.env.filter((e: any) => e.valueFrom?.secretKeyRef)
      .map((e: any) => [e.name, { secret: e.valueFrom.secretKeyRef.name, key: e.valueFrom.secretKeyRef.key }]));
    expect(platform.worker.secretEnv).toEqual(fromSecrets);
    expect(platform.worker.secretEnv).toEqual({
      REDIS_URL: { secret: 'redis', key: 'uri' },
      SIGNING_SECRETS: { secret: 'calvin-trigger-signing', key: 'secrets' },
      AWS_ACCESS_KEY_ID: { secret: 'minio', key: 'user' },
      AWS_SECRET_ACCESS_KEY: { secret: 'minio', key: 'secret-access-key' },
    });
    expect(platform.worker.env).toEqual(Object.fromEntries(container.env.filter((e: any) => 'value' in e).map((e: any) => [e.name, e.value])));
    expect(platform.worker.env.S3_BUCKET).toBe('acme-metrics');
  });

  test('every prop reaches the manifests', () => {
    const { docs, deployment, pod, container, env } = synthWorker(usage, {
      appsNamespace: 'tenants',
      systemNamespace: 'platform',
      worker: {
        image: 'ghcr.io/acme/worker:2.0.0',
        replicas: 3,
        resources: { requests: { cpu: '300m' }, limits: { memory: '1Gi' } },
        port: 9000,
        concurrency: 200,
        queueName: 'acme-triggers',
        logLevel: 'debug',
        redisUrlSecret: { secret: 'redis', key: 'uri' },
        signingSecret: { secret: 'signing', key: 'keys' },
        s3CredentialsSecret: { secret: 'minio', accessKeyIdKey: 'user' },
        metrics: { bucket: 'acme-metrics', endpoint: 'http://minio.platform:9000', region: 'eu-west-1', prefix: '', flushCount: 10, flushInterval: Duration.seconds(5) },
        allowTargets: ['10.0.0.0/8', '.internal.acme.example', 'legacy.acme.example', 'fd00::/8', '.tenants.svc.cluster.local'],
        terminationGracePeriod: Duration.minutes(2),
        shutdownGrace: Duration.seconds(90),
        imagePullSecrets: ['ghcr'],
        labels: { team: 'platform' },
        transform: {
          deployment: (m) => { m.spec.template.spec.priorityClassName = 'system-cluster-critical'; },
          service: (m) => { m.metadata.annotations['prometheus.io/scrape'] = 'false'; },
          podDisruptionBudget: (m) => { m.spec.maxUnavailable = 2; },
        },
      },
    });
    expect(deployment.metadata.namespace).toBe('platform');
    expect(deployment.spec.replicas).toBe(3);
    expect(container.image).toBe('ghcr.io/acme/worker:2.0.0');
    expect(container.resources).toEqual({ requests: { cpu: '300m', memory: '256Mi' }, limits: { cpu: '500m', memory: '1Gi' } });
    expect(container.ports).toEqual([{ name: 'http', containerPort: 9000, protocol: 'TCP' }]);
    expect(pod.terminationGracePeriodSeconds).toBe(120);
    expect(pod.imagePullSecrets).toEqual([{ name: 'ghcr' }]);
    expect(pod.priorityClassName).toBe('system-cluster-critical');
    expect(deployment.spec.template.metadata.labels.team).toBe('platform');
    expect(deployment.metadata.labels.team).toBe('platform');
    expect(env).toMatchObject({
      PORT: '9000', WORKER_CONCURRENCY: '200', QUEUE_NAME: 'acme-triggers', LOG_LEVEL: 'debug', SHUTDOWN_GRACE_MS: '90000',
      TARGET_ALLOW_LIST: '.tenants.svc.cluster.local,10.0.0.0/8,.internal.acme.example,legacy.acme.example,fd00::/8',
      S3_BUCKET: 'acme-metrics', S3_ENDPOINT: 'http://minio.platform:9000', S3_REGION: 'eu-west-1',
      METRICS_PREFIX: '', METRICS_FLUSH_COUNT: '10', METRICS_FLUSH_INTERVAL_MS: '5000',
      REDIS_URL: { secretKeyRef: { name: 'redis', key: 'uri' } },
      SIGNING_SECRETS: { secretKeyRef: { name: 'signing', key: 'keys' } },
      AWS_ACCESS_KEY_ID: { secretKeyRef: { name: 'minio', key: 'user' } },
      AWS_SECRET_ACCESS_KEY: { secretKeyRef: { name: 'minio', key: 'secret-access-key' } },
    });
    const service = findObject(docs, 'Service', 'scheduler-worker');
    expect(service.spec.ports).toEqual([{ name: 'http', port: 9000, targetPort: 'http', protocol: 'TCP' }]);
    expect(service.metadata.annotations).toMatchObject({ 'prometheus.io/port': '9000', 'prometheus.io/scrape': 'false' });
    expect(findObject(docs, 'PodDisruptionBudget').spec.maxUnavailable).toBe(2);
    expect(findObject(docs, 'ConfigMap').metadata.namespace).toBe('platform');
  });

  test('platform.worker exposes names and objects', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', worker: { replicas: 1 } });
    expect(platform.worker.name).toBe('scheduler-worker');
    expect(platform.worker.namespace).toBe(SYSTEM);
    expect(platform.worker.catalogConfigMapName).toBe('scheduler-worker-triggers');
    expect(platform.worker.replicas).toBe(1);
    expect(platform.worker.deployment.kind).toBe('Deployment');
    expect(JSON.parse(platform.worker.catalogJson()).triggers).toEqual([]);
  });

  test.each<[string, SchedulerWorkerProps, string]>([
    ['bad image', { image: 'Not An Image' }, 'calvin/SchedulerWorker: image "Not An Image" is not an OCI image reference'],
    ['negative replicas', { replicas: -1 }, 'calvin/SchedulerWorker: replicas -1 is not an integer from 0 to 100'],
    ['port 0', { port: 0 }, 'calvin/SchedulerWorker: port 0 is not an integer from 1 to 65535'],
    ['concurrency 0', { concurrency: 0 }, 'calvin/SchedulerWorker: concurrency 0 is not an integer from 1 to 5000'],
    ['queue name with a space', { queueName: 'my queue' }, 'calvin/SchedulerWorker: queueName "my queue" is not 1 to 100 letters'],
    ['unknown log level', { logLevel: 'verbose' as any }, 'calvin/SchedulerWorker: logLevel "verbose" is not "fatal", "error", "warn", "info", "debug", "trace" or "silent"'],
    ['request above limit', { resources: { requests: { memory: '1Gi' } } }, 'calvin/SchedulerWorker: resources.requests.memory "1Gi" is more than the limit (512Mi)'],
    ['bad cpu', { resources: { limits: { cpu: 'lots' } } }, 'calvin/SchedulerWorker: resources.limits.cpu "lots" is not a Kubernetes quantity'],
    ['bad Redis Secret name', { redisUrlSecret: { secret: 'Redis', key: 'url' } }, 'calvin/SchedulerWorker: redisUrlSecret.secret "Redis" is not a DNS-1123 subdomain'],
    ['Redis ref without key', { redisUrlSecret: { secret: 'redis' } as any }, 'calvin/SchedulerWorker: redisUrlSecret.key undefined is required (the key within the Secret)'],
    ['signing ref with a bad key', { signingSecret: { secret: 's', key: 'a b' } }, 'calvin/SchedulerWorker: signingSecret.key "a b" is not a valid Secret key'],
    ['S3 Secret as a string', { s3CredentialsSecret: 'calvin-spaces' as any }, 'calvin/SchedulerWorker: s3CredentialsSecret "calvin-spaces" is not a Secret reference'],
    ['S3 access key with a bad key', { s3CredentialsSecret: { secret: 's', accessKeyIdKey: 'a/b' } }, 'calvin/SchedulerWorker: s3CredentialsSecret.accessKeyIdKey "a/b" is not a valid Secret key'],
    ['bad bucket', { metrics: { bucket: 'My_Bucket' } }, 'calvin/SchedulerWorker: metrics.bucket "My_Bucket" is not a bucket name'],
    ['endpoint with a path', { metrics: { endpoint: 'https://fra1.digitaloceanspaces.com/bucket' } }, 'calvin/SchedulerWorker: metrics.endpoint "https://fra1.digitaloceanspaces.com/bucket" is not an http(s) origin'],
    ['bad region', { metrics: { region: 'EU West' } }, 'calvin/SchedulerWorker: metrics.region "EU West" is not a region name'],
    ['prefix without trailing slash', { metrics: { prefix: 'metrics' } }, 'calvin/SchedulerWorker: metrics.prefix "metrics" must not start with \'/\' and must end with \'/\''],
    ['flushCount 0', { metrics: { flushCount: 0 } }, 'calvin/SchedulerWorker: metrics.flushCount 0 is not an integer from 1 to 100000'],
    ['flushInterval too short', { metrics: { flushInterval: Duration.millis(10) } }, 'calvin/SchedulerWorker: metrics.flushInterval "10 ms" is not from 100 ms to 1 hour'],
    ['bad allow-list entry', { allowTargets: ['ok.example.com', 'http://x'] }, 'calvin/SchedulerWorker: allowTargets[1] "http://x" is not an IP address, a CIDR'],
    ['bad CIDR prefix', { allowTargets: ['10.0.0.0/33'] }, 'calvin/SchedulerWorker: allowTargets[0] "10.0.0.0/33" is not an IP address, a CIDR'],
    ['grace period in fractions of a second', { terminationGracePeriod: Duration.millis(1500) }, 'calvin/SchedulerWorker: terminationGracePeriod "1500 ms" is not a whole number of seconds'],
    ['shutdownGrace not below the grace period', { shutdownGrace: Duration.seconds(30) }, 'calvin/SchedulerWorker: shutdownGrace "30 seconds" is not shorter than terminationGracePeriod (30 seconds)'],
    ['bad pull Secret', { imagePullSecrets: ['Registry'] }, 'calvin/SchedulerWorker: imagePullSecrets[0] "Registry" is not a DNS-1123 subdomain'],
    ['bad label', { labels: { team: 'a b' } }, 'calvin/SchedulerWorker: labels.team "a b" is not a valid label value'],
    ['a transform that is not a function', { transform: { catalogConfigMaps: 'annotate' as any } }, 'calvin/SchedulerWorker: transform.catalogConfigMaps "annotate" is not a function'],
    ['a transform under a name nothing has', { transform: { configMap: () => undefined } as any }, 'calvin/SchedulerWorker: transform.configMap "a function" is not one of deployment, service, podDisruptionBudget, catalogConfigMaps'],
    ['transform not an object', { transform: 'all' as any }, 'calvin/SchedulerWorker: transform "all" is not an object of functions (deployment, service, podDisruptionBudget, catalogConfigMaps)'],
  ])('refuses %s', (_what, worker, expected) => {
    expect(workerError(worker)).toContain(expected);
  });

  test('every worker problem is reported at once', () => {
    const message = workerError({ replicas: 1.5, port: 70000, metrics: { bucket: 'x' }, shutdownGrace: Duration.minutes(1) });
    expect(message.split('\n')).toEqual([
      '4 problems:',
      '  calvin/SchedulerWorker: replicas 1.5 is not an integer from 0 to 100',
      '  calvin/SchedulerWorker: port 70000 is not an integer from 1 to 65535',
      '  calvin/SchedulerWorker: metrics.bucket "x" is not a bucket name (3 to 63 lowercase letters, digits and \'-\', starting and ending with a letter or digit; no dots)',
      '  calvin/SchedulerWorker: shutdownGrace "1 minute" is not shorter than terminationGracePeriod (30 seconds); the worker needs the rest to flush its metrics before it is killed',
    ]);
  });
});

describe('the catalog is checked at synth', () => {
  test('a transform that breaks an entry fails synth with the worker validator\'s problems, naming the trigger', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    new Trigger(platform, 'a', { workspace: 'w', schedule: '@daily', url: 'https://example.org', transform: (e) => ({ ...e, method: 'get' as any, timeoutMs: 0 }) });
    expect(platform.worker.catalogProblems()).toEqual([
      'trigger catalog entry "w/a" /triggers/0/method: must be one of "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE" (check the trigger\'s transform)',
      'trigger catalog entry "w/a" /triggers/0/timeoutMs: must be >= 1 (check the trigger\'s transform)',
    ]);
    const message = errorOf(() => synthChart(platform));
    expect(message).toContain('[calvin/SchedulerWorker] trigger catalog entry "w/a" /triggers/0/method: must be one of "GET"');
    expect(errorOf(() => platform.worker.catalogJson())).toMatch(/^2 problems:\n {2}calvin\/SchedulerWorker: trigger catalog entry "w\/a"/);
  });

  test('a catalog over the 1 MiB ConfigMap limit is split into shards (test/triggers/catalog-shards.test.ts has the rest)', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    for (let i = 0; i < 5; i++) {
      new Trigger(platform, `t${i}`, { workspace: 'w', schedule: '@daily', url: 'https://example.org', body: 'x'.repeat(250_000) });
    }
    const configMaps = synthChart(platform).filter((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('scheduler-worker-triggers-'));
    expect(configMaps.length).toBeGreaterThan(1);
    expect(platform.worker.catalogShardConfigMapNames()).toEqual(configMaps.map((d) => d.metadata.name));
  });

  test('a trigger too big for any shard fails synth naming its path, the field, the value and the limit', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com' });
    // Each header is within its own limit (8 KiB); 120 of them are not within a shard's.
    const headers = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`X-Big-${i}`, 'y'.repeat(8000)]));
    new Trigger(platform, 'huge', { workspace: 'w', schedule: '@daily', url: 'https://example.org', headers });
    new Trigger(platform, 'small', { workspace: 'w', schedule: '@daily', url: 'https://example.org' });
    const message = errorOf(() => synthChart(platform));
    expect(message).toMatch(
      /^Validation failed with the following errors:\n {2}\[calvin\/SchedulerWorker\] calvin\/huge: headers \{"X-Big-0":"y{40,}… \(\d{6} bytes as JSON\) makes the trigger's catalog entry \d{6} bytes; one catalog shard \(a ConfigMap, 1 MiB less a margin\) holds at most 946176 \(shorten the headers\)$/,
    );
  });

  test('a valid catalog has no problems', () => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });
    usage(platform);
    expect(platform.worker.catalogProblems()).toEqual([]);
  });
});
