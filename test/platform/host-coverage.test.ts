/**
 * The host-coverage rule the constructs check public hostnames with, held against Node's own TLS
 * client check (`tls.checkServerIdentity`) on real certificates that openssl generates here.
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkServerIdentity } from 'node:tls';
import { certificateCovers, certificateDnsName, dnsNameCovers, wildcardOf } from '../../constructs';

/** The subjectAltName DNS names of each certificate (the CN never matches: Node ignores it when there are DNS SANs). */
const CERTIFICATES: string[][] = [
  ['*.example.org'],
  ['*.example.org', 'example.org'],
  ['a.b.example.org'],
  ['*.b.example.org', 'api.example.org'],
  ['*.org'],
  ['xn--bcher-kva.example.org'],
];

const HOSTS = [
  'a.example.org', 'A.Example.ORG', 'example.org', 'a.b.example.org', 'b.example.org', 'c.b.example.org', 'x.a.b.example.org',
  'api.example.org', 'xn--bcher-kva.example.org', 'a.example.org.', 'a.example.com', 'org', 'example.org.evil.com',
  'aexample.org', 'my-app.example.org', 'candidate-my-app.example.org',
];

let work: string;
const legacy = new Map<string, ReturnType<X509Certificate['toLegacyObject']>>();

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-coverage-'));
  CERTIFICATES.forEach((names, i) => {
    const cert = path.join(work, `${i}.pem`);
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-keyout', path.join(work, `${i}.key`), '-out', cert, '-subj', '/CN=calvin-coverage-test',
      '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
    ], { stdio: 'pipe' });
    legacy.set(names.join(','), new X509Certificate(fs.readFileSync(cert)).toLegacyObject());
  });
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('certificateCovers agrees with Node\'s tls.checkServerIdentity', () => {
  const cases = CERTIFICATES.flatMap((names) => HOSTS.map((host) => [names.join(','), host] as const));

  test.each(cases)('certificate %s, host %s', (names, host) => {
    const certificate = legacy.get(names)!;
    // The generated certificate really carries these names.
    expect(certificate.subjectaltname).toBe(names.split(',').map((n) => `DNS:${n}`).join(', '));
    const node = checkServerIdentity(host, certificate) === undefined;
    expect(certificateCovers(names.split(','), host)).toBe(node);
  });

  test('the table has both answers, and the cases the platform relies on come out as documented', () => {
    const nodeSays = (names: string[], host: string) => checkServerIdentity(host, legacy.get(names.join(','))!) === undefined;
    const answers = cases.map(([names, host]) => nodeSays(names.split(','), host));
    expect(answers.filter(Boolean).length).toBeGreaterThan(8);
    expect(answers.filter((a) => !a).length).toBeGreaterThan(40);
    // A wildcard covers exactly one label: not two, not none.
    expect([nodeSays(['*.example.org'], 'a.example.org'), dnsNameCovers('*.example.org', 'a.example.org')]).toEqual([true, true]);
    expect([nodeSays(['*.example.org'], 'a.b.example.org'), dnsNameCovers('*.example.org', 'a.b.example.org')]).toEqual([false, false]);
    expect([nodeSays(['*.example.org'], 'example.org'), dnsNameCovers('*.example.org', 'example.org')]).toEqual([false, false]);
    expect([nodeSays(['*.org'], 'example.org'), dnsNameCovers('*.org', 'example.org')]).toEqual([false, false]);
  });
});

describe('certificate DNS names the constructs accept', () => {
  test.each([['*.example.org'], ['example.org'], ['a.b.example.org'], [wildcardOf('apps.example.com')]])('%s is accepted', (name) => {
    expect(certificateDnsName(name)).toBeUndefined();
  });

  test.each([['*.org'], ['a*.example.org'], ['*.*.example.org'], ['a.*.example.org'], ['Example.org'], ['org'], [''], [7]])('%s is refused', (name) => {
    expect(certificateDnsName(name)).toMatch(/^is not a certificate DNS name/);
  });
});
