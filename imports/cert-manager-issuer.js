"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssuerSpecAcmeSolversDns01Rfc2136Protocol = exports.IssuerSpecAcmeSolversDns01AzureDnsZoneType = exports.IssuerSpecAcmeSolversDns01AzureDnsEnvironment = exports.IssuerSpecAcmeSolversDns01CnameStrategy = exports.IssuerSpecAcmeExternalAccountBindingKeyAlgorithm = exports.IssuerSpecAcmeRenewalInformationSource = exports.Issuer = void 0;
exports.toJson_IssuerProps = toJson_IssuerProps;
exports.toJson_IssuerSpec = toJson_IssuerSpec;
exports.toJson_IssuerSpecAcme = toJson_IssuerSpecAcme;
exports.toJson_IssuerSpecCa = toJson_IssuerSpecCa;
exports.toJson_IssuerSpecSelfSigned = toJson_IssuerSpecSelfSigned;
exports.toJson_IssuerSpecVault = toJson_IssuerSpecVault;
exports.toJson_IssuerSpecVenafi = toJson_IssuerSpecVenafi;
exports.toJson_IssuerSpecAcmeExternalAccountBinding = toJson_IssuerSpecAcmeExternalAccountBinding;
exports.toJson_IssuerSpecAcmePrivateKeySecretRef = toJson_IssuerSpecAcmePrivateKeySecretRef;
exports.toJson_IssuerSpecAcmeSolvers = toJson_IssuerSpecAcmeSolvers;
exports.toJson_IssuerSpecVaultAuth = toJson_IssuerSpecVaultAuth;
exports.toJson_IssuerSpecVaultCaBundleSecretRef = toJson_IssuerSpecVaultCaBundleSecretRef;
exports.toJson_IssuerSpecVaultClientCertSecretRef = toJson_IssuerSpecVaultClientCertSecretRef;
exports.toJson_IssuerSpecVaultClientKeySecretRef = toJson_IssuerSpecVaultClientKeySecretRef;
exports.toJson_IssuerSpecVenafiCloud = toJson_IssuerSpecVenafiCloud;
exports.toJson_IssuerSpecVenafiNgts = toJson_IssuerSpecVenafiNgts;
exports.toJson_IssuerSpecVenafiTpp = toJson_IssuerSpecVenafiTpp;
exports.toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef = toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01 = toJson_IssuerSpecAcmeSolversDns01;
exports.toJson_IssuerSpecAcmeSolversSelector = toJson_IssuerSpecAcmeSolversSelector;
exports.toJson_IssuerSpecVaultAuthAppRole = toJson_IssuerSpecVaultAuthAppRole;
exports.toJson_IssuerSpecVaultAuthAws = toJson_IssuerSpecVaultAuthAws;
exports.toJson_IssuerSpecVaultAuthClientCertificate = toJson_IssuerSpecVaultAuthClientCertificate;
exports.toJson_IssuerSpecVaultAuthKubernetes = toJson_IssuerSpecVaultAuthKubernetes;
exports.toJson_IssuerSpecVaultAuthTokenSecretRef = toJson_IssuerSpecVaultAuthTokenSecretRef;
exports.toJson_IssuerSpecVenafiCloudApiTokenSecretRef = toJson_IssuerSpecVenafiCloudApiTokenSecretRef;
exports.toJson_IssuerSpecVenafiNgtsCredentialsRef = toJson_IssuerSpecVenafiNgtsCredentialsRef;
exports.toJson_IssuerSpecVenafiTppCaBundleSecretRef = toJson_IssuerSpecVenafiTppCaBundleSecretRef;
exports.toJson_IssuerSpecVenafiTppCredentialsRef = toJson_IssuerSpecVenafiTppCredentialsRef;
exports.toJson_IssuerSpecAcmeSolversDns01AcmeDns = toJson_IssuerSpecAcmeSolversDns01AcmeDns;
exports.toJson_IssuerSpecAcmeSolversDns01Akamai = toJson_IssuerSpecAcmeSolversDns01Akamai;
exports.toJson_IssuerSpecAcmeSolversDns01AzureDns = toJson_IssuerSpecAcmeSolversDns01AzureDns;
exports.toJson_IssuerSpecAcmeSolversDns01CloudDns = toJson_IssuerSpecAcmeSolversDns01CloudDns;
exports.toJson_IssuerSpecAcmeSolversDns01Cloudflare = toJson_IssuerSpecAcmeSolversDns01Cloudflare;
exports.toJson_IssuerSpecAcmeSolversDns01Digitalocean = toJson_IssuerSpecAcmeSolversDns01Digitalocean;
exports.toJson_IssuerSpecAcmeSolversDns01Rfc2136 = toJson_IssuerSpecAcmeSolversDns01Rfc2136;
exports.toJson_IssuerSpecAcmeSolversDns01Route53 = toJson_IssuerSpecAcmeSolversDns01Route53;
exports.toJson_IssuerSpecAcmeSolversDns01Webhook = toJson_IssuerSpecAcmeSolversDns01Webhook;
exports.toJson_IssuerSpecVaultAuthAppRoleSecretRef = toJson_IssuerSpecVaultAuthAppRoleSecretRef;
exports.toJson_IssuerSpecVaultAuthAwsServiceAccountRef = toJson_IssuerSpecVaultAuthAwsServiceAccountRef;
exports.toJson_IssuerSpecVaultAuthKubernetesSecretRef = toJson_IssuerSpecVaultAuthKubernetesSecretRef;
exports.toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef = toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef;
exports.toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef = toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef = toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef = toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity = toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity;
exports.toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef = toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef = toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef = toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef = toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef = toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Route53Auth = toJson_IssuerSpecAcmeSolversDns01Route53Auth;
exports.toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef = toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef;
exports.toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes = toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes;
exports.toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef = toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * An Issuer represents a certificate issuing authority which can be
referenced as part of `issuerRef` fields.
It is scoped to a single namespace and can therefore only be referenced by
resources within the same namespace.
 *
 * @schema Issuer
 */
