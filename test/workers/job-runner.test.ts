import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import Redis from 'ioredis';
import { JobRunner, JobRunnerProps, REDIS_CONNECTION_SECRET_KEYS } from '../../constructs';
import { StreamRunner } from '../../contracts/stream-runner';
import { errorOf, findObject, synthPlatform } from '../helpers';
import { RedisServer, startRedis } from '../worker/servers';
import { scaledJobNewJobs } from './keda-model';

const IMAGE = 'ghcr.io/acme/ci-agent:2.0.0';
const docsOf = (props: Partial<JobRunnerProps> = {}) => synthPlatform((p) => { new JobRunner(p, 'agents', { image: IMAGE, stream: 'ci:jobs', ...props }); });
const scaledJobOf = (props: Partial<JobRunnerProps> = {}) => findObject(docsOf(props), 'ScaledJob', 'agents');

describe('JobRunner', () => {
  test('a schema-valid ScaledJob on the group\'s lag, its TriggerAuthentication and ServiceAccount; no Job of its own', () => {
    const docs = docsOf({ maxJobs: 8 });
    expect(docs.filter((d) => d.metadata.name.startsWith('agents')).map((d) => d.kind).sort()).toEqual(['ScaledJob', 'ServiceAccount', 'TriggerAuthentication']);
    const spec = findObject(docs, 'ScaledJob', 'agents').spec;
    expect(spec.triggers).toEqual([{
      type: 'redis-streams', name: 'stream',
      metadata: { stream: 'ci:jobs', consumerGroup: 'agents', lagCount: '1', activationLagCount: '0' },
      authenticationRef: { name: 'agents-redis' },
    }]);
    expect(spec).toMatchObject({ maxReplicaCount: 8, pollingInterval: 30, successfulJobsHistoryLimit: 5, failedJobsHistoryLimit: 5, scalingStrategy: { strategy: 'default' } });
    expect(findObject(docs, 'TriggerAuthentication', 'agents-redis').spec.secretTargetRef.map((r: any) => r.key))
      .toEqual(['host', 'port', 'username', 'password', 'tls'].map((k) => REDIS_CONNECTION_SECRET_KEYS[k as 'host']));
  });

  test('the Job template: restricted pod, run limits, and the stream contract\'s env (consumer = pod name)', () => {
    const job = scaledJobOf({ activeDeadline: Duration.minutes(30), backoffLimit: 3, ttlAfterFinished: Duration.minutes(2), claimIdle: Duration.minutes(10) }).spec.jobTargetRef;
    expect(job).toMatchObject({ activeDeadlineSeconds: 1800, backoffLimit: 3, ttlSecondsAfterFinished: 120 });
    const pod = job.template.spec;
    expect(pod).toMatchObject({ restartPolicy: 'Never', automountServiceAccountToken: false, serviceAccountName: 'agents', securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } });
    expect(pod.containers[0].env).toEqual([
      { name: 'REDIS_URL', valueFrom: { secretKeyRef: { name: 'redis-connection', key: 'url' } } },
      { name: 'STREAM_NAME', value: 'ci:jobs' },
      { name: 'STREAM_GROUP', value: 'agents' },
      { name: 'STREAM_CONSUMER', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'STREAM_CLAIM_IDLE_MS', value: '600000' },
    ]);
    // What the pod gets is what the stream helper reads.
    const env = Object.fromEntries(pod.containers[0].env.map((e: any) => [e.name, e.value ?? 'pod-x']));
    expect(StreamRunner.optionsFromEnv(env)).toEqual({ stream: 'ci:jobs', group: 'agents', consumer: 'pod-x', claimIdleMs: 600000 });
  });

  test('env added to jobTemplate after construction is in the synthesized ScaledJob', () => {
    const docs = synthPlatform((p) => {
      const runner = new JobRunner(p, 'agents', { image: IMAGE, stream: 'ci:jobs' });
      runner.jobTemplate.containers[0].env.addVariable('LATE', kplus.EnvValue.fromValue('1'));
    });
    expect(findObject(docs, 'ScaledJob', 'agents').spec.jobTargetRef.template.spec.containers[0].env.at(-1)).toEqual({ name: 'LATE', value: '1' });
  });

  describe('what KEDA\'s redis-streams scaler would start, against redis-server', () => {
    let redis: RedisServer;
    let client: Redis;
    beforeAll(async () => {
      redis = await startRedis();
      client = new Redis(redis.url);
    });
    afterAll(async () => {
      client?.disconnect();
      await redis?.stop();
    });

    test('one Job per undelivered entry, up to maxJobs; running Jobs count; delivered but unacknowledged entries start none', async () => {
      const scaledJob = scaledJobOf({ stream: 'ci', maxJobs: 3 });
      expect(await scaledJobNewJobs(client, scaledJob)).toEqual({ lag: 0, newJobs: 0 });
      for (let i = 0; i < 5; i++) await client.xadd('ci', '*', 'build', String(i));
      // Before any runner made the group, KEDA counts the stream's length.
      expect(await scaledJobNewJobs(client, scaledJob)).toEqual({ lag: 5, newJobs: 3 });
      const runner = new StreamRunner({ call: (c, ...a) => client.call(c, ...a) }, { stream: 'ci', group: 'agents', consumer: 'agents-x', claimIdleMs: 60_000 });
      await runner.ensureGroup();
      expect(await scaledJobNewJobs(client, scaledJob)).toEqual({ lag: 5, newJobs: 3 });
      const entry = await runner.next();
      expect(await scaledJobNewJobs(client, scaledJob, 1)).toEqual({ lag: 4, newJobs: 2 });
      await runner.ack(entry!);
      expect(await scaledJobNewJobs(client, scaledJob, 0)).toEqual({ lag: 4, newJobs: 3 });
      for (let i = 0; i < 4; i++) await runner.ack((await runner.next())!);
      expect(await scaledJobNewJobs(client, scaledJob)).toEqual({ lag: 0, newJobs: 0 });
    });

    test('entriesPerJob batches; activationLag holds a short stream back', async () => {
      for (let i = 0; i < 7; i++) await client.xadd('batched', '*', 'n', String(i));
      expect((await scaledJobNewJobs(client, scaledJobOf({ stream: 'batched', entriesPerJob: 3 }))).newJobs).toBe(3);
      expect((await scaledJobNewJobs(client, scaledJobOf({ stream: 'batched', activationLag: 7 }))).newJobs).toBe(0);
      expect((await scaledJobNewJobs(client, scaledJobOf({ stream: 'batched', activationLag: 6 }))).newJobs).toBe(7);
    });
  });
});

