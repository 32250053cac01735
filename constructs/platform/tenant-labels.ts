import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { ITenantScope, tenantOf, tenantsOf } from './scope';

/**
 * Gives every object created inside a Tenant (its apps, models, workers: whatever construct made
 * them), and every object in a tenant's namespace made elsewhere (its certificate), the tenant's
 * labels, at render time, since objects are added after the tenant.
 */
export function labelTenantObjects(platform: IConstruct): void {
  const byNamespace = new Map<string, ITenantScope>(tenantsOf(platform).map((tenant) => [tenant.appsNamespace, tenant]));
  if (byNamespace.size === 0) return;
  const all = platform.node.findAll();
  for (const object of all) {
    if (!(object instanceof ApiObject)) continue;
    const tenant = tenantOf(object) ?? (object.metadata.namespace === undefined ? undefined : byNamespace.get(object.metadata.namespace));
    if (!tenant) continue;
    for (const [key, value] of Object.entries(tenant.labels)) object.metadata.addLabel(key, value);
  }
}
