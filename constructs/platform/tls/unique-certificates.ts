/**
 * Let's Encrypt issues at most 5 certificates for an identical set of names per 7 days (its
 * "Duplicate Certificate" limit), and 50 per registered domain per 7 days. A namespace needs its
 * certificate's Secret in itself, so one wildcard per namespace for the same `*.<domain>` would
 * stop issuing at the sixth namespace in a week. The platform therefore gives every namespace its
 * own set of names (`*.<tenant>.<domain>` for a tenant) and checks at synth that no two
 * Certificates ask for the same set.
 */
import { IConstruct } from 'constructs';
import { TlsCertificate } from './tls-certificate';

/** One problem per Certificate whose set of DNS names an earlier one (in construct order) already asks for. */
export function duplicateCertificateProblems(root: IConstruct): string[] {
  const seen = new Map<string, TlsCertificate>();
  const problems: string[] = [];
  for (const certificate of root.node.findAll().filter((c): c is TlsCertificate => c instanceof TlsCertificate)) {
    const key = [...new Set(certificate.dnsNames)].sort().join(',');
    const first = seen.get(key);
    if (first) {
      problems.push(`${certificate.node.path}: dnsNames ${JSON.stringify(certificate.dnsNames)} are the same names as ${first.node.path} asks for `
        + `(in namespace ${first.namespace}); Let's Encrypt issues at most 5 certificates per identical set of names per 7 days, `
        + 'so each namespace needs names of its own (a tenant\'s apps are under *.<tenant>.<domain>)');
    } else {
      seen.set(key, certificate);
    }
  }
  return problems;
}
