import { Duration, Testing } from 'cdk8s';
import { PlatformStack, SchedulerWorkerProps } from '../../constructs';
import { findObject } from '../helpers';
import { SYSTEM, synthWorker, usage, workerError } from './scheduler-worker-fixtures';

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
    ['Redis ref without key', { redisUrlSecret: { secret: 'redis' } as any }, 'calvin/SchedulerWorker: redisUrlSecret.key is required (the key within the Secret)'],
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
    ['allow-list entry that allows everything', { allowTargets: ['0.0.0.0/0'] }, 'calvin/SchedulerWorker: allowTargets[0] "0.0.0.0/0" reaches past the private'],
    ['cluster range outside the private ranges', { clusterCidrs: ['127.0.0.0/8'] }, 'calvin/SchedulerWorker: clusterCidrs[0] "127.0.0.0/8" is not inside the private'],
    ['loopback allow-list entry', { allowTargets: ['127.0.0.1'] }, 'calvin/SchedulerWorker: allowTargets[0] "127.0.0.1" is loopback'],
    ['grace period in fractions of a second', { terminationGracePeriod: Duration.millis(1500) }, 'calvin/SchedulerWorker: terminationGracePeriod "1500 ms" is not a whole number of seconds'],
    ['shutdownGrace not below the grace period', { shutdownGrace: Duration.seconds(30) }, 'calvin/SchedulerWorker: shutdownGrace "30 seconds" is not shorter than terminationGracePeriod (30 seconds)'],
    ['bad pull Secret', { imagePullSecrets: ['Registry'] }, 'calvin/SchedulerWorker: imagePullSecrets[0] "Registry" is not a DNS-1123 subdomain'],
    ['bad label', { labels: { team: 'a b' } }, 'calvin/SchedulerWorker: labels.team "a b" is not a valid label value'],
    ['a transform that is not a function', { transform: { catalogConfigMaps: 'annotate' as any } }, 'calvin/SchedulerWorker: transform.catalogConfigMaps "annotate" is not a function'],
    ['a transform under a name nothing has', { transform: { configMap: () => undefined } as any }, 'calvin: worker.transform.configMap: unknown prop (SchedulerWorkerTransforms has deployment, service, podDisruptionBudget, catalogConfigMaps)'],
    ['transform not an object', { transform: 'all' as any }, 'calvin/SchedulerWorker: transform "all" is not an object of functions (deployment, service, podDisruptionBudget, catalogConfigMaps)'],
  ])('refuses %s', (_what, worker, expected) => {
    expect(workerError(worker)).toContain(expected);
  });

  test('every worker problem is reported at once', () => {
    const message = workerError({ replicas: 1.5, port: 70000, metrics: { bucket: 'x' }, shutdownGrace: Duration.minutes(1) });
    expect(message.split('\n')).toEqual([
      'calvin/SchedulerWorker: replicas 1.5 is not an integer from 0 to 100',
      'calvin/SchedulerWorker: port 70000 is not an integer from 1 to 65535',
      'calvin/SchedulerWorker: metrics.bucket "x" is not a bucket name (3 to 63 lowercase letters, digits and \'-\', starting and ending with a letter or digit; no dots)',
      'calvin/SchedulerWorker: shutdownGrace "1 minute" is not shorter than terminationGracePeriod (30 seconds); the worker needs the rest to flush its metrics before it is killed',
    ]);
  });
});