class Issuer extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Issuer"
     */
    static GVK = {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Issuer',
    };
    /**
     * Renders a Kubernetes manifest for "Issuer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Issuer.GVK,
            ...toJson_IssuerProps(props),
        };
    }
    /**
     * Defines a "Issuer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Issuer.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Issuer.GVK,
            ...toJson_IssuerProps(resolved),
        };
    }
}
exports.Issuer = Issuer;
/**
 * Converts an object of type 'IssuerProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_IssuerSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acme': toJson_IssuerSpecAcme(obj.acme),
        'ca': toJson_IssuerSpecCa(obj.ca),
        'selfSigned': toJson_IssuerSpecSelfSigned(obj.selfSigned),
        'vault': toJson_IssuerSpecVault(obj.vault),
        'venafi': toJson_IssuerSpecVenafi(obj.venafi),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcme' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcme(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'disableAccountKeyGeneration': obj.disableAccountKeyGeneration,
        'email': obj.email,
        'enableDurationFeature': obj.enableDurationFeature,
        'externalAccountBinding': toJson_IssuerSpecAcmeExternalAccountBinding(obj.externalAccountBinding),
        'preferredChain': obj.preferredChain,
        'privateKeySecretRef': toJson_IssuerSpecAcmePrivateKeySecretRef(obj.privateKeySecretRef),
        'profile': obj.profile,
        'renewalInformationSource': obj.renewalInformationSource,
        'server': obj.server,
        'skipTLSVerify': obj.skipTlsVerify,
        'solvers': obj.solvers?.map(y => toJson_IssuerSpecAcmeSolvers(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'crlDistributionPoints': obj.crlDistributionPoints?.map(y => y),
        'issuingCertificateURLs': obj.issuingCertificateUrLs?.map(y => y),
        'ocspServers': obj.ocspServers?.map(y => y),
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecSelfSigned' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecSelfSigned(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'crlDistributionPoints': obj.crlDistributionPoints?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_IssuerSpecVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caBundleSecretRef': toJson_IssuerSpecVaultCaBundleSecretRef(obj.caBundleSecretRef),
        'clientCertSecretRef': toJson_IssuerSpecVaultClientCertSecretRef(obj.clientCertSecretRef),
        'clientKeySecretRef': toJson_IssuerSpecVaultClientKeySecretRef(obj.clientKeySecretRef),
        'namespace': obj.namespace,
        'path': obj.path,
        'server': obj.server,
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cloud': toJson_IssuerSpecVenafiCloud(obj.cloud),
        'ngts': toJson_IssuerSpecVenafiNgts(obj.ngts),
        'tpp': toJson_IssuerSpecVenafiTpp(obj.tpp),
        'zone': obj.zone,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeExternalAccountBinding' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeExternalAccountBinding(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keyAlgorithm': obj.keyAlgorithm,
        'keyID': obj.keyId,
        'keySecretRef': toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef(obj.keySecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmePrivateKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmePrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * RenewalInformationSource allows fetching ACME Renewal Information from the ACME CA
 * server. Default is `ARI`.
 *
 * @default ARI`.
 * @schema IssuerSpecAcmeRenewalInformationSource
 */
