import { BlockList, isIP } from 'node:net';
import type { Rule } from './rules';

/**
 * What the SSRF allow-list (TARGET_ALLOW_LIST, `worker.allowTargets`) and the cluster's ranges
 * (CLUSTER_CIDRS, `worker.clusterCidrs`) may hold: one rule for the SchedulerWorker's props and
 * the worker's start, so a list that synthesizes is a list the worker starts with.
 */

/**
 * The ranges an allow-list CIDR may lie in: private (RFC 1918), CGNAT, unique-local IPv6, and
 * loopback (for a worker run on a laptop against a local target). An entry reaching past them
 * (`0.0.0.0/0`, `::/0`, `8.0.0.0/8`) would let anything through, or allow-list what is public
 * anyway; link-local (`169.254.0.0/16`: the cloud metadata service) is never a trigger target.
 */
const ALLOWABLE = new BlockList();
ALLOWABLE.addSubnet('10.0.0.0', 8, 'ipv4');
ALLOWABLE.addSubnet('172.16.0.0', 12, 'ipv4');
ALLOWABLE.addSubnet('192.168.0.0', 16, 'ipv4');
ALLOWABLE.addSubnet('100.64.0.0', 10, 'ipv4');
ALLOWABLE.addSubnet('127.0.0.0', 8, 'ipv4');
ALLOWABLE.addSubnet('fc00::', 7, 'ipv6');
ALLOWABLE.addAddress('::1', 'ipv6');

/** The same, without loopback: where a cluster's Pods and Services can be. */
const CLUSTER_ALLOWABLE = new BlockList();
CLUSTER_ALLOWABLE.addSubnet('10.0.0.0', 8, 'ipv4');
CLUSTER_ALLOWABLE.addSubnet('172.16.0.0', 12, 'ipv4');
CLUSTER_ALLOWABLE.addSubnet('192.168.0.0', 16, 'ipv4');
CLUSTER_ALLOWABLE.addSubnet('100.64.0.0', 10, 'ipv4');
CLUSTER_ALLOWABLE.addSubnet('fc00::', 7, 'ipv6');

