/**
 * Which host names a certificate serves: the matching rule of TLS clients for DNS names in a
 * certificate's subjectAltName (RFC 6125 §6.4.3, as browsers, curl and Node's
 * `tls.checkServerIdentity` apply it). One module, used by the constructs when they check a public
 * hostname against its certificate and by the tests that hold the rule against Node's.
 *
 * Only the names an ACME CA issues are accepted as certificate names: a host name, or `*.` followed
 * by a host name of at least two labels. Partial-label wildcards (`a*.example.org`) are refused by
 * `certificateDnsName`, so the rule never needs them.
 */

/** `*.<domain>`: the wildcard name that covers every single-label host under `domain`. */
export function wildcardOf(domain: string): string {
  return `*.${domain}`;
}

/** A host name as compared: lowercase, without the root's trailing dot. */
function normal(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * Whether the certificate name `pattern` covers `host`. A wildcard stands for exactly one whole
 * label, the leftmost: `*.example.org` covers `a.example.org`, not `a.b.example.org` and not
 * `example.org`; a wildcard over fewer than two labels (`*.org`) covers nothing.
 */
export function dnsNameCovers(pattern: string, host: string): boolean {
  const name = normal(pattern);
  const target = normal(host);
  if (name === '' || target === '' || target.split('.').includes('')) return false;
  if (!name.includes('*')) return name === target;
  if (!name.startsWith('*.') || name.indexOf('*', 1) !== -1) return false;
  const parent = name.slice(2);
  if (parent.split('.').length < 2 || parent.split('.').includes('')) return false;
  const dot = target.indexOf('.');
  return dot > 0 && target.slice(dot + 1) === parent;
}

/** Whether any of `dnsNames` covers `host`. */
export function certificateCovers(dnsNames: readonly string[], host: string): boolean {
  return dnsNames.some((name) => dnsNameCovers(name, host));
}

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Validator of a certificate DNS name: a fully qualified host name, or `*.` and one of at least two
 * labels (what Let's Encrypt issues); returns what is wrong, or undefined.
 */
export function certificateDnsName(v: unknown): string | undefined {
  const expected = 'is not a certificate DNS name (a host name such as "api.example.org", or "*." followed by one of at least two labels, such as "*.example.org")';
  if (typeof v !== 'string' || v.length > 253) return expected;
  const host = v.startsWith('*.') ? v.slice(2) : v;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => label.length <= 63 && LABEL.test(label)) ? undefined : expected;
}
