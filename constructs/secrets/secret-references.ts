import { ApiObject, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { CERT_MANAGER_NAMESPACE } from '../../contracts/namespaces';
import { CalvinValidationError } from '../core/validation';
import { secretSourcesOf } from './secret-source';

/** One Secret an object of the platform reads. */
interface SecretReference {
  readonly name: string;
  readonly namespace: string;
  /** The construct that rendered the object. */
  readonly by: IConstruct;
}

/**
 * Throws, naming each referencing construct and the namespace the Secret must be in, when an object
 * of `chart` reads a Secret that nothing produces there: no ExternalSecret, SealedSecret or
 * ProvidedSecret declares it, no Secret object of the chart is it, no Certificate writes it. The
 * references are read from the rendered objects (env `secretKeyRef`, `envFrom` and other `secretRef`s,
 * Secret and projected volumes, image pull Secrets, a ServiceAccount's `secrets`, a Role's `get` on named
 * Secrets (the worker reads a tenant's secret headers so), a ClusterIssuer's DNS token), so
 * every construct's references are covered, today's and later ones'.
 */
export function checkSecretReferences(chart: Chart): void {
  const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === chart);
  const produced = new Set(secretSourcesOf(chart).keys());
  const references: SecretReference[] = [];
  for (const object of objects) {
    const json = object.toJson();
    const namespace = json.metadata?.namespace ?? (json.kind === 'ClusterIssuer' ? CERT_MANAGER_NAMESPACE : undefined);
    if (namespace === undefined) continue;
    if (json.apiVersion === 'v1' && json.kind === 'Secret') produced.add(`${namespace}/${json.metadata.name}`);
    if (json.kind === 'Certificate' && typeof json.spec?.secretName === 'string') produced.add(`${namespace}/${json.spec.secretName}`);
    for (const name of referencedSecrets(json)) references.push({ name, namespace, by: object.node.scope ?? object });
  }
  const lines = new Set<string>();
  for (const ref of references) {
    if (produced.has(`${ref.namespace}/${ref.name}`)) continue;
    const elsewhere = Array.from(produced).filter((key) => key.endsWith(`/${ref.name}`)).map((key) => key.split('/')[0]);
    const hint = elsewhere.length > 0 ? ` (it is produced in ${elsewhere.join(', ')}: a Secret is read only in its own namespace)` : '';
    lines.add(`${ref.by.node.path}: Secret "${ref.name}" is referenced, but nothing produces it in namespace ${ref.namespace}${hint}; `
      + `add an ExternalSecret or SealedSecret there, or declare it with ProvidedSecret.fromName(scope, "${ref.name}", { namespace: "${ref.namespace}" })`);
  }
  if (lines.size > 0) throw new CalvinValidationError(Array.from(lines));
}

/**
 * `secretKeyRef`, `secretRef` and cert-manager's `…SecretRef`s (a DNS solver's `tokenSecretRef`,
 * `apiTokenSecretRef`), but not `privateKeySecretRef`: cert-manager writes the ACME account key itself.
 */
function isSecretRefKey(key: string): boolean {
  return key === 'secretKeyRef' || key === 'secretRef' || (key.endsWith('SecretRef') && key !== 'privateKeySecretRef');
}

/** The names of the Secrets a rendered object reads. */
export function referencedSecrets(json: any): string[] {
  const names: string[] = [];
  if (json.kind === 'ServiceAccount' && Array.isArray(json.secrets)) names.push(...json.secrets.map((s: any) => s?.name));
  // A Role that gets named Secrets (the worker's, for a tenant's secret headers) reads them through the API.
  if (json.kind === 'Role' && Array.isArray(json.rules)) {
    for (const rule of json.rules) {
      if (rule?.resources?.includes?.('secrets') && rule.verbs?.includes?.('get') && Array.isArray(rule.resourceNames)) names.push(...rule.resourceNames);
    }
  }
  const visit = (node: unknown, depth: number): void => {
    // Manifests are shallow; the bound keeps a cyclic transform from looping.
    if (depth > 64 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item) => visit(item, depth + 1));
      return;
    }
    for (const [key, value] of Object.entries(node as Record<string, any>)) {
      if (isSecretRefKey(key) && typeof value?.name === 'string') names.push(value.name);
      else if (key === 'secret' && typeof value?.secretName === 'string') names.push(value.secretName); // a Secret volume
      else if (key === 'secret' && typeof value?.name === 'string') names.push(value.name); // a projected volume's source
      else if (key === 'imagePullSecrets' && Array.isArray(value)) names.push(...value.map((s: any) => s?.name));
      visit(value, depth + 1);
    }
  };
  visit(json, 0);
  return names.filter((name): name is string => typeof name === 'string');
}
