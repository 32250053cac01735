import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * An Issuer represents a certificate issuing authority which can be
referenced as part of `issuerRef` fields.
It is scoped to a single namespace and can therefore only be referenced by
resources within the same namespace.
 *
 * @schema Issuer
 */
export declare class Issuer extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Issuer"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Issuer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: IssuerProps): any;
    /**
     * Defines a "Issuer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: IssuerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * An Issuer represents a certificate issuing authority which can be
 * referenced as part of `issuerRef` fields.
 * It is scoped to a single namespace and can therefore only be referenced by
 * resources within the same namespace.
 *
 * @schema Issuer
 */
export interface IssuerProps {
    /**
     * @schema Issuer#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Desired state of the Issuer resource.
     *
     * @schema Issuer#spec
     */
    readonly spec: IssuerSpec;
}
/**
 * Converts an object of type 'IssuerProps' to JSON representation.
 */
export declare function toJson_IssuerProps(obj: IssuerProps | undefined): Record<string, any> | undefined;
/**
 * Desired state of the Issuer resource.
 *
 * @schema IssuerSpec
 */
export interface IssuerSpec {
    /**
     * ACME configures this issuer to communicate with a RFC8555 (ACME) server
     * to obtain signed x509 certificates.
     *
     * @schema IssuerSpec#acme
     */
    readonly acme?: IssuerSpecAcme;
    /**
     * CA configures this issuer to sign certificates using a signing CA keypair
     * stored in a Secret resource.
     * This is used to build internal PKIs that are managed by cert-manager.
     *
     * @schema IssuerSpec#ca
     */
    readonly ca?: IssuerSpecCa;
    /**
     * SelfSigned configures this issuer to 'self sign' certificates using the
     * private key used to create the CertificateRequest object.
     *
     * @schema IssuerSpec#selfSigned
     */
    readonly selfSigned?: IssuerSpecSelfSigned;
    /**
     * Vault configures this issuer to sign certificates using a HashiCorp Vault
     * PKI backend.
     *
     * @schema IssuerSpec#vault
     */
    readonly vault?: IssuerSpecVault;
    /**
     * Venafi configures this issuer to sign certificates using a CyberArk Certificate Manager Self-Hosted
     * or SaaS policy zone.
     *
     * @schema IssuerSpec#venafi
     */
    readonly venafi?: IssuerSpecVenafi;
}
/**
 * Converts an object of type 'IssuerSpec' to JSON representation.
 */
export declare function toJson_IssuerSpec(obj: IssuerSpec | undefined): Record<string, any> | undefined;
/**
 * ACME configures this issuer to communicate with a RFC8555 (ACME) server
 * to obtain signed x509 certificates.
 *
 * @schema IssuerSpecAcme
 */
export interface IssuerSpecAcme {
    /**
     * Base64-encoded bundle of PEM CAs which can be used to validate the certificate
     * chain presented by the ACME server.
     * Mutually exclusive with SkipTLSVerify; prefer using CABundle to prevent various
     * kinds of security vulnerabilities.
     * If CABundle and SkipTLSVerify are unset, the system certificate bundle inside
     * the container is used to validate the TLS connection.
     *
     * @schema IssuerSpecAcme#caBundle
     */
    readonly caBundle?: string;
    /**
     * Enables or disables generating a new ACME account key.
     * If true, the Issuer resource will *not* request a new account but will expect
     * the account key to be supplied via an existing secret.
     * If false, the cert-manager system will generate a new ACME account key
     * for the Issuer.
     * Defaults to false.
     *
     * @default false.
     * @schema IssuerSpecAcme#disableAccountKeyGeneration
     */
    readonly disableAccountKeyGeneration?: boolean;
    /**
     * Email is the email address to be associated with the ACME account.
     * This field is optional, but it is strongly recommended to be set.
     * It will be used to contact you in case of issues with your account or
     * certificates, including expiry notification emails.
     * This field may be updated after the account is initially registered.
     *
     * @schema IssuerSpecAcme#email
     */
    readonly email?: string;
    /**
     * Enables requesting a Not After date on certificates that matches the
     * duration of the certificate. This is not supported by all ACME servers
     * like Let's Encrypt. If set to true when the ACME server does not support
     * it, it will create an error on the Order.
     * Defaults to false.
     *
     * @default false.
     * @schema IssuerSpecAcme#enableDurationFeature
     */
    readonly enableDurationFeature?: boolean;
    /**
     * ExternalAccountBinding is a reference to a CA external account of the ACME
     * server.
     * If set, upon registration cert-manager will attempt to associate the given
     * external account credentials with the registered ACME account.
     *
     * @schema IssuerSpecAcme#externalAccountBinding
     */
    readonly externalAccountBinding?: IssuerSpecAcmeExternalAccountBinding;
    /**
     * PreferredChain is the chain to use if the ACME server outputs multiple.
     * PreferredChain is no guarantee that this one gets delivered by the ACME
     * endpoint.
     * For example, for Let's Encrypt's DST cross-sign you would use:
     * "DST Root CA X3" or "ISRG Root X1" for the newer Let's Encrypt root CA.
     * This value picks the first certificate bundle in the combined set of
     * ACME default and alternative chains that has a root-most certificate with
     * this value as its issuer's commonname.
     *
     * @schema IssuerSpecAcme#preferredChain
     */
    readonly preferredChain?: string;
    /**
     * PrivateKey is the name of a Kubernetes Secret resource that will be used to
     * store the automatically generated ACME account private key.
     * Optionally, a `key` may be specified to select a specific entry within
     * the named Secret resource.
     * If `key` is not specified, a default of `tls.key` will be used.
     *
     * @schema IssuerSpecAcme#privateKeySecretRef
     */
    readonly privateKeySecretRef: IssuerSpecAcmePrivateKeySecretRef;
    /**
     * Profile allows requesting a certificate profile from the ACME server.
     * Supported profiles are listed by the server's ACME directory URL.
     *
     * @schema IssuerSpecAcme#profile
     */
    readonly profile?: string;
    /**
     * RenewalInformationSource allows fetching ACME Renewal Information from the ACME CA
     * server. Default is `ARI`.
     *
     * @default ARI`.
     * @schema IssuerSpecAcme#renewalInformationSource
     */
    readonly renewalInformationSource?: IssuerSpecAcmeRenewalInformationSource;
    /**
     * Server is the URL used to access the ACME server's 'directory' endpoint.
     * For example, for Let's Encrypt's staging endpoint, you would use:
     * "https://acme-staging-v02.api.letsencrypt.org/directory".
     * Only ACME v2 endpoints (i.e. RFC 8555) are supported.
     *
     * @schema IssuerSpecAcme#server
     */
    readonly server: string;
    /**
     * INSECURE: Enables or disables validation of the ACME server TLS certificate.
     * If true, requests to the ACME server will not have the TLS certificate chain
     * validated.
     * Mutually exclusive with CABundle; prefer using CABundle to prevent various
     * kinds of security vulnerabilities.
     * Only enable this option in development environments.
     * If CABundle and SkipTLSVerify are unset, the system certificate bundle inside
     * the container is used to validate the TLS connection.
     * Defaults to false.
     *
     * @default false.
     * @schema IssuerSpecAcme#skipTLSVerify
     */
    readonly skipTlsVerify?: boolean;
    /**
     * Solvers is a list of challenge solvers that will be used to solve
     * ACME challenges for the matching domains.
     * Solver configurations must be provided in order to obtain certificates
     * from an ACME server, unless the ACME server pre-authorizes every
     * identifier on every order, including renewals, out of band
     * (e.g. pre-validated domains), in which case solvers may be omitted
     * and no Challenge resources will be created. If any identifier on an
     * order is not pre-authorized and no solver matches it, the order will
     * remain pending indefinitely, with only a Warning event recorded
     * against it.
     * For more information, see: https://cert-manager.io/docs/configuration/acme/
     *
     * @schema IssuerSpecAcme#solvers
     */
    readonly solvers?: IssuerSpecAcmeSolvers[];
}
/**
 * Converts an object of type 'IssuerSpecAcme' to JSON representation.
 */
