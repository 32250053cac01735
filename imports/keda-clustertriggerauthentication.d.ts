import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ClusterTriggerAuthentication defines how a trigger can authenticate globally
 *
 * @schema ClusterTriggerAuthentication
 */
export declare class ClusterTriggerAuthentication extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterTriggerAuthentication"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterTriggerAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ClusterTriggerAuthenticationProps): any;
    /**
     * Defines a "ClusterTriggerAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ClusterTriggerAuthenticationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ClusterTriggerAuthentication defines how a trigger can authenticate globally
 *
 * @schema ClusterTriggerAuthentication
 */
export interface ClusterTriggerAuthenticationProps {
    /**
     * @schema ClusterTriggerAuthentication#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * TriggerAuthenticationSpec defines the various ways to authenticate
     *
     * @schema ClusterTriggerAuthentication#spec
     */
    readonly spec: ClusterTriggerAuthenticationSpec;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationProps' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationProps(obj: ClusterTriggerAuthenticationProps | undefined): Record<string, any> | undefined;
/**
 * TriggerAuthenticationSpec defines the various ways to authenticate
 *
 * @schema ClusterTriggerAuthenticationSpec
 */
export interface ClusterTriggerAuthenticationSpec {
    /**
     * AwsSecretManager is used to authenticate using AwsSecretManager
     *
     * @schema ClusterTriggerAuthenticationSpec#awsSecretManager
     */
    readonly awsSecretManager?: ClusterTriggerAuthenticationSpecAwsSecretManager;
    /**
     * AzureKeyVault is used to authenticate using Azure Key Vault
     *
     * @schema ClusterTriggerAuthenticationSpec#azureKeyVault
     */
    readonly azureKeyVault?: ClusterTriggerAuthenticationSpecAzureKeyVault;
    /**
     * @schema ClusterTriggerAuthenticationSpec#boundServiceAccountToken
     */
    readonly boundServiceAccountToken?: ClusterTriggerAuthenticationSpecBoundServiceAccountToken[];
    /**
     * @schema ClusterTriggerAuthenticationSpec#configMapTargetRef
     */
    readonly configMapTargetRef?: ClusterTriggerAuthenticationSpecConfigMapTargetRef[];
    /**
     * @schema ClusterTriggerAuthenticationSpec#env
     */
    readonly env?: ClusterTriggerAuthenticationSpecEnv[];
    /**
     * FilePath specifies a file containing auth parameters as JSON map[string]string.
     * When set, auth params are read directly from this file instead.
     *
     * @schema ClusterTriggerAuthenticationSpec#filePath
     */
    readonly filePath?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpec#gcpSecretManager
     */
    readonly gcpSecretManager?: ClusterTriggerAuthenticationSpecGcpSecretManager;
    /**
     * HashiCorpVault is used to authenticate using Hashicorp Vault
     *
     * @schema ClusterTriggerAuthenticationSpec#hashiCorpVault
     */
    readonly hashiCorpVault?: ClusterTriggerAuthenticationSpecHashiCorpVault;
    /**
     * @schema ClusterTriggerAuthenticationSpec#oauth2
     */
    readonly oauth2?: ClusterTriggerAuthenticationSpecOauth2;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema ClusterTriggerAuthenticationSpec#podIdentity
     */
    readonly podIdentity?: ClusterTriggerAuthenticationSpecPodIdentity;
    /**
     * @schema ClusterTriggerAuthenticationSpec#secretTargetRef
     */
    readonly secretTargetRef?: ClusterTriggerAuthenticationSpecSecretTargetRef[];
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpec' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpec(obj: ClusterTriggerAuthenticationSpec | undefined): Record<string, any> | undefined;
/**
 * AwsSecretManager is used to authenticate using AwsSecretManager
 *
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManager
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManager {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManager#credentials
     */
    readonly credentials?: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManager#podIdentity
     */
    readonly podIdentity?: ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManager#region
     */
    readonly region?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManager#secrets
     */
    readonly secrets: ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets[];
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManager' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManager(obj: ClusterTriggerAuthenticationSpecAwsSecretManager | undefined): Record<string, any> | undefined;
/**
 * AzureKeyVault is used to authenticate using Azure Key Vault
 *
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVault
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVault {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVault#cloud
     */
    readonly cloud?: ClusterTriggerAuthenticationSpecAzureKeyVaultCloud;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVault#credentials
     */
    readonly credentials?: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVault#podIdentity
     */
    readonly podIdentity?: ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVault#secrets
     */
    readonly secrets: ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets[];
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVault#vaultUri
     */
    readonly vaultUri: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVault' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVault(obj: ClusterTriggerAuthenticationSpecAzureKeyVault | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecBoundServiceAccountToken
 */
export interface ClusterTriggerAuthenticationSpecBoundServiceAccountToken {
    /**
     * @schema ClusterTriggerAuthenticationSpecBoundServiceAccountToken#parameter
     */
    readonly parameter: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecBoundServiceAccountToken#serviceAccountName
     */
    readonly serviceAccountName: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecBoundServiceAccountToken' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecBoundServiceAccountToken(obj: ClusterTriggerAuthenticationSpecBoundServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * AuthConfigMapTargetRef is used to authenticate using a reference to a config map
 *
 * @schema ClusterTriggerAuthenticationSpecConfigMapTargetRef
 */
export interface ClusterTriggerAuthenticationSpecConfigMapTargetRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecConfigMapTargetRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecConfigMapTargetRef#name
     */
    readonly name: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecConfigMapTargetRef#parameter
     */
    readonly parameter: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecConfigMapTargetRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecConfigMapTargetRef(obj: ClusterTriggerAuthenticationSpecConfigMapTargetRef | undefined): Record<string, any> | undefined;
/**
 * AuthEnvironment is used to authenticate using environment variables
 * in the destination ScaleTarget spec
 *
 * @schema ClusterTriggerAuthenticationSpecEnv
 */
export interface ClusterTriggerAuthenticationSpecEnv {
    /**
     * @schema ClusterTriggerAuthenticationSpecEnv#containerName
     */
    readonly containerName?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecEnv#name
     */
    readonly name: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecEnv#parameter
     */
    readonly parameter: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecEnv' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecEnv(obj: ClusterTriggerAuthenticationSpecEnv | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManager
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManager {
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManager#credentials
     */
    readonly credentials?: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManager#podIdentity
     */
    readonly podIdentity?: ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity;
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManager#secrets
     */
    readonly secrets: ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets[];
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManager' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManager(obj: ClusterTriggerAuthenticationSpecGcpSecretManager | undefined): Record<string, any> | undefined;
/**
 * HashiCorpVault is used to authenticate using Hashicorp Vault
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVault
 */
export interface ClusterTriggerAuthenticationSpecHashiCorpVault {
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#address
     */
    readonly address: string;
    /**
     * VaultAuthentication contains the list of Hashicorp Vault authentication methods
     *
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#authentication
     */
    readonly authentication: ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication;
    /**
     * Credential defines the Hashicorp Vault credentials depending on the authentication method
     *
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#credential
     */
    readonly credential?: ClusterTriggerAuthenticationSpecHashiCorpVaultCredential;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#mount
     */
    readonly mount?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#namespace
     */
    readonly namespace?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#role
     */
    readonly role?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVault#secrets
     */
    readonly secrets: ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets[];
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVault' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecHashiCorpVault(obj: ClusterTriggerAuthenticationSpecHashiCorpVault | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecOauth2
 */
export interface ClusterTriggerAuthenticationSpecOauth2 {
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2#clientId
     */
    readonly clientId: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2#clientSecret
     */
    readonly clientSecret?: ClusterTriggerAuthenticationSpecOauth2ClientSecret;
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2#tokenUrl
     */
    readonly tokenUrl: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2#tokenUrlParams
     */
    readonly tokenUrlParams?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2#type
     */
    readonly type: ClusterTriggerAuthenticationSpecOauth2Type;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecOauth2(obj: ClusterTriggerAuthenticationSpecOauth2 | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema ClusterTriggerAuthenticationSpecPodIdentity
 */
export interface ClusterTriggerAuthenticationSpecPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#identityOwner
     */
    readonly identityOwner?: ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#provider
     */
    readonly provider: ClusterTriggerAuthenticationSpecPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema ClusterTriggerAuthenticationSpecPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecPodIdentity' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecPodIdentity(obj: ClusterTriggerAuthenticationSpecPodIdentity | undefined): Record<string, any> | undefined;
/**
 * AuthSecretTargetRef is used to authenticate using a reference to a secret
 *
 * @schema ClusterTriggerAuthenticationSpecSecretTargetRef
 */
export interface ClusterTriggerAuthenticationSpecSecretTargetRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecSecretTargetRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecSecretTargetRef#name
     */
    readonly name: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecSecretTargetRef#parameter
     */
    readonly parameter: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecSecretTargetRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecSecretTargetRef(obj: ClusterTriggerAuthenticationSpecSecretTargetRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials#accessKey
     */
    readonly accessKey: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials#accessSecretKey
     */
    readonly accessSecretKey: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials#accessToken
     */
    readonly accessToken?: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentials | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityOwner
     */
    readonly identityOwner?: ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#provider
     */
    readonly provider: ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets#name
     */
    readonly name: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets#secretKey
     */
    readonly secretKey?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets#versionId
     */
    readonly versionId?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets#versionStage
     */
    readonly versionStage?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCloud
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultCloud {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCloud#activeDirectoryEndpoint
     */
    readonly activeDirectoryEndpoint?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCloud#keyVaultResourceURL
     */
    readonly keyVaultResourceUrl?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCloud#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCloud' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCloud(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultCloud | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials#clientId
     */
    readonly clientId: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials#clientSecret
     */
    readonly clientSecret: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials#tenantId
     */
    readonly tenantId: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentials | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityOwner
     */
    readonly identityOwner?: ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#provider
     */
    readonly provider: ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets#name
     */
    readonly name: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials {
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials#clientSecret
     */
    readonly clientSecret: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials(obj: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentials | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityOwner
     */
    readonly identityOwner?: ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#provider
     */
    readonly provider: ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj: ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets {
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets#id
     */
    readonly id: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets(obj: ClusterTriggerAuthenticationSpecGcpSecretManagerSecrets | undefined): Record<string, any> | undefined;
/**
 * VaultAuthentication contains the list of Hashicorp Vault authentication methods
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication
 */
export declare enum ClusterTriggerAuthenticationSpecHashiCorpVaultAuthentication {
    /** token */
    TOKEN = "token",
    /** kubernetes */
    KUBERNETES = "kubernetes"
}
/**
 * Credential defines the Hashicorp Vault credentials depending on the authentication method
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultCredential
 */
export interface ClusterTriggerAuthenticationSpecHashiCorpVaultCredential {
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultCredential#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultCredential#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultCredential#token
     */
    readonly token?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVaultCredential' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultCredential(obj: ClusterTriggerAuthenticationSpecHashiCorpVaultCredential | undefined): Record<string, any> | undefined;
/**
 * VaultSecret defines the mapping between the path of the secret in Vault to the parameter
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets
 */
export interface ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets {
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets#path
     */
    readonly path: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets#pkiData
     */
    readonly pkiData?: ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData;
    /**
     * VaultSecretType defines the type of vault secret
     *
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets#type
     */
    readonly type?: ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets(obj: ClusterTriggerAuthenticationSpecHashiCorpVaultSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecret
 */
export interface ClusterTriggerAuthenticationSpecOauth2ClientSecret {
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecret#valueFrom
     */
    readonly valueFrom: ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2ClientSecret' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecret(obj: ClusterTriggerAuthenticationSpecOauth2ClientSecret | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecOauth2Type
 */
export declare enum ClusterTriggerAuthenticationSpecOauth2Type {
    /** clientCredentials */
    CLIENT_CREDENTIALS = "clientCredentials"
}
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner
 */
export declare enum ClusterTriggerAuthenticationSpecPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecPodIdentityProvider
 */
export declare enum ClusterTriggerAuthenticationSpecPodIdentityProvider {
    /** azure-workload */
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    /** gcp */
    GCP = "gcp",
    /** aws */
    AWS = "aws",
    /** aws-eks */
    AWS_HYPHEN_EKS = "aws-eks",
    /** none */
    NONE = "none"
}
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey#valueFrom
     */
    readonly valueFrom: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey#valueFrom
     */
    readonly valueFrom: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken#valueFrom
     */
    readonly valueFrom: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken | undefined): Record<string, any> | undefined;
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner
 */
export declare enum ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider
 */
export declare enum ClusterTriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider {
    /** azure-workload */
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    /** gcp */
    GCP = "gcp",
    /** aws */
    AWS = "aws",
    /** aws-eks */
    AWS_HYPHEN_EKS = "aws-eks",
    /** none */
    NONE = "none"
}
/**
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret#valueFrom
     */
    readonly valueFrom: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner
 */
export declare enum ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider
 */
export declare enum ClusterTriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider {
    /** azure-workload */
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    /** gcp */
    GCP = "gcp",
    /** aws */
    AWS = "aws",
    /** aws-eks */
    AWS_HYPHEN_EKS = "aws-eks",
    /** none */
    NONE = "none"
}
/**
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret {
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret#valueFrom
     */
    readonly valueFrom: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner
 */
export declare enum ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider
 */
export declare enum ClusterTriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider {
    /** azure-workload */
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    /** gcp */
    GCP = "gcp",
    /** aws */
    AWS = "aws",
    /** aws-eks */
    AWS_HYPHEN_EKS = "aws-eks",
    /** none */
    NONE = "none"
}
/**
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData
 */
export interface ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData {
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#altNames
     */
    readonly altNames?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#commonName
     */
    readonly commonName?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#format
     */
    readonly format?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#ipSans
     */
    readonly ipSans?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#otherSans
     */
    readonly otherSans?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#ttl
     */
    readonly ttl?: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#uriSans
     */
    readonly uriSans?: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj: ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsPkiData | undefined): Record<string, any> | undefined;
/**
 * VaultSecretType defines the type of vault secret
 *
 * @schema ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType
 */
export declare enum ClusterTriggerAuthenticationSpecHashiCorpVaultSecretsType {
    /** secretV2 */
    SECRET_V2 = "secretV2",
    /** secret */
    SECRET = "secret",
    /** pki */
    PKI = "pki"
}
/**
 * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom
 */
export interface ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom {
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef: ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj: ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom#secretKeyRef
     */
    readonly secretKeyRef: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom#secretKeyRef
     */
    readonly secretKeyRef: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom#secretKeyRef
     */
    readonly secretKeyRef: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom {
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef
 */
export interface ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj: ClusterTriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef
 */
export interface ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj: ClusterTriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef
 */
export interface ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj: ClusterTriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef
 */
export interface ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef {
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj: ClusterTriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
