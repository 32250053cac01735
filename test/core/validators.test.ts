import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import Ajv, { ErrorObject } from 'ajv';
import { Testing } from 'cdk8s';
import { examplePlatform } from '../../examples/platform';
import { Certificate } from '../../imports/cert-manager-certificate';
import { ClusterIssuer } from '../../imports/cert-manager-clusterissuer';
import * as gvk from '../../imports/gvk';
import { DomainMapping } from '../../imports/knative-domainmapping';
import { Service as KnativeService } from '../../imports/knative-serving';
import { InferenceService } from '../../imports/kserve';
import {
  dedupeSchema, generateValidators, INDEX_FILE, inputsHash, SCHEMA_DIR, VALIDATOR_DIR, VALIDATOR_OPTIONS, ValidatorIndex,
} from '../../scripts/generate-validators';

const committedIndex: ValidatorIndex = JSON.parse(fs.readFileSync(path.join(VALIDATOR_DIR, INDEX_FILE), 'utf8'));
const kubernetesSchema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'kubernetes.json'), 'utf8'));
const crdSchemas: Record<string, object> = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'crds.json'), 'utf8')).kinds;

describe('the committed validators (imports/validators/)', () => {
  test('were generated from the committed schemas by the committed generator (hash of the inputs)', () => {
    const expected = inputsHash();
    expect(committedIndex.inputsSha256).toBe(expected);
    for (const file of new Set(Object.values(committedIndex.kinds))) {
      const head = fs.readFileSync(path.join(VALIDATOR_DIR, file), 'utf8').slice(0, 2000);
      expect([file, head.match(/inputs-sha256: ([0-9a-f]{64})/)?.[1]]).toEqual([file, expected]);
    }
  });

  test('cover every kind of the schemas, one module each, and nothing else', () => {
    expect(Object.keys(committedIndex.kinds).sort()).toEqual([...Object.keys(kubernetesSchema.kinds), ...Object.keys(crdSchemas)].sort());
    const expectedFiles = new Set([INDEX_FILE, ...Object.values(committedIndex.kinds)]);
    expect(fs.readdirSync(VALIDATOR_DIR).sort()).toEqual(Array.from(expectedFiles).sort());
  });

  test('are byte for byte what the generator writes (the index, the core kinds and a CRD kind)', () => {
    const regenerated = generateValidators(SCHEMA_DIR, ['apps/v1/Deployment', 'serving.knative.dev/v1beta1/DomainMapping']);
    expect(Array.from(regenerated.keys()).sort()).toEqual([INDEX_FILE, 'kubernetes.js', 'serving.knative.dev-v1beta1-DomainMapping.js']);
    for (const [file, content] of regenerated) {
      expect([file, fs.readFileSync(path.join(VALIDATOR_DIR, file), 'utf8') === content]).toEqual([file, true]);
    }
  });
});

/** What an error means for a ManifestValidator problem; schema paths differ where a subschema was hoisted. */
function meaning(errors: readonly ErrorObject[] | null | undefined): unknown[] {
  return (errors ?? []).map((e) => [e.instancePath, e.keyword, e.params, e.message, e.schemaPath.includes('/anyOf/'),
    e.keyword === 'anyOf' ? e.schema : undefined]);
}

/** The object itself and, per field, a wrong type, the field deleted, and an unknown field inside objects. */
function* mutations(object: any): Generator<any> {
  yield object;
  const paths: Array<Array<string | number>> = [];
  const walk = (value: any, at: Array<string | number>): void => {
    if (at.length > 0) paths.push(at);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...at, index]));
    else if (value && typeof value === 'object') for (const key of Object.keys(value)) walk(value[key], [...at, key]);
  };
  walk(object, []);
  for (const at of paths) {
    for (const mutation of ['wrong type', 'delete', 'unknown field']) {
      const copy = structuredClone(object);
      const parent = at.slice(0, -1).reduce((node: any, key) => node[key], copy);
      const last = at[at.length - 1];
      const value = parent[last];
      if (mutation === 'wrong type') parent[last] = typeof value === 'string' ? 7 : 'x';
      else if (mutation === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last];
      else if (value && typeof value === 'object' && !Array.isArray(value)) value.zzUnknown = { a: 1 };
      else continue;
      yield copy;
    }
  }
}