describe('JobRunner refuses bad props', () => {
  const cases: Array<[string, Partial<JobRunnerProps>, string]> = [
    ['missing stream', { stream: undefined }, 'stream is required (the Redis Stream\'s key)'],
    ['stream with a space', { stream: 'ci jobs' }, 'stream "ci jobs" is not 1 to 256 printable ASCII characters without spaces'],
    ['group with a space', { group: 'a b' }, 'group "a b" is not 1 to 256 printable ASCII characters without spaces'],
    ['entriesPerJob 0', { entriesPerJob: 0 }, 'entriesPerJob 0 is not an integer from 1 to 10000'],
    ['maxJobs 0', { maxJobs: 0 }, 'maxJobs 0 is not an integer from 1 to 1000'],
    ['unknown strategy', { scalingStrategy: 'custom' as never }, 'scalingStrategy "custom" is not "default", "accurate" or "eager"'],
    ['negative backoff', { backoffLimit: -1 }, 'backoffLimit -1 is not an integer from 0 to 100'],
    ['history limit', { failedJobsHistoryLimit: 1.5 }, 'failedJobsHistoryLimit 1.5 is not an integer from 0 to 1000'],
    ['deadline too long', { activeDeadline: Duration.days(8) }, 'activeDeadline "8 days" is not from 1 second to 7 days'],
    ['claim after the deadline', { activeDeadline: Duration.minutes(5), claimIdle: Duration.minutes(5) },
      'claimIdle "5 minutes" must be shorter than activeDeadline (5 minutes): a retried pod must be able to claim its predecessor\'s entry'],
    ['polling in ms', { pollingInterval: Duration.millis(2500) }, 'pollingInterval "2500 ms" is not a whole number of seconds (KEDA counts in seconds)'],
    ['env the construct sets', { env: { STREAM_CONSUMER: 'me' } },
      'env.STREAM_CONSUMER "STREAM_CONSUMER" is set by the construct (REDIS_URL, STREAM_NAME, STREAM_GROUP, STREAM_CONSUMER, STREAM_CLAIM_IDLE_MS)'],
  ];
  test.each(cases)('%s', (_, props, expected) => {
    expect(errorOf(() => docsOf(props))).toBe(`calvin/agents: ${expected}`);
  });
});
