import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { propKeys } from '../../core/prop-keys';
import { dnsSubdomain, PropProblems } from '../../core/validation';
import { ACME_CLUSTER_ISSUER_KEYS, AcmeClusterIssuer, AcmeClusterIssuerProps, checkAcmeClusterIssuerProps } from './acme-cluster-issuer';
import { certificateCovers, certificateDnsName, wildcardOf } from './host-coverage';
import { TlsCertificate } from './tls-certificate';

/** @category Constructs */
export interface PlatformTlsProps {
  /**
   * Let's Encrypt with the DNS-01 solver for DigitalOcean: a ClusterIssuer, and in every namespace
   * that serves public apps a wildcard Certificate for `*.<domain>`. Set this or `certificateSecret`.
   * @default none: required unless `certificateSecret` is set
   */
  readonly issuer?: AcmeClusterIssuerProps;

  /**
   * Name of the Secret each namespace's wildcard Certificate writes (and every DomainMapping there
   * names).
   * @default 'wildcard-tls'
   */
  readonly wildcardSecretName?: string;

  /**
   * Bring your own certificate: a `kubernetes.io/tls` Secret you create in every namespace with
   * public apps (e.g. a Cloudflare origin certificate when Cloudflare terminates TLS in front).
   * No issuer and no Certificate are synthesized, and renewal is yours. Set this or `issuer`.
   * @default none: cert-manager issues the certificates (`issuer`)
   */
  readonly certificateSecret?: string;

  /**
   * The DNS names your certificate covers (with `certificateSecret` only), so that a public
   * hostname it does not cover fails at synth instead of in the browser.
   * @default [`*.<domain>`]
   */
  readonly certificateDnsNames?: string[];
}

export const PLATFORM_TLS_KEYS = propKeys<PlatformTlsProps>('PlatformTlsProps', {
  issuer: ACME_CLUSTER_ISSUER_KEYS, wildcardSecretName: true, certificateSecret: true, certificateDnsNames: true,
});

/**
 * How a public host is served over TLS: the Secret its DomainMapping names, and what it covers.
 * @category Constructs
 */
export interface HostTls {
  readonly secretName: string;
  readonly dnsNames: readonly string[];
  /** The Certificate that writes the Secret; undefined for a certificate of your own. */
  readonly certificate?: TlsCertificate;
}

/**
 * A public app as the platform's TLS sees it.
 * @category Constructs
 */
export interface PublicHost extends IConstruct {
  readonly name: string;
  readonly namespace: string;
  readonly hostname?: string;
  /** Hosts served beside `hostname` by the same certificate (a rollout's `candidate-<hostname>`). */
  readonly tagHostnames?: readonly string[];
}

export const DEFAULT_WILDCARD_SECRET_NAME = 'wildcard-tls';

/**
 * Records every problem of a PlatformStack's `tls` prop. `undefined` (the prop left out) and
 * `false` (plain HTTP) are valid here: whether TLS was needed is known once an app is public.
 */
export function checkPlatformTlsProps(problems: PropProblems, tls: unknown): void {
  if (tls === undefined || tls === false) return;
  const expected = 'is not a TLS setting ({ issuer: { email } } for Let\'s Encrypt, { certificateSecret } for a certificate of your own, or false for plain HTTP)';
  if (tls === null || typeof tls !== 'object' || Array.isArray(tls)) {
    problems.add('tls', tls, expected);
    return;
  }
  const props = tls as PlatformTlsProps;
  if (props.issuer === undefined && props.certificateSecret === undefined) {
    problems.add('tls.issuer', props.issuer, 'is required (e.g. { email: "ops@example.org" }), unless tls.certificateSecret names a certificate of your own; tls: false serves plain HTTP');
  }
  if (props.issuer !== undefined && props.certificateSecret !== undefined) {
    problems.add('tls.certificateSecret', props.certificateSecret, 'cannot be combined with tls.issuer (either cert-manager issues the certificates, or you bring one)');
  }
  if (props.issuer !== undefined) checkAcmeClusterIssuerProps(problems, 'tls.issuer', props.issuer);
  problems.check('tls.wildcardSecretName', props.wildcardSecretName, dnsSubdomain);
  if (props.wildcardSecretName !== undefined && props.certificateSecret !== undefined) {
    problems.add('tls.wildcardSecretName', props.wildcardSecretName, 'names the Secret of the issued wildcard certificates; with tls.certificateSecret there are none');
  }
  problems.check('tls.certificateSecret', props.certificateSecret, dnsSubdomain);
  if (props.certificateDnsNames !== undefined) {
    if (props.certificateSecret === undefined) problems.add('tls.certificateDnsNames', props.certificateDnsNames, 'describes tls.certificateSecret, which is not set');
    if (!Array.isArray(props.certificateDnsNames) || props.certificateDnsNames.length === 0) {
      problems.add('tls.certificateDnsNames', props.certificateDnsNames, 'is not a non-empty list of DNS names');
    } else {
      props.certificateDnsNames.forEach((name, i) => problems.check(`tls.certificateDnsNames[${i}]`, name, certificateDnsName));
    }
  }
}

