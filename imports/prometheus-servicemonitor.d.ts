import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * The `ServiceMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of services.
Among other things, it allows to specify:
* The services to scrape via label selectors.
* The container ports to scrape.
* Authentication credentials to use.
* Target and metric relabeling.

`Prometheus` and `PrometheusAgent` objects select `ServiceMonitor` objects using label and namespace selectors.
 *
 * @schema ServiceMonitor
 */
export declare class ServiceMonitor extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ServiceMonitor"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ServiceMonitor".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ServiceMonitorProps): any;
    /**
     * Defines a "ServiceMonitor" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ServiceMonitorProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * The `ServiceMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of services.
 * Among other things, it allows to specify:
 * * The services to scrape via label selectors.
 * * The container ports to scrape.
 * * Authentication credentials to use.
 * * Target and metric relabeling.
 *
 * `Prometheus` and `PrometheusAgent` objects select `ServiceMonitor` objects using label and namespace selectors.
 *
 * @schema ServiceMonitor
 */
export interface ServiceMonitorProps {
    /**
     * @schema ServiceMonitor#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * spec defines the specification of desired Service selection for target discovery by
     * Prometheus.
     *
     * @schema ServiceMonitor#spec
     */
    readonly spec: ServiceMonitorSpec;
}
/**
 * Converts an object of type 'ServiceMonitorProps' to JSON representation.
 */
export declare function toJson_ServiceMonitorProps(obj: ServiceMonitorProps | undefined): Record<string, any> | undefined;
/**
 * spec defines the specification of desired Service selection for target discovery by
 * Prometheus.
 *
 * @schema ServiceMonitorSpec
 */
export interface ServiceMonitorSpec {
    /**
     * endpoints defines the list of endpoints part of this ServiceMonitor.
     * Defines how to scrape metrics from Kubernetes [Endpoints](https://kubernetes.io/docs/concepts/services-networking/service/#endpoints) objects.
     * In most cases, an Endpoints object is backed by a Kubernetes [Service](https://kubernetes.io/docs/concepts/services-networking/service/) object with the same name and labels.
     *
     * @schema ServiceMonitorSpec#endpoints
     */
    readonly endpoints: ServiceMonitorSpecEndpoints[];
    /**
     * namespaceSelector defines in which namespace(s) Prometheus should discover the services.
     * By default, the services are discovered in the same namespace as the `ServiceMonitor` object but it is possible to select pods across different/all namespaces.
     *
     * @schema ServiceMonitorSpec#namespaceSelector
     */
    readonly namespaceSelector?: ServiceMonitorSpecNamespaceSelector;
    /**
     * podTargetLabels defines the labels which are transferred from the
     * associated Kubernetes `Pod` object onto the ingested metrics.
     *
     * @schema ServiceMonitorSpec#podTargetLabels
     */
    readonly podTargetLabels?: string[];
    /**
     * selector defines the label selector to select the Kubernetes `Endpoints` objects to scrape metrics from.
     *
     * @schema ServiceMonitorSpec#selector
     */
    readonly selector: ServiceMonitorSpecSelector;
}
/**
 * Converts an object of type 'ServiceMonitorSpec' to JSON representation.
 */
export declare function toJson_ServiceMonitorSpec(obj: ServiceMonitorSpec | undefined): Record<string, any> | undefined;
/**
 * Endpoint defines an endpoint serving Prometheus metrics to be scraped by
 * Prometheus.
 *
 * @schema ServiceMonitorSpecEndpoints
 */
export interface ServiceMonitorSpecEndpoints {
    /**
     * interval at which Prometheus scrapes the metrics from the target.
     *
     * If empty, Prometheus uses the global scrape interval.
     *
     * @schema ServiceMonitorSpecEndpoints#interval
     */
    readonly interval?: string;
    /**
     * path defines the HTTP path from which to scrape for metrics.
     *
     * If empty, Prometheus uses the default value (e.g. `/metrics`).
     *
     * @schema ServiceMonitorSpecEndpoints#path
     */
    readonly path?: string;
    /**
     * port defines the name of the Service port which this endpoint refers to
     * (e.g. `.spec.ports[].name`).
     *
     * It takes precedence over `targetPort`.
     *
     * @schema ServiceMonitorSpecEndpoints#port
     */
    readonly port?: string;
    /**
     * relabelings defines the relabeling rules to apply the target's
     * metadata labels.
     *
     * The Operator automatically adds relabelings for a few standard Kubernetes fields.
     *
     * The original scrape job's name is available via the `__tmp_prometheus_job_name` label.
     *
     * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
     *
     * @schema ServiceMonitorSpecEndpoints#relabelings
     */
    readonly relabelings?: ServiceMonitorSpecEndpointsRelabelings[];
    /**
     * scrapeTimeout defines the timeout after which Prometheus considers the scrape to be failed.
     *
     * If empty, Prometheus uses the global scrape timeout unless it is less
     * than the target's scrape interval value in which the latter is used.
     * The value cannot be greater than the scrape interval otherwise the operator will reject the resource.
     *
     * @schema ServiceMonitorSpecEndpoints#scrapeTimeout
     */
    readonly scrapeTimeout?: string;
}
/**
 * Converts an object of type 'ServiceMonitorSpecEndpoints' to JSON representation.
 */