const HOST = /^\.?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A parsed `address/prefix` (prefix defaulting to the full length), or a reason it is not one. */
export function parseCidr(entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | string | undefined {
  const [address, prefixText, ...extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0) return undefined;
  const max = family === 4 ? 32 : 128;
  if (extra.length > 0 || (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) || Number(prefixText ?? max) > max) {
    return `is not an IP address, a CIDR (e.g. "10.0.0.0/8"), a host name or a host suffix: bad prefix length (0–${max})`;
  }
  return { address, prefix: Number(prefixText ?? max), family: family === 4 ? 'ipv4' : 'ipv6' };
}

/** The first and last address of a CIDR, as strings. */
function bounds(address: string, prefix: number, family: 'ipv4' | 'ipv6'): [string, string] {
  const bits = family === 'ipv4' ? 32 : 128;
  const value = family === 'ipv4'
    ? address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n)
    : BigInt(`0x${expandIPv6(address)}`);
  const host = (1n << BigInt(bits - prefix)) - 1n;
  const first = value & ~host & ((1n << BigInt(bits)) - 1n);
  const last = first | host;
  const show = (n: bigint): string => (family === 'ipv4'
    ? [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.')
    : n.toString(16).padStart(32, '0').match(/.{4}/g)!.join(':'));
  return [show(first), show(last)];
}

function expandIPv6(address: string): string {
  const [head, tail = ''] = address.includes('::') ? address.split('::') : [address, undefined as unknown as string];
  const parts = (text: string): string[] => (text ? text.split(':') : []);
  const v4 = (groups: string[]): string[] => groups.flatMap((g) => (g.includes('.') ? ((o) => [((o[0] << 8) | o[1]).toString(16), ((o[2] << 8) | o[3]).toString(16)])(g.split('.').map(Number)) : [g]));
  const h = v4(parts(head));
  const t = v4(parts(tail));
  const middle = address.includes('::') ? Array<string>(8 - h.length - t.length).fill('0') : [];
  return [...h, ...middle, ...t].map((g) => g.padStart(4, '0')).join('');
}

/** Whether the whole CIDR lies inside `within`. */
function inside(within: BlockList, cidr: { address: string; prefix: number; family: 'ipv4' | 'ipv6' }): boolean {
  const [first, last] = bounds(cidr.address, cidr.prefix, cidr.family);
  // Each block of `within` is aligned, so a CIDR whose two ends are in it lies in one block or spans adjacent ones (all allowable).
  return within.check(first, cidr.family) && within.check(last, cidr.family);
}

/**
 * Why `entry` may not be on the allow-list, or undefined. Entries: an IP address or CIDR inside the
 * private, CGNAT, unique-local or loopback ranges; an exact host name; or a `.suffix` of at least
 * two labels (`.com` or `.local` would allow a whole public or link-local namespace).
 */
export const allowListEntryProblem: Rule = (v) => {
  const grammar = 'is not an IP address, a CIDR (e.g. "10.0.0.0/8"), a host name or a host suffix starting with \'.\' (e.g. ".svc.cluster.local")';
  if (typeof v !== 'string' || v.length > 254) return grammar;
  const cidr = parseCidr(v);
  if (typeof cidr === 'string') return cidr;
  if (cidr) {
    const [first] = bounds(cidr.address, cidr.prefix, cidr.family);
    if ((cidr.family === 'ipv4' && first.startsWith('169.254.')) || (cidr.family === 'ipv6' && /^fe[89ab]/i.test(first))) {
      return 'is link-local (169.254.169.254 is the cloud metadata service): never a trigger target';
    }
    return inside(ALLOWABLE, cidr) ? undefined
      : 'reaches past the private (10/8, 172.16/12, 192.168/16), CGNAT (100.64/10), unique-local (fc00::/7) and loopback ranges: it would allow everything, or what needs no allow-listing';
  }
  if (!HOST.test(v)) return grammar;
  if (v.startsWith('.') && v.split('.').filter(Boolean).length < 2) return 'is a one-label suffix: it would allow a whole top-level domain; name at least two labels (e.g. ".svc.cluster.local")';
  return undefined;
};

/** A CLUSTER_CIDRS entry: a CIDR inside the private, CGNAT or unique-local ranges (never loopback or link-local). */
export const clusterCidrProblem: Rule = (v) => {
  const cidr = typeof v === 'string' ? parseCidr(v) : undefined;
  if (typeof cidr === 'string') return cidr;
  if (!cidr || !(typeof v === 'string' && v.includes('/'))) return 'is not a CIDR (e.g. "10.244.0.0/16")';
  return inside(CLUSTER_ALLOWABLE, cidr) ? undefined : 'is not inside the private (10/8, 172.16/12, 192.168/16), CGNAT (100.64/10) or unique-local (fc00::/7) ranges a cluster\'s Pods and Services use';
};

/** Comma- or space-separated entries. */
export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * The Pod and Service ranges allow-listed host names may resolve into when the platform does not
 * say: what DigitalOcean Kubernetes gives a cluster whose create request names none (Pods
 * 10.244.0.0/16, Services 10.245.0.0/16). Source: DigitalOcean's API specification
 * (github.com/digitalocean/openapi, specification/resources/kubernetes/models/cluster.yml:
 * `cluster_subnet` "the range of IP addresses in the overlay network", example 10.244.0.0/16;
 * `service_subnet` "the range of assignable IP addresses for services", example 10.245.0.0/16), the
 * values every cluster response in DigitalOcean's own client fixtures carries; the provider's
 * `digitalocean_kubernetes_cluster` docs (terraform-provider-digitalocean, the `cluster_subnet` and
 * `service_subnet` attributes, which `@pulumi/digitalocean` exposes as `clusterSubnet` and
 * `serviceSubnet`) say a VPC-native cluster may choose others. Neither page calls them a default, so
 * the Pulumi component does not rely on them: it fills CLUSTER_CIDRS from the cluster's outputs
 * (pulumi/cluster-cidrs.ts).
 */
export const DEFAULT_CLUSTER_CIDRS = ['10.244.0.0/16', '10.245.0.0/16'] as const;

/** Problems with a CLUSTER_CIDRS value, each naming its entry. */
export function clusterCidrsProblems(text: string): string[] {
  const entries = splitList(text);
  if (entries.length === 0) return ['is empty; expected the cluster\'s Pod and Service CIDRs'];
  return entries.flatMap((entry) => {
    const problem = clusterCidrProblem(entry);
    return problem ? [`"${entry}" ${problem}`] : [];
  });
}
