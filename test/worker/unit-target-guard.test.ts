import type { LookupAddress } from 'node:dns';
import {
  addressAllowed, checkLiteralHost, embeddedIPv4, guardedLookup, hostAllowed, parseAllowList, refusedAddressReason, Resolver, TargetRefusedError,
} from '../../worker/target-guard';
import { within } from './harness';

/**
 * The SSRF guard's pure functions. No network: `guardedLookup` is driven with an injected
 * resolver (the one sanctioned injection), and its callback is awaited.
 */

describe('refusedAddressReason', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.1', 'loopback, anywhere in 127/8'],
    ['10.0.0.1', '10/8'],
    ['10.255.255.255', '10/8, last address'],
    ['172.16.0.1', '172.16/12, first block'],
    ['172.31.255.255', '172.16/12, last address'],
    ['192.168.0.1', '192.168/16'],
    ['192.168.255.254', '192.168/16'],
    ['100.64.0.1', 'CGNAT 100.64/10'],
    ['100.127.255.255', 'CGNAT, last address'],
    ['169.254.169.254', 'link-local: the cloud metadata service'],
    ['169.254.0.1', 'link-local'],
    ['0.0.0.0', '"this network"'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast (SSDP)'],
    ['255.255.255.255', 'broadcast'],
  ])('refuses IPv4 %s (%s)', (address) => {
    const reason = refusedAddressReason(address);
    expect(reason).toEqual(expect.any(String));
    expect(reason).toContain(address);
  });

  test.each([
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'unique local (ULA)'],
    ['fc00::1', 'unique local, fc half'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
  ])('refuses IPv6 %s (%s)', (address) => {
    const reason = refusedAddressReason(address);
    expect(reason).toEqual(expect.any(String));
    expect(reason).toContain(address);
  });

  test.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::ffff:7f00:1', '127.0.0.1'],
    ['0:0:0:0:0:ffff:127.0.0.1', '127.0.0.1'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['::ffff:a9fe:a9fe', '169.254.169.254'],
    ['64:ff9b::a00:1', '10.0.0.1'],
    ['64:ff9b::7f00:1', '127.0.0.1'],
  ])('refuses %s, which embeds %s', (address, v4) => {
    expect(embeddedIPv4(address)).toBe(v4);
    const reason = refusedAddressReason(address);
    expect(reason).toEqual(expect.any(String));
    expect(reason).toContain(v4);
  });

  test.each([
    '172.32.0.1', // just past 172.16/12
    '172.15.255.255', // just before it
    '100.128.0.1', // just past CGNAT
    '100.63.255.255', // just before it
    '8.8.8.8',
    '1.1.1.1',
    '11.0.0.1',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808', // NAT64 of a public address
  ])('allows public %s', (address) => {
    expect(refusedAddressReason(address)).toBeUndefined();
  });

  test('a non-address is refused as such', () => {
    expect(refusedAddressReason('example.com')).toMatch(/not an IP address/);
    expect(refusedAddressReason('')).toMatch(/not an IP address/);
  });

  test('embeddedIPv4 finds nothing in an ordinary IPv6 address or in :: and ::1', () => {
    expect(embeddedIPv4('2606:4700:4700::1111')).toBeUndefined();
    expect(embeddedIPv4('::')).toBeUndefined();
    expect(embeddedIPv4('::1')).toBeUndefined();
    expect(embeddedIPv4('fd00::1')).toBeUndefined();
  });
});

