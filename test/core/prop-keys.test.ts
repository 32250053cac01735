import { join } from 'path';
import { Testing } from 'cdk8s';
import * as ts from 'typescript';
import {
  AcmeClusterIssuer, CalvinValidationError, CustomerApp, JobRunner, ModelService, PlatformStack, QueueWorker, Tenant, TlsCertificate, Trigger,
} from '../../constructs';
import { propKeys, registeredPropKeys } from '../../constructs/core/prop-keys';
import { closestMatch, didYouMean, editDistance } from '../../contracts/did-you-mean';
import { documentedProps } from '../documented-props';
import { TEST_TLS } from '../helpers';

const ROOT = join(__dirname, '..', '..');
const IMAGE = 'registry.digitalocean.com/my-org/my-app:v1.0.0';

/** Interfaces whose keys are not a closed list, and why. */
const OPEN_INTERFACES: Record<string, string> = {
  TransformableApiObjectProps: 'extends cdk8s ApiObjectProps, whose index signature takes any manifest field',
  ITriggerTarget: 'implemented by constructs (CustomerApp, ModelService), never written as an object literal',
};

/** Every props interface the constructs reach, with its keys and the interfaces each key's type names. */
function interfaces(): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>();
  /** The interfaces each one extends: their keys are its keys too (QueueWorkerProps extends EventWorkerContainerProps). */
  const bases = new Map<string, string[]>();
  for (const prop of documentedProps(join(ROOT, 'constructs'), join(ROOT, 'contracts'))) {
    const [name, key] = prop.key.split('.');
    if (!found.has(name)) found.set(name, new Map());
    found.get(name)!.set(key, []);
  }
  // The interface names each member's type refers to, read again from the source for the nesting check.
  for (const file of ts.sys.readDirectory(join(ROOT, 'constructs'), ['.ts']).concat(ts.sys.readDirectory(join(ROOT, 'contracts'), ['.ts']))) {
    const source = ts.createSourceFile(file, ts.sys.readFile(file)!, ts.ScriptTarget.ES2022, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node) || !found.has(node.name.text)) return;
      for (const clause of node.heritageClauses ?? []) bases.set(node.name.text, clause.types.map((t) => t.expression.getText()));
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const names: string[] = [];
        const visit = (n: ts.Node): void => {
          if (ts.isTypeReferenceNode(n)) names.push(n.typeName.getText());
          n.forEachChild(visit);
        };
        visit(member.type);
        found.get(node.name.text)!.set(member.name.getText(), names);
      }
    });
  }
  const withBases = (name: string): Map<string, string[]> => new Map([
    ...(bases.get(name) ?? []).filter((base) => found.has(base)).flatMap((base) => [...withBases(base)]),
    ...found.get(name)!,
  ]);
  return new Map([...found.keys()].map((name) => [name, withBases(name)]));
}

describe('the unknown-key tables match the props interfaces', () => {
  const found = interfaces();
  const tables = registeredPropKeys();

  test('the interfaces are found', () => {
    for (const name of ['CustomerAppProps', 'PlatformStackProps', 'SchedulerWorkerProps', 'TriggerProps', 'TriggerRetry', 'SecretKeyRef']) {
      expect(found.has(name)).toBe(true);
    }
  });

  test('every props interface has a table with exactly its keys (a new prop needs its key in the table)', () => {
    const mismatches: string[] = [];
    for (const [name, members] of found) {
      if (OPEN_INTERFACES[name]) continue;
      const table = tables.get(name);
      if (!table) {
        mismatches.push(`${name}: no key table (declare one with propKeys<${name}>('${name}', { … }) and check it with checkKnownKeys)`);
        continue;
      }
      const declared = [...members.keys()].sort();
      const listed = Object.keys(table.keys).sort();
      if (JSON.stringify(declared) !== JSON.stringify(listed)) mismatches.push(`${name}: interface has ${declared.join(',')}; table has ${listed.join(',')}`);
    }
    expect(mismatches).toEqual([]);
  });

  test('a key whose type is a props interface with a table has its keys checked too (nested)', () => {
    const unchecked: string[] = [];
    for (const [name, members] of found) {
      const table = tables.get(name);
      if (!table) continue;
      for (const [key, names] of members) {
        const nested = names.filter((n) => tables.has(n) && !OPEN_INTERFACES[n]);
        if (nested.length > 0 && table.keys[key] === true) unchecked.push(`${name}.${key} (${nested.join(', ')})`);
      }
    }
    expect(unchecked).toEqual([]);
  });
});

// Never called: the lines below are checked by `npm run typecheck` (the tests are type-checked).
export function tableCompileChecks(): void {
  interface TwoKeys { readonly a?: string; readonly b: number }
  // @ts-expect-error a table lacking a key of its interface does not compile
  propKeys<TwoKeys>('TwoKeys', { a: true });
  // @ts-expect-error nor does one with a key the interface lacks
  propKeys<TwoKeys>('TwoKeys', { a: true, b: true, c: true });
}

