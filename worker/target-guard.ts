import { lookup as dnsLookup, LookupAddress, promises as dnsPromises } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { allowListEntryProblem, DEFAULT_CLUSTER_CIDRS, parseCidr, splitList } from '../contracts/target-allow-list';

/**
 * The SSRF guard: trigger targets may not reach the cluster's private network, the node, or the
 * cloud metadata service unless the platform allow-lists them. The check is on the *resolved*
 * address (a public name pointing at 10.0.0.5 is refused) and runs on every connection, so a
 * redirect to a refused address is refused too.
 */

/**
 * What a target may resolve to: only addresses ipaddr.js classifies as `unicast`, i.e. not in the
 * IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (https://www.iana.org/assignments/iana-ipv4-special-registry,
 * https://www.iana.org/assignments/iana-ipv6-special-registry), multicast or broadcast. Globally
 * reachable registry entries (AS112, AMT, PCP anycast…) are refused too: no webhook lives there.
 */
function specialRange(parsed: ipaddr.IPv4 | ipaddr.IPv6): string | undefined {
  const range: string = parsed.range();
  if (range !== 'unicast') return range;
  return parsed.kind() === 'ipv6' && REGISTRY_GAPS.check(parsed.toNormalizedString(), 'ipv6') ? 'reserved' : undefined;
}

// An older ipaddr.js (1.x, which express's proxy-addr pins) lacks most registry entries: resolving
// to it by a hoisting accident would weaken the guard silently, so fail at load instead.
if ((ipaddr.parse('100::1').range() as string) !== 'discard') throw new Error('the SSRF guard needs ipaddr.js 2.5 or later (it carries the IANA special-purpose registries)');

/** IANA IPv6 registry entries ipaddr.js 2.5 reports as `unicast`. */
const REGISTRY_GAPS = new BlockList();
REGISTRY_GAPS.addSubnet('100:0:0:1::', 64, 'ipv6'); // dummy IPv6 prefix (RFC 9780)
REGISTRY_GAPS.addSubnet('::', 96, 'ipv6'); // IPv4-compatible, deprecated (RFC 4291 §2.5.5.1); ::/8 is IETF-reserved

/**
 * IPv6 forms that carry an IPv4 address, and whether a public embedded IPv4 makes them a valid
 * target. Mapped addresses are how a dual-stack socket spells IPv4, and the well-known NAT64
 * prefix is globally reachable (IANA) in an IPv6-only cluster; the other forms are not.
 */
interface Embedding { readonly v4: string; readonly form: string; readonly passes: boolean }

function embedding(parts: readonly number[]): Embedding | undefined {
  const zero = (from: number, to: number): boolean => parts.slice(from, to).every((g) => g === 0);
  const v4 = (high: number, low: number): string => [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  const [p0, p1, p2, , p4, p5, p6, p7] = parts;
  if (zero(0, 5) && p5 === 0xffff) return { v4: v4(p6, p7), form: 'IPv4-mapped', passes: true };
  if (zero(0, 4) && p4 === 0xffff && p5 === 0) return { v4: v4(p6, p7), form: 'IPv4-translated (SIIT)', passes: false };
  if (p0 === 0x64 && p1 === 0xff9b && zero(2, 6)) return { v4: v4(p6, p7), form: 'NAT64', passes: true };
  // Local-use NAT64 (RFC 8215): the operator picks the prefix length; /96, the usual one, is assumed.
  if (p0 === 0x64 && p1 === 0xff9b && p2 === 1) return { v4: v4(p6, p7), form: 'local-use NAT64', passes: false };
  if (p0 === 0x2002) return { v4: v4(p1, p2), form: '6to4', passes: false };
  // Teredo (RFC 4380): the client's IPv4 is stored bit-inverted in the last 32 bits.
  if (p0 === 0x2001 && p1 === 0) return { v4: v4(p6 ^ 0xffff, p7 ^ 0xffff), form: 'Teredo', passes: false };
  if (zero(0, 6) && (p6 !== 0 || p7 > 1)) return { v4: v4(p6, p7), form: 'IPv4-compatible', passes: false };
  return undefined;
}

function parseIPv6(address: string): ipaddr.IPv6 | undefined {
  return isIP(address) === 6 ? ipaddr.IPv6.parse(address) : undefined;
}

/** The IPv4 address an IPv6 address embeds (mapped, translated, NAT64, 6to4, Teredo client, compatible), if any. */
export function embeddedIPv4(address: string): string | undefined {
  const parsed = parseIPv6(address);
  return parsed && embedding(parsed.parts)?.v4;
}

/** Why an IP address may not be a target, or undefined if it may. */
export function refusedAddressReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return `"${address}" is not an IP address`;
  if (family === 4) {
    const range = specialRange(ipaddr.IPv4.parse(address));
    return range && `${address} is a private, loopback, link-local, CGNAT or other special-purpose IPv4 address (${range})`;
  }
  const parsed = ipaddr.IPv6.parse(address);
  const embedded = embedding(parsed.parts);
  if (embedded) {
    const inner = refusedAddressReason(embedded.v4);
    if (inner) return `${address} embeds ${embedded.v4} (${embedded.form}), which is a private, loopback, link-local or reserved address`;
    return embedded.passes ? undefined : `${address} is a ${embedded.form} address (special-purpose, not globally routable; it embeds ${embedded.v4})`;
  }
  const range = specialRange(parsed);
  return range && `${address} is a private, loopback, link-local or other special-purpose IPv6 address (${range})`;
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
  /** The cluster's Pod and Service ranges (CLUSTER_CIDRS): the only private addresses an allow-listed name may resolve to. */
  readonly cluster: BlockList;
  /** CLUSTER_CIDRS as configured, for messages. */
  readonly clusterEntries: readonly string[];
}