export declare function toJson_ServiceMonitorSpecEndpoints(obj: ServiceMonitorSpecEndpoints | undefined): Record<string, any> | undefined;
/**
 * namespaceSelector defines in which namespace(s) Prometheus should discover the services.
 * By default, the services are discovered in the same namespace as the `ServiceMonitor` object but it is possible to select pods across different/all namespaces.
 *
 * @schema ServiceMonitorSpecNamespaceSelector
 */
export interface ServiceMonitorSpecNamespaceSelector {
    /**
     * any defines the boolean describing whether all namespaces are selected in contrast to a
     * list restricting them.
     *
     * @schema ServiceMonitorSpecNamespaceSelector#any
     */
    readonly any?: boolean;
    /**
     * matchNames defines the list of namespace names to select from.
     *
     * @schema ServiceMonitorSpecNamespaceSelector#matchNames
     */
    readonly matchNames?: string[];
}
/**
 * Converts an object of type 'ServiceMonitorSpecNamespaceSelector' to JSON representation.
 */
export declare function toJson_ServiceMonitorSpecNamespaceSelector(obj: ServiceMonitorSpecNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * selector defines the label selector to select the Kubernetes `Endpoints` objects to scrape metrics from.
 *
 * @schema ServiceMonitorSpecSelector
 */
export interface ServiceMonitorSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ServiceMonitorSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ServiceMonitorSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ServiceMonitorSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ServiceMonitorSpecSelector' to JSON representation.
 */
export declare function toJson_ServiceMonitorSpecSelector(obj: ServiceMonitorSpecSelector | undefined): Record<string, any> | undefined;
/**
 * RelabelConfig allows dynamic rewriting of the label set for targets, alerts,
 * scraped samples and remote write samples.
 *
 * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
 *
 * @schema ServiceMonitorSpecEndpointsRelabelings
 */
export interface ServiceMonitorSpecEndpointsRelabelings {
    /**
     * action to perform based on the regex matching.
     *
     * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
     * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
     *
     * Default: "Replace"
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#action
     */
    readonly action?: ServiceMonitorSpecEndpointsRelabelingsAction;
    /**
     * modulus to take of the hash of the source label values.
     *
     * Only applicable when the action is `HashMod`.
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#modulus
     */
    readonly modulus?: number;
    /**
     * regex defines the regular expression against which the extracted value is matched.
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#regex
     */
    readonly regex?: string;
    /**
     * replacement value against which a Replace action is performed if the
     * regular expression matches.
     *
     * Regex capture groups are available.
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#replacement
     */
    readonly replacement?: string;
    /**
     * separator defines the string between concatenated SourceLabels.
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#separator
     */
    readonly separator?: string;
    /**
     * sourceLabels defines the source labels select values from existing labels. Their content is
     * concatenated using the configured Separator and matched against the
     * configured regular expression.
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#sourceLabels
     */
    readonly sourceLabels?: string[];
    /**
     * targetLabel defines the label to which the resulting string is written in a replacement.
     *
     * It is mandatory for `Replace`, `HashMod`, `Lowercase`, `Uppercase`,
     * `KeepEqual` and `DropEqual` actions.
     *
     * Regex capture groups are available.
     *
     * @schema ServiceMonitorSpecEndpointsRelabelings#targetLabel
     */
    readonly targetLabel?: string;
}
/**
 * Converts an object of type 'ServiceMonitorSpecEndpointsRelabelings' to JSON representation.
 */
export declare function toJson_ServiceMonitorSpecEndpointsRelabelings(obj: ServiceMonitorSpecEndpointsRelabelings | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ServiceMonitorSpecSelectorMatchExpressions
 */
export interface ServiceMonitorSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ServiceMonitorSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ServiceMonitorSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ServiceMonitorSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ServiceMonitorSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ServiceMonitorSpecSelectorMatchExpressions(obj: ServiceMonitorSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema ServiceMonitorSpecEndpointsRelabelingsAction
 */
export declare enum ServiceMonitorSpecEndpointsRelabelingsAction {
    /** replace */
    REPLACE = "replace",
    /** keep */
    KEEP = "keep",
    /** drop */
    DROP = "drop",
    /** hashmod */
    HASHMOD = "hashmod",
    /** labelmap */
    LABELMAP = "labelmap",
    /** labeldrop */
    LABELDROP = "labeldrop",
    /** labelkeep */
    LABELKEEP = "labelkeep",
    /** lowercase */
    LOWERCASE = "lowercase",
    /** uppercase */
    UPPERCASE = "uppercase",
    /** keepequal */
    KEEPEQUAL = "keepequal",
    /** dropequal */
    DROPEQUAL = "dropequal"
}
