"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol = exports.ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType = exports.ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment = exports.ClusterIssuerSpecAcmeSolversDns01CnameStrategy = exports.ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm = exports.ClusterIssuerSpecAcmeRenewalInformationSource = exports.ClusterIssuer = void 0;
exports.toJson_ClusterIssuerProps = toJson_ClusterIssuerProps;
exports.toJson_ClusterIssuerSpec = toJson_ClusterIssuerSpec;
exports.toJson_ClusterIssuerSpecAcme = toJson_ClusterIssuerSpecAcme;
exports.toJson_ClusterIssuerSpecCa = toJson_ClusterIssuerSpecCa;
exports.toJson_ClusterIssuerSpecSelfSigned = toJson_ClusterIssuerSpecSelfSigned;
exports.toJson_ClusterIssuerSpecVault = toJson_ClusterIssuerSpecVault;
exports.toJson_ClusterIssuerSpecVenafi = toJson_ClusterIssuerSpecVenafi;
exports.toJson_ClusterIssuerSpecAcmeExternalAccountBinding = toJson_ClusterIssuerSpecAcmeExternalAccountBinding;
exports.toJson_ClusterIssuerSpecAcmePrivateKeySecretRef = toJson_ClusterIssuerSpecAcmePrivateKeySecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolvers = toJson_ClusterIssuerSpecAcmeSolvers;
exports.toJson_ClusterIssuerSpecVaultAuth = toJson_ClusterIssuerSpecVaultAuth;
exports.toJson_ClusterIssuerSpecVaultCaBundleSecretRef = toJson_ClusterIssuerSpecVaultCaBundleSecretRef;
exports.toJson_ClusterIssuerSpecVaultClientCertSecretRef = toJson_ClusterIssuerSpecVaultClientCertSecretRef;
exports.toJson_ClusterIssuerSpecVaultClientKeySecretRef = toJson_ClusterIssuerSpecVaultClientKeySecretRef;
exports.toJson_ClusterIssuerSpecVenafiCloud = toJson_ClusterIssuerSpecVenafiCloud;
exports.toJson_ClusterIssuerSpecVenafiNgts = toJson_ClusterIssuerSpecVenafiNgts;
exports.toJson_ClusterIssuerSpecVenafiTpp = toJson_ClusterIssuerSpecVenafiTpp;
exports.toJson_ClusterIssuerSpecAcmeExternalAccountBindingKeySecretRef = toJson_ClusterIssuerSpecAcmeExternalAccountBindingKeySecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01 = toJson_ClusterIssuerSpecAcmeSolversDns01;
exports.toJson_ClusterIssuerSpecAcmeSolversSelector = toJson_ClusterIssuerSpecAcmeSolversSelector;
exports.toJson_ClusterIssuerSpecVaultAuthAppRole = toJson_ClusterIssuerSpecVaultAuthAppRole;
exports.toJson_ClusterIssuerSpecVaultAuthAws = toJson_ClusterIssuerSpecVaultAuthAws;
exports.toJson_ClusterIssuerSpecVaultAuthClientCertificate = toJson_ClusterIssuerSpecVaultAuthClientCertificate;
exports.toJson_ClusterIssuerSpecVaultAuthKubernetes = toJson_ClusterIssuerSpecVaultAuthKubernetes;
exports.toJson_ClusterIssuerSpecVaultAuthTokenSecretRef = toJson_ClusterIssuerSpecVaultAuthTokenSecretRef;
exports.toJson_ClusterIssuerSpecVenafiCloudApiTokenSecretRef = toJson_ClusterIssuerSpecVenafiCloudApiTokenSecretRef;
exports.toJson_ClusterIssuerSpecVenafiNgtsCredentialsRef = toJson_ClusterIssuerSpecVenafiNgtsCredentialsRef;
exports.toJson_ClusterIssuerSpecVenafiTppCaBundleSecretRef = toJson_ClusterIssuerSpecVenafiTppCaBundleSecretRef;
exports.toJson_ClusterIssuerSpecVenafiTppCredentialsRef = toJson_ClusterIssuerSpecVenafiTppCredentialsRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDns = toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDns;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Akamai = toJson_ClusterIssuerSpecAcmeSolversDns01Akamai;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AzureDns = toJson_ClusterIssuerSpecAcmeSolversDns01AzureDns;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01CloudDns = toJson_ClusterIssuerSpecAcmeSolversDns01CloudDns;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Cloudflare = toJson_ClusterIssuerSpecAcmeSolversDns01Cloudflare;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Digitalocean = toJson_ClusterIssuerSpecAcmeSolversDns01Digitalocean;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136 = toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Route53 = toJson_ClusterIssuerSpecAcmeSolversDns01Route53;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Webhook = toJson_ClusterIssuerSpecAcmeSolversDns01Webhook;
exports.toJson_ClusterIssuerSpecVaultAuthAppRoleSecretRef = toJson_ClusterIssuerSpecVaultAuthAppRoleSecretRef;
exports.toJson_ClusterIssuerSpecVaultAuthAwsServiceAccountRef = toJson_ClusterIssuerSpecVaultAuthAwsServiceAccountRef;
exports.toJson_ClusterIssuerSpecVaultAuthKubernetesSecretRef = toJson_ClusterIssuerSpecVaultAuthKubernetesSecretRef;
exports.toJson_ClusterIssuerSpecVaultAuthKubernetesServiceAccountRef = toJson_ClusterIssuerSpecVaultAuthKubernetesServiceAccountRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsManagedIdentity = toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsManagedIdentity;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Route53Auth = toJson_ClusterIssuerSpecAcmeSolversDns01Route53Auth;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef = toJson_ClusterIssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes = toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes;
exports.toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef = toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * A ClusterIssuer represents a certificate issuing authority which can be
referenced as part of `issuerRef` fields.
It is similar to an Issuer, however it is cluster-scoped and therefore can
be referenced by resources that exist in *any* namespace, not just the same
namespace as the referent.
 *
 * @schema ClusterIssuer
 */
