import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * TriggerAuthentication defines how a trigger can authenticate
 *
 * @schema TriggerAuthentication
 */
export declare class TriggerAuthentication extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TriggerAuthentication"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TriggerAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: TriggerAuthenticationProps): any;
    /**
     * Defines a "TriggerAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: TriggerAuthenticationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TriggerAuthentication defines how a trigger can authenticate
 *
 * @schema TriggerAuthentication
 */
export interface TriggerAuthenticationProps {
    /**
     * @schema TriggerAuthentication#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * TriggerAuthenticationSpec defines the various ways to authenticate
     *
     * @schema TriggerAuthentication#spec
     */
    readonly spec: TriggerAuthenticationSpec;
}
/**
 * Converts an object of type 'TriggerAuthenticationProps' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationProps(obj: TriggerAuthenticationProps | undefined): Record<string, any> | undefined;
/**
 * TriggerAuthenticationSpec defines the various ways to authenticate
 *
 * @schema TriggerAuthenticationSpec
 */
export interface TriggerAuthenticationSpec {
    /**
     * AwsSecretManager is used to authenticate using AwsSecretManager
     *
     * @schema TriggerAuthenticationSpec#awsSecretManager
     */
    readonly awsSecretManager?: TriggerAuthenticationSpecAwsSecretManager;
    /**
     * AzureKeyVault is used to authenticate using Azure Key Vault
     *
     * @schema TriggerAuthenticationSpec#azureKeyVault
     */
    readonly azureKeyVault?: TriggerAuthenticationSpecAzureKeyVault;
    /**
     * @schema TriggerAuthenticationSpec#boundServiceAccountToken
     */
    readonly boundServiceAccountToken?: TriggerAuthenticationSpecBoundServiceAccountToken[];
    /**
     * @schema TriggerAuthenticationSpec#configMapTargetRef
     */
    readonly configMapTargetRef?: TriggerAuthenticationSpecConfigMapTargetRef[];
    /**
     * @schema TriggerAuthenticationSpec#env
     */
    readonly env?: TriggerAuthenticationSpecEnv[];
    /**
     * FilePath specifies a file containing auth parameters as JSON map[string]string.
     * When set, auth params are read directly from this file instead.
     *
     * @schema TriggerAuthenticationSpec#filePath
     */
    readonly filePath?: string;
    /**
     * @schema TriggerAuthenticationSpec#gcpSecretManager
     */
    readonly gcpSecretManager?: TriggerAuthenticationSpecGcpSecretManager;
    /**
     * HashiCorpVault is used to authenticate using Hashicorp Vault
     *
     * @schema TriggerAuthenticationSpec#hashiCorpVault
     */
    readonly hashiCorpVault?: TriggerAuthenticationSpecHashiCorpVault;
    /**
     * @schema TriggerAuthenticationSpec#oauth2
     */
    readonly oauth2?: TriggerAuthenticationSpecOauth2;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema TriggerAuthenticationSpec#podIdentity
     */
    readonly podIdentity?: TriggerAuthenticationSpecPodIdentity;
    /**
     * @schema TriggerAuthenticationSpec#secretTargetRef
     */
    readonly secretTargetRef?: TriggerAuthenticationSpecSecretTargetRef[];
}
/**
 * Converts an object of type 'TriggerAuthenticationSpec' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpec(obj: TriggerAuthenticationSpec | undefined): Record<string, any> | undefined;
/**
 * AwsSecretManager is used to authenticate using AwsSecretManager
 *
 * @schema TriggerAuthenticationSpecAwsSecretManager
 */
