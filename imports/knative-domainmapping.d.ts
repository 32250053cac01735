import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * DomainMapping is a mapping from a custom hostname to an Addressable.
 *
 * @schema DomainMapping
 */
export declare class DomainMapping extends ApiObject {
    /**
     * Returns the apiVersion and kind for "DomainMapping"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "DomainMapping".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: DomainMappingProps): any;
    /**
     * Defines a "DomainMapping" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: DomainMappingProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * DomainMapping is a mapping from a custom hostname to an Addressable.
 *
 * @schema DomainMapping
 */
export interface DomainMappingProps {
    /**
     * @schema DomainMapping#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec is the desired state of the DomainMapping.
     * More info: https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     *
     * @schema DomainMapping#spec
     */
    readonly spec?: DomainMappingSpec;
}
/**
 * Converts an object of type 'DomainMappingProps' to JSON representation.
 */
export declare function toJson_DomainMappingProps(obj: DomainMappingProps | undefined): Record<string, any> | undefined;
/**
 * Spec is the desired state of the DomainMapping.
 * More info: https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 *
 * @schema DomainMappingSpec
 */
export interface DomainMappingSpec {
    /**
     * Ref specifies the target of the Domain Mapping.
     *
     * The object identified by the Ref must be an Addressable with a URL of the
     * form `{name}.{namespace}.{domain}` where `{domain}` is the cluster domain,
     * and `{name}` and `{namespace}` are the name and namespace of a Kubernetes
     * Service.
     *
     * This contract is satisfied by Knative types such as Knative Services and
     * Knative Routes, and by Kubernetes Services.
     *
     * @schema DomainMappingSpec#ref
     */
    readonly ref: DomainMappingSpecRef;
    /**
     * TLS allows the DomainMapping to terminate TLS traffic with an existing secret.
     *
     * @schema DomainMappingSpec#tls
     */
    readonly tls?: DomainMappingSpecTls;
}
/**
 * Converts an object of type 'DomainMappingSpec' to JSON representation.
 */
export declare function toJson_DomainMappingSpec(obj: DomainMappingSpec | undefined): Record<string, any> | undefined;
/**
 * Ref specifies the target of the Domain Mapping.
 *
 * The object identified by the Ref must be an Addressable with a URL of the
 * form `{name}.{namespace}.{domain}` where `{domain}` is the cluster domain,
 * and `{name}` and `{namespace}` are the name and namespace of a Kubernetes
 * Service.
 *
 * This contract is satisfied by Knative types such as Knative Services and
 * Knative Routes, and by Kubernetes Services.
 *
 * @schema DomainMappingSpecRef
 */
export interface DomainMappingSpecRef {
    /**
     * Address points to a specific Address Name.
     *
     * @schema DomainMappingSpecRef#address
     */
    readonly address?: string;
    /**
     * API version of the referent.
     *
     * @schema DomainMappingSpecRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Group of the API, without the version of the group. This can be used as an alternative to the APIVersion, and then resolved using ResolveGroup.
     * Note: This API is EXPERIMENTAL and might break anytime. For more details: https://github.com/knative/eventing/issues/5086
     *
     * @schema DomainMappingSpecRef#group
     */
    readonly group?: string;
    /**
     * Kind of the referent.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema DomainMappingSpecRef#kind
     */
    readonly kind: string;
    /**
     * Name of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DomainMappingSpecRef#name
     */
    readonly name: string;
    /**
     * Namespace of the referent.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
     * This is optional field, it gets defaulted to the object holding it if left out.
     *
     * @schema DomainMappingSpecRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'DomainMappingSpecRef' to JSON representation.
 */
export declare function toJson_DomainMappingSpecRef(obj: DomainMappingSpecRef | undefined): Record<string, any> | undefined;
/**
 * TLS allows the DomainMapping to terminate TLS traffic with an existing secret.
 *
 * @schema DomainMappingSpecTls
 */
export interface DomainMappingSpecTls {
    /**
     * SecretName is the name of the existing secret used to terminate TLS traffic.
     *
     * @schema DomainMappingSpecTls#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'DomainMappingSpecTls' to JSON representation.
 */
export declare function toJson_DomainMappingSpecTls(obj: DomainMappingSpecTls | undefined): Record<string, any> | undefined;