class ClusterIssuer extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterIssuer"
     */
    static GVK = {
        apiVersion: 'cert-manager.io/v1',
        kind: 'ClusterIssuer',
    };
    /**
     * Renders a Kubernetes manifest for "ClusterIssuer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ClusterIssuer.GVK,
            ...toJson_ClusterIssuerProps(props),
        };
    }
    /**
     * Defines a "ClusterIssuer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ClusterIssuer.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClusterIssuer.GVK,
            ...toJson_ClusterIssuerProps(resolved),
        };
    }
}
exports.ClusterIssuer = ClusterIssuer;
/**
 * Converts an object of type 'ClusterIssuerProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterIssuerSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acme': toJson_ClusterIssuerSpecAcme(obj.acme),
        'ca': toJson_ClusterIssuerSpecCa(obj.ca),
        'selfSigned': toJson_ClusterIssuerSpecSelfSigned(obj.selfSigned),
        'vault': toJson_ClusterIssuerSpecVault(obj.vault),
        'venafi': toJson_ClusterIssuerSpecVenafi(obj.venafi),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcme' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcme(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'disableAccountKeyGeneration': obj.disableAccountKeyGeneration,
        'email': obj.email,
        'enableDurationFeature': obj.enableDurationFeature,
        'externalAccountBinding': toJson_ClusterIssuerSpecAcmeExternalAccountBinding(obj.externalAccountBinding),
        'preferredChain': obj.preferredChain,
        'privateKeySecretRef': toJson_ClusterIssuerSpecAcmePrivateKeySecretRef(obj.privateKeySecretRef),
        'profile': obj.profile,
        'renewalInformationSource': obj.renewalInformationSource,
        'server': obj.server,
        'skipTLSVerify': obj.skipTlsVerify,
        'solvers': obj.solvers?.map(y => toJson_ClusterIssuerSpecAcmeSolvers(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecCa(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecSelfSigned' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecSelfSigned(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_ClusterIssuerSpecVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caBundleSecretRef': toJson_ClusterIssuerSpecVaultCaBundleSecretRef(obj.caBundleSecretRef),
        'clientCertSecretRef': toJson_ClusterIssuerSpecVaultClientCertSecretRef(obj.clientCertSecretRef),
        'clientKeySecretRef': toJson_ClusterIssuerSpecVaultClientKeySecretRef(obj.clientKeySecretRef),
        'namespace': obj.namespace,
        'path': obj.path,
        'server': obj.server,
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVenafi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cloud': toJson_ClusterIssuerSpecVenafiCloud(obj.cloud),
        'ngts': toJson_ClusterIssuerSpecVenafiNgts(obj.ngts),
        'tpp': toJson_ClusterIssuerSpecVenafiTpp(obj.tpp),
        'zone': obj.zone,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeExternalAccountBinding' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeExternalAccountBinding(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keyAlgorithm': obj.keyAlgorithm,
        'keyID': obj.keyId,
        'keySecretRef': toJson_ClusterIssuerSpecAcmeExternalAccountBindingKeySecretRef(obj.keySecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmePrivateKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmePrivateKeySecretRef(obj) {
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
 * @schema ClusterIssuerSpecAcmeRenewalInformationSource
 */