var IssuerSpecAcmeRenewalInformationSource;
(function (IssuerSpecAcmeRenewalInformationSource) {
    /** ARI */
    IssuerSpecAcmeRenewalInformationSource["ARI"] = "ARI";
    /** None */
    IssuerSpecAcmeRenewalInformationSource["NONE"] = "None";
})(IssuerSpecAcmeRenewalInformationSource || (exports.IssuerSpecAcmeRenewalInformationSource = IssuerSpecAcmeRenewalInformationSource = {}));
/**
 * Converts an object of type 'IssuerSpecAcmeSolvers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolvers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dns01': toJson_IssuerSpecAcmeSolversDns01(obj.dns01),
        'selector': toJson_IssuerSpecAcmeSolversSelector(obj.selector),
        'waitInsteadOfSelfCheck': obj.waitInsteadOfSelfCheck,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_IssuerSpecVaultAuthAppRole(obj.appRole),
        'aws': toJson_IssuerSpecVaultAuthAws(obj.aws),
        'clientCertificate': toJson_IssuerSpecVaultAuthClientCertificate(obj.clientCertificate),
        'kubernetes': toJson_IssuerSpecVaultAuthKubernetes(obj.kubernetes),
        'tokenSecretRef': toJson_IssuerSpecVaultAuthTokenSecretRef(obj.tokenSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultCaBundleSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultCaBundleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultClientCertSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultClientCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultClientKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultClientKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiCloud' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiCloud(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiTokenSecretRef': toJson_IssuerSpecVenafiCloudApiTokenSecretRef(obj.apiTokenSecretRef),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiNgts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiNgts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentialsRef': toJson_IssuerSpecVenafiNgtsCredentialsRef(obj.credentialsRef),
        'tokenEndpoint': obj.tokenEndpoint,
        'tsgID': obj.tsgId,
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiTpp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiTpp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caBundleSecretRef': toJson_IssuerSpecVenafiTppCaBundleSecretRef(obj.caBundleSecretRef),
        'credentialsRef': toJson_IssuerSpecVenafiTppCredentialsRef(obj.credentialsRef),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Deprecated: keyAlgorithm field exists for historical compatibility
 * reasons and should not be used. The algorithm is now hardcoded to HS256
 * in golang/x/crypto/acme.
 *
 * @schema IssuerSpecAcmeExternalAccountBindingKeyAlgorithm
 */