export declare function toJson_IssuerSpecAcme(obj: IssuerSpecAcme | undefined): Record<string, any> | undefined;
/**
 * CA configures this issuer to sign certificates using a signing CA keypair
 * stored in a Secret resource.
 * This is used to build internal PKIs that are managed by cert-manager.
 *
 * @schema IssuerSpecCa
 */
export interface IssuerSpecCa {
    /**
     * The CRL distribution points is an X.509 v3 certificate extension which identifies
     * the location of the CRL from which the revocation of this certificate can be checked.
     * If not set, certificates will be issued without distribution points set.
     *
     * @schema IssuerSpecCa#crlDistributionPoints
     */
    readonly crlDistributionPoints?: string[];
    /**
     * IssuingCertificateURLs is a list of URLs which this issuer should embed into certificates
     * it creates. See https://www.rfc-editor.org/rfc/rfc5280#section-4.2.2.1 for more details.
     * As an example, such a URL might be "http://ca.domain.com/ca.crt".
     *
     * @schema IssuerSpecCa#issuingCertificateURLs
     */
    readonly issuingCertificateUrLs?: string[];
    /**
     * The OCSP server list is an X.509 v3 extension that defines a list of
     * URLs of OCSP responders. The OCSP responders can be queried for the
     * revocation status of an issued certificate. If not set, the
     * certificate will be issued with no OCSP servers set. For example, an
     * OCSP server URL could be "http://ocsp.int-x3.letsencrypt.org".
     *
     * @schema IssuerSpecCa#ocspServers
     */
    readonly ocspServers?: string[];
    /**
     * SecretName is the name of the secret used to sign Certificates issued
     * by this Issuer.
     *
     * @schema IssuerSpecCa#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'IssuerSpecCa' to JSON representation.
 */
export declare function toJson_IssuerSpecCa(obj: IssuerSpecCa | undefined): Record<string, any> | undefined;
/**
 * SelfSigned configures this issuer to 'self sign' certificates using the
 * private key used to create the CertificateRequest object.
 *
 * @schema IssuerSpecSelfSigned
 */
export interface IssuerSpecSelfSigned {
    /**
     * The CRL distribution points is an X.509 v3 certificate extension which identifies
     * the location of the CRL from which the revocation of this certificate can be checked.
     * If not set certificate will be issued without CDP. Values are strings.
     *
     * @schema IssuerSpecSelfSigned#crlDistributionPoints
     */
    readonly crlDistributionPoints?: string[];
}
/**
 * Converts an object of type 'IssuerSpecSelfSigned' to JSON representation.
 */
export declare function toJson_IssuerSpecSelfSigned(obj: IssuerSpecSelfSigned | undefined): Record<string, any> | undefined;
/**
 * Vault configures this issuer to sign certificates using a HashiCorp Vault
 * PKI backend.
 *
 * @schema IssuerSpecVault
 */
export interface IssuerSpecVault {
    /**
     * Auth configures how cert-manager authenticates with the Vault server.
     *
     * @schema IssuerSpecVault#auth
     */
    readonly auth: IssuerSpecVaultAuth;
    /**
     * Base64-encoded bundle of PEM CAs which will be used to validate the certificate
     * chain presented by Vault. Only used if using HTTPS to connect to Vault and
     * ignored for HTTP connections.
     * Mutually exclusive with CABundleSecretRef.
     * If neither CABundle nor CABundleSecretRef are defined, the certificate bundle in
     * the cert-manager controller container is used to validate the TLS connection.
     *
     * @schema IssuerSpecVault#caBundle
     */
    readonly caBundle?: string;
    /**
     * Reference to a Secret containing a bundle of PEM-encoded CAs to use when
     * verifying the certificate chain presented by Vault when using HTTPS.
     * Mutually exclusive with CABundle.
     * If neither CABundle nor CABundleSecretRef are defined, the certificate bundle in
     * the cert-manager controller container is used to validate the TLS connection.
     * If no key for the Secret is specified, cert-manager will default to 'ca.crt'.
     *
     * @schema IssuerSpecVault#caBundleSecretRef
     */
    readonly caBundleSecretRef?: IssuerSpecVaultCaBundleSecretRef;
    /**
     * Reference to a Secret containing a PEM-encoded Client Certificate to use when the
     * Vault server requires mTLS.
     *
     * @schema IssuerSpecVault#clientCertSecretRef
     */
    readonly clientCertSecretRef?: IssuerSpecVaultClientCertSecretRef;
    /**
     * Reference to a Secret containing a PEM-encoded Client Private Key to use when the
     * Vault server requires mTLS.
     *
     * @schema IssuerSpecVault#clientKeySecretRef
     */
    readonly clientKeySecretRef?: IssuerSpecVaultClientKeySecretRef;
    /**
     * Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1"
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     *
     * @schema IssuerSpecVault#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the Vault PKI backend's `sign` endpoint, e.g:
     * "my_pki_mount/sign/my-role-name".
     *
     * @schema IssuerSpecVault#path
     */
    readonly path: string;
    /**
     * Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
     *
     * @schema IssuerSpecVault#server
     */
    readonly server: string;
    /**
     * ServerName is used to verify the hostname on the returned certificates
     * by the Vault server.
     *
     * @schema IssuerSpecVault#serverName
     */
    readonly serverName?: string;
}
/**
 * Converts an object of type 'IssuerSpecVault' to JSON representation.
 */
export declare function toJson_IssuerSpecVault(obj: IssuerSpecVault | undefined): Record<string, any> | undefined;
/**
 * Venafi configures this issuer to sign certificates using a CyberArk Certificate Manager Self-Hosted
 * or SaaS policy zone.
 *
 * @schema IssuerSpecVenafi
 */
export interface IssuerSpecVenafi {
    /**
     * Cloud specifies the CyberArk Certificate Manager SaaS configuration settings.
     * Only one of CyberArk Certificate Manager may be specified.
     *
     * @schema IssuerSpecVenafi#cloud
     */
    readonly cloud?: IssuerSpecVenafiCloud;
    /**
     * NGTS specifies Palo Alto Networks Next Generation Trust Services (NGTS) configuration
     * using OAuth 2.0 Client Credentials. Only one of tpp, cloud, or ngts may be specified.
     *
     * @schema IssuerSpecVenafi#ngts
     */
    readonly ngts?: IssuerSpecVenafiNgts;
    /**
     * TPP specifies CyberArk Certificate Manager Self-Hosted configuration settings.
     * Only one of CyberArk Certificate Manager may be specified.
     *
     * @schema IssuerSpecVenafi#tpp
     */
    readonly tpp?: IssuerSpecVenafiTpp;
    /**
     * Zone is the Certificate Manager Policy Zone to use for this issuer.
     * All requests made to the Certificate Manager platform will be restricted by the named
     * zone policy.
     * This field is required.
     *
     * @schema IssuerSpecVenafi#zone
     */
    readonly zone: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafi' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafi(obj: IssuerSpecVenafi | undefined): Record<string, any> | undefined;
/**
 * ExternalAccountBinding is a reference to a CA external account of the ACME
 * server.
 * If set, upon registration cert-manager will attempt to associate the given
 * external account credentials with the registered ACME account.
 *
 * @schema IssuerSpecAcmeExternalAccountBinding
 */
export interface IssuerSpecAcmeExternalAccountBinding {
    /**
     * Deprecated: keyAlgorithm field exists for historical compatibility
     * reasons and should not be used. The algorithm is now hardcoded to HS256
     * in golang/x/crypto/acme.
     *
     * @schema IssuerSpecAcmeExternalAccountBinding#keyAlgorithm
     */
    readonly keyAlgorithm?: IssuerSpecAcmeExternalAccountBindingKeyAlgorithm;
    /**
     * keyID is the ID of the CA key that the External Account is bound to.
     *
     * @schema IssuerSpecAcmeExternalAccountBinding#keyID
     */
    readonly keyId: string;
    /**
     * keySecretRef is a Secret Key Selector referencing a data item in a Kubernetes
     * Secret which holds the symmetric MAC key of the External Account Binding.
     * The `key` is the index string that is paired with the key data in the
     * Secret and should not be confused with the key data itself, or indeed with
     * the External Account Binding keyID above.
     * The secret key stored in the Secret **must** be un-padded, base64 URL
     * encoded data.
     *
     * @schema IssuerSpecAcmeExternalAccountBinding#keySecretRef
     */
    readonly keySecretRef: IssuerSpecAcmeExternalAccountBindingKeySecretRef;
}
/**
 * Converts an object of type 'IssuerSpecAcmeExternalAccountBinding' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeExternalAccountBinding(obj: IssuerSpecAcmeExternalAccountBinding | undefined): Record<string, any> | undefined;
/**
 * PrivateKey is the name of a Kubernetes Secret resource that will be used to
 * store the automatically generated ACME account private key.
 * Optionally, a `key` may be specified to select a specific entry within
 * the named Secret resource.
 * If `key` is not specified, a default of `tls.key` will be used.
 *
 * @schema IssuerSpecAcmePrivateKeySecretRef
 */
export interface IssuerSpecAcmePrivateKeySecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmePrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmePrivateKeySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmePrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmePrivateKeySecretRef(obj: IssuerSpecAcmePrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * RenewalInformationSource allows fetching ACME Renewal Information from the ACME CA
 * server. Default is `ARI`.
 *
 * @default ARI`.
 * @schema IssuerSpecAcmeRenewalInformationSource
 */
export declare enum IssuerSpecAcmeRenewalInformationSource {
    /** ARI */
    ARI = "ARI",
    /** None */
    NONE = "None"
}
/**
 * An ACMEChallengeSolver describes how to solve ACME challenges for the issuer it is part of.
 * A selector may be provided to use different solving strategies for different DNS names.
 * Only one of HTTP01 or DNS01 must be provided.
 *
 * @schema IssuerSpecAcmeSolvers
 */
export interface IssuerSpecAcmeSolvers {
    /**
     * Configures cert-manager to attempt to complete authorizations by
     * performing the DNS01 challenge flow.
     *
     * @schema IssuerSpecAcmeSolvers#dns01
     */
    readonly dns01?: IssuerSpecAcmeSolversDns01;
    /**
     * Selector selects a set of DNSNames on the Certificate resource that
     * should be solved using this challenge solver.
     * If not specified, the solver will be treated as the 'default' solver
     * with the lowest priority, i.e. if any other solver has a more specific
     * match, it will be used instead.
     *
     * @schema IssuerSpecAcmeSolvers#selector
     */
    readonly selector?: IssuerSpecAcmeSolversSelector;
    /**
     * WaitInsteadOfSelfCheck, if set, skips cert-manager's self-check and
     * instead waits this long after presentation before asking the ACME server
     * to validate the challenge.
     *
     * This is an advanced escape hatch for environments where cert-manager's
     * self-check cannot succeed from its own network or DNS viewpoint even
     * though the ACME server can still validate successfully, for example due
     * to split-horizon DNS or NAT hairpinning.
     *
     * A value of 0 skips the self-check and asks the ACME server to validate
     * immediately after presentation, relying on the ACME server's own
     * validation retries (RFC 8555 section 8.2) to succeed once the challenge
     * has propagated. A negative duration is rejected.
     * Value must be in units accepted by Go time.ParseDuration https://golang.org/pkg/time/#ParseDuration,
     * for example `30s` or `2m`.
     *
     * @schema IssuerSpecAcmeSolvers#waitInsteadOfSelfCheck
     */
    readonly waitInsteadOfSelfCheck?: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolvers' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolvers(obj: IssuerSpecAcmeSolvers | undefined): Record<string, any> | undefined;
/**
 * Auth configures how cert-manager authenticates with the Vault server.
 *
 * @schema IssuerSpecVaultAuth
 */
export interface IssuerSpecVaultAuth {
    /**
     * AppRole authenticates with Vault using the App Role auth mechanism,
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * @schema IssuerSpecVaultAuth#appRole
     */
    readonly appRole?: IssuerSpecVaultAuthAppRole;
    /**
     * AWS authenticates with Vault using AWS IAM authentication.
     * This allows authentication using IAM roles for service accounts (IRSA),
     * EKS Pod Identity (PIA), or ambient credentials (EC2 instance profiles, ECS task role).
     *
     * @schema IssuerSpecVaultAuth#aws
     */
    readonly aws?: IssuerSpecVaultAuthAws;
    /**
     * ClientCertificate authenticates with Vault by presenting a client
     * certificate during the request's TLS handshake.
     * Works only when using HTTPS protocol.
     *
     * @schema IssuerSpecVaultAuth#clientCertificate
     */
    readonly clientCertificate?: IssuerSpecVaultAuthClientCertificate;
    /**
     * Kubernetes authenticates with Vault by passing the ServiceAccount
     * token stored in the named Secret resource to the Vault server.
     *
     * @schema IssuerSpecVaultAuth#kubernetes
     */
    readonly kubernetes?: IssuerSpecVaultAuthKubernetes;
    /**
     * TokenSecretRef authenticates with Vault by presenting a token.
     *
     * @schema IssuerSpecVaultAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: IssuerSpecVaultAuthTokenSecretRef;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuth' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuth(obj: IssuerSpecVaultAuth | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret containing a bundle of PEM-encoded CAs to use when
 * verifying the certificate chain presented by Vault when using HTTPS.
 * Mutually exclusive with CABundle.
 * If neither CABundle nor CABundleSecretRef are defined, the certificate bundle in
 * the cert-manager controller container is used to validate the TLS connection.
 * If no key for the Secret is specified, cert-manager will default to 'ca.crt'.
 *
 * @schema IssuerSpecVaultCaBundleSecretRef
 */
export interface IssuerSpecVaultCaBundleSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVaultCaBundleSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVaultCaBundleSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultCaBundleSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultCaBundleSecretRef(obj: IssuerSpecVaultCaBundleSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret containing a PEM-encoded Client Certificate to use when the
 * Vault server requires mTLS.
 *
 * @schema IssuerSpecVaultClientCertSecretRef
 */
export interface IssuerSpecVaultClientCertSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVaultClientCertSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVaultClientCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultClientCertSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultClientCertSecretRef(obj: IssuerSpecVaultClientCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret containing a PEM-encoded Client Private Key to use when the
 * Vault server requires mTLS.
 *
 * @schema IssuerSpecVaultClientKeySecretRef
 */
export interface IssuerSpecVaultClientKeySecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVaultClientKeySecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVaultClientKeySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultClientKeySecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultClientKeySecretRef(obj: IssuerSpecVaultClientKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * Cloud specifies the CyberArk Certificate Manager SaaS configuration settings.
 * Only one of CyberArk Certificate Manager may be specified.
 *
 * @schema IssuerSpecVenafiCloud
 */
export interface IssuerSpecVenafiCloud {
    /**
     * APITokenSecretRef is a secret key selector for the CyberArk Certificate Manager SaaS API token.
     *
     * @schema IssuerSpecVenafiCloud#apiTokenSecretRef
     */
    readonly apiTokenSecretRef: IssuerSpecVenafiCloudApiTokenSecretRef;
    /**
     * URL is the base URL for CyberArk Certificate Manager SaaS.
     * Defaults to "https://api.venafi.cloud/".
     *
     * @default https://api.venafi.cloud/".
     * @schema IssuerSpecVenafiCloud#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiCloud' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiCloud(obj: IssuerSpecVenafiCloud | undefined): Record<string, any> | undefined;
/**
 * NGTS specifies Palo Alto Networks Next Generation Trust Services (NGTS) configuration
 * using OAuth 2.0 Client Credentials. Only one of tpp, cloud, or ngts may be specified.
 *
 * @schema IssuerSpecVenafiNgts
 */
export interface IssuerSpecVenafiNgts {
    /**
     * CredentialsRef is a reference to a Kubernetes Secret containing the OAuth 2.0
     * Client ID and Client Secret. The secret must contain the keys 'client-id' and
     * 'client-secret'.
     *
     * @schema IssuerSpecVenafiNgts#credentialsRef
     */
    readonly credentialsRef: IssuerSpecVenafiNgtsCredentialsRef;
    /**
     * TokenEndpoint is the OAuth 2.0 token endpoint URL used to obtain access tokens,
     * for example "https://auth.apps.paloaltonetworks.com/oauth2/access_token".
     * Defaults to "https://auth.apps.paloaltonetworks.com/oauth2/access_token" if not set.
     *
     * @default https://auth.apps.paloaltonetworks.com/oauth2/access_token" if not set.
     * @schema IssuerSpecVenafiNgts#tokenEndpoint
     */
    readonly tokenEndpoint?: string;
    /**
     * TSGID is the Tenant Service Group ID used to scope the OAuth 2.0 access token,
     * for example "1234567890". The tsg_id: prefix is added automatically.
     * This field is required.
     *
     * @schema IssuerSpecVenafiNgts#tsgID
     */
    readonly tsgId: string;
    /**
     * URL is the base URL for the NGTS API endpoint.
     * Defaults to "https://api.strata.paloaltonetworks.com/ngts" if not set.
     *
     * @default https://api.strata.paloaltonetworks.com/ngts" if not set.
     * @schema IssuerSpecVenafiNgts#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiNgts' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiNgts(obj: IssuerSpecVenafiNgts | undefined): Record<string, any> | undefined;
/**
 * TPP specifies CyberArk Certificate Manager Self-Hosted configuration settings.
 * Only one of CyberArk Certificate Manager may be specified.
 *
 * @schema IssuerSpecVenafiTpp
 */
export interface IssuerSpecVenafiTpp {
    /**
     * Base64-encoded bundle of PEM CAs which will be used to validate the certificate
     * chain presented by the CyberArk Certificate Manager Self-Hosted server. Only used if using HTTPS; ignored for HTTP.
     * If undefined, the certificate bundle in the cert-manager controller container
     * is used to validate the chain.
     *
     * @schema IssuerSpecVenafiTpp#caBundle
     */
    readonly caBundle?: string;
    /**
     * Reference to a Secret containing a base64-encoded bundle of PEM CAs
     * which will be used to validate the certificate chain presented by the CyberArk Certificate Manager Self-Hosted server.
     * Only used if using HTTPS; ignored for HTTP. Mutually exclusive with CABundle.
     * If neither CABundle nor CABundleSecretRef is defined, the certificate bundle in
     * the cert-manager controller container is used to validate the TLS connection.
     *
     * @schema IssuerSpecVenafiTpp#caBundleSecretRef
     */
    readonly caBundleSecretRef?: IssuerSpecVenafiTppCaBundleSecretRef;
    /**
     * CredentialsRef is a reference to a Secret containing the CyberArk Certificate Manager Self-Hosted API credentials.
     * The secret must contain the key 'access-token' for the Access Token Authentication,
     * or two keys, 'username' and 'password' for the API Keys Authentication.
     *
     * @schema IssuerSpecVenafiTpp#credentialsRef
     */
    readonly credentialsRef: IssuerSpecVenafiTppCredentialsRef;
    /**
     * URL is the base URL for the vedsdk endpoint of the CyberArk Certificate Manager Self-Hosted instance,
     * for example: "https://tpp.example.com/vedsdk".
     *
     * @schema IssuerSpecVenafiTpp#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiTpp' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiTpp(obj: IssuerSpecVenafiTpp | undefined): Record<string, any> | undefined;
/**
 * Deprecated: keyAlgorithm field exists for historical compatibility
 * reasons and should not be used. The algorithm is now hardcoded to HS256
 * in golang/x/crypto/acme.
 *
 * @schema IssuerSpecAcmeExternalAccountBindingKeyAlgorithm
 */
export declare enum IssuerSpecAcmeExternalAccountBindingKeyAlgorithm {
    /** HS256 */
    HS256 = "HS256",
    /** HS384 */
    HS384 = "HS384",
    /** HS512 */
    HS512 = "HS512"
}
/**
 * keySecretRef is a Secret Key Selector referencing a data item in a Kubernetes
 * Secret which holds the symmetric MAC key of the External Account Binding.
 * The `key` is the index string that is paired with the key data in the
 * Secret and should not be confused with the key data itself, or indeed with
 * the External Account Binding keyID above.
 * The secret key stored in the Secret **must** be un-padded, base64 URL
 * encoded data.
 *
 * @schema IssuerSpecAcmeExternalAccountBindingKeySecretRef
 */
export interface IssuerSpecAcmeExternalAccountBindingKeySecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeExternalAccountBindingKeySecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeExternalAccountBindingKeySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeExternalAccountBindingKeySecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef(obj: IssuerSpecAcmeExternalAccountBindingKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * Configures cert-manager to attempt to complete authorizations by
 * performing the DNS01 challenge flow.
 *
 * @schema IssuerSpecAcmeSolversDns01
 */
export interface IssuerSpecAcmeSolversDns01 {
    /**
     * Use the 'ACME DNS' (https://github.com/joohoi/acme-dns) API to manage
     * DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#acmeDNS
     */
    readonly acmeDns?: IssuerSpecAcmeSolversDns01AcmeDns;
    /**
     * Use the Akamai DNS zone management API to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#akamai
     */
    readonly akamai?: IssuerSpecAcmeSolversDns01Akamai;
    /**
     * Use the Microsoft Azure DNS API to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#azureDNS
     */
    readonly azureDns?: IssuerSpecAcmeSolversDns01AzureDns;
    /**
     * Use the Google Cloud DNS API to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#cloudDNS
     */
    readonly cloudDns?: IssuerSpecAcmeSolversDns01CloudDns;
    /**
     * Use the Cloudflare API to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#cloudflare
     */
    readonly cloudflare?: IssuerSpecAcmeSolversDns01Cloudflare;
    /**
     * CNAMEStrategy configures how the DNS01 provider should handle CNAME
     * records when found in DNS zones.
     *
     * @schema IssuerSpecAcmeSolversDns01#cnameStrategy
     */
    readonly cnameStrategy?: IssuerSpecAcmeSolversDns01CnameStrategy;
    /**
     * Use the DigitalOcean DNS API to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#digitalocean
     */
    readonly digitalocean?: IssuerSpecAcmeSolversDns01Digitalocean;
    /**
     * Nameservers defines a list of DNS nameservers to use for DNS01 propagation
     * checks. Each entry must be in the format `<host>:<port>` for plain DNS,
     * where host may be an IP address or hostname, or
     * `https://<DoH RFC 8484 server address>` for DNS over HTTPS. If not set,
     * the controller's configured global DNS01 recursive nameservers are used.
     * When specified, this overrides the global nameservers for this solver
     * only, and disables the authoritative nameserver check.
     *
     * @schema IssuerSpecAcmeSolversDns01#nameservers
     */
    readonly nameservers?: string[];
    /**
     * Use RFC2136 ("Dynamic Updates in the Domain Name System") (https://datatracker.ietf.org/doc/rfc2136/)
     * to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#rfc2136
     */
    readonly rfc2136?: IssuerSpecAcmeSolversDns01Rfc2136;
    /**
     * Use the AWS Route53 API to manage DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#route53
     */
    readonly route53?: IssuerSpecAcmeSolversDns01Route53;
    /**
     * Configure an external webhook based DNS01 challenge solver to manage
     * DNS01 challenge records.
     *
     * @schema IssuerSpecAcmeSolversDns01#webhook
     */
    readonly webhook?: IssuerSpecAcmeSolversDns01Webhook;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01(obj: IssuerSpecAcmeSolversDns01 | undefined): Record<string, any> | undefined;
/**
 * Selector selects a set of DNSNames on the Certificate resource that
 * should be solved using this challenge solver.
 * If not specified, the solver will be treated as the 'default' solver
 * with the lowest priority, i.e. if any other solver has a more specific
 * match, it will be used instead.
 *
 * @schema IssuerSpecAcmeSolversSelector
 */
export interface IssuerSpecAcmeSolversSelector {
    /**
     * List of DNSNames that this solver will be used to solve.
     * If specified and a match is found, a dnsNames selector will take
     * precedence over a dnsZones selector.
     * If multiple solvers match with the same dnsNames value, the solver
     * with the most matching labels in matchLabels will be selected.
     * If neither has more matches, the solver defined earlier in the list
     * will be selected.
     *
     * @schema IssuerSpecAcmeSolversSelector#dnsNames
     */
    readonly dnsNames?: string[];
    /**
     * List of DNSZones that this solver will be used to solve.
     * The most specific DNS zone match specified here will take precedence
     * over other DNS zone matches, so a solver specifying sys.example.com
     * will be selected over one specifying example.com for the domain
     * www.sys.example.com.
     * If multiple solvers match with the same dnsZones value, the solver
     * with the most matching labels in matchLabels will be selected.
     * If neither has more matches, the solver defined earlier in the list
     * will be selected.
     *
     * @schema IssuerSpecAcmeSolversSelector#dnsZones
     */
    readonly dnsZones?: string[];
    /**
     * A label selector that is used to refine the set of certificate's that
     * this challenge solver will apply to.
     *
     * @schema IssuerSpecAcmeSolversSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversSelector' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversSelector(obj: IssuerSpecAcmeSolversSelector | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with Vault using the App Role auth mechanism,
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * @schema IssuerSpecVaultAuthAppRole
 */
export interface IssuerSpecVaultAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted in Vault, e.g:
     * "approle"
     *
     * @schema IssuerSpecVaultAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in Vault.
     *
     * @schema IssuerSpecVaultAuthAppRole#roleId
     */
    readonly roleId: string;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema IssuerSpecVaultAuthAppRole#secretRef
     */
    readonly secretRef: IssuerSpecVaultAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAppRole' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthAppRole(obj: IssuerSpecVaultAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * AWS authenticates with Vault using AWS IAM authentication.
 * This allows authentication using IAM roles for service accounts (IRSA),
 * EKS Pod Identity (PIA), or ambient credentials (EC2 instance profiles, ECS task role).
 *
 * @schema IssuerSpecVaultAuthAws
 */
export interface IssuerSpecVaultAuthAws {
    /**
     * The ARN of the AWS IAM role to assume using the Kubernetes service account
     * token. Required when using IRSA (serviceAccountRef is set).
     * This role must have a trust policy that allows the OIDC provider to assume it.
     *
     * @schema IssuerSpecVaultAuthAws#iamRoleArn
     */
    readonly iamRoleArn?: string;
    /**
     * The Vault mountPath here is the mount path to use when authenticating with
     * Vault. For example, setting a value to `/v1/auth/foo`, will use the path
     * `/v1/auth/foo/login` to authenticate with Vault. If unspecified, the
     * default value "/v1/auth/aws" will be used.
     *
     * @schema IssuerSpecVaultAuthAws#mountPath
     */
    readonly mountPath?: string;
    /**
     * The AWS region to use for authentication. If not specified, the region
     * will be determined from AWS_REGION or AWS_DEFAULT_REGION environment
     * variables, falling back to "us-east-1" if not set.
     *
     * @schema IssuerSpecVaultAuthAws#region
     */
    readonly region?: string;
    /**
     * A required field containing the Vault Role to assume when authenticating.
     *
     * @schema IssuerSpecVaultAuthAws#role
     */
    readonly role: string;
    /**
     * A reference to a service account that will be used to request a web identity
     * token for IRSA (IAM Roles for Service Accounts) authentication.
     *
     * @schema IssuerSpecVaultAuthAws#serviceAccountRef
     */
    readonly serviceAccountRef?: IssuerSpecVaultAuthAwsServiceAccountRef;
    /**
     * The Vault header value to include in the STS signing request.
     * This is used to prevent replay attacks.
     *
     * @schema IssuerSpecVaultAuthAws#vaultHeaderValue
     */
    readonly vaultHeaderValue?: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAws' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthAws(obj: IssuerSpecVaultAuthAws | undefined): Record<string, any> | undefined;
/**
 * ClientCertificate authenticates with Vault by presenting a client
 * certificate during the request's TLS handshake.
 * Works only when using HTTPS protocol.
 *
 * @schema IssuerSpecVaultAuthClientCertificate
 */
export interface IssuerSpecVaultAuthClientCertificate {
    /**
     * The Vault mountPath here is the mount path to use when authenticating with
     * Vault. For example, setting a value to `/v1/auth/foo`, will use the path
     * `/v1/auth/foo/login` to authenticate with Vault. If unspecified, the
     * default value "/v1/auth/cert" will be used.
     *
     * @schema IssuerSpecVaultAuthClientCertificate#mountPath
     */
    readonly mountPath?: string;
    /**
     * Name of the certificate role to authenticate against.
     * If not set, matching any certificate role, if available.
     *
     * @schema IssuerSpecVaultAuthClientCertificate#name
     */
    readonly name?: string;
    /**
     * Reference to Kubernetes Secret of type "kubernetes.io/tls" (hence containing
     * tls.crt and tls.key) used to authenticate to Vault using TLS client
     * authentication.
     *
     * @schema IssuerSpecVaultAuthClientCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthClientCertificate' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthClientCertificate(obj: IssuerSpecVaultAuthClientCertificate | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Vault by passing the ServiceAccount
 * token stored in the named Secret resource to the Vault server.
 *
 * @schema IssuerSpecVaultAuthKubernetes
 */
export interface IssuerSpecVaultAuthKubernetes {
    /**
     * The Vault mountPath here is the mount path to use when authenticating with
     * Vault. For example, setting a value to `/v1/auth/foo`, will use the path
     * `/v1/auth/foo/login` to authenticate with Vault. If unspecified, the
     * default value "/v1/auth/kubernetes" will be used.
     *
     * @schema IssuerSpecVaultAuthKubernetes#mountPath
     */
    readonly mountPath?: string;
    /**
     * A required field containing the Vault Role to assume. A Role binds a
     * Kubernetes ServiceAccount with a set of Vault policies.
     *
     * @schema IssuerSpecVaultAuthKubernetes#role
     */
    readonly role: string;
    /**
     * The required Secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Vault. Use of 'ambient credentials' is not
     * supported.
     *
     * @schema IssuerSpecVaultAuthKubernetes#secretRef
     */
    readonly secretRef?: IssuerSpecVaultAuthKubernetesSecretRef;
    /**
     * A reference to a service account that will be used to request a bound
     * token (also known as "projected token"). Compared to using "secretRef",
     * using this field means that you don't rely on statically bound tokens. To
     * use this field, you must configure an RBAC rule to let cert-manager
     * request a token.
     *
     * @schema IssuerSpecVaultAuthKubernetes#serviceAccountRef
     */
    readonly serviceAccountRef?: IssuerSpecVaultAuthKubernetesServiceAccountRef;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthKubernetes' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthKubernetes(obj: IssuerSpecVaultAuthKubernetes | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with Vault by presenting a token.
 *
 * @schema IssuerSpecVaultAuthTokenSecretRef
 */
export interface IssuerSpecVaultAuthTokenSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVaultAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVaultAuthTokenSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthTokenSecretRef(obj: IssuerSpecVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * APITokenSecretRef is a secret key selector for the CyberArk Certificate Manager SaaS API token.
 *
 * @schema IssuerSpecVenafiCloudApiTokenSecretRef
 */
export interface IssuerSpecVenafiCloudApiTokenSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVenafiCloudApiTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVenafiCloudApiTokenSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiCloudApiTokenSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiCloudApiTokenSecretRef(obj: IssuerSpecVenafiCloudApiTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * CredentialsRef is a reference to a Kubernetes Secret containing the OAuth 2.0
 * Client ID and Client Secret. The secret must contain the keys 'client-id' and
 * 'client-secret'.
 *
 * @schema IssuerSpecVenafiNgtsCredentialsRef
 */
export interface IssuerSpecVenafiNgtsCredentialsRef {
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVenafiNgtsCredentialsRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiNgtsCredentialsRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiNgtsCredentialsRef(obj: IssuerSpecVenafiNgtsCredentialsRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret containing a base64-encoded bundle of PEM CAs
 * which will be used to validate the certificate chain presented by the CyberArk Certificate Manager Self-Hosted server.
 * Only used if using HTTPS; ignored for HTTP. Mutually exclusive with CABundle.
 * If neither CABundle nor CABundleSecretRef is defined, the certificate bundle in
 * the cert-manager controller container is used to validate the TLS connection.
 *
 * @schema IssuerSpecVenafiTppCaBundleSecretRef
 */
export interface IssuerSpecVenafiTppCaBundleSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVenafiTppCaBundleSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVenafiTppCaBundleSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiTppCaBundleSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiTppCaBundleSecretRef(obj: IssuerSpecVenafiTppCaBundleSecretRef | undefined): Record<string, any> | undefined;
/**
 * CredentialsRef is a reference to a Secret containing the CyberArk Certificate Manager Self-Hosted API credentials.
 * The secret must contain the key 'access-token' for the Access Token Authentication,
 * or two keys, 'username' and 'password' for the API Keys Authentication.
 *
 * @schema IssuerSpecVenafiTppCredentialsRef
 */
export interface IssuerSpecVenafiTppCredentialsRef {
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVenafiTppCredentialsRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVenafiTppCredentialsRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVenafiTppCredentialsRef(obj: IssuerSpecVenafiTppCredentialsRef | undefined): Record<string, any> | undefined;
/**
 * Use the 'ACME DNS' (https://github.com/joohoi/acme-dns) API to manage
 * DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01AcmeDns
 */
export interface IssuerSpecAcmeSolversDns01AcmeDns {
    /**
     * A reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema IssuerSpecAcmeSolversDns01AcmeDns#accountSecretRef
     */
    readonly accountSecretRef: IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef;
    /**
     * @schema IssuerSpecAcmeSolversDns01AcmeDns#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AcmeDns' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AcmeDns(obj: IssuerSpecAcmeSolversDns01AcmeDns | undefined): Record<string, any> | undefined;
/**
 * Use the Akamai DNS zone management API to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01Akamai
 */
export interface IssuerSpecAcmeSolversDns01Akamai {
    /**
     * A reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema IssuerSpecAcmeSolversDns01Akamai#accessTokenSecretRef
     */
    readonly accessTokenSecretRef: IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef;
    /**
     * A reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema IssuerSpecAcmeSolversDns01Akamai#clientSecretSecretRef
     */
    readonly clientSecretSecretRef: IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef;
    /**
     * A reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema IssuerSpecAcmeSolversDns01Akamai#clientTokenSecretRef
     */
    readonly clientTokenSecretRef: IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef;
    /**
     * @schema IssuerSpecAcmeSolversDns01Akamai#serviceConsumerDomain
     */
    readonly serviceConsumerDomain: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Akamai' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Akamai(obj: IssuerSpecAcmeSolversDns01Akamai | undefined): Record<string, any> | undefined;
/**
 * Use the Microsoft Azure DNS API to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01AzureDns
 */
export interface IssuerSpecAcmeSolversDns01AzureDns {
    /**
     * Auth: Azure Service Principal:
     * The ClientID of the Azure Service Principal used to authenticate with Azure DNS.
     * If set, ClientSecret and TenantID must also be set.
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#clientID
     */
    readonly clientId?: string;
    /**
     * Auth: Azure Service Principal:
     * A reference to a Secret containing the password associated with the Service Principal.
     * If set, ClientID and TenantID must also be set.
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#clientSecretSecretRef
     */
    readonly clientSecretSecretRef?: IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef;
    /**
     * name of the Azure environment (default AzurePublicCloud)
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#environment
     */
    readonly environment?: IssuerSpecAcmeSolversDns01AzureDnsEnvironment;
    /**
     * name of the DNS zone that should be used
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#hostedZoneName
     */
    readonly hostedZoneName?: string;
    /**
     * Auth: Azure Workload Identity or Azure Managed Service Identity:
     * Settings to enable Azure Workload Identity or Azure Managed Service Identity
     * If set, ClientID, ClientSecret and TenantID must not be set.
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#managedIdentity
     */
    readonly managedIdentity?: IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity;
    /**
     * resource group the DNS zone is located in
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#resourceGroupName
     */
    readonly resourceGroupName: string;
    /**
     * ID of the Azure subscription
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#subscriptionID
     */
    readonly subscriptionId: string;
    /**
     * Auth: Azure Service Principal:
     * The TenantID of the Azure Service Principal used to authenticate with Azure DNS.
     * If set, ClientID and ClientSecret must also be set.
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#tenantID
     */
    readonly tenantId?: string;
    /**
     * ZoneType determines which type of Azure DNS zone to use.
     *
     * Valid values are:
     * - AzurePublicZone  (default): Use a public Azure DNS zone.
     * - AzurePrivateZone: Use an Azure Private DNS zone.
     *
     * If not specified, AzurePublicZone is used.
     *
     * Support for Azure Private DNS zones is currently
     * experimental and may change in future releases.
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDns#zoneType
     */
    readonly zoneType?: IssuerSpecAcmeSolversDns01AzureDnsZoneType;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AzureDns' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AzureDns(obj: IssuerSpecAcmeSolversDns01AzureDns | undefined): Record<string, any> | undefined;
/**
 * Use the Google Cloud DNS API to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01CloudDns
 */
export interface IssuerSpecAcmeSolversDns01CloudDns {
    /**
     * HostedZoneName is an optional field that tells cert-manager in which
     * Cloud DNS zone the challenge record has to be created.
     * If left empty cert-manager will automatically choose a zone.
     *
     * @schema IssuerSpecAcmeSolversDns01CloudDns#hostedZoneName
     */
    readonly hostedZoneName?: string;
    /**
     * @schema IssuerSpecAcmeSolversDns01CloudDns#project
     */
    readonly project: string;
    /**
     * A reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema IssuerSpecAcmeSolversDns01CloudDns#serviceAccountSecretRef
     */
    readonly serviceAccountSecretRef?: IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudDns' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01CloudDns(obj: IssuerSpecAcmeSolversDns01CloudDns | undefined): Record<string, any> | undefined;
/**
 * Use the Cloudflare API to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01Cloudflare
 */
export interface IssuerSpecAcmeSolversDns01Cloudflare {
    /**
     * API key to use to authenticate with Cloudflare.
     * Note: using an API token to authenticate is now the recommended method
     * as it allows greater control of permissions.
     *
     * @schema IssuerSpecAcmeSolversDns01Cloudflare#apiKeySecretRef
     */
    readonly apiKeySecretRef?: IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef;
    /**
     * API token used to authenticate with Cloudflare.
     *
     * @schema IssuerSpecAcmeSolversDns01Cloudflare#apiTokenSecretRef
     */
    readonly apiTokenSecretRef?: IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef;
    /**
     * Email of the account, only required when using API key based authentication.
     *
     * @schema IssuerSpecAcmeSolversDns01Cloudflare#email
     */
    readonly email?: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Cloudflare' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Cloudflare(obj: IssuerSpecAcmeSolversDns01Cloudflare | undefined): Record<string, any> | undefined;
/**
 * CNAMEStrategy configures how the DNS01 provider should handle CNAME
 * records when found in DNS zones.
 *
 * @schema IssuerSpecAcmeSolversDns01CnameStrategy
 */
export declare enum IssuerSpecAcmeSolversDns01CnameStrategy {
    /** None */
    NONE = "None",
    /** Follow */
    FOLLOW = "Follow"
}
/**
 * Use the DigitalOcean DNS API to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01Digitalocean
 */
export interface IssuerSpecAcmeSolversDns01Digitalocean {
    /**
     * A reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema IssuerSpecAcmeSolversDns01Digitalocean#tokenSecretRef
     */
    readonly tokenSecretRef: IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Digitalocean' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Digitalocean(obj: IssuerSpecAcmeSolversDns01Digitalocean | undefined): Record<string, any> | undefined;
/**
 * Use RFC2136 ("Dynamic Updates in the Domain Name System") (https://datatracker.ietf.org/doc/rfc2136/)
 * to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01Rfc2136
 */
export interface IssuerSpecAcmeSolversDns01Rfc2136 {
    /**
     * The IP address or hostname of an authoritative DNS server supporting
     * RFC2136 in the form host:port. If the host is an IPv6 address it must be
     * enclosed in square brackets (e.g [2001:db8::1]); port is optional.
     * This field is required.
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136#nameserver
     */
    readonly nameserver: string;
    /**
     * Protocol to use for dynamic DNS update queries. Valid values are (case-sensitive) ``TCP`` and ``UDP``; ``UDP`` (default).
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136#protocol
     */
    readonly protocol?: IssuerSpecAcmeSolversDns01Rfc2136Protocol;
    /**
     * The TSIG Algorithm configured in the DNS supporting RFC2136. Used only
     * when ``tsigSecretSecretRef`` and ``tsigKeyName`` are defined.
     * Supported values are (case-insensitive): ``HMACMD5`` (default),
     * ``HMACSHA1``, ``HMACSHA256`` or ``HMACSHA512``.
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136#tsigAlgorithm
     */
    readonly tsigAlgorithm?: string;
    /**
     * The TSIG Key name configured in the DNS.
     * If ``tsigSecretSecretRef`` is defined, this field is required.
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136#tsigKeyName
     */
    readonly tsigKeyName?: string;
    /**
     * The name of the secret containing the TSIG value.
     * If ``tsigKeyName`` is defined, this field is required.
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136#tsigSecretSecretRef
     */
    readonly tsigSecretSecretRef?: IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Rfc2136' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Rfc2136(obj: IssuerSpecAcmeSolversDns01Rfc2136 | undefined): Record<string, any> | undefined;
/**
 * Use the AWS Route53 API to manage DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01Route53
 */
export interface IssuerSpecAcmeSolversDns01Route53 {
    /**
     * The AccessKeyID is used for authentication.
     * Cannot be set when SecretAccessKeyID is set.
     * If neither the Access Key nor Key ID are set, we fall back to using env
     * vars, shared credentials file, or AWS Instance metadata,
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#accessKeyID
     */
    readonly accessKeyId?: string;
    /**
     * The SecretAccessKey is used for authentication. If set, pull the AWS
     * access key ID from a key within a Kubernetes Secret.
     * Cannot be set when AccessKeyID is set.
     * If neither the Access Key nor Key ID are set, we fall back to using env
     * vars, shared credentials file, or AWS Instance metadata,
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef;
    /**
     * Auth configures how cert-manager authenticates.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#auth
     */
    readonly auth?: IssuerSpecAcmeSolversDns01Route53Auth;
    /**
     * If set, the provider will manage only this zone in Route53 and will not do a lookup using the route53:ListHostedZonesByName api call.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#hostedZoneID
     */
    readonly hostedZoneId?: string;
    /**
     * Override the AWS region.
     *
     * Route53 is a global service and does not have regional endpoints but the
     * region specified here (or via environment variables) is used as a hint to
     * help compute the correct AWS credential scope and partition when it
     * connects to Route53. See:
     * - [Amazon Route 53 endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/r53.html)
     * - [Global services](https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html)
     *
     * If you omit this region field, cert-manager will use the region from
     * AWS_REGION and AWS_DEFAULT_REGION environment variables, if they are set
     * in the cert-manager controller Pod.
     *
     * The `region` field is not needed if you use [IAM Roles for Service Accounts (IRSA)](https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html).
     * Instead an AWS_REGION environment variable is added to the cert-manager controller Pod by:
     * [Amazon EKS Pod Identity Webhook](https://github.com/aws/amazon-eks-pod-identity-webhook).
     * In this case this `region` field value is ignored.
     *
     * The `region` field is not needed if you use [EKS Pod Identities](https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html).
     * Instead an AWS_REGION environment variable is added to the cert-manager controller Pod by:
     * [Amazon EKS Pod Identity Agent](https://github.com/aws/eks-pod-identity-agent),
     * In this case this `region` field value is ignored.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#region
     */
    readonly region?: string;
    /**
     * Role is a Role ARN which the Route53 provider will assume using either the explicit credentials AccessKeyID/SecretAccessKey
     * or the inferred credentials from environment variables, shared credentials file or AWS Instance metadata
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#role
     */
    readonly role?: string;
    /**
     * The SecretAccessKey is used for authentication.
     * If neither the Access Key nor Key ID are set, we fall back to using env
     * vars, shared credentials file, or AWS Instance metadata,
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema IssuerSpecAcmeSolversDns01Route53#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Route53(obj: IssuerSpecAcmeSolversDns01Route53 | undefined): Record<string, any> | undefined;
/**
 * Configure an external webhook based DNS01 challenge solver to manage
 * DNS01 challenge records.
 *
 * @schema IssuerSpecAcmeSolversDns01Webhook
 */
export interface IssuerSpecAcmeSolversDns01Webhook {
    /**
     * Additional configuration that should be passed to the webhook apiserver
     * when challenges are processed.
     * This can contain arbitrary JSON data.
     * Secret values should not be specified in this stanza.
     * If secret values are needed (e.g., credentials for a DNS service), you
     * should use a SecretKeySelector to reference a Secret resource.
     * For details on the schema of this field, consult the webhook provider
     * implementation's documentation.
     *
     * @schema IssuerSpecAcmeSolversDns01Webhook#config
     */
    readonly config?: any;
    /**
     * The API group name that should be used when POSTing ChallengePayload
     * resources to the webhook apiserver.
     * This should be the same as the GroupName specified in the webhook
     * provider implementation.
     *
     * @schema IssuerSpecAcmeSolversDns01Webhook#groupName
     */
    readonly groupName: string;
    /**
     * The name of the solver to use, as defined in the webhook provider
     * implementation.
     * This will typically be the name of the provider, e.g., 'cloudflare'.
     *
     * @schema IssuerSpecAcmeSolversDns01Webhook#solverName
     */
    readonly solverName: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Webhook' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Webhook(obj: IssuerSpecAcmeSolversDns01Webhook | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema IssuerSpecVaultAuthAppRoleSecretRef
 */
export interface IssuerSpecVaultAuthAppRoleSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVaultAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVaultAuthAppRoleSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthAppRoleSecretRef(obj: IssuerSpecVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a service account that will be used to request a web identity
 * token for IRSA (IAM Roles for Service Accounts) authentication.
 *
 * @schema IssuerSpecVaultAuthAwsServiceAccountRef
 */
export interface IssuerSpecVaultAuthAwsServiceAccountRef {
    /**
     * TokenAudiences is an optional list of extra audiences to include in the token passed to Vault.
     * The default audiences are always included in the token.
     *
     * @schema IssuerSpecVaultAuthAwsServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * Name of the ServiceAccount used to request a token.
     *
     * @schema IssuerSpecVaultAuthAwsServiceAccountRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAwsServiceAccountRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthAwsServiceAccountRef(obj: IssuerSpecVaultAuthAwsServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The required Secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Vault. Use of 'ambient credentials' is not
 * supported.
 *
 * @schema IssuerSpecVaultAuthKubernetesSecretRef
 */
export interface IssuerSpecVaultAuthKubernetesSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecVaultAuthKubernetesSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecVaultAuthKubernetesSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthKubernetesSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthKubernetesSecretRef(obj: IssuerSpecVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a service account that will be used to request a bound
 * token (also known as "projected token"). Compared to using "secretRef",
 * using this field means that you don't rely on statically bound tokens. To
 * use this field, you must configure an RBAC rule to let cert-manager
 * request a token.
 *
 * @schema IssuerSpecVaultAuthKubernetesServiceAccountRef
 */
export interface IssuerSpecVaultAuthKubernetesServiceAccountRef {
    /**
     * TokenAudiences is an optional list of extra audiences to include in the token passed to Vault.
     * The default audiences are always included in the token.
     *
     * @schema IssuerSpecVaultAuthKubernetesServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * Name of the ServiceAccount used to request a token.
     *
     * @schema IssuerSpecVaultAuthKubernetesServiceAccountRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
export declare function toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef(obj: IssuerSpecVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef
 */
export interface IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj: IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef
 */
export interface IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj: IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef
 */
export interface IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj: IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef
 */
export interface IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj: IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Auth: Azure Service Principal:
 * A reference to a Secret containing the password associated with the Service Principal.
 * If set, ClientID and TenantID must also be set.
 *
 * @schema IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef
 */
export interface IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj: IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * name of the Azure environment (default AzurePublicCloud)
 *
 * @schema IssuerSpecAcmeSolversDns01AzureDnsEnvironment
 */
export declare enum IssuerSpecAcmeSolversDns01AzureDnsEnvironment {
    /** AzurePublicCloud */
    AZURE_PUBLIC_CLOUD = "AzurePublicCloud",
    /** AzureChinaCloud */
    AZURE_CHINA_CLOUD = "AzureChinaCloud",
    /** AzureGermanCloud */
    AZURE_GERMAN_CLOUD = "AzureGermanCloud",
    /** AzureUSGovernmentCloud */
    AZURE_US_GOVERNMENT_CLOUD = "AzureUSGovernmentCloud"
}
/**
 * Auth: Azure Workload Identity or Azure Managed Service Identity:
 * Settings to enable Azure Workload Identity or Azure Managed Service Identity
 * If set, ClientID, ClientSecret and TenantID must not be set.
 *
 * @schema IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity
 */
export interface IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity {
    /**
     * client ID of the managed identity, cannot be used at the same time as resourceID
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity#clientID
     */
    readonly clientId?: string;
    /**
     * resource ID of the managed identity, cannot be used at the same time as clientID
     * Cannot be used for Azure Managed Service Identity
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity#resourceID
     */
    readonly resourceId?: string;
    /**
     * tenant ID of the managed identity, cannot be used at the same time as resourceID
     *
     * @schema IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity#tenantID
     */
    readonly tenantId?: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj: IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity | undefined): Record<string, any> | undefined;
/**
 * ZoneType determines which type of Azure DNS zone to use.
 *
 * Valid values are:
 * - AzurePublicZone  (default): Use a public Azure DNS zone.
 * - AzurePrivateZone: Use an Azure Private DNS zone.
 *
 * If not specified, AzurePublicZone is used.
 *
 * Support for Azure Private DNS zones is currently
 * experimental and may change in future releases.
 *
 * @schema IssuerSpecAcmeSolversDns01AzureDnsZoneType
 */
export declare enum IssuerSpecAcmeSolversDns01AzureDnsZoneType {
    /** AzurePublicZone */
    AZURE_PUBLIC_ZONE = "AzurePublicZone",
    /** AzurePrivateZone */
    AZURE_PRIVATE_ZONE = "AzurePrivateZone"
}
/**
 * A reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef
 */
export interface IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj: IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef | undefined): Record<string, any> | undefined;
/**
 * API key to use to authenticate with Cloudflare.
 * Note: using an API token to authenticate is now the recommended method
 * as it allows greater control of permissions.
 *
 * @schema IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef
 */
export interface IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj: IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * API token used to authenticate with Cloudflare.
 *
 * @schema IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef
 */
export interface IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj: IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef
 */
export interface IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj: IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Protocol to use for dynamic DNS update queries. Valid values are (case-sensitive) ``TCP`` and ``UDP``; ``UDP`` (default).
 *
 * @schema IssuerSpecAcmeSolversDns01Rfc2136Protocol
 */
export declare enum IssuerSpecAcmeSolversDns01Rfc2136Protocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP"
}
/**
 * The name of the secret containing the TSIG value.
 * If ``tsigKeyName`` is defined, this field is required.
 *
 * @schema IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef
 */
export interface IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj: IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication. If set, pull the AWS
 * access key ID from a key within a Kubernetes Secret.
 * Cannot be set when AccessKeyID is set.
 * If neither the Access Key nor Key ID are set, we fall back to using env
 * vars, shared credentials file, or AWS Instance metadata,
 * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
 *
 * @schema IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef
 */
export interface IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj: IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how cert-manager authenticates.
 *
 * @schema IssuerSpecAcmeSolversDns01Route53Auth
 */
export interface IssuerSpecAcmeSolversDns01Route53Auth {
    /**
     * Kubernetes authenticates with Route53 using AssumeRoleWithWebIdentity
     * by passing a bound ServiceAccount token.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53Auth#kubernetes
     */
    readonly kubernetes: IssuerSpecAcmeSolversDns01Route53AuthKubernetes;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53Auth' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Route53Auth(obj: IssuerSpecAcmeSolversDns01Route53Auth | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication.
 * If neither the Access Key nor Key ID are set, we fall back to using env
 * vars, shared credentials file, or AWS Instance metadata,
 * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
 *
 * @schema IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef
 */
export interface IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef {
    /**
     * The key of the entry in the Secret resource's `data` field to be used.
     * Some instances of this field may be defaulted, in others it may be
     * required.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * Name of the resource being referred to.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj: IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Route53 using AssumeRoleWithWebIdentity
 * by passing a bound ServiceAccount token.
 *
 * @schema IssuerSpecAcmeSolversDns01Route53AuthKubernetes
 */
export interface IssuerSpecAcmeSolversDns01Route53AuthKubernetes {
    /**
     * A reference to a service account that will be used to request a bound
     * token (also known as "projected token"). To use this field, you must
     * configure an RBAC rule to let cert-manager request a token.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53AuthKubernetes#serviceAccountRef
     */
    readonly serviceAccountRef: IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53AuthKubernetes' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj: IssuerSpecAcmeSolversDns01Route53AuthKubernetes | undefined): Record<string, any> | undefined;
/**
 * A reference to a service account that will be used to request a bound
 * token (also known as "projected token"). To use this field, you must
 * configure an RBAC rule to let cert-manager request a token.
 *
 * @schema IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef
 */
export interface IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef {
    /**
     * TokenAudiences is an optional list of audiences to include in the
     * token passed to AWS. The default token consisting of the issuer's namespace
     * and name is always included.
     * If unset the audience defaults to `sts.amazonaws.com`.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * Name of the ServiceAccount used to request a token.
     *
     * @schema IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef' to JSON representation.
 */
export declare function toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj: IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
