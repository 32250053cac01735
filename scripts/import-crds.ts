/**
 * Regenerates everything under `imports/` (run: `npm run import`; CRD_DIR overrides the CRD folder,
 * default `../shared/crds`). Two kinds of output, both committed so that a clone needs no CRDs:
 *
 * 1. Typed cdk8s classes (`imports/<name>.js` + `.d.ts`) via `cdk8s import`, each import named
 *    (`name:=file`) because the two Knative CRDs would otherwise write the same file.
 *
 *    Size reduction, and why it is sound: the full KServe InferenceService CRD generates ~129k lines
 *    (5.3 MB) of TypeScript and ~7 s of type-checking on every `tsc`, because cdk8s import emits a
 *    separate type for every path into the many embedded PodSpecs. We (a) prune the KServe schema
 *    for the *TypeScript types only* to what the constructs write: `status`, `spec.explainer`,
 *    `spec.transformer` and the framework shortcuts of `spec.predictor` (sklearn, triton, …, which
 *    are alternatives to `containers`) are dropped; and (b) compile the generated TypeScript once,
 *    here, to `.js` + `.d.ts`, so neither tests nor users type-check it again (`skipLibCheck`).
 *    Validation is not weakened: (2) is generated from the *full* CRDs, and tests validate every
 *    synthesized object against it, so a field the pruned types cannot express is still checked.
 *
 * 2. Closed JSON Schemas for validation (`imports/schemas/*.json`): each CRD's openAPIV3Schema,
 *    and the core Kubernetes kinds from the OpenAPI-generated models of @kubernetes/client-node
 *    (v1.34 spec: field names, types, formats, required). Kubernetes schemas leave objects
 *    open, so a misspelled field would pass and then be dropped by the API server: every object
 *    schema with known properties is closed (`additionalProperties: false`) unless it carries
 *    `x-kubernetes-preserve-unknown-fields`. Descriptions are removed (size; ajv ignores them).
 *
 * 3. Validation code compiled from (2) (`imports/validators/`, scripts/generate-validators.ts), so
 *    that nothing compiles a schema at run time.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { writeValidators } from './generate-validators';
import { buildKubernetesSchema } from './kubernetes-schema';

const ROOT = path.resolve(__dirname, '..');
const IMPORTS = path.join(ROOT, 'imports');
const SCHEMAS = path.join(IMPORTS, 'schemas');
const CRD_DIR = path.resolve(ROOT, process.env.CRD_DIR ?? '../shared/crds');

type Json = any; // CRD schemas are arbitrary JSON

interface CrdImport {
  /** Module name under imports/ (and the cdk8s import name). */
  readonly name: string;
  readonly file: string;
  /** Trims the schema used for the TypeScript types (never the validation schema). */
  readonly pruneForTypes?: (schema: Json) => void;
}

const KSERVE_PREDICTOR_SHORTCUTS = [
  'huggingface', 'lightgbm', 'model', 'onnx', 'paddle', 'pmml', 'pytorch', 'sklearn', 'tensorflow',
  'triton', 'xgboost', 'workerSpec',
];

/**
 * ClusterIssuer: the ACME HTTP-01 solver embeds pod, Ingress and HTTPRoute templates, two thirds
 * of the schema; the platform solves DNS-01 only, so its types are left out. (The namespaced
 * Issuer, which the constructs do not write, is bundled for validation only, as KEDA's kinds are.)
 */
function pruneIssuerForTypes(schema: Json): void {
  delete schema.properties.status;
  delete schema.properties.spec.properties.acme.properties.solvers.items.properties.http01;
}

/**
 * ServiceMonitor and PodMonitor: the types keep what a platform's monitors set (which targets,
 * which port and path, how often, relabelings) and leave out the rest of each endpoint (scrape
 * credentials: OAuth2, TLS, basic auth, bearer tokens; proxies; protocol tuning), about two thirds
 * of the schema. A `transform` can still set them, and the validation schema keeps them all.
 */
const MONITOR_SPEC_TYPED = ['selector', 'namespaceSelector', 'endpoints', 'podMetricsEndpoints', 'podTargetLabels'];
const MONITOR_ENDPOINT_TYPED = ['port', 'path', 'interval', 'scrapeTimeout', 'relabelings'];

