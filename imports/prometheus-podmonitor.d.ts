import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * The `PodMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of pods.
Among other things, it allows to specify:
* The pods to scrape via label selectors.
* The container ports to scrape.
* Authentication credentials to use.
* Target and metric relabeling.

`Prometheus` and `PrometheusAgent` objects select `PodMonitor` objects using label and namespace selectors.
 *
 * @schema PodMonitor
 */
export declare class PodMonitor extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PodMonitor"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PodMonitor".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PodMonitorProps): any;
    /**
     * Defines a "PodMonitor" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PodMonitorProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * The `PodMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of pods.
 * Among other things, it allows to specify:
 * * The pods to scrape via label selectors.
 * * The container ports to scrape.
 * * Authentication credentials to use.
 * * Target and metric relabeling.
 *
 * `Prometheus` and `PrometheusAgent` objects select `PodMonitor` objects using label and namespace selectors.
 *
 * @schema PodMonitor
 */
export interface PodMonitorProps {
    /**
     * @schema PodMonitor#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * spec defines the specification of desired Pod selection for target discovery by Prometheus.
     *
     * @schema PodMonitor#spec
     */
    readonly spec: PodMonitorSpec;
}
/**
 * Converts an object of type 'PodMonitorProps' to JSON representation.
 */
export declare function toJson_PodMonitorProps(obj: PodMonitorProps | undefined): Record<string, any> | undefined;
/**
 * spec defines the specification of desired Pod selection for target discovery by Prometheus.
 *
 * @schema PodMonitorSpec
 */
export interface PodMonitorSpec {
    /**
     * namespaceSelector defines in which namespace(s) Prometheus should discover the pods.
     * By default, the pods are discovered in the same namespace as the `PodMonitor` object but it is possible to select pods across different/all namespaces.
     *
     * @schema PodMonitorSpec#namespaceSelector
     */
    readonly namespaceSelector?: PodMonitorSpecNamespaceSelector;
    /**
     * podMetricsEndpoints defines how to scrape metrics from the selected pods.
     *
     * @schema PodMonitorSpec#podMetricsEndpoints
     */
    readonly podMetricsEndpoints?: PodMonitorSpecPodMetricsEndpoints[];
    /**
     * podTargetLabels defines the labels which are transferred from the
     * associated Kubernetes `Pod` object onto the ingested metrics.
     *
     * @schema PodMonitorSpec#podTargetLabels
     */
    readonly podTargetLabels?: string[];
    /**
     * selector defines the label selector to select the Kubernetes `Pod` objects to scrape metrics from.
     *
     * @schema PodMonitorSpec#selector
     */
    readonly selector: PodMonitorSpecSelector;
}
/**
 * Converts an object of type 'PodMonitorSpec' to JSON representation.
 */
export declare function toJson_PodMonitorSpec(obj: PodMonitorSpec | undefined): Record<string, any> | undefined;
/**
 * namespaceSelector defines in which namespace(s) Prometheus should discover the pods.
 * By default, the pods are discovered in the same namespace as the `PodMonitor` object but it is possible to select pods across different/all namespaces.
 *
 * @schema PodMonitorSpecNamespaceSelector
 */
export interface PodMonitorSpecNamespaceSelector {
    /**
     * any defines the boolean describing whether all namespaces are selected in contrast to a
     * list restricting them.
     *
     * @schema PodMonitorSpecNamespaceSelector#any
     */
    readonly any?: boolean;
    /**
     * matchNames defines the list of namespace names to select from.
     *
     * @schema PodMonitorSpecNamespaceSelector#matchNames
     */
    readonly matchNames?: string[];
}
/**
 * Converts an object of type 'PodMonitorSpecNamespaceSelector' to JSON representation.
 */
