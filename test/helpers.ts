import { App, Chart, Testing } from 'cdk8s';
import { ManifestValidator } from '../constructs';
import { PlatformStack, PlatformStackProps } from '../constructs/platform/platform-stack';

/** The TLS the tests' platforms use unless they say otherwise: Let's Encrypt staging (the default environment). */
export const TEST_TLS: PlatformStackProps['tls'] = { issuer: { email: 'ops@example.com' } };

/** The worker image the tests' platforms with Triggers run unless they set one (the construct has no default image). */
export const TEST_WORKER_IMAGE = 'registry.digitalocean.com/calvin/scheduler-worker:0.1.0';

/**
 * A fresh app and platform (with TEST_TLS unless `props.tls` says otherwise); `build` adds constructs; returns every synthesized object after
 * checking each against its schema (so no test can synthesize invalid output unnoticed). Tests of
 * deliberately invalid output pass `{ expectInvalid: true }` and check the problems themselves.
 */
export function synthPlatform(build: (platform: PlatformStack) => void = () => undefined,
  props: Partial<PlatformStackProps> = {}, options: { expectInvalid?: boolean } = {}): any[] {
  let platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, ...props });
  build(platform);
  // A platform with Triggers needs worker.image (none is published): built again with the tests' image, unless the test set one.
  if (platform.triggers.length > 0 && props.worker?.image === undefined) {
    platform = new PlatformStack(Testing.app(), 'calvin', { domain: 'example.com', tls: TEST_TLS, ...props, worker: { ...props.worker, image: TEST_WORKER_IMAGE } });
    build(platform);
  }
  const docs = synthChart(platform);
  if (!options.expectInvalid) {
    const problems = schemaProblems(docs);
    if (problems.length > 0) throw new Error(`synthesized objects are not schema-valid:\n  ${problems.join('\n  ')}`);
  }
  return docs;
}

export function synthChart(chart: Chart): any[] {
  return Testing.synth(chart);
}

export function synthApp(app: App): any[] {
  return app.charts.flatMap((chart) => Testing.synth(chart));
}

export function findObject(docs: any[], kind: string, name?: string): any {
  const found = docs.filter((d) => d.kind === kind && (name === undefined || d.metadata?.name === name));
  if (found.length !== 1) {
    throw new Error(`expected one ${kind}${name ? ` named ${name}` : ''}, found ${found.length}: ${docs.map((d) => `${d.kind}/${d.metadata?.name}`).join(', ')}`);
  }
  return found[0];
}

/**
 * Problems of every object against the bundled closed schemas, and, for core kinds, also against
 * kubernetes-models' validators (an independent upstream check of types, enums and required fields).
 */
export function schemaProblems(docs: any[]): string[] {
  const validator = ManifestValidator.bundled();
  const problems: string[] = [];
  for (const doc of docs) {
    const where = `${doc.apiVersion}/${doc.kind} ${doc.metadata?.name}`;
    for (const p of validator.validate(doc)) problems.push(`${where}: ${p.path} ${p.message}`);
    const upstream = kubernetesModelsProblem(doc);
    if (upstream) problems.push(`${where} (kubernetes-models): ${upstream}`);
  }
  return problems;
}

function kubernetesModelsProblem(doc: any): string | undefined {
  const group = doc.apiVersion.includes('/') ? doc.apiVersion : `v1`;
  if (doc.apiVersion.includes('.') && !doc.apiVersion.endsWith('.k8s.io/v1')) return undefined; // CRDs
  let Model: any;
  try {
    Model = require(`kubernetes-models/${group}/${doc.kind}`)[doc.kind];
  } catch {
    return `kubernetes-models has no model for ${doc.apiVersion}/${doc.kind}`;
  }
  try {
    new Model(doc).validate();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs `fn`, expecting a throw; returns the message (fails the test if nothing is thrown). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, but none was thrown');
}