describe('the generated code reports exactly what ajv reports compiling the closed schemas', () => {
  const objects: any[] = Testing.synth(examplePlatform(Testing.app()));
  objects.push({
    apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: { name: 's' },
    spec: { scaleTargetRef: { name: 'd' }, minReplicaCount: 0, triggers: [{ type: 'cron', metadata: { start: '0 * * * *' } }] },
  });
  // A namespaced Issuer, which the platform does not emit (yet): its generated code is compared too.
  objects.push({
    apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'le', namespace: 'apps' },
    spec: { acme: { server: 'https://acme-staging-v02.api.letsencrypt.org/directory', email: 'ops@example.org', privateKeySecretRef: { name: 'le-key' }, solvers: [{ dns01: { digitalocean: { tokenSecretRef: { name: 'do', key: 'access-token' } } } }] } },
  });
  const kinds = Array.from(new Set(objects.map((o) => `${o.apiVersion}/${o.kind}`)));

  // The reference inlines every subschema, so a CRD kind is one function of megabytes (InferenceService:
  // 17 MB of source). Once the mutation loop makes it hot, V8's Maglev tier, which unlike TurboFan has
  // no bytecode size limit, compiles it outside the JS heap: the file peaked at 15 GB RSS while heapUsed
  // stayed under 0.7 GB; 0.9 GB without Maglev. Ignition and Sparkplug run the same code (TurboFan skips
  // functions over 60 KB of bytecode), so every mutation is still compared. Restored for the next file.
  beforeAll(() => v8.setFlagsFromString('--no-maglev'));
  afterAll(() => v8.setFlagsFromString('--maglev'));

  test.each(kinds)('%s', (key) => {
    // The reference: ajv compiling at run time, as ManifestValidator did before the code was generated.
    const ajv = new Ajv({ ...VALIDATOR_OPTIONS, inlineRefs: true, code: {} });
    ajv.addSchema(kubernetesSchema, 'kubernetes.json');
    const id = crdSchemas[key] ? 'crd.json' : `kubernetes.json#/kinds/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (crdSchemas[key]) ajv.addSchema(crdSchemas[key], id);
    const reference = ajv.compile({ $ref: id });
    const generated = require(path.join(VALIDATOR_DIR, committedIndex.kinds[key]))[key];
    let compared = 0;
    let invalid = 0;
    for (const object of objects.filter((o) => `${o.apiVersion}/${o.kind}` === key)) {
      for (const mutated of mutations(object)) {
        const valid = reference(mutated);
        expect(generated(mutated)).toBe(valid);
        expect(meaning(generated.errors)).toEqual(meaning(reference.errors));
        compared++;
        if (!valid) invalid++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // A ResourceQuota is mostly a map of quantities (int-or-string), where the "wrong type" mutation is as valid as the original.
    expect(invalid).toBeGreaterThan(compared / (key === 'v1/ResourceQuota' ? 3 : 2));
  });
});

describe('dedupeSchema', () => {
  const container = { type: 'object', properties: { name: { type: 'string' }, image: { type: 'string' }, args: { type: 'array', items: { type: 'string' } }, ports: { type: 'array', items: { type: 'object', properties: { containerPort: { type: 'integer' }, protocol: { type: 'string', enum: ['TCP', 'UDP', 'SCTP'] } }, additionalProperties: false } } }, additionalProperties: false };

  /** Replaces each `#/definitions/calvin-dedupe-N` ref by its definition: the inverse of dedupeSchema. */
  function expand(node: any, definitions: Record<string, any>): any {
    if (Array.isArray(node)) return node.map((item) => expand(item, definitions));
    if (node === null || typeof node !== 'object') return node;
    const ref = typeof node.$ref === 'string' ? node.$ref.match(/^#\/definitions\/(calvin-dedupe-\d+)$/) : null;
    if (ref) return expand(definitions[ref[1]], definitions);
    return Object.fromEntries(Object.entries(node)
      .filter(([key, value]) => !(key === 'definitions' && Object.keys(value as object).every((name) => name.startsWith('calvin-dedupe-'))))
      .map(([key, value]) => [key, expand(value, definitions)]));
  }

  test('hoists large repeated subschemas into definitions, leaves the rest inline, and loses nothing', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'array', items: container }, b: container, c: { type: 'string' } },
      additionalProperties: false,
    };
    const deduped = dedupeSchema(schema);
    expect(deduped.properties.a.items).toEqual(deduped.properties.b);
    expect(deduped.properties.b.$ref).toMatch(/^#\/definitions\/calvin-dedupe-\d+$/);
    expect(deduped.properties.c).toEqual({ type: 'string' });
    expect(expand(deduped, deduped.definitions)).toEqual(schema);
  });

  test.each(Object.keys(crdSchemas))('the %s schema expands back to itself', (key) => {
    const deduped = dedupeSchema(crdSchemas[key]);
    expect(expand(deduped, deduped.definitions ?? {})).toEqual(crdSchemas[key]);
  });

  test('never hoists a branch of anyOf (its errors keep their /anyOf/ schema path)', () => {
    const schema = { type: 'object', properties: { a: { anyOf: [container, { type: 'string' }] }, b: container } };
    const deduped = dedupeSchema(schema);
    expect(deduped.properties).toEqual(schema.properties);
    expect(deduped.definitions).toBeUndefined();
  });
});

describe('imports/gvk.js', () => {
  test('names every bundled CRD kind, as the schemas and the generated classes do', () => {
    expect(Object.values(gvk).map(({ apiVersion, kind }) => `${apiVersion}/${kind}`).sort()).toEqual(Object.keys(crdSchemas).sort());
    expect([gvk.INFERENCE_SERVICE_GVK, gvk.KNATIVE_SERVICE_GVK, gvk.DOMAIN_MAPPING_GVK, gvk.CERTIFICATE_GVK, gvk.CLUSTER_ISSUER_GVK])
      .toEqual([InferenceService.GVK, KnativeService.GVK, DomainMapping.GVK, Certificate.GVK, ClusterIssuer.GVK]);
  });
});