const app = (): ReturnType<typeof Testing.app> => Testing.app();
const platform = (): PlatformStack => new PlatformStack(app(), 'calvin', { domain: 'example.com', tls: TEST_TLS });

/** Each construct, with one misspelled key at the top level and one nested; `as any` is what a JavaScript user or tsx passes. */
const CASES: Array<[string, () => unknown, string]> = [
  ['PlatformStack top level', () => new PlatformStack(app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, apsNamespace: 'x' } as any),
    'calvin: apsNamespace: unknown prop; did you mean "appsNamespace"?'],
  ['PlatformStack tls.issuer', () => new PlatformStack(app(), 'calvin', { domain: 'example.com', tls: { issuer: { emial: 'ops@example.com' } } } as any),
    'calvin: tls.issuer.emial: unknown prop; did you mean "email"?'],
  ['PlatformStack worker.metrics', () => new PlatformStack(app(), 'calvin', { domain: 'example.com', worker: { metrics: { buckt: 'b' } } } as any),
    'calvin: worker.metrics.buckt: unknown prop; did you mean "bucket"?'],
  ['PlatformStack worker.resources', () => new PlatformStack(app(), 'calvin', { domain: 'example.com', worker: { resources: { limts: {} } } } as any),
    'calvin: worker.resources.limts: unknown prop; did you mean "limits"?'],
  ['CustomerApp top level', () => new CustomerApp(platform(), 'shop', { image: IMAGE, visibilty: 'clusterLocal' } as any),
    'calvin/shop: visibilty: unknown prop; did you mean "visibility"?'],
  ['CustomerApp resources', () => new CustomerApp(platform(), 'shop', { image: IMAGE, resources: { limits: { memroy: '1Gi' } } } as any),
    'calvin/shop: resources.limits.memroy: unknown prop; did you mean "memory"?'],
  ['CustomerApp secretEnvs', () => new CustomerApp(platform(), 'shop', { image: IMAGE, secretEnvs: { DB: { secret: 'db', kye: 'url' } } } as any),
    'calvin/shop: secretEnvs.DB.kye: unknown prop; did you mean "key"?'],
  ['CustomerApp securityContext', () => new CustomerApp(platform(), 'shop', { image: IMAGE, securityContext: { capabilities: { dorp: [] } } } as any),
    'calvin/shop: securityContext.capabilities.dorp: unknown prop; did you mean "drop"?'],
  ['CustomerApp transform', () => new CustomerApp(platform(), 'shop', { image: IMAGE, transform: { servce: () => undefined } } as any),
    'calvin/shop: transform.servce: unknown prop; did you mean "service"?'],
  ['Trigger top level', () => new Trigger(platform(), 'nightly', { workspace: 'w', schedule: '@daily', url: 'https://example.org/', pth: '/x' } as any),
    'calvin/nightly: pth: unknown prop; did you mean "path"?'],
  ['Trigger retry', () => new Trigger(platform(), 'nightly', { workspace: 'w', schedule: '@daily', url: 'https://example.org/', retry: { attempt: 2 } } as any),
    'calvin/nightly: retry.attempt: unknown prop; did you mean "attempts"?'],
  ['Trigger secretHeaders', () => new Trigger(platform(), 'nightly', { workspace: 'w', schedule: '@daily', url: 'https://example.org/', secretHeaders: { 'X-Token': { secrt: 's', key: 'k' } } } as any),
    'calvin/nightly: secretHeaders.X-Token.secrt: unknown prop; did you mean "secret"?'],
  ['AcmeClusterIssuer top level', () => new AcmeClusterIssuer(platform(), 'issuer', { email: 'ops@example.com', enviroment: 'production' } as any),
    'calvin/issuer: enviroment: unknown prop; did you mean "environment"?'],
  ['AcmeClusterIssuer dnsTokenSecret', () => new AcmeClusterIssuer(platform(), 'issuer', { email: 'ops@example.com', dnsTokenSecret: { secret: 's', key: 'k', optinal: true } } as any),
    'calvin/issuer: dnsTokenSecret.optinal: unknown prop; did you mean "optional"?'],
  ['TlsCertificate top level', () => new TlsCertificate(platform(), 'cert', { namespace: 'a', dnsNames: ['a.example.com'], secretName: 's', clusterIssuer: 'i', dnsName: [] } as any),
    'calvin/cert: dnsName: unknown prop; did you mean "dnsNames"?'],
  ['Tenant top level', () => new Tenant(platform(), 'acme', { qouta: {} } as any),
    'calvin/acme: qouta: unknown prop; did you mean "quota"?'],
  ['Tenant egress list item', () => new Tenant(platform(), 'acme', { egress: [{ cidr: '10.0.0.0/8', port: [443] }] } as any),
    'calvin/acme: egress[0].port: unknown prop; did you mean "ports"?'],
  ['ModelService storage', () => new ModelService(new Tenant(platform(), 'acme'), 'iris', {
    modelFormat: 'sklearn', storageUri: 's3://models/acme/iris/1/', storage: { secret: 's', endpoint: 'https://fra1.digitaloceanspaces.com', regoin: 'fra1' },
  } as any), 'calvin/acme/iris: storage.regoin: unknown prop; did you mean "region"?'],
  ['QueueWorker top level', () => new QueueWorker(platform(), 'mailer', { image: IMAGE, queue: 'mail', jobsPerReplcia: 5 } as any),
    'calvin/mailer: jobsPerReplcia: unknown prop; did you mean "jobsPerReplica"?'],
  ['QueueWorker secretEnv (inherited)', () => new QueueWorker(platform(), 'mailer', { image: IMAGE, queue: 'mail', secretEnv: { A: { secret: 's', kye: 'k' } } } as any),
    'calvin/mailer: secretEnv.A.kye: unknown prop; did you mean "key"?'],
  ['JobRunner transform', () => new JobRunner(platform(), 'agents', { image: IMAGE, stream: 'ci', transform: { scaledjob: () => undefined } } as any),
    'calvin/agents: transform.scaledjob: unknown prop; did you mean "scaledJob"?'],
  ['Monitoring alerts', () => new PlatformStack(app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, monitoring: { alerts: { triggerFailureRate: 0.1 } } } as any),
    'calvin: monitoring.alerts.triggerFailureRate: unknown prop; did you mean "triggerFailureRatio"?'],
  ['ReadOnlyAccess subjects list item', () => new PlatformStack(app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, readOnlyAccess: { subjects: [{ kind: 'Group', nmae: 'ci' }] } } as any),
    'calvin: readOnlyAccess.subjects[0].nmae: unknown prop; did you mean "name"?'],
];