function pruneMonitorForTypes(schema: Json, endpoints: string): void {
  delete schema.properties.status;
  const spec = schema.properties.spec.properties;
  for (const key of Object.keys(spec)) if (!MONITOR_SPEC_TYPED.includes(key)) delete spec[key];
  const endpoint = spec[endpoints].items.properties;
  for (const key of Object.keys(endpoint)) if (!MONITOR_ENDPOINT_TYPED.includes(key)) delete endpoint[key];
}

const CRD_IMPORTS: CrdImport[] = [
  {
    name: 'kserve',
    file: 'kserve-inferenceservices.serving.kserve.io.yaml',
    pruneForTypes: (schema) => {
      delete schema.properties.status;
      delete schema.properties.spec.properties.explainer;
      delete schema.properties.spec.properties.transformer;
      for (const key of KSERVE_PREDICTOR_SHORTCUTS) delete schema.properties.spec.properties.predictor.properties[key];
    },
  },
  { name: 'knative-serving', file: 'knative-services.serving.knative.dev.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'knative-domainmapping', file: 'knative-domainmappings.serving.knative.dev.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'cert-manager-certificate', file: 'cert-manager-certificates.cert-manager.io.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'cert-manager-clusterissuer', file: 'cert-manager-clusterissuers.cert-manager.io.yaml', pruneForTypes: pruneIssuerForTypes },
  // prometheus-operator's kinds as kube-prometheus-stack ships them (the Monitoring construct).
  { name: 'prometheus-servicemonitor', file: 'prometheus-servicemonitors.monitoring.coreos.com.yaml', pruneForTypes: (s) => pruneMonitorForTypes(s, 'endpoints') },
  { name: 'prometheus-podmonitor', file: 'prometheus-podmonitors.monitoring.coreos.com.yaml', pruneForTypes: (s) => pruneMonitorForTypes(s, 'podMetricsEndpoints') },
  { name: 'prometheus-rule', file: 'prometheus-prometheusrules.monitoring.coreos.com.yaml', pruneForTypes: (s) => delete s.properties.status },
  // Secrets that exist on the kubectl and GitOps paths (ExternalSecret, SealedSecret) and Flux's kinds (FluxDelivery).
  { name: 'external-secrets', file: 'eso-externalsecrets.external-secrets.io.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'sealed-secrets', file: 'sealedsecrets.bitnami.com.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'flux-gitrepository', file: 'flux-gitrepositories.source.toolkit.fluxcd.io.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'flux-ocirepository', file: 'flux-ocirepositories.source.toolkit.fluxcd.io.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'flux-kustomization', file: 'flux-kustomizations.kustomize.toolkit.fluxcd.io.yaml', pruneForTypes: (s) => delete s.properties.status },
  // KEDA's credentials kinds (QueueWorker, JobRunner): small schemas, so typed at little cost
  // (ScaledObject and ScaledJob embed whole pod and HPA templates: they stay schema-only).
  { name: 'keda-triggerauthentication', file: 'keda-triggerauthentications.keda.sh.yaml', pruneForTypes: (s) => delete s.properties.status },
  { name: 'keda-clustertriggerauthentication', file: 'keda-clustertriggerauthentications.keda.sh.yaml', pruneForTypes: (s) => delete s.properties.status },
];

/**
 * CRDs whose schemas are bundled for validation (superset of the typed imports), with the name of
 * the constant that `imports/gvk.js` exports for each one's storage version.
 */
const SCHEMA_CRDS: ReadonlyArray<{ readonly file: string; readonly gvkName: string }> = [
  { file: 'kserve-inferenceservices.serving.kserve.io.yaml', gvkName: 'INFERENCE_SERVICE_GVK' },
  { file: 'knative-services.serving.knative.dev.yaml', gvkName: 'KNATIVE_SERVICE_GVK' },
  { file: 'knative-domainmappings.serving.knative.dev.yaml', gvkName: 'DOMAIN_MAPPING_GVK' },
  { file: 'keda-scaledobjects.keda.sh.yaml', gvkName: 'SCALED_OBJECT_GVK' },
  { file: 'keda-scaledjobs.keda.sh.yaml', gvkName: 'SCALED_JOB_GVK' },
  { file: 'keda-triggerauthentications.keda.sh.yaml', gvkName: 'TRIGGER_AUTHENTICATION_GVK' },
  { file: 'keda-clustertriggerauthentications.keda.sh.yaml', gvkName: 'CLUSTER_TRIGGER_AUTHENTICATION_GVK' },
  { file: 'cert-manager-certificates.cert-manager.io.yaml', gvkName: 'CERTIFICATE_GVK' },
  { file: 'cert-manager-clusterissuers.cert-manager.io.yaml', gvkName: 'CLUSTER_ISSUER_GVK' },
  { file: 'cert-manager-issuers.cert-manager.io.yaml', gvkName: 'ISSUER_GVK' },
  { file: 'prometheus-servicemonitors.monitoring.coreos.com.yaml', gvkName: 'SERVICE_MONITOR_GVK' },
  { file: 'prometheus-podmonitors.monitoring.coreos.com.yaml', gvkName: 'POD_MONITOR_GVK' },
  { file: 'prometheus-prometheusrules.monitoring.coreos.com.yaml', gvkName: 'PROMETHEUS_RULE_GVK' },
  { file: 'eso-externalsecrets.external-secrets.io.yaml', gvkName: 'EXTERNAL_SECRET_GVK' },
  { file: 'sealedsecrets.bitnami.com.yaml', gvkName: 'SEALED_SECRET_GVK' },
  { file: 'flux-gitrepositories.source.toolkit.fluxcd.io.yaml', gvkName: 'GIT_REPOSITORY_GVK' },
  { file: 'flux-ocirepositories.source.toolkit.fluxcd.io.yaml', gvkName: 'OCI_REPOSITORY_GVK' },
  { file: 'flux-kustomizations.kustomize.toolkit.fluxcd.io.yaml', gvkName: 'FLUX_KUSTOMIZATION_GVK' },
];

const OBJECT_META_REF = 'kubernetes.json#/definitions/V1ObjectMeta';

function readCrd(file: string): Json {
  const full = path.join(CRD_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(`CRD not found: ${full} (set CRD_DIR to the folder holding the upstream CRDs)`);
  }
  return YAML.parse(fs.readFileSync(full, 'utf8'));
}

/** Closes object schemas and strips descriptions, recursively. Exported for tests of the generator. */
export function closeSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(closeSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description') continue;
    if (key === 'pattern' && typeof value === 'string') {
      out[key] = jsPattern(value);
      continue;
    }
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closeSchema(v)]));
    } else {
      out[key] = closeSchema(value);
    }
  }
  const preserves = node['x-kubernetes-preserve-unknown-fields'] === true;
  if (out.properties && out.additionalProperties === undefined && !preserves) {
    out.additionalProperties = false;
  }
  return out;
}