export declare function toJson_PodMonitorSpecNamespaceSelector(obj: PodMonitorSpecNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * PodMetricsEndpoint defines an endpoint serving Prometheus metrics to be scraped by
 * Prometheus.
 *
 * @schema PodMonitorSpecPodMetricsEndpoints
 */
export interface PodMonitorSpecPodMetricsEndpoints {
    /**
     * interval at which Prometheus scrapes the metrics from the target.
     *
     * If empty, Prometheus uses the global scrape interval.
     *
     * @schema PodMonitorSpecPodMetricsEndpoints#interval
     */
    readonly interval?: string;
    /**
     * path defines the HTTP path from which to scrape for metrics.
     *
     * If empty, Prometheus uses the default value (e.g. `/metrics`).
     *
     * @schema PodMonitorSpecPodMetricsEndpoints#path
     */
    readonly path?: string;
    /**
     * port defines the `Pod` port name which exposes the endpoint.
     *
     * If the pod doesn't expose a port with the same name, it will result
     * in no targets being discovered.
     *
     * If a `Pod` has multiple `Port`s with the same name (which is not
     * recommended), one target instance per unique port number will be
     * generated.
     *
     * It takes precedence over the `portNumber` and `targetPort` fields.
     *
     * @schema PodMonitorSpecPodMetricsEndpoints#port
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
     * @schema PodMonitorSpecPodMetricsEndpoints#relabelings
     */
    readonly relabelings?: PodMonitorSpecPodMetricsEndpointsRelabelings[];
    /**
     * scrapeTimeout defines the timeout after which Prometheus considers the scrape to be failed.
     *
     * If empty, Prometheus uses the global scrape timeout unless it is less
     * than the target's scrape interval value in which the latter is used.
     * The value cannot be greater than the scrape interval otherwise the operator will reject the resource.
     *
     * @schema PodMonitorSpecPodMetricsEndpoints#scrapeTimeout
     */
    readonly scrapeTimeout?: string;
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpoints' to JSON representation.
 */
export declare function toJson_PodMonitorSpecPodMetricsEndpoints(obj: PodMonitorSpecPodMetricsEndpoints | undefined): Record<string, any> | undefined;
/**
 * selector defines the label selector to select the Kubernetes `Pod` objects to scrape metrics from.
 *
 * @schema PodMonitorSpecSelector
 */
export interface PodMonitorSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PodMonitorSpecSelector#matchExpressions
     */
    readonly matchExpressions?: PodMonitorSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PodMonitorSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PodMonitorSpecSelector' to JSON representation.
 */
export declare function toJson_PodMonitorSpecSelector(obj: PodMonitorSpecSelector | undefined): Record<string, any> | undefined;
/**
 * RelabelConfig allows dynamic rewriting of the label set for targets, alerts,
 * scraped samples and remote write samples.
 *
 * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
 *
 * @schema PodMonitorSpecPodMetricsEndpointsRelabelings
 */
export interface PodMonitorSpecPodMetricsEndpointsRelabelings {
    /**
     * action to perform based on the regex matching.
     *
     * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
     * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
     *
     * Default: "Replace"
     *
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#action
     */
    readonly action?: PodMonitorSpecPodMetricsEndpointsRelabelingsAction;
    /**
     * modulus to take of the hash of the source label values.
     *
     * Only applicable when the action is `HashMod`.
     *
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#modulus
     */
    readonly modulus?: number;
    /**
     * regex defines the regular expression against which the extracted value is matched.
     *
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#regex
     */
    readonly regex?: string;
    /**
     * replacement value against which a Replace action is performed if the
     * regular expression matches.
     *
     * Regex capture groups are available.
     *
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#replacement
     */
    readonly replacement?: string;
    /**
     * separator defines the string between concatenated SourceLabels.
     *
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#separator
     */
    readonly separator?: string;
    /**
     * sourceLabels defines the source labels select values from existing labels. Their content is
     * concatenated using the configured Separator and matched against the
     * configured regular expression.
     *
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#sourceLabels
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
     * @schema PodMonitorSpecPodMetricsEndpointsRelabelings#targetLabel
     */
    readonly targetLabel?: string;
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsRelabelings' to JSON representation.
 */
export declare function toJson_PodMonitorSpecPodMetricsEndpointsRelabelings(obj: PodMonitorSpecPodMetricsEndpointsRelabelings | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PodMonitorSpecSelectorMatchExpressions
 */
export interface PodMonitorSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PodMonitorSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PodMonitorSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PodMonitorSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PodMonitorSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PodMonitorSpecSelectorMatchExpressions(obj: PodMonitorSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema PodMonitorSpecPodMetricsEndpointsRelabelingsAction
 */
export declare enum PodMonitorSpecPodMetricsEndpointsRelabelingsAction {
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
