/**
 * The Redis connection Secret of the example's QueueWorker and JobRunner, under Pulumi's mocks: the
 * component writes it from the Valkey cluster, in each workload's namespace, with exactly the keys
 * KEDA's TriggerAuthentications and the pods read (one definition: contracts/redis-connection.ts).
 */
import { REDIS_CONNECTION_SECRET_KEYS } from '../../contracts/redis-connection';
import { ACME_EMAIL, APP_SECRETS, deployExample, installMocks, isSecretValue, MOCK, Recorder, revealed, settled, stackSecrets } from './mocks';

jest.setTimeout(60_000);

let recorder: Recorder;
beforeAll(async () => {
  recorder = await installMocks();
  const calvin = deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL }, stackSecrets('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', APP_SECRETS));
  await settled(calvin);
});

const SECRET = 'kubernetes:core/v1:Secret';
const platformObjects = (): any[] => recorder.one('kubernetes:yaml/v2:ConfigGroup', 'platform').inputs.objs;

test('each TriggerAuthentication\'s Secret keys and each pod\'s REDIS_URL key are in the Secret the component writes there', () => {
  const objects = platformObjects();
  const auths = objects.filter((o) => o.kind === 'TriggerAuthentication');
  expect(auths.map((a) => a.metadata.name).sort()).toEqual(['ci-agents-redis', 'predictions-redis']);
  const written = new Map(recorder.ofType(SECRET).map((s) => revealed(s.inputs)).map((s) => [`${s.metadata.namespace}/${s.metadata.name}`, s.stringData]));
  for (const auth of auths) {
    for (const ref of auth.spec.secretTargetRef) {
      expect([ref.parameter, written.get(`${auth.metadata.namespace}/${ref.name}`)?.[ref.key]]).toEqual([ref.parameter, expect.any(String)]);
    }
  }
  const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'predictions');
  const job = objects.find((o) => o.kind === 'ScaledJob' && o.metadata.name === 'ci-agents');
  for (const [namespace, pod] of [[deployment.metadata.namespace, deployment.spec.template.spec], [job.metadata.namespace, job.spec.jobTargetRef.template.spec]]) {
    const ref = pod.containers[0].env.find((e: any) => e.name === 'REDIS_URL').valueFrom.secretKeyRef;
    expect(written.get(`${namespace}/${ref.name}`)?.[ref.key]).toBe(`rediss://${MOCK.valkeyUser}:${MOCK.valkeyPassword}@${MOCK.valkeyPrivateHost}:${MOCK.valkeyPort}`);
  }
});

test('one Secret per namespace and name, from the Valkey cluster, TLS on, every key of the contract, all of it a Pulumi secret', () => {
  const secrets = recorder.ofType(SECRET).filter((s) => s.name.startsWith('redis-connection-'));
  expect(secrets.map((s) => s.name)).toEqual(['redis-connection-calvin-apps-redis-connection']);
  const [secret] = secrets;
  expect(isSecretValue(secret.inputs.stringData)).toBe(true);
  expect(revealed(secret.inputs).stringData).toEqual({
    [REDIS_CONNECTION_SECRET_KEYS.url]: `rediss://${MOCK.valkeyUser}:${MOCK.valkeyPassword}@${MOCK.valkeyPrivateHost}:${MOCK.valkeyPort}`,
    [REDIS_CONNECTION_SECRET_KEYS.host]: MOCK.valkeyPrivateHost,
    [REDIS_CONNECTION_SECRET_KEYS.port]: String(MOCK.valkeyPort),
    [REDIS_CONNECTION_SECRET_KEYS.username]: MOCK.valkeyUser,
    [REDIS_CONNECTION_SECRET_KEYS.password]: MOCK.valkeyPassword,
    [REDIS_CONNECTION_SECRET_KEYS.tls]: 'enable',
  });
  // Applied before the platform's objects, after the namespaces.
  expect(recorder.dependencyNames(secret)).toContain('platform-namespaces');
  expect(recorder.dependencyNames(recorder.one('kubernetes:yaml/v2:ConfigGroup', 'platform'))).toContain(secret.name);
});
