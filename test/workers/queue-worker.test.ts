import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { QueueWorker, QueueWorkerProps, REDIS_CONNECTION_SECRET_KEYS } from '../../constructs';
import { APP_SCOPE } from '../../constructs/platform/scope';
import { errorOf, findObject, synthPlatform } from '../helpers';

const IMAGE = 'ghcr.io/acme/mailer:1.0.0';
const docsOf = (props: Partial<QueueWorkerProps> = {}) => synthPlatform((p) => { new QueueWorker(p, 'mailer', { image: IMAGE, queue: 'mail', ...props }); });
const kinds = (docs: any[]) => docs.filter((d) => d.metadata.name.startsWith('mailer')).map((d) => d.kind).sort();

describe('QueueWorker', () => {
  test('scaling "queue": Deployment without replicas, ScaledObject, TriggerAuthentication, PDB and ServiceAccount, all schema-valid', () => {
    const docs = docsOf();
    expect(kinds(docs)).toEqual(['Deployment', 'PodDisruptionBudget', 'ScaledObject', 'ServiceAccount', 'TriggerAuthentication']);
    expect(findObject(docs, 'Deployment', 'mailer').spec).not.toHaveProperty('replicas');
    expect(findObject(docs, 'ScaledObject', 'mailer').spec).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'mailer' },
      minReplicaCount: 0, maxReplicaCount: 10,
      advanced: { scalingModifiers: { formula: 'delayed > 0 ? max(wait + prioritized, 10) : wait + prioritized', target: '10', metricType: 'AverageValue' } },
    });
  });

  test('scaling "cpu": an autoscaling/v2 HPA at 70 % CPU and no replicas; "none": the fixed count and no autoscaler', () => {
    const cpu = docsOf({ scaling: 'cpu', minReplicas: 2, maxReplicas: 8 });
    expect(kinds(cpu)).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ServiceAccount']);
    expect(findObject(cpu, 'Deployment', 'mailer').spec).not.toHaveProperty('replicas');
    expect(findObject(cpu, 'HorizontalPodAutoscaler', 'mailer').spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'mailer' }, minReplicas: 2, maxReplicas: 8,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    });
    const fixed = docsOf({ scaling: 'none', replicas: 3 });
    expect(kinds(fixed)).toEqual(['Deployment', 'PodDisruptionBudget', 'ServiceAccount']);
    expect(findObject(fixed, 'Deployment', 'mailer').spec.replicas).toBe(3);
  });

  test('KEDA reads the connection Secret\'s keys of the contract, in the workload\'s namespace; TLS is set there and in no trigger', () => {
    const docs = docsOf({ redisSecret: 'valkey' });
    const auth = findObject(docs, 'TriggerAuthentication', 'mailer-redis');
    expect(auth.metadata.namespace).toBe(findObject(docs, 'Deployment', 'mailer').metadata.namespace);
    expect(auth.spec.secretTargetRef.map((r: any) => r.name)).toEqual(Array(5).fill('valkey'));
    expect(Object.fromEntries(auth.spec.secretTargetRef.map((r: any) => [r.parameter, r.key]))).toEqual({
      host: REDIS_CONNECTION_SECRET_KEYS.host, port: REDIS_CONNECTION_SECRET_KEYS.port, username: REDIS_CONNECTION_SECRET_KEYS.username,
      password: REDIS_CONNECTION_SECRET_KEYS.password, tls: REDIS_CONNECTION_SECRET_KEYS.tls,
    });
    for (const trigger of findObject(docs, 'ScaledObject', 'mailer').spec.triggers) {
      expect(trigger.metadata).not.toHaveProperty('enableTLS');
      expect(trigger.authenticationRef).toEqual({ name: 'mailer-redis' });
    }
  });

  test('the pod gets REDIS_URL from the Secret\'s url key, the queue and the prefix, then the user\'s env', () => {
    const container = findObject(docsOf({ prefix: 'acme', env: { LOG_LEVEL: 'debug' }, secretEnv: { SMTP: { secret: 'smtp', key: 'password' } } }), 'Deployment', 'mailer')
      .spec.template.spec.containers[0];
    expect(container.env).toEqual([
      { name: 'REDIS_URL', valueFrom: { secretKeyRef: { name: 'redis-connection', key: 'url' } } },
      { name: 'QUEUE_NAME', value: 'mail' },
      { name: 'QUEUE_PREFIX', value: 'acme' },
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'SMTP', valueFrom: { secretKeyRef: { name: 'smtp', key: 'password' } } },
    ]);
  });

  test('an exec liveness probe needs no port; a port gives HTTP and TCP probes by name', () => {
    const probed = findObject(docsOf({ port: 9100, liveness: { command: ['test', '-f', '/tmp/alive'] }, readiness: { tcp: true } }), 'Deployment', 'mailer')
      .spec.template.spec.containers[0];
    expect(probed.livenessProbe.exec).toEqual({ command: ['test', '-f', '/tmp/alive'] });
    expect(probed.readinessProbe.tcpSocket).toEqual({ port: 'http' });
  });

  test('works in any app scope, not only a PlatformStack: the scope\'s namespace and pull Secrets', () => {
    const docs = synthPlatform((platform) => {
      class TeamScope extends Construct {
        public readonly [APP_SCOPE] = true as const;
        public readonly appsNamespace = 'team-a';
        public readonly appsNamespaceObject = platform.appsNamespaceObject;
        public readonly imagePullSecrets = ['team-a-registry'];
        public readonly defaultEngine = platform.defaultEngine;
      }
      new QueueWorker(new TeamScope(platform, 'team-a'), 'mailer', { image: IMAGE, queue: 'mail' });
    });
    for (const kind of ['Deployment', 'ScaledObject', 'TriggerAuthentication', 'PodDisruptionBudget', 'ServiceAccount']) {
      expect(docs.filter((d) => d.kind === kind && d.metadata.name.startsWith('mailer')).map((d) => d.metadata.namespace)).toEqual(['team-a']);
    }
    expect(findObject(docs, 'Deployment', 'mailer').spec.template.spec.imagePullSecrets).toEqual([{ name: 'team-a-registry' }]);
  });
});