var IssuerSpecAcmeExternalAccountBindingKeyAlgorithm;
(function (IssuerSpecAcmeExternalAccountBindingKeyAlgorithm) {
    /** HS256 */
    IssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS256"] = "HS256";
    /** HS384 */
    IssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS384"] = "HS384";
    /** HS512 */
    IssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS512"] = "HS512";
})(IssuerSpecAcmeExternalAccountBindingKeyAlgorithm || (exports.IssuerSpecAcmeExternalAccountBindingKeyAlgorithm = IssuerSpecAcmeExternalAccountBindingKeyAlgorithm = {}));
/**
 * Converts an object of type 'IssuerSpecAcmeExternalAccountBindingKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeExternalAccountBindingKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acmeDNS': toJson_IssuerSpecAcmeSolversDns01AcmeDns(obj.acmeDns),
        'akamai': toJson_IssuerSpecAcmeSolversDns01Akamai(obj.akamai),
        'azureDNS': toJson_IssuerSpecAcmeSolversDns01AzureDns(obj.azureDns),
        'cloudDNS': toJson_IssuerSpecAcmeSolversDns01CloudDns(obj.cloudDns),
        'cloudflare': toJson_IssuerSpecAcmeSolversDns01Cloudflare(obj.cloudflare),
        'cnameStrategy': obj.cnameStrategy,
        'digitalocean': toJson_IssuerSpecAcmeSolversDns01Digitalocean(obj.digitalocean),
        'nameservers': obj.nameservers?.map(y => y),
        'rfc2136': toJson_IssuerSpecAcmeSolversDns01Rfc2136(obj.rfc2136),
        'route53': toJson_IssuerSpecAcmeSolversDns01Route53(obj.route53),
        'webhook': toJson_IssuerSpecAcmeSolversDns01Webhook(obj.webhook),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dnsNames': obj.dnsNames?.map(y => y),
        'dnsZones': obj.dnsZones?.map(y => y),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAppRole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'secretRef': toJson_IssuerSpecVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAws' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamRoleArn': obj.iamRoleArn,
        'mountPath': obj.mountPath,
        'region': obj.region,
        'role': obj.role,
        'serviceAccountRef': toJson_IssuerSpecVaultAuthAwsServiceAccountRef(obj.serviceAccountRef),
        'vaultHeaderValue': obj.vaultHeaderValue,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthClientCertificate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthClientCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'name': obj.name,
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthKubernetes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_IssuerSpecVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiCloudApiTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiCloudApiTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiNgtsCredentialsRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiNgtsCredentialsRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiTppCaBundleSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiTppCaBundleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVenafiTppCredentialsRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVenafiTppCredentialsRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AcmeDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AcmeDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accountSecretRef': toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj.accountSecretRef),
        'host': obj.host,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Akamai' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Akamai(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessTokenSecretRef': toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj.accessTokenSecretRef),
        'clientSecretSecretRef': toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj.clientSecretSecretRef),
        'clientTokenSecretRef': toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj.clientTokenSecretRef),
        'serviceConsumerDomain': obj.serviceConsumerDomain,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AzureDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AzureDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientID': obj.clientId,
        'clientSecretSecretRef': toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj.clientSecretSecretRef),
        'environment': obj.environment,
        'hostedZoneName': obj.hostedZoneName,
        'managedIdentity': toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj.managedIdentity),
        'resourceGroupName': obj.resourceGroupName,
        'subscriptionID': obj.subscriptionId,
        'tenantID': obj.tenantId,
        'zoneType': obj.zoneType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01CloudDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostedZoneName': obj.hostedZoneName,
        'project': obj.project,
        'serviceAccountSecretRef': toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj.serviceAccountSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Cloudflare' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Cloudflare(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeySecretRef': toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj.apiKeySecretRef),
        'apiTokenSecretRef': toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj.apiTokenSecretRef),
        'email': obj.email,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * CNAMEStrategy configures how the DNS01 provider should handle CNAME
 * records when found in DNS zones.
 *
 * @schema IssuerSpecAcmeSolversDns01CnameStrategy
 */
