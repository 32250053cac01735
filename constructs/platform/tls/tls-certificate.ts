import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { Certificate } from '../../../imports/cert-manager-certificate';
import { addManifestTransform, ManifestTransform } from '../../core/api-object';
import { checkKnownKeys, propKeys } from '../../core/prop-keys';
import { dnsLabel, dnsSubdomain, PropProblems, uniqueId } from '../../core/validation';
import { certificateCovers, certificateDnsName } from './host-coverage';

/**
 * The label Knative's ingress can filter TLS Secrets by (net-kourier with
 * `ENABLE_SECRET_INFORMER_FILTERING_BY_CERT_UID`): set on every Secret the platform's certificates
 * write, so they are seen either way.
 */
export const KNATIVE_CERTIFICATE_UID_LABEL = 'networking.internal.knative.dev/certificate-uid';

/** @category Constructs */
export interface TlsCertificateProps {
  /** Namespace of the Certificate and of the Secret it writes (the namespace of the DomainMappings that use it). */
  readonly namespace: string;
  /** The names it covers: host names, or `*.` and a parent domain (one label wide). */
  readonly dnsNames: string[];
  /** The Secret (type `kubernetes.io/tls`) cert-manager writes the key and certificate chain into. */
  readonly secretName: string;
  /** The ClusterIssuer that signs it. */
  readonly clusterIssuer: string;
  /**
   * Edits the synthesized Certificate.
   * @default none
   */
  readonly transform?: ManifestTransform;
}

const TLS_CERTIFICATE_KEYS = propKeys<TlsCertificateProps>('TlsCertificateProps', {
  namespace: true, dnsNames: true, secretName: true, clusterIssuer: true, transform: true,
});

/**
 * A cert-manager Certificate: cert-manager issues it from the ClusterIssuer, writes it into a
 * Secret in the same namespace, and renews it before it expires (by default a third of its
 * lifetime before: day 60 of Let's Encrypt's 90).
 * @category Constructs
 */
export class TlsCertificate extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  public readonly dnsNames: readonly string[];
  public readonly secretName: string;
  public readonly clusterIssuer: string;
  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: TlsCertificateProps) {
    super(scope, uniqueId(scope, id, 'TlsCertificate'));
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, TLS_CERTIFICATE_KEYS);
    problems.check('namespace', props.namespace, dnsLabel());
    problems.check('secretName', props.secretName, dnsSubdomain);
    problems.check('clusterIssuer', props.clusterIssuer, dnsSubdomain);
    if (!Array.isArray(props.dnsNames) || props.dnsNames.length === 0) problems.add('dnsNames', props.dnsNames, 'is not a non-empty list of DNS names');
    else props.dnsNames.forEach((name, i) => problems.check(`dnsNames[${i}]`, name, certificateDnsName));
    problems.throwIfAny();

    // Named after its Secret: one Certificate per Secret, and `kubectl get certificate` matches the DomainMapping's secretName.
    this.name = props.secretName;
    this.namespace = props.namespace;
    this.dnsNames = [...props.dnsNames];
    this.secretName = props.secretName;
    this.clusterIssuer = props.clusterIssuer;
    this.resource = new Certificate(this, 'Resource', {
      metadata: { name: this.name, namespace: this.namespace },
      spec: {
        secretName: this.secretName,
        dnsNames: [...this.dnsNames],
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: this.clusterIssuer },
        secretTemplate: { labels: { [KNATIVE_CERTIFICATE_UID_LABEL]: this.name } },
      },
    });
    addManifestTransform(this.resource, props.transform);
  }

  /** Whether the certificate serves `host` (a wildcard covers exactly one label). */
  public covers(host: string): boolean {
    return certificateCovers(this.dnsNames, host);
  }
}
