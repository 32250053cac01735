/**
 * The worker's access to Secrets of other namespaces (a tenant's secret headers): the catalog
 * refs that name a namespace, the Role + RoleBinding per such namespace granting the worker's
 * ServiceAccount `get` on exactly those Secrets, the projected token it reads them with, and the
 * synth check that no trigger names a Secret of a tenant other than its own.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { CatalogSecretRef, CatalogTrigger } from '../../contracts/trigger-catalog';
import { KUBERNETES_API_DIR } from '../../contracts/worker-env';
import { IPlatformScope, ITenantScope, RegisteredTrigger, tenantOf } from '../platform/scope';
import { ResolvedWorker } from './worker-manifests';

/** The pod volume holding the worker's API token and the cluster CA. */
export const KUBERNETES_API_VOLUME = 'kubernetes-api';
/** Lifetime the kubelet gives the projected token (it refreshes it at 80 %). */
const TOKEN_EXPIRATION_SECONDS = 3600;

/** Every ref of an entry: its secret headers and its signing secret. */
function refsOf(entry: CatalogTrigger): CatalogSecretRef[] {
  return [...Object.values(entry.secretHeaders), ...(entry.signingSecret ? [entry.signingSecret] : [])];
}

/** The Secrets the worker reads through the API, by namespace (names sorted). */
export function namespacedSecrets(entries: readonly CatalogTrigger[]): Map<string, string[]> {
  const byNamespace = new Map<string, Set<string>>();
  for (const ref of entries.flatMap(refsOf)) {
    if (ref.namespace === undefined) continue;
    byNamespace.set(ref.namespace, (byNamespace.get(ref.namespace) ?? new Set()).add(ref.secret));
  }
  return new Map([...byNamespace.keys()].sort().map((namespace) => [namespace, [...byNamespace.get(namespace)!].sort()]));
}

/**
 * The catalog as the worker will get it (after every transform) may name a Secret of a tenant only
 * in that tenant's own triggers; a tenant's trigger reads its own namespace (or, for its signing
 * key, its own Secret in the system namespace) and nothing else.
 */
export function secretAccessProblems(triggers: readonly RegisteredTrigger[], tenants: readonly ITenantScope[]): string[] {
  const tenantByNamespace = new Map(tenants.map((tenant) => [tenant.appsNamespace, tenant]));
  const problems: string[] = [];
  for (const trigger of triggers) {
    const entry = trigger.toCatalogEntry();
    const own = tenantOf(trigger);
    const refs: Array<[string, CatalogSecretRef]> = [
      ...Object.entries(entry.secretHeaders).map(([header, ref]): [string, CatalogSecretRef] => [`secretHeaders.${header}`, ref]),
      ...(entry.signingSecret ? [['signingSecret', entry.signingSecret] as [string, CatalogSecretRef]] : []),
    ];
    for (const [field, ref] of refs) {
      const where = ref.namespace ?? '(the system namespace)';
      if (own) {
        const ownSigningKey = field === 'signingSecret' && ref.namespace === undefined && ref.secret === own.signingSecret.secret;
        if (ref.namespace !== own.appsNamespace && !ownSigningKey) {
          problems.push(`${trigger.node.path}: ${field} ${JSON.stringify(`${where}/${ref.secret}`)} is not a Secret of tenant ${own.node.path}; `
            + `expected a Secret in its namespace "${own.appsNamespace}" (check the trigger's transform)`);
        }
        continue;
      }
      const tenant = ref.namespace === undefined ? undefined : tenantByNamespace.get(ref.namespace);
      if (tenant) {
        problems.push(`${trigger.node.path}: ${field}.namespace ${JSON.stringify(ref.namespace)} is the namespace of tenant ${tenant.node.path}; `
          + 'expected a namespace of no tenant (only a tenant\'s own triggers read its Secrets)');
      }
    }
  }
  return problems;
}

const ROLE_PREFIX = 'SecretAccess-';

/**
 * Makes the Role + RoleBinding per namespace match `needs` (as the shard ConfigMaps: the triggers
 * are known only at synth). Each Role grants `get` on exactly the named Secrets; no list, no watch,
 * so the worker cannot discover others.
 */
export function syncSecretAccessRoles(scope: Construct, worker: ResolvedWorker, needs: ReadonlyMap<string, readonly string[]>, platform: IPlatformScope, tenants: readonly ITenantScope[]): void {
  for (const child of scope.node.children.filter((c) => c.node.id.startsWith(ROLE_PREFIX))) scope.node.tryRemoveChild(child.node.id);
  const name = `${worker.name}-secrets`;
  for (const [namespace, secrets] of needs) {
    const tenant = tenants.find((t) => t.appsNamespace === namespace);
    // Labelled here: the platform labels a tenant's objects before validation makes these.
    const metadata = { name, namespace, labels: { ...worker.podLabels, ...tenant?.labels } };
    const role = new ApiObject(scope, `${ROLE_PREFIX}Role-${namespace}`, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata,
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: [...secrets], verbs: ['get'] }],
    });
    const binding = new ApiObject(scope, `${ROLE_PREFIX}RoleBinding-${namespace}`, {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name: worker.name, namespace: worker.namespace }],
    });
    const namespaceObject: IConstruct | undefined = tenant?.appsNamespaceObject
      ?? (namespace === platform.appsNamespace ? platform.appsNamespaceObject : undefined);
    if (namespaceObject) {
      role.addDependency(namespaceObject);
      binding.addDependency(namespaceObject);
    }
  }
}

/**
 * The token volume (the worker's ServiceAccount token, the cluster CA) and its mount, patched into
 * the Deployment only when the catalog reads a Secret through the API: the pod mounts no token
 * otherwise (`automountServiceAccountToken: false` stays; a projected token is asked for explicitly).
 */
export function kubernetesApiPatches(entries: readonly CatalogTrigger[]): JsonPatch[] {
  if (namespacedSecrets(entries).size === 0) return [];
  return [
    JsonPatch.add('/spec/template/spec/volumes/-', {
      name: KUBERNETES_API_VOLUME,
      projected: {
        sources: [
          { serviceAccountToken: { expirationSeconds: TOKEN_EXPIRATION_SECONDS, path: 'token' } },
          { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        ],
      },
    }),
    JsonPatch.add('/spec/template/spec/containers/0/volumeMounts/-', { mountPath: KUBERNETES_API_DIR, name: KUBERNETES_API_VOLUME, readOnly: true }),
  ];
}