export interface TriggerAuthenticationSpecAwsSecretManager {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManager#credentials
     */
    readonly credentials?: TriggerAuthenticationSpecAwsSecretManagerCredentials;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema TriggerAuthenticationSpecAwsSecretManager#podIdentity
     */
    readonly podIdentity?: TriggerAuthenticationSpecAwsSecretManagerPodIdentity;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManager#region
     */
    readonly region?: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManager#secrets
     */
    readonly secrets: TriggerAuthenticationSpecAwsSecretManagerSecrets[];
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManager' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManager(obj: TriggerAuthenticationSpecAwsSecretManager | undefined): Record<string, any> | undefined;
/**
 * AzureKeyVault is used to authenticate using Azure Key Vault
 *
 * @schema TriggerAuthenticationSpecAzureKeyVault
 */
export interface TriggerAuthenticationSpecAzureKeyVault {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVault#cloud
     */
    readonly cloud?: TriggerAuthenticationSpecAzureKeyVaultCloud;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVault#credentials
     */
    readonly credentials?: TriggerAuthenticationSpecAzureKeyVaultCredentials;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema TriggerAuthenticationSpecAzureKeyVault#podIdentity
     */
    readonly podIdentity?: TriggerAuthenticationSpecAzureKeyVaultPodIdentity;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVault#secrets
     */
    readonly secrets: TriggerAuthenticationSpecAzureKeyVaultSecrets[];
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVault#vaultUri
     */
    readonly vaultUri: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVault' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVault(obj: TriggerAuthenticationSpecAzureKeyVault | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecBoundServiceAccountToken
 */
export interface TriggerAuthenticationSpecBoundServiceAccountToken {
    /**
     * @schema TriggerAuthenticationSpecBoundServiceAccountToken#parameter
     */
    readonly parameter: string;
    /**
     * @schema TriggerAuthenticationSpecBoundServiceAccountToken#serviceAccountName
     */
    readonly serviceAccountName: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecBoundServiceAccountToken' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecBoundServiceAccountToken(obj: TriggerAuthenticationSpecBoundServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * AuthConfigMapTargetRef is used to authenticate using a reference to a config map
 *
 * @schema TriggerAuthenticationSpecConfigMapTargetRef
 */
export interface TriggerAuthenticationSpecConfigMapTargetRef {
    /**
     * @schema TriggerAuthenticationSpecConfigMapTargetRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecConfigMapTargetRef#name
     */
    readonly name: string;
    /**
     * @schema TriggerAuthenticationSpecConfigMapTargetRef#parameter
     */
    readonly parameter: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecConfigMapTargetRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecConfigMapTargetRef(obj: TriggerAuthenticationSpecConfigMapTargetRef | undefined): Record<string, any> | undefined;
/**
 * AuthEnvironment is used to authenticate using environment variables
 * in the destination ScaleTarget spec
 *
 * @schema TriggerAuthenticationSpecEnv
 */
export interface TriggerAuthenticationSpecEnv {
    /**
     * @schema TriggerAuthenticationSpecEnv#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TriggerAuthenticationSpecEnv#name
     */
    readonly name: string;
    /**
     * @schema TriggerAuthenticationSpecEnv#parameter
     */
    readonly parameter: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecEnv' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecEnv(obj: TriggerAuthenticationSpecEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecGcpSecretManager
 */
export interface TriggerAuthenticationSpecGcpSecretManager {
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManager#credentials
     */
    readonly credentials?: TriggerAuthenticationSpecGcpSecretManagerCredentials;
    /**
     * AuthPodIdentity allows users to select the platform native identity
     * mechanism
     *
     * @schema TriggerAuthenticationSpecGcpSecretManager#podIdentity
     */
    readonly podIdentity?: TriggerAuthenticationSpecGcpSecretManagerPodIdentity;
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManager#secrets
     */
    readonly secrets: TriggerAuthenticationSpecGcpSecretManagerSecrets[];
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManager' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManager(obj: TriggerAuthenticationSpecGcpSecretManager | undefined): Record<string, any> | undefined;
/**
 * HashiCorpVault is used to authenticate using Hashicorp Vault
 *
 * @schema TriggerAuthenticationSpecHashiCorpVault
 */
export interface TriggerAuthenticationSpecHashiCorpVault {
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVault#address
     */
    readonly address: string;
    /**
     * VaultAuthentication contains the list of Hashicorp Vault authentication methods
     *
     * @schema TriggerAuthenticationSpecHashiCorpVault#authentication
     */
    readonly authentication: TriggerAuthenticationSpecHashiCorpVaultAuthentication;
    /**
     * Credential defines the Hashicorp Vault credentials depending on the authentication method
     *
     * @schema TriggerAuthenticationSpecHashiCorpVault#credential
     */
    readonly credential?: TriggerAuthenticationSpecHashiCorpVaultCredential;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVault#mount
     */
    readonly mount?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVault#namespace
     */
    readonly namespace?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVault#role
     */
    readonly role?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVault#secrets
     */
    readonly secrets: TriggerAuthenticationSpecHashiCorpVaultSecrets[];
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVault' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecHashiCorpVault(obj: TriggerAuthenticationSpecHashiCorpVault | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecOauth2
 */
export interface TriggerAuthenticationSpecOauth2 {
    /**
     * @schema TriggerAuthenticationSpecOauth2#clientId
     */
    readonly clientId: string;
    /**
     * @schema TriggerAuthenticationSpecOauth2#clientSecret
     */
    readonly clientSecret?: TriggerAuthenticationSpecOauth2ClientSecret;
    /**
     * @schema TriggerAuthenticationSpecOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema TriggerAuthenticationSpecOauth2#tokenUrl
     */
    readonly tokenUrl: string;
    /**
     * @schema TriggerAuthenticationSpecOauth2#tokenUrlParams
     */
    readonly tokenUrlParams?: {
        [key: string]: string;
    };
    /**
     * @schema TriggerAuthenticationSpecOauth2#type
     */
    readonly type: TriggerAuthenticationSpecOauth2Type;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecOauth2(obj: TriggerAuthenticationSpecOauth2 | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema TriggerAuthenticationSpecPodIdentity
 */
export interface TriggerAuthenticationSpecPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema TriggerAuthenticationSpecPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema TriggerAuthenticationSpecPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema TriggerAuthenticationSpecPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema TriggerAuthenticationSpecPodIdentity#identityOwner
     */
    readonly identityOwner?: TriggerAuthenticationSpecPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema TriggerAuthenticationSpecPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema TriggerAuthenticationSpecPodIdentity#provider
     */
    readonly provider: TriggerAuthenticationSpecPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema TriggerAuthenticationSpecPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecPodIdentity' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecPodIdentity(obj: TriggerAuthenticationSpecPodIdentity | undefined): Record<string, any> | undefined;
/**
 * AuthSecretTargetRef is used to authenticate using a reference to a secret
 *
 * @schema TriggerAuthenticationSpecSecretTargetRef
 */
export interface TriggerAuthenticationSpecSecretTargetRef {
    /**
     * @schema TriggerAuthenticationSpecSecretTargetRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecSecretTargetRef#name
     */
    readonly name: string;
    /**
     * @schema TriggerAuthenticationSpecSecretTargetRef#parameter
     */
    readonly parameter: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecSecretTargetRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecSecretTargetRef(obj: TriggerAuthenticationSpecSecretTargetRef | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentials
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentials {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentials#accessKey
     */
    readonly accessKey: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentials#accessSecretKey
     */
    readonly accessSecretKey: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentials#accessToken
     */
    readonly accessToken?: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentials' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials(obj: TriggerAuthenticationSpecAwsSecretManagerCredentials | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity
 */
export interface TriggerAuthenticationSpecAwsSecretManagerPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityOwner
     */
    readonly identityOwner?: TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#provider
     */
    readonly provider: TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerPodIdentity' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj: TriggerAuthenticationSpecAwsSecretManagerPodIdentity | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerSecrets
 */
export interface TriggerAuthenticationSpecAwsSecretManagerSecrets {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerSecrets#name
     */
    readonly name: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerSecrets#secretKey
     */
    readonly secretKey?: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerSecrets#versionId
     */
    readonly versionId?: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerSecrets#versionStage
     */
    readonly versionStage?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerSecrets' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerSecrets(obj: TriggerAuthenticationSpecAwsSecretManagerSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAzureKeyVaultCloud
 */
export interface TriggerAuthenticationSpecAzureKeyVaultCloud {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCloud#activeDirectoryEndpoint
     */
    readonly activeDirectoryEndpoint?: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCloud#keyVaultResourceURL
     */
    readonly keyVaultResourceUrl?: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCloud#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCloud' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCloud(obj: TriggerAuthenticationSpecAzureKeyVaultCloud | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAzureKeyVaultCredentials
 */
export interface TriggerAuthenticationSpecAzureKeyVaultCredentials {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentials#clientId
     */
    readonly clientId: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentials#clientSecret
     */
    readonly clientSecret: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentials#tenantId
     */
    readonly tenantId: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentials' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials(obj: TriggerAuthenticationSpecAzureKeyVaultCredentials | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity
 */
export interface TriggerAuthenticationSpecAzureKeyVaultPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityOwner
     */
    readonly identityOwner?: TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#provider
     */
    readonly provider: TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultPodIdentity' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj: TriggerAuthenticationSpecAzureKeyVaultPodIdentity | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAzureKeyVaultSecrets
 */
export interface TriggerAuthenticationSpecAzureKeyVaultSecrets {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultSecrets#name
     */
    readonly name: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultSecrets#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultSecrets' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets(obj: TriggerAuthenticationSpecAzureKeyVaultSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecGcpSecretManagerCredentials
 */
export interface TriggerAuthenticationSpecGcpSecretManagerCredentials {
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerCredentials#clientSecret
     */
    readonly clientSecret: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentials' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj: TriggerAuthenticationSpecGcpSecretManagerCredentials | undefined): Record<string, any> | undefined;
/**
 * AuthPodIdentity allows users to select the platform native identity
 * mechanism
 *
 * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity
 */
export interface TriggerAuthenticationSpecGcpSecretManagerPodIdentity {
    /**
     * ExternalID sets the External ID to be used when assuming an identity. This is only applicable when using AWS pod identity with a RoleArn.
     *
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#externalID
     */
    readonly externalId?: string;
    /**
     * Set identityAuthorityHost to override the default Azure authority host. If this is set, then the IdentityTenantID must also be set
     *
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityAuthorityHost
     */
    readonly identityAuthorityHost?: string;
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityId
     */
    readonly identityId?: string;
    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
     *
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityOwner
     */
    readonly identityOwner?: TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
    /**
     * Set identityTenantId to override the default Azure tenant id. If this is set, then the IdentityID must also be set
     *
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#identityTenantId
     */
    readonly identityTenantId?: string;
    /**
     * PodIdentityProvider contains the list of providers
     *
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#provider
     */
    readonly provider: TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
    /**
     * RoleArn sets the AWS RoleArn to be used. Mutually exclusive with IdentityOwner
     *
     * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentity#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerPodIdentity' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj: TriggerAuthenticationSpecGcpSecretManagerPodIdentity | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecGcpSecretManagerSecrets
 */
export interface TriggerAuthenticationSpecGcpSecretManagerSecrets {
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerSecrets#id
     */
    readonly id: string;
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerSecrets#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerSecrets' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets(obj: TriggerAuthenticationSpecGcpSecretManagerSecrets | undefined): Record<string, any> | undefined;
/**
 * VaultAuthentication contains the list of Hashicorp Vault authentication methods
 *
 * @schema TriggerAuthenticationSpecHashiCorpVaultAuthentication
 */
export declare enum TriggerAuthenticationSpecHashiCorpVaultAuthentication {
    /** token */
    TOKEN = "token",
    /** kubernetes */
    KUBERNETES = "kubernetes"
}
/**
 * Credential defines the Hashicorp Vault credentials depending on the authentication method
 *
 * @schema TriggerAuthenticationSpecHashiCorpVaultCredential
 */
export interface TriggerAuthenticationSpecHashiCorpVaultCredential {
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultCredential#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultCredential#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultCredential#token
     */
    readonly token?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVaultCredential' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecHashiCorpVaultCredential(obj: TriggerAuthenticationSpecHashiCorpVaultCredential | undefined): Record<string, any> | undefined;
/**
 * VaultSecret defines the mapping between the path of the secret in Vault to the parameter
 *
 * @schema TriggerAuthenticationSpecHashiCorpVaultSecrets
 */
export interface TriggerAuthenticationSpecHashiCorpVaultSecrets {
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecrets#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecrets#parameter
     */
    readonly parameter: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecrets#path
     */
    readonly path: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecrets#pkiData
     */
    readonly pkiData?: TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData;
    /**
     * VaultSecretType defines the type of vault secret
     *
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecrets#type
     */
    readonly type?: TriggerAuthenticationSpecHashiCorpVaultSecretsType;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVaultSecrets' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecHashiCorpVaultSecrets(obj: TriggerAuthenticationSpecHashiCorpVaultSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecOauth2ClientSecret
 */
export interface TriggerAuthenticationSpecOauth2ClientSecret {
    /**
     * @schema TriggerAuthenticationSpecOauth2ClientSecret#valueFrom
     */
    readonly valueFrom: TriggerAuthenticationSpecOauth2ClientSecretValueFrom;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2ClientSecret' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecOauth2ClientSecret(obj: TriggerAuthenticationSpecOauth2ClientSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecOauth2Type
 */
export declare enum TriggerAuthenticationSpecOauth2Type {
    /** clientCredentials */
    CLIENT_CREDENTIALS = "clientCredentials"
}
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecPodIdentityIdentityOwner
 */
export declare enum TriggerAuthenticationSpecPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecPodIdentityProvider
 */
export declare enum TriggerAuthenticationSpecPodIdentityProvider {
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
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey#valueFrom
     */
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey#valueFrom
     */
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken#valueFrom
     */
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken | undefined): Record<string, any> | undefined;
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner
 */
export declare enum TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider
 */
export declare enum TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider {
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
 * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret
 */
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret#valueFrom
     */
    readonly valueFrom: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner
 */
export declare enum TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider
 */
export declare enum TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider {
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
 * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret
 */
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret {
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret#valueFrom
     */
    readonly valueFrom: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner
 */
export declare enum TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner {
    /** keda */
    KEDA = "keda",
    /** workload */
    WORKLOAD = "workload"
}
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider
 */
export declare enum TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider {
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
 * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData
 */
export interface TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData {
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#altNames
     */
    readonly altNames?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#commonName
     */
    readonly commonName?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#format
     */
    readonly format?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#ipSans
     */
    readonly ipSans?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#otherSans
     */
    readonly otherSans?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#ttl
     */
    readonly ttl?: string;
    /**
     * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#uriSans
     */
    readonly uriSans?: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj: TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData | undefined): Record<string, any> | undefined;
/**
 * VaultSecretType defines the type of vault secret
 *
 * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsType
 */
export declare enum TriggerAuthenticationSpecHashiCorpVaultSecretsType {
    /** secretV2 */
    SECRET_V2 = "secretV2",
    /** secret */
    SECRET = "secret",
    /** pki */
    PKI = "pki"
}
/**
 * @schema TriggerAuthenticationSpecOauth2ClientSecretValueFrom
 */
export interface TriggerAuthenticationSpecOauth2ClientSecretValueFrom {
    /**
     * @schema TriggerAuthenticationSpecOauth2ClientSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef: TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2ClientSecretValueFrom' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj: TriggerAuthenticationSpecOauth2ClientSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom#secretKeyRef
     */
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom#secretKeyRef
     */
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom#secretKeyRef
     */
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom
 */
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom
 */
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom {
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom#secretKeyRef
     */
    readonly secretKeyRef: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef
 */
export interface TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef {
    /**
     * @schema TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj: TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef
 */
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef {
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef
 */
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef {
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef
 */
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef {
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
