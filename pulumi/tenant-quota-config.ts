/**
 * The stack config's `tenantQuota`: JSON as Pulumi stores structured config
 * (`pulumi config set --path calvin-runtime:tenantQuota.cpu 4` writes `{"cpu":"4"}`); `pods` may come
 * as a number or, from `--path`, as a string. Pure, so pulumi/config.ts reports its problems with the rest.
 */
import { parseQuantity, quantity } from '../constructs/core/validation';
import type { TenantQuota } from '../constructs/tenants/tenant-quota';

const TENANT_QUOTA_FIELDS = ['cpu', 'memory', 'pods'];

/** The quota, and each problem as [config key, text] (the value quoted, never more). */
export function parseTenantQuota(text: string): { quota?: TenantQuota; problems: Array<[string, string]> } {
  const expected = 'a JSON object with cpu, memory (Kubernetes quantities) and pods (1–10000), e.g. {"cpu":"4","memory":"8Gi","pods":10}';
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch {
    given = undefined;
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given)) return { problems: [['tenantQuota', `"${text}"; expected ${expected}`]] };
  const record = given as Record<string, unknown>;
  const problems: Array<[string, string]> = [];
  const quota: { cpu?: string; memory?: string; pods?: number } = {};
  for (const key of Object.keys(record)) {
    if (!TENANT_QUOTA_FIELDS.includes(key)) problems.push([`tenantQuota.${key}`, `is not a quota field; expected ${TENANT_QUOTA_FIELDS.join(', ')}`]);
  }
  for (const resource of ['cpu', 'memory'] as const) {
    const value = record[resource];
    if (value === undefined) continue;
    const problem = typeof value === 'string' ? quantity(value) ?? (parseQuantity(value) === 0 ? 'is zero: no pod of a tenant could start' : undefined) : 'is not a string';
    if (problem) problems.push([`tenantQuota.${resource}`, `${JSON.stringify(value)} ${problem}`]);
    else quota[resource] = value as string;
  }
  if (record.pods !== undefined) {
    const pods = Number(record.pods);
    if (!/^\d+$/.test(String(record.pods)) || pods < 1 || pods > 10_000) problems.push(['tenantQuota.pods', `${JSON.stringify(record.pods)}; expected an integer from 1 to 10000`]);
    else quota.pods = pods;
  }
  return { quota, problems };
}
