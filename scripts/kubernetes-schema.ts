/**
 * Builds a closed JSON Schema for core Kubernetes kinds from @kubernetes/client-node's models, which
 * OpenAPI Generator produces from the Kubernetes OpenAPI spec: each model's `attributeTypeMap`
 * gives every field's JSON name, type and format, and its `.d.ts` marks required fields (no `?`).
 * We read them as text so the generator does not depend on that package's module format.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type Json = any;

interface Attribute {
  readonly name: string;
  readonly baseName: string;
  readonly type: string;
  readonly format: string;
}

/** The kinds `calvin validate` and the tests recognise, with the model that describes each. */
export const CORE_KINDS: ReadonlyArray<readonly [apiVersion: string, kind: string, model: string]> = [
  ['v1', 'Namespace', 'V1Namespace'],
  ['v1', 'ConfigMap', 'V1ConfigMap'],
  ['v1', 'Secret', 'V1Secret'],
  ['v1', 'Service', 'V1Service'],
  ['v1', 'ServiceAccount', 'V1ServiceAccount'],
  ['v1', 'Pod', 'V1Pod'],
  ['v1', 'PersistentVolumeClaim', 'V1PersistentVolumeClaim'],
  ['v1', 'ResourceQuota', 'V1ResourceQuota'],
  ['v1', 'LimitRange', 'V1LimitRange'],
  ['apps/v1', 'Deployment', 'V1Deployment'],
  ['apps/v1', 'StatefulSet', 'V1StatefulSet'],
  ['apps/v1', 'DaemonSet', 'V1DaemonSet'],
  ['batch/v1', 'Job', 'V1Job'],
  ['batch/v1', 'CronJob', 'V1CronJob'],
  ['policy/v1', 'PodDisruptionBudget', 'V1PodDisruptionBudget'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler', 'V2HorizontalPodAutoscaler'],
  ['networking.k8s.io/v1', 'NetworkPolicy', 'V1NetworkPolicy'],
  ['networking.k8s.io/v1', 'Ingress', 'V1Ingress'],
  ['rbac.authorization.k8s.io/v1', 'Role', 'V1Role'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'V1RoleBinding'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'V1ClusterRole'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'V1ClusterRoleBinding'],
];

/**
 * Fields the API server types as `resource.Quantity` (string or number in YAML); the generated
 * models flatten them to `string`.
 */
const QUANTITY_FIELDS = new Set([
  'V1ResourceRequirements.limits', 'V1ResourceRequirements.requests',
  'V1VolumeResourceRequirements.limits', 'V1VolumeResourceRequirements.requests',
  'V1EmptyDirVolumeSource.sizeLimit', 'V1PodSpec.overhead', 'V1ResourceQuotaSpec.hard',
  'V1LimitRangeItem.default', 'V1LimitRangeItem.defaultRequest', 'V1LimitRangeItem.max',
  'V1LimitRangeItem.min', 'V1LimitRangeItem.maxLimitRequestRatio',
  'V1PersistentVolumeSpec.capacity',
]);

const QUANTITY = { anyOf: [{ type: 'string' }, { type: 'number' }] };
const INT_OR_STRING = { anyOf: [{ type: 'integer' }, { type: 'string' }] };

function modelsDir(): string {
  const pkg = require.resolve('@kubernetes/client-node/package.json');
  return path.join(path.dirname(pkg), 'dist', 'gen', 'models');
}

function readModel(dir: string, model: string): { attributes: Attribute[]; required: Set<string> } {
  const js = fs.readFileSync(path.join(dir, `${model}.js`), 'utf8');
  const match = js.match(new RegExp(`${model}\\.attributeTypeMap = (\\[[\\s\\S]*?\\n\\]);`));
  if (!match) throw new Error(`no attributeTypeMap in ${model}.js`);
  const attributes: Attribute[] = JSON.parse(match[1]);
  const dts = fs.readFileSync(path.join(dir, `${model}.d.ts`), 'utf8');
  const required = new Set<string>();
  for (const m of dts.matchAll(/^\s{4}'([^']+)': /gm)) required.add(m[1]);
  return { attributes, required };
}

/** JSON Schema for a client-node type string; collects referenced model names into `pending`. */
function typeSchema(type: string, format: string, pending: string[]): Json {
  const array = type.match(/^Array<(.+)>$/);
  if (array) return { type: 'array', items: typeSchema(array[1], '', pending) };
  const map = type.match(/^\{ \[key: string\]: (.+); \}$/);
  if (map) return { type: 'object', additionalProperties: typeSchema(map[1], '', pending) };
  switch (type) {
    case 'string': return { type: 'string' };
    case 'number': return format === 'double' ? { type: 'number' } : { type: 'integer' };
    case 'boolean': return { type: 'boolean' };
    case 'Date': return { type: ['string', 'null'] };
    case 'IntOrString': return INT_OR_STRING;
    case 'any':
    case 'object': return {};
    default:
      pending.push(type);
      return { $ref: `#/definitions/${type}` };
  }
}

export function buildKubernetesSchema(): Json {
  const dir = modelsDir();
  const definitions: Record<string, Json> = {};
  const pending = CORE_KINDS.map(([, , model]) => model);
  while (pending.length > 0) {
    const model = pending.pop()!;
    if (definitions[model]) continue;
    const { attributes, required } = readModel(dir, model);
    const properties: Record<string, Json> = {};
    for (const attr of attributes) {
      properties[attr.baseName] = QUANTITY_FIELDS.has(`${model}.${attr.baseName}`)
        ? (attr.type.startsWith('{') ? { type: 'object', additionalProperties: QUANTITY } : QUANTITY)
        : typeSchema(attr.type, attr.format, pending);
    }
    const req = attributes.filter((a) => required.has(a.name)).map((a) => a.baseName);
    definitions[model] = { type: 'object', properties, additionalProperties: false, ...(req.length ? { required: req } : {}) };
  }
  const kinds: Record<string, Json> = {};
  for (const [apiVersion, kind, model] of CORE_KINDS) {
    kinds[`${apiVersion}/${kind}`] = {
      allOf: [{ $ref: `#/definitions/${model}` }],
      properties: { apiVersion: { enum: [apiVersion] }, kind: { enum: [kind] } },
      required: ['apiVersion', 'kind'],
    };
  }
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
  return {
    $id: 'kubernetes.json',
    description: 'Generated by scripts/import-crds.ts from @kubernetes/client-node models (Kubernetes OpenAPI v1.34). Closed: unknown fields are errors.',
    definitions: sorted,
    kinds,
  };
}