describe('an unknown key is refused with the construct path, the key and the closest known key', () => {
  test.each(CASES)('%s', (_name, build, line) => {
    let thrown: unknown;
    try {
      // A Trigger's problems are thrown at synth: synthesize the construct's platform.
      PlatformStack.of(build() as PlatformStack).toJson();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CalvinValidationError);
    expect((thrown as CalvinValidationError).problems).toContain(line);
  });

  test('a key close to nothing lists the known keys instead', () => {
    expect(() => PlatformStack.of(new Trigger(platform(), 'nightly', { workspace: 'w', schedule: '@daily', url: 'https://example.org/', retry: { zzzzzz: 1 } } as any)).toJson())
      .toThrow('calvin/nightly: retry.zzzzzz: unknown prop (TriggerRetry has attempts, baseDelay, maxDelay, jitter)');
  });

  test('a key set to undefined is still refused (a typo with a variable that happens to be unset)', () => {
    expect(() => new CustomerApp(platform(), 'shop', { image: IMAGE, minScal: undefined } as any))
      .toThrow('calvin/shop: minScal: unknown prop; did you mean "minScale"?');
  });

  test('values with free keys (envs, labels, headers, a Duration, a target app) are not checked', () => {
    const p = platform();
    const shop = new CustomerApp(p, 'shop', { image: IMAGE, envs: { ANYTHING: '1' }, labels: { 'team.example/x': 'y' } });
    expect(() => new Trigger(p, 'nightly', { workspace: 'w', schedule: '@daily', target: shop, headers: { 'X-Any': '1' }, body: { free: 1 } })).not.toThrow();
  });
});

describe('did you mean', () => {
  test.each<[string, string, number]>([['visibilty', 'visibility', 1], ['pth', 'path', 1], ['abcd', 'abdc', 1], ['Europe/Berln', 'Europe/Berlin', 1], ['kitten', 'sitting', 3]])(
    'editDistance(%s, %s) = %d', (a, b, distance) => expect(editDistance(a, b)).toBe(distance),
  );

  test('misspelled engine and visibility values get the closest valid one', () => {
    expect(() => new CustomerApp(platform(), 'shop', { image: IMAGE, visibility: 'clusterlocal', engine: 'knatve' } as any))
      .toThrow('calvin/shop: engine "knatve" is not "kserve" or "knative"; did you mean "knative"?\n'
        + 'calvin/shop: visibility "clusterlocal" is not "public" or "clusterLocal"; did you mean "clusterLocal"?');
  });

  test('suggests a close word and nothing for a different one', () => {
    expect(closestMatch('minScal', ['maxScale', 'minScale'])).toBe('minScale');
    expect(closestMatch('replicas', ['image', 'port'])).toBeUndefined();
    expect(didYouMean('knatve', ['kserve', 'knative'])).toBe('; did you mean "knative"?');
    expect(didYouMean('knative', ['kserve', 'knative'])).toBe('');
  });
});