var IssuerSpecAcmeSolversDns01CnameStrategy;
(function (IssuerSpecAcmeSolversDns01CnameStrategy) {
    /** None */
    IssuerSpecAcmeSolversDns01CnameStrategy["NONE"] = "None";
    /** Follow */
    IssuerSpecAcmeSolversDns01CnameStrategy["FOLLOW"] = "Follow";
})(IssuerSpecAcmeSolversDns01CnameStrategy || (exports.IssuerSpecAcmeSolversDns01CnameStrategy = IssuerSpecAcmeSolversDns01CnameStrategy = {}));
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Digitalocean' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Digitalocean(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tokenSecretRef': toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj.tokenSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Rfc2136' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Rfc2136(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nameserver': obj.nameserver,
        'protocol': obj.protocol,
        'tsigAlgorithm': obj.tsigAlgorithm,
        'tsigKeyName': obj.tsigKeyName,
        'tsigSecretSecretRef': toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj.tsigSecretSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Route53(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyID': obj.accessKeyId,
        'accessKeyIDSecretRef': toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'auth': toJson_IssuerSpecAcmeSolversDns01Route53Auth(obj.auth),
        'hostedZoneID': obj.hostedZoneId,
        'region': obj.region,
        'role': obj.role,
        'secretAccessKeySecretRef': toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Webhook' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Webhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'config': obj.config,
        'groupName': obj.groupName,
        'solverName': obj.solverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAppRoleSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthAwsServiceAccountRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthAwsServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthKubernetesSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthKubernetesSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecVaultAuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * name of the Azure environment (default AzurePublicCloud)
 *
 * @schema IssuerSpecAcmeSolversDns01AzureDnsEnvironment
 */
var IssuerSpecAcmeSolversDns01AzureDnsEnvironment;
(function (IssuerSpecAcmeSolversDns01AzureDnsEnvironment) {
    /** AzurePublicCloud */
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_PUBLIC_CLOUD"] = "AzurePublicCloud";
    /** AzureChinaCloud */
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_CHINA_CLOUD"] = "AzureChinaCloud";
    /** AzureGermanCloud */
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_GERMAN_CLOUD"] = "AzureGermanCloud";
    /** AzureUSGovernmentCloud */
    IssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_US_GOVERNMENT_CLOUD"] = "AzureUSGovernmentCloud";
})(IssuerSpecAcmeSolversDns01AzureDnsEnvironment || (exports.IssuerSpecAcmeSolversDns01AzureDnsEnvironment = IssuerSpecAcmeSolversDns01AzureDnsEnvironment = {}));
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientID': obj.clientId,
        'resourceID': obj.resourceId,
        'tenantID': obj.tenantId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var IssuerSpecAcmeSolversDns01AzureDnsZoneType;
(function (IssuerSpecAcmeSolversDns01AzureDnsZoneType) {
    /** AzurePublicZone */
    IssuerSpecAcmeSolversDns01AzureDnsZoneType["AZURE_PUBLIC_ZONE"] = "AzurePublicZone";
    /** AzurePrivateZone */
    IssuerSpecAcmeSolversDns01AzureDnsZoneType["AZURE_PRIVATE_ZONE"] = "AzurePrivateZone";
})(IssuerSpecAcmeSolversDns01AzureDnsZoneType || (exports.IssuerSpecAcmeSolversDns01AzureDnsZoneType = IssuerSpecAcmeSolversDns01AzureDnsZoneType = {}));
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Protocol to use for dynamic DNS update queries. Valid values are (case-sensitive) ``TCP`` and ``UDP``; ``UDP`` (default).
 *
 * @schema IssuerSpecAcmeSolversDns01Rfc2136Protocol
 */
var IssuerSpecAcmeSolversDns01Rfc2136Protocol;
(function (IssuerSpecAcmeSolversDns01Rfc2136Protocol) {
    /** TCP */
    IssuerSpecAcmeSolversDns01Rfc2136Protocol["TCP"] = "TCP";
    /** UDP */
    IssuerSpecAcmeSolversDns01Rfc2136Protocol["UDP"] = "UDP";
})(IssuerSpecAcmeSolversDns01Rfc2136Protocol || (exports.IssuerSpecAcmeSolversDns01Rfc2136Protocol = IssuerSpecAcmeSolversDns01Rfc2136Protocol = {}));
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53Auth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Route53Auth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetes': toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj.kubernetes),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53AuthKubernetes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_IssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
