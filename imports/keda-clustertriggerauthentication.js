"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType = exports.ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = exports.ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = exports.ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = exports.ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = exports.ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = exports.ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = exports.ClusterTriggerAuthenticationSpecPodIdentityProvider = exports.ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner = exports.ClusterTriggerAuthenticationSpecOauth2Type = exports.ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication = exports.ClusterTriggerAuthentication = void 0;
exports.toJson_ClusterTriggerAuthenticationProps = toJson_ClusterTriggerAuthenticationProps;
exports.toJson_ClusterTriggerAuthenticationSpec = toJson_ClusterTriggerAuthenticationSpec;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManager = toJson_ClusterTriggerAuthenticationSpecAwsSecretManager;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVault = toJson_ClusterTriggerAuthenticationSpecAzureKeyVault;
exports.toJson_ClusterTriggerAuthenticationSpecBoundServiceAccountToken = toJson_ClusterTriggerAuthenticationSpecBoundServiceAccountToken;
exports.toJson_ClusterTriggerAuthenticationSpecConfigMapTargetRef = toJson_ClusterTriggerAuthenticationSpecConfigMapTargetRef;
exports.toJson_ClusterTriggerAuthenticationSpecEnv = toJson_ClusterTriggerAuthenticationSpecEnv;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManager = toJson_ClusterTriggerAuthenticationSpecGcpSecretManager;
exports.toJson_ClusterTriggerAuthenticationSpecHashiCorpVault = toJson_ClusterTriggerAuthenticationSpecHashiCorpVault;
exports.toJson_ClusterTriggerAuthenticationSpecOauth2 = toJson_ClusterTriggerAuthenticationSpecOauth2;
exports.toJson_ClusterTriggerAuthenticationSpecPodIdentity = toJson_ClusterTriggerAuthenticationSpecPodIdentity;
exports.toJson_ClusterTriggerAuthenticationSpecSecretTargetRef = toJson_ClusterTriggerAuthenticationSpecSecretTargetRef;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCloud = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCloud;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials = toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity = toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets = toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets;
exports.toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultCredential = toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultCredential;
exports.toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets = toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets;
exports.toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecret = toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecret;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret = toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret;
exports.toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData = toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData;
exports.toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom = toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom = toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom;
exports.toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef = toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef;
exports.toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef = toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef;
exports.toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef = toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef;
exports.toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef = toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * ClusterTriggerAuthentication defines how a trigger can authenticate globally
 *
 * @schema ClusterTriggerAuthentication
 */
class ClusterTriggerAuthentication extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterTriggerAuthentication"
     */
    static GVK = {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ClusterTriggerAuthentication',
    };
    /**
     * Renders a Kubernetes manifest for "ClusterTriggerAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ClusterTriggerAuthentication.GVK,
            ...toJson_ClusterTriggerAuthenticationProps(props),
        };
    }
    /**
     * Defines a "ClusterTriggerAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ClusterTriggerAuthentication.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClusterTriggerAuthentication.GVK,
            ...toJson_ClusterTriggerAuthenticationProps(resolved),
        };
    }
}
exports.ClusterTriggerAuthentication = ClusterTriggerAuthentication;
/**
 * Converts an object of type 'ClusterTriggerAuthenticationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterTriggerAuthenticationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsSecretManager': toJson_ClusterTriggerAuthenticationSpecAwsSecretManager(obj.awsSecretManager),
        'azureKeyVault': toJson_ClusterTriggerAuthenticationSpecAzureKeyVault(obj.azureKeyVault),
        'boundServiceAccountToken': obj.boundServiceAccountToken?.map(y => toJson_ClusterTriggerAuthenticationSpecBoundServiceAccountToken(y)),
        'configMapTargetRef': obj.configMapTargetRef?.map(y => toJson_ClusterTriggerAuthenticationSpecConfigMapTargetRef(y)),
        'env': obj.env?.map(y => toJson_ClusterTriggerAuthenticationSpecEnv(y)),
        'filePath': obj.filePath,
        'gcpSecretManager': toJson_ClusterTriggerAuthenticationSpecGcpSecretManager(obj.gcpSecretManager),
        'hashiCorpVault': toJson_ClusterTriggerAuthenticationSpecHashiCorpVault(obj.hashiCorpVault),
        'oauth2': toJson_ClusterTriggerAuthenticationSpecOauth2(obj.oauth2),
        'podIdentity': toJson_ClusterTriggerAuthenticationSpecPodIdentity(obj.podIdentity),
        'secretTargetRef': obj.secretTargetRef?.map(y => toJson_ClusterTriggerAuthenticationSpecSecretTargetRef(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManager' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials(obj.credentials),
        'podIdentity': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj.podIdentity),
        'region': obj.region,
        'secrets': obj.secrets?.map(y => toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cloud': toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCloud(obj.cloud),
        'credentials': toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials(obj.credentials),
        'podIdentity': toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj.podIdentity),
        'secrets': obj.secrets?.map(y => toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets(y)),
        'vaultUri': obj.vaultUri,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecBoundServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecBoundServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parameter': obj.parameter,
        'serviceAccountName': obj.serviceAccountName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecConfigMapTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecConfigMapTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManager' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials(obj.credentials),
        'podIdentity': toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj.podIdentity),
        'secrets': obj.secrets?.map(y => toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecHashiCorpVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'address': obj.address,
        'authentication': obj.authentication,
        'credential': toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultCredential(obj.credential),
        'mount': obj.mount,
        'namespace': obj.namespace,
        'role': obj.role,
        'secrets': obj.secrets?.map(y => toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecret': toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecret(obj.clientSecret),
        'scopes': obj.scopes?.map(y => y),
        'tokenUrl': obj.tokenUrl,
        'tokenUrlParams': ((obj.tokenUrlParams) === undefined) ? undefined : (Object.entries(obj.tokenUrlParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecSecretTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecSecretTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj.accessKey),
        'accessSecretKey': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj.accessSecretKey),
        'accessToken': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj.accessToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'parameter': obj.parameter,
        'secretKey': obj.secretKey,
        'versionId': obj.versionId,
        'versionStage': obj.versionStage,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCloud' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCloud(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDirectoryEndpoint': obj.activeDirectoryEndpoint,
        'keyVaultResourceURL': obj.keyVaultResourceUrl,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecret': toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj.clientSecret),
        'tenantId': obj.tenantId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'parameter': obj.parameter,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientSecret': toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj.clientSecret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'parameter': obj.parameter,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * VaultAuthentication contains the list of Hashicorp Vault authentication methods
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication
 */
var ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication;
(function (ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication) {
    /** token */
    ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication["TOKEN"] = "token";
    /** kubernetes */
    ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication["KUBERNETES"] = "kubernetes";
})(ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication || (exports.ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication = ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication = {}));
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVaultCredential' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultCredential(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccount': obj.serviceAccount,
        'serviceAccountName': obj.serviceAccountName,
        'token': obj.token,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'parameter': obj.parameter,
        'path': obj.path,
        'pkiData': toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj.pkiData),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2ClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ClusterTriggerAuthenticationSpecOauth2Type
 */
var ClusterTriggerAuthenticationSpecOauth2Type;
(function (ClusterTriggerAuthenticationSpecOauth2Type) {
    /** clientCredentials */
    ClusterTriggerAuthenticationSpecOauth2Type["CLIENT_CREDENTIALS"] = "clientCredentials";
})(ClusterTriggerAuthenticationSpecOauth2Type || (exports.ClusterTriggerAuthenticationSpecOauth2Type = ClusterTriggerAuthenticationSpecOauth2Type = {}));
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner
 */
var ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner;
(function (ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner) {
    /** keda */
    ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner || (exports.ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner = ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecPodIdentityProvider
 */
var ClusterTriggerAuthenticationSpecPodIdentityProvider;
(function (ClusterTriggerAuthenticationSpecPodIdentityProvider) {
    /** azure-workload */
    ClusterTriggerAuthenticationSpecPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    ClusterTriggerAuthenticationSpecPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    ClusterTriggerAuthenticationSpecPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    ClusterTriggerAuthenticationSpecPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    ClusterTriggerAuthenticationSpecPodIdentityProvider["NONE"] = "none";
})(ClusterTriggerAuthenticationSpecPodIdentityProvider || (exports.ClusterTriggerAuthenticationSpecPodIdentityProvider = ClusterTriggerAuthenticationSpecPodIdentityProvider = {}));
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner
 */
var ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
(function (ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner) {
    /** keda */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner || (exports.ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider
 */
var ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
(function (ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider) {
    /** azure-workload */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["NONE"] = "none";
})(ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider || (exports.ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = {}));
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner
 */
var ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
(function (ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner) {
    /** keda */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner || (exports.ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider
 */
var ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
(function (ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider) {
    /** azure-workload */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["NONE"] = "none";
})(ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider || (exports.ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = {}));
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner
 */
var ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
(function (ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner) {
    /** keda */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner || (exports.ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider
 */
var ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
(function (ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider) {
    /** azure-workload */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["NONE"] = "none";
})(ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider || (exports.ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = {}));
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'altNames': obj.altNames,
        'commonName': obj.commonName,
        'format': obj.format,
        'ipSans': obj.ipSans,
        'otherSans': obj.otherSans,
        'ttl': obj.ttl,
        'uriSans': obj.uriSans,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * VaultSecretType defines the type of vault secret
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType
 */
var ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType;
(function (ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType) {
    /** secretV2 */
    ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType["SECRET_V2"] = "secretV2";
    /** secret */
    ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType["SECRET"] = "secret";
    /** pki */
    ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType["PKI"] = "pki";
})(ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType || (exports.ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType = ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType = {}));
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj) {
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
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj) {
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
