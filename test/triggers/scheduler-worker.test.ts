import { createHash } from 'node:crypto';
import { Testing } from 'cdk8s';
import { CustomerApp, PlatformStack, Trigger, TRIGGER_CATALOG_FILE, TriggerProps } from '../../constructs';
import { loadWorkerConfig } from '../../worker/config';
import { findObject, synthChart, TEST_TLS, TEST_WORKER_IMAGE } from '../helpers';
import { LONG_SECRET, SYSTEM, synthWorker, usage } from './scheduler-worker-fixtures';

// The worker's props and their errors: scheduler-worker-props.test.ts; its catalog at synth: scheduler-worker-catalog.test.ts.

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
      WORKER_TRIGGER_SHARE: '25',
      WORKER_WORKSPACE_SHARE: '50',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '25000',
      TRIGGERS_FILE: '/etc/calvin/catalog',
      SECRET_HEADERS_DIR: '/var/run/secrets/calvin/headers',
      TARGET_ALLOW_LIST: '.calvin-apps.svc.cluster.local',
      CLUSTER_CIDRS: '10.244.0.0/16,10.245.0.0/16',
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
    const platform = new PlatformStack(app, 'calvin', { domain: 'example.com', tls: TEST_TLS, worker: { image: TEST_WORKER_IMAGE, redisUrlSecret: { secret: 'redis-creds', key: 'connection' } } });
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

describe('worker.image: no default image nobody publishes', () => {
  const withTrigger = (worker: { image?: string } = {}): PlatformStack => {
    const platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, worker });
    const app = new CustomerApp(platform, 'my-app', { image: 'registry.digitalocean.com/acme/my-app:1.0.0' });
    new Trigger(platform, 'refresh', { workspace: 'acme', schedule: '*/5 * * * *', target: app, path: '/refresh' });
    return platform;
  };

  test('a platform with a trigger and no worker.image fails synth, naming the path, worker.image and what to do', () => {
    expect(() => synthChart(withTrigger())).toThrow(
      /calvin\/SchedulerWorker: worker\.image is not set; expected the image of the scheduler worker that fires this platform's 1 trigger\(s\): build worker\/Dockerfile, push it .* set PlatformStackProps\.worker\.image, or deploy with CalvinPlatform/,
    );
  });

  test('with worker.image set, the Deployment runs it; without triggers, nothing is required', () => {
    const docs = synthChart(withTrigger({ image: 'ghcr.io/acme/scheduler-worker:1.2.3' }));
    expect(findObject(docs, 'Deployment', 'scheduler-worker').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/scheduler-worker:1.2.3');
    expect(() => synthChart(new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS }))).not.toThrow();
  });
});