/**
 * CRD patterns are Go (RE2) regular expressions; JavaScript has no inline `(?i)` flag (PrometheusRule's
 * `partial_response_strategy` uses `^(?i)(abort|warn)?$`), so letters after it become `[aA]` classes.
 * Only patterns without classes or escapes are rewritten; any other `(?i)` fails the import loudly.
 */
export function jsPattern(pattern: string): string {
  const flag = pattern.indexOf('(?i)');
  if (flag < 0) return pattern;
  const rest = pattern.slice(flag + 4);
  if (/[[\\]/.test(rest)) throw new Error(`cannot translate the case-insensitive CRD pattern ${pattern}`);
  return pattern.slice(0, flag) + rest.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

function crdValidationSchemas(): Record<string, Json> {
  const kinds: Record<string, Json> = {};
  for (const { file } of SCHEMA_CRDS) {
    const crd = readCrd(file);
    const { group, names } = crd.spec;
    for (const version of crd.spec.versions) {
      if (!version.served) continue;
      const schema = closeSchema(version.schema.openAPIV3Schema);
      schema.properties.apiVersion = { type: 'string', enum: [`${group}/${version.name}`] };
      schema.properties.kind = { type: 'string', enum: [names.kind] };
      // CRD schemas say only `metadata: {type: object}`; the API server applies ObjectMeta.
      schema.properties.metadata = { $ref: OBJECT_META_REF };
      schema.required = Array.from(new Set(['apiVersion', 'kind', ...(schema.required ?? [])]));
      kinds[`${group}/${version.name}/${names.kind}`] = schema;
    }
  }
  return kinds;
}

function generateTypedImports(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-import-'));
  try {
    const cdk8s = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');
    const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');
    const tsDir = path.join(work, 'ts');
    for (const spec of CRD_IMPORTS) {
      const crd = readCrd(spec.file);
      for (const version of crd.spec.versions) spec.pruneForTypes?.(version.schema.openAPIV3Schema);
      const pruned = path.join(work, `${spec.name}.yaml`);
      fs.writeFileSync(pruned, YAML.stringify(crd));
      // cwd: cdk8s import records each import in the cdk8s.yaml of its working directory.
      execFileSync(cdk8s, ['import', '-l', 'typescript', '--no-check-upgrade', '--output', tsDir, `${spec.name}:=${pruned}`], {
        cwd: work, stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    // cdk8s names the file `<name>-<group>.ts`; give each a stable module name.
    for (const file of fs.readdirSync(tsDir)) {
      const spec = CRD_IMPORTS.find((s) => file.startsWith(`${s.name}-`));
      if (spec) fs.renameSync(path.join(tsDir, file), path.join(tsDir, `${spec.name}.ts`));
    }
    fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'commonjs', declaration: true, strict: true, skipLibCheck: true,
        outDir: IMPORTS, rootDir: tsDir, types: [], typeRoots: [path.join(ROOT, 'node_modules', '@types')],
        baseUrl: ROOT, paths: { '*': [path.join(ROOT, 'node_modules', '*')] },
      },
      include: [path.join(tsDir, '*.ts')],
    }));
    execFileSync(tsc, ['-p', path.join(work, 'tsconfig.json')], { stdio: 'inherit' });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `imports/gvk.js` + `.d.ts`: apiVersion and kind of each bundled CRD's storage version, so that
 * constructs can name a CRD kind without loading its generated classes (kserve.js alone is 1.6 MB).
 */
function writeGvkModule(): void {
  const js = ['"use strict";', GENERATED_NOTE, 'Object.defineProperty(exports, "__esModule", { value: true });'];
  const dts = [GENERATED_NOTE];
  for (const { file, gvkName } of SCHEMA_CRDS) {
    const crd = readCrd(file);
    const storage = crd.spec.versions.find((version: Json) => version.storage);
    const apiVersion = JSON.stringify(`${crd.spec.group}/${storage.name}`);
    const kind = JSON.stringify(crd.spec.names.kind);
    js.push(`exports.${gvkName} = Object.freeze({ apiVersion: ${apiVersion}, kind: ${kind} });`);
    dts.push(`/** ${crd.spec.names.kind} (${crd.metadata.name}), its storage version. */`,
      `export declare const ${gvkName}: { readonly apiVersion: ${apiVersion}; readonly kind: ${kind} };`);
  }
  fs.writeFileSync(path.join(IMPORTS, 'gvk.js'), `${js.join('\n')}\n`);
  fs.writeFileSync(path.join(IMPORTS, 'gvk.d.ts'), `${dts.join('\n')}\n`);
}

const GENERATED_NOTE = '// Generated by scripts/import-crds.ts (npm run import); do not edit.';

function writeJson(file: string, value: Json): void {
  fs.writeFileSync(path.join(SCHEMAS, file), `${JSON.stringify(value)}\n`);
}

function main(): void {
  fs.mkdirSync(SCHEMAS, { recursive: true });
  generateTypedImports();
  writeGvkModule();
  const kubernetes = buildKubernetesSchema();
  writeJson('kubernetes.json', kubernetes);
  writeJson('crds.json', { kinds: crdValidationSchemas() });
  const validators = writeValidators();
  const summary = CRD_IMPORTS.map((s) => `${s.name}.js`).join(', ');
  console.log(`imports/: ${summary}; schemas for ${Object.keys(kubernetes.kinds).length} core kinds and the CRDs in ${CRD_DIR}; `
    + `${validators.size - 1} validator modules`);
}

if (require.main === module) main();