describe('parseAllowList', () => {
  test('accepts CIDRs (v4 and v6), single IPs, host names and .suffixes', () => {
    const { list, problems } = parseAllowList('10.0.0.0/8, fd00::/8 192.168.1.7\n::1 App.Example.COM .Calvin-Apps.svc.cluster.local');
    expect(problems).toEqual([]);
    expect(list.entries).toEqual(['10.0.0.0/8', 'fd00::/8', '192.168.1.7', '::1', 'App.Example.COM', '.Calvin-Apps.svc.cluster.local']);
    expect(list.hosts).toEqual(['app.example.com']);
    expect(list.suffixes).toEqual(['.calvin-apps.svc.cluster.local']);
    expect(addressAllowed(list, '10.1.2.3')).toBe(true);
    expect(addressAllowed(list, '10.255.255.255')).toBe(true);
    expect(addressAllowed(list, '11.0.0.1')).toBe(false);
    expect(addressAllowed(list, 'fd12:3456::1')).toBe(true);
    expect(addressAllowed(list, 'fe80::1')).toBe(false);
    expect(addressAllowed(list, '192.168.1.7')).toBe(true);
    expect(addressAllowed(list, '192.168.1.8')).toBe(false);
    expect(addressAllowed(list, '::1')).toBe(true);
    expect(addressAllowed(list, '::2')).toBe(false);
  });

  test('an empty list allows nothing and has no problems', () => {
    for (const text of ['', '   ', ', ,']) {
      const { list, problems } = parseAllowList(text);
      expect(problems).toEqual([]);
      expect(list.entries).toEqual([]);
      expect(addressAllowed(list, '127.0.0.1')).toBe(false);
      expect(hostAllowed(list, 'localhost')).toBe(false);
    }
  });

  test('a CIDR whose address has host bits set covers its whole network', () => {
    const { list, problems } = parseAllowList('10.1.2.3/8');
    expect(problems).toEqual([]);
    expect(addressAllowed(list, '10.200.0.1')).toBe(true);
  });

  test('reports every bad entry at once, and keeps the good ones', () => {
    const { list, problems } = parseAllowList('10.0.0.0/33 ::1/129 10.0.0.0/-1 10.0.0.0/ 10.0.0.0/x *.example.com foo/8 a_b http://x 127.0.0.1');
    expect(problems).toEqual([
      expect.stringMatching(/"10\.0\.0\.0\/33" is not .*bad prefix length \(0–32\)/),
      expect.stringMatching(/"::1\/129" is not .*bad prefix length \(0–128\)/),
      expect.stringMatching(/"10\.0\.0\.0\/-1" is not .*bad prefix length/),
      expect.stringMatching(/"10\.0\.0\.0\/" is not .*bad prefix length/),
      expect.stringMatching(/"10\.0\.0\.0\/x" is not .*bad prefix length/),
      expect.stringMatching(/"\*\.example\.com" is not an IP address, a CIDR .*, a host name or a host suffix/),
      expect.stringMatching(/"foo\/8" is not an IP address, a CIDR/),
      expect.stringMatching(/"a_b" is not an IP address, a CIDR/),
      expect.stringMatching(/"http:\/\/x" is not an IP address, a CIDR/),
    ]);
    // The bad prefixes added nothing; the good entry still counts.
    expect(addressAllowed(list, '10.0.0.1')).toBe(false);
    expect(addressAllowed(list, '127.0.0.1')).toBe(true);
  });

  // BUG: `entry.split('/')` keeps only the first two parts, so "10.0.0.0/8/32" is silently read as
  // 10.0.0.0/8 instead of being reported like every other malformed entry.
  test('an entry with two prefix lengths is reported, not silently read as the first', () => {
    const { problems } = parseAllowList('10.0.0.0/8/32');
    expect(problems).toEqual([expect.stringContaining('"10.0.0.0/8/32"')]);
  });
});

describe('hostAllowed / addressAllowed', () => {
  const { list } = parseAllowList('app.example.com .calvin-apps.svc.cluster.local 10.0.0.0/8 127.0.0.1');

  test('exact host names match case-insensitively, with or without the root dot', () => {
    expect(hostAllowed(list, 'app.example.com')).toBe(true);
    expect(hostAllowed(list, 'APP.Example.com')).toBe(true);
    expect(hostAllowed(list, 'app.example.com.')).toBe(true);
    expect(hostAllowed(list, 'x.app.example.com')).toBe(false);
    expect(hostAllowed(list, 'example.com')).toBe(false);
  });

  test('.suffix entries match names under the suffix, not the bare suffix nor look-alikes', () => {
    expect(hostAllowed(list, 'app.calvin-apps.svc.cluster.local')).toBe(true);
    expect(hostAllowed(list, 'a.b.calvin-apps.svc.cluster.local')).toBe(true);
    expect(hostAllowed(list, 'calvin-apps.svc.cluster.local')).toBe(false);
    expect(hostAllowed(list, 'evilcalvin-apps.svc.cluster.local')).toBe(false);
    expect(hostAllowed(list, 'app.calvin-apps.svc.cluster.local.evil.com')).toBe(false);
  });

  test('addresses match CIDRs and single IPs, IPv4-mapped and NAT64 forms included', () => {
    expect(addressAllowed(list, '10.9.8.7')).toBe(true);
    expect(addressAllowed(list, '::ffff:10.9.8.7')).toBe(true);
    expect(addressAllowed(list, '::ffff:a09:807')).toBe(true);
    expect(addressAllowed(list, '64:ff9b::a09:807')).toBe(true);
    expect(addressAllowed(list, '127.0.0.1')).toBe(true);
    expect(addressAllowed(list, '::ffff:127.0.0.1')).toBe(true);
    expect(addressAllowed(list, '127.0.0.2')).toBe(false);
    expect(addressAllowed(list, '::ffff:127.0.0.2')).toBe(false);
    expect(addressAllowed(list, '192.168.0.1')).toBe(false);
    expect(addressAllowed(list, 'not-an-ip')).toBe(false);
  });
});