var ClusterIssuerSpecAcmeRenewalInformationSource;
(function (ClusterIssuerSpecAcmeRenewalInformationSource) {
    /** ARI */
    ClusterIssuerSpecAcmeRenewalInformationSource["ARI"] = "ARI";
    /** None */
    ClusterIssuerSpecAcmeRenewalInformationSource["NONE"] = "None";
})(ClusterIssuerSpecAcmeRenewalInformationSource || (exports.ClusterIssuerSpecAcmeRenewalInformationSource = ClusterIssuerSpecAcmeRenewalInformationSource = {}));
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolvers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolvers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dns01': toJson_ClusterIssuerSpecAcmeSolversDns01(obj.dns01),
        'selector': toJson_ClusterIssuerSpecAcmeSolversSelector(obj.selector),
        'waitInsteadOfSelfCheck': obj.waitInsteadOfSelfCheck,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVaultAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_ClusterIssuerSpecVaultAuthAppRole(obj.appRole),
        'aws': toJson_ClusterIssuerSpecVaultAuthAws(obj.aws),
        'clientCertificate': toJson_ClusterIssuerSpecVaultAuthClientCertificate(obj.clientCertificate),
        'kubernetes': toJson_ClusterIssuerSpecVaultAuthKubernetes(obj.kubernetes),
        'tokenSecretRef': toJson_ClusterIssuerSpecVaultAuthTokenSecretRef(obj.tokenSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVaultCaBundleSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultCaBundleSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultClientCertSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultClientCertSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultClientKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultClientKeySecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVenafiCloud' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiCloud(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiTokenSecretRef': toJson_ClusterIssuerSpecVenafiCloudApiTokenSecretRef(obj.apiTokenSecretRef),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVenafiNgts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiNgts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentialsRef': toJson_ClusterIssuerSpecVenafiNgtsCredentialsRef(obj.credentialsRef),
        'tokenEndpoint': obj.tokenEndpoint,
        'tsgID': obj.tsgId,
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVenafiTpp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiTpp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caBundleSecretRef': toJson_ClusterIssuerSpecVenafiTppCaBundleSecretRef(obj.caBundleSecretRef),
        'credentialsRef': toJson_ClusterIssuerSpecVenafiTppCredentialsRef(obj.credentialsRef),
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
 * @schema ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm
 */
var ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm;
(function (ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm) {
    /** HS256 */
    ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS256"] = "HS256";
    /** HS384 */
    ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS384"] = "HS384";
    /** HS512 */
    ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm["HS512"] = "HS512";
})(ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm || (exports.ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm = ClusterIssuerSpecAcmeExternalAccountBindingKeyAlgorithm = {}));
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeExternalAccountBindingKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeExternalAccountBindingKeySecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'acmeDNS': toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDns(obj.acmeDns),
        'akamai': toJson_ClusterIssuerSpecAcmeSolversDns01Akamai(obj.akamai),
        'azureDNS': toJson_ClusterIssuerSpecAcmeSolversDns01AzureDns(obj.azureDns),
        'cloudDNS': toJson_ClusterIssuerSpecAcmeSolversDns01CloudDns(obj.cloudDns),
        'cloudflare': toJson_ClusterIssuerSpecAcmeSolversDns01Cloudflare(obj.cloudflare),
        'cnameStrategy': obj.cnameStrategy,
        'digitalocean': toJson_ClusterIssuerSpecAcmeSolversDns01Digitalocean(obj.digitalocean),
        'nameservers': obj.nameservers?.map(y => y),
        'rfc2136': toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136(obj.rfc2136),
        'route53': toJson_ClusterIssuerSpecAcmeSolversDns01Route53(obj.route53),
        'webhook': toJson_ClusterIssuerSpecAcmeSolversDns01Webhook(obj.webhook),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversSelector(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultAuthAppRole' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'secretRef': toJson_ClusterIssuerSpecVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVaultAuthAws' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamRoleArn': obj.iamRoleArn,
        'mountPath': obj.mountPath,
        'region': obj.region,
        'role': obj.role,
        'serviceAccountRef': toJson_ClusterIssuerSpecVaultAuthAwsServiceAccountRef(obj.serviceAccountRef),
        'vaultHeaderValue': obj.vaultHeaderValue,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVaultAuthClientCertificate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthClientCertificate(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultAuthKubernetes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_ClusterIssuerSpecVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_ClusterIssuerSpecVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecVaultAuthTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthTokenSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVenafiCloudApiTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiCloudApiTokenSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVenafiNgtsCredentialsRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiNgtsCredentialsRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVenafiTppCaBundleSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiTppCaBundleSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVenafiTppCredentialsRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVenafiTppCredentialsRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AcmeDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accountSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj.accountSecretRef),
        'host': obj.host,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Akamai' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Akamai(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessTokenSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj.accessTokenSecretRef),
        'clientSecretSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj.clientSecretSecretRef),
        'clientTokenSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj.clientTokenSecretRef),
        'serviceConsumerDomain': obj.serviceConsumerDomain,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AzureDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AzureDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientID': obj.clientId,
        'clientSecretSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj.clientSecretSecretRef),
        'environment': obj.environment,
        'hostedZoneName': obj.hostedZoneName,
        'managedIdentity': toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj.managedIdentity),
        'resourceGroupName': obj.resourceGroupName,
        'subscriptionID': obj.subscriptionId,
        'tenantID': obj.tenantId,
        'zoneType': obj.zoneType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01CloudDns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01CloudDns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostedZoneName': obj.hostedZoneName,
        'project': obj.project,
        'serviceAccountSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj.serviceAccountSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Cloudflare' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Cloudflare(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeySecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj.apiKeySecretRef),
        'apiTokenSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj.apiTokenSecretRef),
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
 * @schema ClusterIssuerSpecAcmeSolversDns01CnameStrategy
 */
var ClusterIssuerSpecAcmeSolversDns01CnameStrategy;
(function (ClusterIssuerSpecAcmeSolversDns01CnameStrategy) {
    /** None */
    ClusterIssuerSpecAcmeSolversDns01CnameStrategy["NONE"] = "None";
    /** Follow */
    ClusterIssuerSpecAcmeSolversDns01CnameStrategy["FOLLOW"] = "Follow";
})(ClusterIssuerSpecAcmeSolversDns01CnameStrategy || (exports.ClusterIssuerSpecAcmeSolversDns01CnameStrategy = ClusterIssuerSpecAcmeSolversDns01CnameStrategy = {}));
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Digitalocean' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Digitalocean(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tokenSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj.tokenSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Rfc2136' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nameserver': obj.nameserver,
        'protocol': obj.protocol,
        'tsigAlgorithm': obj.tsigAlgorithm,
        'tsigKeyName': obj.tsigKeyName,
        'tsigSecretSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj.tsigSecretSecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Route53' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Route53(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyID': obj.accessKeyId,
        'accessKeyIDSecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'auth': toJson_ClusterIssuerSpecAcmeSolversDns01Route53Auth(obj.auth),
        'hostedZoneID': obj.hostedZoneId,
        'region': obj.region,
        'role': obj.role,
        'secretAccessKeySecretRef': toJson_ClusterIssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Webhook' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Webhook(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultAuthAppRoleSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthAppRoleSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultAuthAwsServiceAccountRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthAwsServiceAccountRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultAuthKubernetesSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthKubernetesSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecVaultAuthKubernetesServiceAccountRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AcmeDnsAccountSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiAccessTokenSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientSecretSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AkamaiClientTokenSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsClientSecretSecretRef(obj) {
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
 * @schema ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment
 */
var ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment;
(function (ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment) {
    /** AzurePublicCloud */
    ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_PUBLIC_CLOUD"] = "AzurePublicCloud";
    /** AzureChinaCloud */
    ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_CHINA_CLOUD"] = "AzureChinaCloud";
    /** AzureGermanCloud */
    ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_GERMAN_CLOUD"] = "AzureGermanCloud";
    /** AzureUSGovernmentCloud */
    ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment["AZURE_US_GOVERNMENT_CLOUD"] = "AzureUSGovernmentCloud";
})(ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment || (exports.ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment = ClusterIssuerSpecAcmeSolversDns01AzureDnsEnvironment = {}));
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01AzureDnsManagedIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01AzureDnsManagedIdentity(obj) {
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
 * @schema ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType
 */
var ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType;
(function (ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType) {
    /** AzurePublicZone */
    ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType["AZURE_PUBLIC_ZONE"] = "AzurePublicZone";
    /** AzurePrivateZone */
    ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType["AZURE_PRIVATE_ZONE"] = "AzurePrivateZone";
})(ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType || (exports.ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType = ClusterIssuerSpecAcmeSolversDns01AzureDnsZoneType = {}));
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01CloudDnsServiceAccountSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiKeySecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01CloudflareApiTokenSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01DigitaloceanTokenSecretRef(obj) {
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
 * @schema ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol
 */
var ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol;
(function (ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol) {
    /** TCP */
    ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol["TCP"] = "TCP";
    /** UDP */
    ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol["UDP"] = "UDP";
})(ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol || (exports.ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol = ClusterIssuerSpecAcmeSolversDns01Rfc2136Protocol = {}));
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Rfc2136TsigSecretSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Route53AccessKeyIdSecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Route53Auth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Route53Auth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetes': toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj.kubernetes),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Route53SecretAccessKeySecretRef(obj) {
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
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterIssuerSpecAcmeSolversDns01Route53AuthKubernetesServiceAccountRef(obj) {
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
