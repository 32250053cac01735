import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ClusterIssuer } from '../../../imports/cert-manager-clusterissuer';
import { addManifestTransform, ManifestTransform } from '../../core/api-object';
import { dnsLabel, dnsSubdomain, oneOf, PropProblems, uniqueId } from '../../core/validation';
import { checkKnownKeys, propKeys } from '../../core/prop-keys';
import { checkSecretKeyRef, SECRET_KEY_REF_KEYS, SecretKeyRef } from '../../workload';
import { CERT_MANAGER_NAMESPACE } from '../../../contracts/namespaces';

/** Let's Encrypt's ACME directories. Staging issues untrusted certificates under far higher rate limits. */
export const LETS_ENCRYPT_DIRECTORIES = {
  staging: 'https://acme-staging-v02.api.letsencrypt.org/directory',
  production: 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

/**
 * Which Let's Encrypt environment an issuer uses.
 * @category Constructs
 */
export type AcmeEnvironment = keyof typeof LETS_ENCRYPT_DIRECTORIES;
export const ACME_ENVIRONMENTS: readonly AcmeEnvironment[] = ['staging', 'production'];

// cert-manager's release namespace (contracts/namespaces.ts). A ClusterIssuer reads its Secrets from
// cert-manager's "cluster resource namespace", which is the namespace cert-manager runs in.
export { CERT_MANAGER_NAMESPACE };

/** Where the DNS-01 solver reads the DigitalOcean API token, unless the issuer says otherwise. */
export const DEFAULT_DNS_TOKEN_SECRET: SecretKeyRef = Object.freeze({ secret: 'digitalocean-dns', key: 'access-token' });

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;

/** What is wrong with an ACME account email (the construct's prop and the stack's `acmeEmail`), or undefined. */
export function acmeEmailProblem(v: unknown): string | undefined {
  return typeof v === 'string' && EMAIL.test(v) ? undefined : 'is not an email address';
}

/** @category Constructs */
export interface AcmeClusterIssuerProps {
  /**
   * The ACME account's email address: Let's Encrypt writes to it about the account (e.g. policy
   * changes). Required.
   */
  readonly email: string;

  /**
   * Let's Encrypt `staging` (untrusted certificates, generous rate limits: for first tries) or
   * `production` (trusted certificates, strict rate limits).
   * @default 'staging'
   */
  readonly environment?: AcmeEnvironment;

  /**
   * Name of the ClusterIssuer.
   * @default `letsencrypt-<environment>`
   */
  readonly name?: string;

  /**
   * The Secret key (in cert-manager's namespace) holding the DigitalOcean API token the DNS-01
   * solver writes `_acme-challenge` TXT records with. The Pulumi stack creates it from a config
   * secret; elsewhere create it yourself. Never put the token into a manifest.
   * @default { secret: 'digitalocean-dns', key: 'access-token' }
   */
  readonly dnsTokenSecret?: SecretKeyRef;

  /**
   * The namespace cert-manager runs in, where it reads a ClusterIssuer's Secrets.
   * @default 'cert-manager'
   */
  readonly certManagerNamespace?: string;

  /**
   * Edits the synthesized ClusterIssuer (e.g. a solver `selector`).
   * @default none
   */
  readonly transform?: ManifestTransform;
}

export const ACME_CLUSTER_ISSUER_KEYS = propKeys<AcmeClusterIssuerProps>('AcmeClusterIssuerProps', {
  email: true, environment: true, name: true, dnsTokenSecret: SECRET_KEY_REF_KEYS, certManagerNamespace: true, transform: true,
});

/**
 * A Secret key in a given namespace (what the stack must create for the issuer).
 * @category Constructs
 */
export interface NamespacedSecretKey {
  readonly namespace: string;
  readonly secret: string;
  readonly key: string;
}

/**
 * A cert-manager ClusterIssuer for Let's Encrypt that proves domain control with DNS-01 records
 * written through the DigitalOcean DNS API: the only challenge that can issue wildcard
 * certificates, and it needs nothing reachable from the internet.
 * @category Constructs
 */
export class AcmeClusterIssuer extends Construct {
  public readonly name: string;
  public readonly environment: AcmeEnvironment;
  /** The ACME directory URL. */
  public readonly server: string;
  public readonly email: string;
  /** The token Secret the solver reads; it must exist before a certificate can be issued. */
  public readonly dnsTokenSecret: NamespacedSecretKey;
  /** Where cert-manager keeps the ACME account's private key (it creates this Secret itself). */
  public readonly accountKeySecret: { readonly namespace: string; readonly secret: string };
  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: AcmeClusterIssuerProps) {
    super(scope, uniqueId(scope, id, 'AcmeClusterIssuer'));
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, ACME_CLUSTER_ISSUER_KEYS);
    checkAcmeClusterIssuerProps(problems, '', props);
    problems.throwIfAny();
    const token = props.dnsTokenSecret ?? DEFAULT_DNS_TOKEN_SECRET;

    this.environment = props.environment ?? 'staging';
    this.name = props.name ?? `letsencrypt-${this.environment}`;
    this.server = LETS_ENCRYPT_DIRECTORIES[this.environment];
    this.email = props.email;
    const namespace = props.certManagerNamespace ?? CERT_MANAGER_NAMESPACE;
    this.dnsTokenSecret = { namespace, secret: token.secret, key: token.key };
    this.accountKeySecret = { namespace, secret: `${this.name}-account-key` };

    this.resource = new ClusterIssuer(this, 'Resource', {
      metadata: { name: this.name },
      spec: {
        acme: {
          server: this.server,
          email: this.email,
          privateKeySecretRef: { name: this.accountKeySecret.secret },
          solvers: [{ dns01: { digitalocean: { tokenSecretRef: { name: token.secret, key: token.key } } } }],
        },
      },
    });
    addManifestTransform(this.resource, props.transform);
  }
}

/**
 * Records every problem of issuer props given as `field` (a prefix such as `tls.issuer`, or '' for
 * the construct's own props); true when they are usable. PlatformStack checks its `tls.issuer`
 * with it, so its errors name the stack's field.
 */
export function checkAcmeClusterIssuerProps(problems: PropProblems, field: string, props: unknown): boolean {
  const at = (name: string): string => (field ? `${field}.${name}` : name);
  if (props === null || typeof props !== 'object') {
    problems.add(field || 'props', props, 'is not an issuer ({ email: "ops@example.org", environment?: "staging" | "production" })');
    return false;
  }
  const before = problems.count;
  const issuer = props as AcmeClusterIssuerProps;
  if (issuer.email === undefined) problems.add(at('email'), issuer.email, 'is required (the ACME account\'s contact, e.g. "ops@example.org")');
  else problems.check(at('email'), issuer.email, acmeEmailProblem);
  problems.check(at('environment'), issuer.environment, oneOf(ACME_ENVIRONMENTS, 'use staging until issuing works, then production'));
  problems.check(at('name'), issuer.name, dnsSubdomain);
  problems.check(at('certManagerNamespace'), issuer.certManagerNamespace, dnsLabel());
  if (issuer.dnsTokenSecret !== undefined) {
    checkSecretKeyRef(problems, at('dnsTokenSecret'), issuer.dnsTokenSecret, { secretHint: 'the Secret in cert-manager\'s namespace' });
  }
  return problems.count === before;
}