describe('checkLiteralHost', () => {
  const empty = parseAllowList('').list;

  test('refuses private IP literals (bracketed IPv6 included) with a hint, lets names and public IPs through', () => {
    expect(checkLiteralHost(empty, '127.0.0.1')).toMatch(/^target 127\.0\.0\.1 is a private.*allow-list it in TARGET_ALLOW_LIST/);
    expect(checkLiteralHost(empty, '[::1]')).toMatch(/::1 is a private/);
    expect(checkLiteralHost(empty, '[::ffff:7f00:1]')).toMatch(/embeds 127\.0\.0\.1/);
    expect(checkLiteralHost(empty, '169.254.169.254')).toMatch(/169\.254\.169\.254/);
    expect(checkLiteralHost(empty, '8.8.8.8')).toBeUndefined();
    expect(checkLiteralHost(empty, '[2606:4700:4700::1111]')).toBeUndefined();
    // Names are checked once resolved (guardedLookup), not here.
    expect(checkLiteralHost(empty, 'localhost')).toBeUndefined();
  });

  test('allow-listed literals pass', () => {
    const { list } = parseAllowList('127.0.0.0/8 ::1');
    expect(checkLiteralHost(list, '127.0.0.1')).toBeUndefined();
    expect(checkLiteralHost(list, '127.1.2.3')).toBeUndefined();
    expect(checkLiteralHost(list, '[::1]')).toBeUndefined();
    expect(checkLiteralHost(list, '10.0.0.1')).toEqual(expect.any(String));
  });
});

