import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * The SSRF guard: trigger targets may not reach the cluster's private network, the node, or the
 * cloud metadata service unless the platform allow-lists them. The check is on the *resolved*
 * address (a public name pointing at 10.0.0.5 is refused) and runs on every connection, so a
 * redirect to a refused address is refused too.
 */

/** Address ranges a target may not resolve to (RFC 6890 special-purpose and private space). */
const REFUSED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. the metadata service 169.254.169.254
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast
] as const) REFUSED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (ULA)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) REFUSED.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address an IPv6 address embeds (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), if any. */
export function embeddedIPv4(address: string): string | undefined {
  const groups = expandIPv6(address);
  if (!groups) return undefined;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  const compatible = groups.slice(0, 6).every((g) => g === 0) && (groups[6] !== 0 || groups[7] > 1);
  if (!mapped && !nat64 && !compatible) return undefined;
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
}

function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const octets = dotted[1].split('.').map(Number);
    text = text.slice(0, -dotted[1].length) + `${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined): number[] => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const first = parse(head);
  const last = parse(tail);
  if (text.includes('::')) return [...first, ...new Array(8 - first.length - last.length).fill(0), ...last];
  return first.length === 8 ? first : undefined;
}

/** Why an IP address may not be a target, or undefined if it may. */
export function refusedAddressReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return `"${address}" is not an IP address`;
  if (family === 6) {
    const v4 = embeddedIPv4(address);
    if (v4) return refusedAddressReason(v4) && `${address} embeds ${v4}, which is a private, loopback, link-local or reserved address`;
    return REFUSED.check(address, 'ipv6') ? `${address} is a private, loopback, link-local or reserved IPv6 address` : undefined;
  }
  return REFUSED.check(address, 'ipv4') ? `${address} is a private, loopback, link-local, CGNAT or reserved IPv4 address` : undefined;
}

/** Targets let through although they resolve to refused addresses. */
export interface TargetAllowList {
  /** CIDRs and single addresses. */
  readonly networks: BlockList;
  /** Exact host names, lowercase. */
  readonly hosts: readonly string[];
  /** Host suffixes starting with '.', lowercase (e.g. `.calvin-apps.svc.cluster.local`). */
  readonly suffixes: readonly string[];
  /** The entries as configured, for logs. */
  readonly entries: readonly string[];
}

/** Parses TARGET_ALLOW_LIST: comma- or space-separated CIDRs, IPs, host names and '.suffixes'. */
export function parseAllowList(text: string): { list: TargetAllowList; problems: string[] } {
  const networks = new BlockList();
  const hosts: string[] = [];
  const suffixes: string[] = [];
  const problems: string[] = [];
  const entries = text.split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address, prefixText, ...extra] = entry.split('/');
    const family = isIP(address);
    if (family !== 0) {
      const max = family === 4 ? 32 : 128;
      const prefix = prefixText === undefined ? max : Number(prefixText);
      if (extra.length > 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d+$/.test(prefixText))) {
        problems.push(`"${entry}" has a bad prefix length (0–${max})`);
        continue;
      }
      networks.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    } else if (/^\.?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/i.test(entry)) {
      (entry.startsWith('.') ? suffixes : hosts).push(entry.toLowerCase());
    } else {
      problems.push(`"${entry}" is not a CIDR, an IP address, a host name or a '.suffix'`);
    }
  }
  return { list: { networks, hosts, suffixes, entries }, problems };
}

export function hostAllowed(list: TargetAllowList, host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return list.hosts.includes(lower) || list.suffixes.some((suffix) => lower.endsWith(suffix));
}

export function addressAllowed(list: TargetAllowList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (list.networks.check(address, family === 4 ? 'ipv4' : 'ipv6')) return true;
  const v4 = family === 6 ? embeddedIPv4(address) : undefined;
  return v4 !== undefined && list.networks.check(v4, 'ipv4');
}

/** Refused by the guard: a final failure, never retried. */
export class TargetRefusedError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'TargetRefusedError';
  }
}

/** Resolves a host name to all its addresses (the default is the system resolver, as Node's http would). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host) => new Promise((resolve, reject) => {
  dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
});

/** Why connecting to `host` (a name or an IP literal) is refused, or undefined if it is not. */
export function checkLiteralHost(list: TargetAllowList, host: string): string | undefined {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 0 || hostAllowed(list, bare) || addressAllowed(list, bare)) return undefined;
  const reason = refusedAddressReason(bare);
  return reason && `target ${reason} (allow-list it in TARGET_ALLOW_LIST to call it)`;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls.connect that resolves with `resolver` and refuses the connection if any
 * address is refused (one bad address is enough: DNS rebinding mixes good and bad answers).
 */
export function guardedLookup(list: TargetAllowList, resolver: Resolver) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolver(host).then((addresses) => {
      if (addresses.length === 0) throw Object.assign(new Error(`${host} resolved to no address`), { code: 'ENOTFOUND' });
      if (!hostAllowed(list, host)) {
        for (const { address } of addresses) {
          const reason = !addressAllowed(list, address) && refusedAddressReason(address);
          if (reason) throw new TargetRefusedError(`target host ${host} resolves to ${reason} (allow-list it in TARGET_ALLOW_LIST to call it)`);
        }
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    }).catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}