/**
 * The platform's TLS: the ClusterIssuer (or your certificate's Secret), and one wildcard
 * Certificate per namespace that serves public apps, created when the first public app of that
 * namespace asks for it. A namespace added later (a tenant's) gets its own the same way, because
 * a Secret can only be used by DomainMappings of its own namespace.
 * @category Constructs
 */
export class PlatformTls extends Construct {
  /** The ClusterIssuer; undefined with a certificate of your own. */
  public readonly issuer?: AcmeClusterIssuer;
  public readonly domain: string;
  /** The Secret every public DomainMapping of a namespace names (issued or yours). */
  public readonly wildcardSecretName: string;
  /** What the namespace-wide certificate covers. */
  public readonly wildcardDnsNames: readonly string[];
  private readonly wildcards = new Map<string, TlsCertificate>();

  /** `props` must have passed checkPlatformTlsProps. */
  public constructor(scope: Construct, id: string, domain: string, props: PlatformTlsProps) {
    super(scope, id);
    this.domain = domain;
    if (props.certificateSecret !== undefined) {
      this.wildcardSecretName = props.certificateSecret;
      this.wildcardDnsNames = [...(props.certificateDnsNames ?? [wildcardOf(domain)])];
    } else {
      this.issuer = new AcmeClusterIssuer(this, 'Issuer', props.issuer!);
      this.wildcardSecretName = props.wildcardSecretName ?? DEFAULT_WILDCARD_SECRET_NAME;
      this.wildcardDnsNames = [wildcardOf(domain)];
    }
  }

  /** The wildcard Certificates created so far, one per namespace with public apps. */
  public get certificates(): TlsCertificate[] {
    return Array.from(this.wildcards.values());
  }

  /**
   * How `app`'s public host is served: by a Certificate of its own (`dedicated`), else by its
   * namespace's wildcard certificate (created on first use, after `namespaceObject`). Throws,
   * naming the app's path, when the certificate would not cover the host.
   */
  public serve(app: PublicHost, namespaceObject: ApiObject, dedicated: boolean, appsDomain: string = this.domain): HostTls {
    const host = app.hostname!;
    // A rollout's tag hosts are served with the app's own certificate, so it must cover them too.
    const hosts = [host, ...(app.tagHostnames ?? [])];
    const problems = new PropProblems(app);
    if (dedicated) {
      if (!this.issuer) {
        problems.add('dedicatedCertificate', true, 'needs the platform\'s issuer (tls.issuer); with tls.certificateSecret the certificates are yours');
        problems.throwIfAny();
      }
      const secretName = `${app.name}-tls`;
      if (secretName === this.wildcardSecretName) {
        problems.add('dedicatedCertificate', true, `would write Secret "${secretName}", the namespace's wildcard certificate Secret (rename the app or set tls.wildcardSecretName)`);
        problems.throwIfAny();
      }
      const certificate = new TlsCertificate(app, 'Certificate', {
        namespace: app.namespace, dnsNames: hosts, secretName, clusterIssuer: this.issuer!.name,
      });
      certificate.resource.addDependency(namespaceObject);
      return { secretName: certificate.secretName, dnsNames: certificate.dnsNames, certificate };
    }
    // An issued wildcard is per namespace, for its apps' domain: a tenant's is `*.<tenant>.<domain>`.
    const dnsNames = this.issuer ? [wildcardOf(appsDomain)] : this.wildcardDnsNames;
    for (const uncovered of hosts.filter((name) => !certificateCovers(dnsNames, name))) {
      const names = dnsNames.join(', ');
      problems.add(uncovered === host ? 'hostname' : 'rollout', uncovered, this.issuer
        ? `is not covered by the certificate of namespace ${app.namespace} (${names}; a wildcard covers exactly one label): set dedicatedCertificate: true to have one issued for this host`
        : `is not covered by the platform's certificate (tls.certificateDnsNames: ${names}; a wildcard covers exactly one label)`);
    }
    problems.throwIfAny();
    const certificate = this.issuer ? this.wildcardFor(app.namespace, namespaceObject, dnsNames) : undefined;
    return { secretName: this.wildcardSecretName, dnsNames, certificate };
  }

  private wildcardFor(namespace: string, namespaceObject: ApiObject, dnsNames: readonly string[]): TlsCertificate {
    let certificate = this.wildcards.get(namespace);
    if (!certificate) {
      certificate = new TlsCertificate(this, `Wildcard-${namespace}`, {
        namespace, dnsNames: [...dnsNames], secretName: this.wildcardSecretName, clusterIssuer: this.issuer!.name,
      });
      certificate.resource.addDependency(namespaceObject);
      this.wildcards.set(namespace, certificate);
    }
    return certificate;
  }
}
