import { addressAllowed, embeddedIPv4, parseAllowList, refusedAddressReason } from '../../worker/target-guard';

/**
 * The SSRF guard against the IANA IPv4 and IPv6 Special-Purpose Address Registries: one row per
 * range the black-box probe got through to connect() (issue 11), every range refused before, and
 * public addresses that must still pass.
 */

describe('the ranges the probe reached connect() with are refused', () => {
  test.each([
    ['2002:7f00:1::', '6to4 embedding 127.0.0.1', '127.0.0.1'],
    ['2002:a9fe:a9fe::1', '6to4 embedding the metadata service', '169.254.169.254'],
    ['64:ff9b:1::7f00:1', 'local-use NAT64 64:ff9b:1::/48 embedding 127.0.0.1', '127.0.0.1'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo, client 127.0.0.1 (XOR-ed)', '127.0.0.1'],
    ['2001:0:4136:e378:8000:63bf:5601:5601', 'Teredo, client 169.254.169.254 (XOR-ed)', '169.254.169.254'],
    ['::ffff:0:7f00:1', 'SIIT ::ffff:0:a.b.c.d embedding 127.0.0.1', '127.0.0.1'],
    ['::ffff:0:10.0.0.1', 'SIIT, dotted form', '10.0.0.1'],
  ])('%s (%s) is refused for the IPv4 it embeds', (address, _why, v4) => {
    expect(embeddedIPv4(address)).toBe(v4);
    expect(refusedAddressReason(address)).toContain(`embeds ${v4}`);
  });

  test.each([
    ['2002:808:808::1', '6to4 of a public address: 2002::/16 is not globally reachable'],
    ['64:ff9b:1::808:808', 'local-use NAT64 of a public address'],
    ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', 'Teredo, client 8.8.8.8'],
    ['::ffff:0:808:808', 'SIIT of a public address'],
    ['::808:808', 'IPv4-compatible (deprecated)'],
    ['192.0.2.1', 'TEST-NET-1 192.0.2.0/24'],
    ['198.51.100.77', 'TEST-NET-2 198.51.100.0/24'],
    ['203.0.113.254', 'TEST-NET-3 203.0.113.0/24'],
    ['2001:db8::1', 'documentation 2001:db8::/32'],
    ['2001:db8:ffff::1', 'documentation, far end'],
    ['192.88.99.1', '6to4 relay anycast 192.88.99.0/24'],
    ['100::1', 'discard-only 100::/64'],
    ['fec0::1', 'site-local fec0::/10 (deprecated)'],
    ['feff::1', 'site-local, last block'],
    ['2001:2::1', 'IPv6 benchmarking 2001:2::/48'],
    ['2001:10::1', 'ORCHID (deprecated) 2001:10::/28'],
    ['2001:20::1', 'ORCHIDv2 2001:20::/28'],
    ['3fff::1', 'documentation 3fff::/20'],
    ['5f00::1', 'SRv6 SIDs 5f00::/16'],
    ['100:0:0:1::1', 'dummy prefix 100:0:0:1::/64 (RFC 9780)'],
    ['192.0.0.9', 'IETF protocol assignments 192.0.0.0/24'],
    ['192.31.196.1', 'AS112-v4'],
    ['192.52.193.1', 'AMT'],
    ['192.175.48.1', 'direct delegation AS112'],
  ])('%s (%s) is refused', (address) => {
    const reason = refusedAddressReason(address);
    expect(reason).toEqual(expect.any(String));
    expect(reason).toContain(address);
  });
});

describe('the ranges refused before stay refused', () => {
  test.each([
    '0.0.0.0', '0.1.2.3', '10.0.0.1', '100.64.0.1', '127.0.0.1', '169.254.169.254', '172.16.0.1', '192.0.0.1', '192.168.0.1',
    '198.18.0.1', '198.19.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255',
    '::', '::1', 'fc00::1', 'fd00::1', 'fe80::1', 'febf::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', '64:ff9b::7f00:1',
  ])('%s', (address) => {
    expect(refusedAddressReason(address)).toContain(address);
  });
});

describe('public addresses pass', () => {
  test.each([
    '8.8.8.8', '1.1.1.1', '11.0.0.1', '172.32.0.1', '100.128.0.1', '192.0.1.255', '192.0.3.0', '198.17.255.255', '198.20.0.1',
    '198.51.99.255', '198.51.101.0', '203.0.112.255', '203.0.114.0', '192.88.98.255', '192.88.100.0', '223.255.255.255',
    '2606:4700:4700::1111', '2001:4860:4860::8888', '2a00:1450:4001::1', '2001:db9::1', '2003::1',
    '::ffff:8.8.8.8', '64:ff9b::808:808',
  ])('%s', (address) => {
    expect(refusedAddressReason(address)).toBeUndefined();
  });
});

test('an allow-listed IPv4 admits the transition forms that embed it', () => {
  const { list } = parseAllowList('127.0.0.1');
  expect(addressAllowed(list, '2002:7f00:1::')).toBe(true);
  expect(addressAllowed(list, '2001:0:4136:e378:8000:63bf:80ff:fffe')).toBe(true);
  expect(addressAllowed(list, '::ffff:0:7f00:1')).toBe(true);
  expect(addressAllowed(list, '2002:7f00:2::')).toBe(false);
});