describe('QueueWorker refuses bad props, naming the construct, the field, the value and what is expected', () => {
  const cases: Array<[string, Partial<QueueWorkerProps>, string]> = [
    ['queue name with a colon', { queue: 'a:b' }, 'queue "a:b" is not 1 to 100 letters, digits, \'_\', \'.\' or \'-\''],
    ['missing queue', { queue: undefined }, 'queue is required (the BullMQ queue name)'],
    ['prefix with a space', { prefix: 'my app' }, 'prefix "my app" is not 1 to 100 letters, digits, \'_\', \'.\', \':\', \'{\', \'}\' or \'-\''],
    ['unknown scaling', { scaling: 'memory' as never }, 'scaling "memory" is not "queue", "cpu" or "none"'],
    ['min above max', { minReplicas: 5, maxReplicas: 2 }, 'minReplicas 5 is more than maxReplicas (2)'],
    ['max 0', { maxReplicas: 0 }, 'maxReplicas 0 is not an integer from 1 to 1000'],
    ['cpu from zero', { scaling: 'cpu', minReplicas: 0 }, 'minReplicas 0 is not an integer from 1 to 1000'],
    ['replicas with queue scaling', { replicas: 3 }, 'replicas 3 is read only with scaling "none" (scaling is "queue")'],
    ['jobsPerReplica with cpu', { scaling: 'cpu', jobsPerReplica: 5 }, 'jobsPerReplica 5 is read only with scaling "queue" (scaling is "cpu")'],
    ['jobsPerReplica 0', { jobsPerReplica: 0 }, 'jobsPerReplica 0 is not an integer from 1 to 1000000'],
    ['activation that a delayed job cannot exceed', { activation: 10 },
      'activation 10 must be less than jobsPerReplica (10) while delayedJobs is "wake" and minReplicas 0: a delayed job counts as one replica\'s worth of jobs, which must wake the worker'],
    ['unknown delayedJobs', { delayedJobs: 'later' as never }, 'delayedJobs "later" is not "wake" or "ignore"'],
    ['polling in ms', { pollingInterval: Duration.millis(1500) }, 'pollingInterval "1500 ms" is not a whole number of seconds (KEDA counts in seconds)'],
    ['cooldown too long', { cooldown: Duration.days(2) }, 'cooldown "2 days" is not from 1 second to 1 day'],
    ['fallback above max', { fallbackReplicas: 4, maxReplicas: 3 }, 'fallbackReplicas 4 is more than maxReplicas (3)'],
    ['cpu utilization 0', { scaling: 'cpu', cpuUtilization: 0 }, 'cpuUtilization 0 is not an integer from 1 to 100'],
    ['env the construct sets', { env: { QUEUE_NAME: 'x' } }, 'env.QUEUE_NAME "QUEUE_NAME" is set by the construct (REDIS_URL, QUEUE_NAME, QUEUE_PREFIX)'],
    ['env twice', { env: { A: '1' }, secretEnv: { A: { secret: 's', key: 'k' } } }, 'secretEnv.A "A" is also in env (a container takes each variable once)'],
    ['bad redis secret name', { redisSecret: 'Redis_Conn' }, 'redisSecret "Redis_Conn" is not a DNS-1123 subdomain (dot-separated labels of lowercase letters, digits and \'-\', at most 253 characters)'],
    ['name too long for KEDA', { name: 'a'.repeat(58) }, `name "${'a'.repeat(58)}" is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 57 characters)`],
    ['request above limit', { resources: { requests: { cpu: '2' } } }, 'resources.requests.cpu "2" is more than the limit (1)'],
    ['bad image', { image: 'Not An Image' }, 'container.image "Not An Image" is not an OCI image reference ([registry[:port]/]repository[:tag][@sha256:digest], repository in lowercase)'],
    ['metrics without a port', { metricsPath: '/metrics' }, 'metricsPath "/metrics" needs port (the container port that serves it)'],
    ['metrics path not absolute', { port: 9000, metricsPath: 'metrics' }, "metricsPath \"metrics\" is not an absolute path such as '/metrics' (no query, fragment or spaces)"],
    ['metrics path with a query', { port: 9000, metricsPath: '/metrics?x=1' }, "metricsPath \"/metrics?x=1\" is not an absolute path such as '/metrics' (no query, fragment or spaces)"],
    ['tcp probe without a port', { readiness: { tcp: true } }, 'container.readiness {"tcp":true} needs the container\'s port (probes use it by name)'],
  ];
  test.each(cases)('%s', (_, props, expected) => {
    expect(errorOf(() => docsOf(props))).toBe(`calvin/mailer: ${expected}`);
  });

  test('every problem at once', () => {
    const error = errorOf(() => docsOf({ queue: 'a b', maxReplicas: 0, jobsPerReplica: -1 }));
    // One line a problem, every problem at once.
    expect(error.split('\n')).toHaveLength(3);
  });
});