describe('guardedLookup', () => {
  type Result = { error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number };

  const answers = (table: Record<string, string[]>): Resolver => async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

  const lookup = (allow: string, resolver: Resolver, host: string, all: boolean): Promise<Result> => within(2000, new Promise<Result>((resolve) => {
    guardedLookup(parseAllowList(allow).list, resolver)(host, { all }, (error, address, family) => resolve({ error, address, family }));
  }), `lookup of ${host}`);

  const resolver = answers({
    'public.example.test': ['93.184.216.34'],
    'two.example.test': ['93.184.216.34', '2606:2800:220:1::1'],
    'private.example.test': ['10.0.0.5'],
    'metadata.example.test': ['169.254.169.254'],
    'ula.example.test': ['fd00::1'],
    'mapped.example.test': ['::ffff:127.0.0.1'],
    'rebind-last.example.test': ['93.184.216.34', '10.0.0.5'],
    'rebind-first.example.test': ['127.0.0.1', '1.1.1.1'],
    'app.calvin-apps.svc.cluster.local': ['10.96.0.10'],
    'empty.example.test': [],
  });

  test('public answers pass, in both the single and the all form', async () => {
    expect(await lookup('', resolver, 'public.example.test', false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
    const all = await lookup('', resolver, 'two.example.test', true);
    expect(all.error).toBeNull();
    expect(all.address).toEqual([{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }]);
  });

  test.each(['private.example.test', 'metadata.example.test', 'ula.example.test', 'mapped.example.test', 'rebind-last.example.test', 'rebind-first.example.test'])(
    '%s is refused with a TargetRefusedError naming the host',
    async (host) => {
      for (const all of [false, true]) {
        const result = await lookup('', resolver, host, all);
        expect(result.error).toBeInstanceOf(TargetRefusedError);
        // Private and ULA answers may be allow-listed; loopback and link-local never, whatever the name.
        expect(result.error!.message).toMatch(new RegExp(`^target host ${host.replace(/\./g, '\\.')} resolves to .*(allow-list it in TARGET_ALLOW_LIST to call it\\)|a host name never reaches it, allow-listed or not)$`));
      }
    },
  );

  test('allow-listing by CIDR lets a private answer through; by exact host or by .suffix, only inside the cluster\'s ranges', async () => {
    for (const allow of ['10.0.0.0/8', '10.96.0.10']) {
      expect(await lookup(allow, resolver, 'app.calvin-apps.svc.cluster.local', false)).toEqual({ error: null, address: '10.96.0.10', family: 4 });
    }
    for (const allow of ['app.calvin-apps.svc.cluster.local', '.calvin-apps.svc.cluster.local']) {
      // 10.96.0.10 is outside the default CLUSTER_CIDRS (10.244.0.0/16, 10.245.0.0/16)...
      const outside = await lookup(allow, resolver, 'app.calvin-apps.svc.cluster.local', false);
      expect(outside.error?.message).toBe('allow-listed host app.calvin-apps.svc.cluster.local resolves to 10.96.0.10, outside the cluster\'s Pod and Service ranges (CLUSTER_CIDRS 10.244.0.0/16,10.245.0.0/16)');
      // ...and inside a cluster whose Service range is 10.96.0.0/12.
      const inside = await within(2000, new Promise<Result>((resolve) => {
        guardedLookup(parseAllowList(allow, ['10.96.0.0/12']).list, resolver)('app.calvin-apps.svc.cluster.local', { all: false }, (error, address, family) => resolve({ error, address, family }));
      }), 'lookup');
      expect(inside).toEqual({ error: null, address: '10.96.0.10', family: 4 });
    }
    // Allow-listing one private network does not open another.
    const other = await lookup('192.168.0.0/16', resolver, 'app.calvin-apps.svc.cluster.local', false);
    expect(other.error).toBeInstanceOf(TargetRefusedError);
    // A mixed answer is allowed only when every refused address in it is allow-listed.
    expect((await lookup('10.0.0.0/8', resolver, 'rebind-last.example.test', true)).error).toBeNull();
    expect((await lookup('10.0.0.0/8', resolver, 'rebind-first.example.test', true)).error).toBeInstanceOf(TargetRefusedError);
  });

  // Issue 24: an allow-listed name (an ExternalName Service, a poisoned answer) reached these.
  test.each(['169.254.169.254', '127.0.0.1', '::1', '::ffff:169.254.169.254', '0.0.0.0', '100.100.100.200'])(
    'an allow-listed name resolving to %s is refused, whatever CIDR entries and cluster ranges say', async (address) => {
      const table = answers({ 'meta.calvin-apps.svc.cluster.local': [address] });
      const list = parseAllowList('.calvin-apps.svc.cluster.local,127.0.0.0/8', ['10.244.0.0/16', '10.245.0.0/16']).list;
      const result = await within(2000, new Promise<Result>((resolve) => {
        guardedLookup(list, table)('meta.calvin-apps.svc.cluster.local', { all: false }, (error, addr, family) => resolve({ error, address: addr, family }));
      }), 'lookup');
      expect(result.error).toBeInstanceOf(TargetRefusedError);
    },
  );

  test('a hop a redirect led to (catalogHop false) passes public answers only, whatever the allow-list', async () => {
    const list = parseAllowList('10.0.0.0/8,.calvin-apps.svc.cluster.local').list;
    const hop = (host: string): Promise<Result> => within(2000, new Promise<Result>((resolve) => {
      guardedLookup(list, resolver, false)(host, { all: false }, (error, address, family) => resolve({ error, address, family }));
    }), 'lookup');
    expect((await hop('public.example.test')).error).toBeNull();
    expect((await hop('private.example.test')).error?.message).toMatch(/^redirect target host private\.example\.test resolves to 10\.0\.0\.5 .*a redirect may only lead to a public address$/);
  });

  test('resolver failures and empty answers are errors, not refusals', async () => {
    const missing = await lookup('', resolver, 'nowhere.example.test', false);
    expect(missing.error?.code).toBe('ENOTFOUND');
    expect(missing.error).not.toBeInstanceOf(TargetRefusedError);
    const empty = await lookup('', resolver, 'empty.example.test', false);
    expect(empty.error?.code).toBe('ENOTFOUND');
    expect(empty.error?.message).toMatch(/resolved to no address/);
  });
});