/**
 * Parses TARGET_ALLOW_LIST (comma- or space-separated CIDRs, IPs, host names and '.suffixes') and
 * CLUSTER_CIDRS, already checked by the contract's rules (config.ts reports their problems).
 */
export function parseAllowList(text: string, clusterCidrs: readonly string[] = DEFAULT_CLUSTER_CIDRS): { list: TargetAllowList; problems: string[] } {
  const networks = new BlockList();
  const hosts: string[] = [];
  const suffixes: string[] = [];
  const problems: string[] = [];
  const entries = splitList(text);
  for (const entry of entries) {
    const problem = allowListEntryProblem(entry.toLowerCase());
    const cidr = parseCidr(entry);
    if (problem) problems.push(`"${entry.slice(0, 254)}" ${problem}`);
    else if (cidr && typeof cidr !== 'string') networks.addSubnet(cidr.address, cidr.prefix, cidr.family);
    else (entry.startsWith('.') ? suffixes : hosts).push(entry.toLowerCase());
  }
  const cluster = new BlockList();
  for (const entry of clusterCidrs) {
    const cidr = parseCidr(entry);
    if (cidr && typeof cidr !== 'string') cluster.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return { list: { networks, hosts, suffixes, entries, cluster, clusterEntries: clusterCidrs }, problems };
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

/** The private ranges a host name may resolve to at all (private, CGNAT, unique-local): never loopback, link-local or the rest. */
const NAME_REACHABLE = new Set(['private', 'carrierGradeNat', 'uniqueLocal']);

function nameMayReach(address: string): boolean {
  const v4 = isIP(address) === 6 ? embeddedIPv4(address) : undefined;
  const parsed = ipaddr.parse(v4 ?? address);
  return NAME_REACHABLE.has(parsed.range());
}

function inCluster(list: TargetAllowList, address: string): boolean {
  const v4 = isIP(address) === 6 ? embeddedIPv4(address) : undefined;
  return v4 ? list.cluster.check(v4, 'ipv4') : list.cluster.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Why connecting to `address`, which `host` resolved to, is refused, or undefined. `catalogHop`:
 * this is the origin the catalog names, where the allow-list applies; a hop a redirect led to
 * (`false`) may only reach public addresses. Whatever the name, it never reaches loopback,
 * link-local (the metadata service) or another special-purpose range; an allow-listed name
 * reaches private addresses only inside the cluster's ranges (CLUSTER_CIDRS) or a listed CIDR.
 */
export function resolvedAddressRefusal(list: TargetAllowList, host: string, address: string, catalogHop: boolean): string | undefined {
  const reason = refusedAddressReason(address);
  if (!reason) return undefined;
  if (!catalogHop) return `redirect target host ${host} resolves to ${reason}: a redirect may only lead to a public address`;
  if (!nameMayReach(address)) return `target host ${host} resolves to ${reason}; a host name never reaches it, allow-listed or not`;
  if (addressAllowed(list, address)) return undefined;
  if (hostAllowed(list, host)) {
    if (inCluster(list, address)) return undefined;
    return `allow-listed host ${host} resolves to ${address}, outside the cluster's Pod and Service ranges (CLUSTER_CIDRS ${list.clusterEntries.join(',')})`;
  }
  return `target host ${host} resolves to ${reason} (allow-list it in TARGET_ALLOW_LIST to call it)`;
}

/**
 * A resolver asking the given DNS servers (`host:port`) directly, for A and AAAA records
 * (TARGET_DNS_SERVERS: local runs and tests point the worker at a resolver of their own).
 */
export function dnsServersResolver(servers: readonly string[]): Resolver {
  const resolver = new dnsPromises.Resolver({ timeout: 2000, tries: 2 });
  resolver.setServers([...servers]);
  return async (host) => {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const addresses: LookupAddress[] = [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 })) : []),
    ];
    if (addresses.length === 0) throw v4.status === 'rejected' ? v4.reason : Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' });
    return addresses;
  };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls.connect that resolves with `resolver` and refuses the connection if any
 * address is refused (one bad address is enough: DNS rebinding mixes good and bad answers).
 * `catalogHop`: see resolvedAddressRefusal (the dispatcher keeps one connection pool for each).
 */
export function guardedLookup(list: TargetAllowList, resolver: Resolver, catalogHop = true) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolver(host).then((addresses) => {
      if (addresses.length === 0) throw Object.assign(new Error(`${host} resolved to no address`), { code: 'ENOTFOUND' });
      for (const { address } of addresses) {
        const reason = resolvedAddressRefusal(list, host, address, catalogHop);
        if (reason) throw new TargetRefusedError(reason);
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    }).catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}
