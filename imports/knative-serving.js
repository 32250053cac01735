"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor = exports.ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort = exports.ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort = exports.ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort = exports.ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort = exports.ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort = exports.ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort = exports.ServiceSpecTemplateSpecContainersResourcesRequests = exports.ServiceSpecTemplateSpecContainersResourcesLimits = exports.Service = void 0;
exports.toJson_ServiceProps = toJson_ServiceProps;
exports.toJson_ServiceSpec = toJson_ServiceSpec;
exports.toJson_ServiceSpecTemplate = toJson_ServiceSpecTemplate;
exports.toJson_ServiceSpecTraffic = toJson_ServiceSpecTraffic;
exports.toJson_ServiceSpecTemplateMetadata = toJson_ServiceSpecTemplateMetadata;
exports.toJson_ServiceSpecTemplateSpec = toJson_ServiceSpecTemplateSpec;
exports.toJson_ServiceSpecTemplateSpecContainers = toJson_ServiceSpecTemplateSpecContainers;
exports.toJson_ServiceSpecTemplateSpecImagePullSecrets = toJson_ServiceSpecTemplateSpecImagePullSecrets;
exports.toJson_ServiceSpecTemplateSpecVolumes = toJson_ServiceSpecTemplateSpecVolumes;
exports.toJson_ServiceSpecTemplateSpecContainersEnv = toJson_ServiceSpecTemplateSpecContainersEnv;
exports.toJson_ServiceSpecTemplateSpecContainersEnvFrom = toJson_ServiceSpecTemplateSpecContainersEnvFrom;
exports.toJson_ServiceSpecTemplateSpecContainersLivenessProbe = toJson_ServiceSpecTemplateSpecContainersLivenessProbe;
exports.toJson_ServiceSpecTemplateSpecContainersPorts = toJson_ServiceSpecTemplateSpecContainersPorts;
exports.toJson_ServiceSpecTemplateSpecContainersReadinessProbe = toJson_ServiceSpecTemplateSpecContainersReadinessProbe;
exports.toJson_ServiceSpecTemplateSpecContainersResources = toJson_ServiceSpecTemplateSpecContainersResources;
exports.toJson_ServiceSpecTemplateSpecContainersSecurityContext = toJson_ServiceSpecTemplateSpecContainersSecurityContext;
exports.toJson_ServiceSpecTemplateSpecContainersStartupProbe = toJson_ServiceSpecTemplateSpecContainersStartupProbe;
exports.toJson_ServiceSpecTemplateSpecContainersVolumeMounts = toJson_ServiceSpecTemplateSpecContainersVolumeMounts;
exports.toJson_ServiceSpecTemplateSpecVolumesConfigMap = toJson_ServiceSpecTemplateSpecVolumesConfigMap;
exports.toJson_ServiceSpecTemplateSpecVolumesProjected = toJson_ServiceSpecTemplateSpecVolumesProjected;
exports.toJson_ServiceSpecTemplateSpecVolumesSecret = toJson_ServiceSpecTemplateSpecVolumesSecret;
exports.toJson_ServiceSpecTemplateSpecContainersEnvValueFrom = toJson_ServiceSpecTemplateSpecContainersEnvValueFrom;
exports.toJson_ServiceSpecTemplateSpecContainersEnvFromConfigMapRef = toJson_ServiceSpecTemplateSpecContainersEnvFromConfigMapRef;
exports.toJson_ServiceSpecTemplateSpecContainersEnvFromSecretRef = toJson_ServiceSpecTemplateSpecContainersEnvFromSecretRef;
exports.toJson_ServiceSpecTemplateSpecContainersLivenessProbeExec = toJson_ServiceSpecTemplateSpecContainersLivenessProbeExec;
exports.toJson_ServiceSpecTemplateSpecContainersLivenessProbeGrpc = toJson_ServiceSpecTemplateSpecContainersLivenessProbeGrpc;
exports.toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGet = toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGet;
exports.toJson_ServiceSpecTemplateSpecContainersLivenessProbeTcpSocket = toJson_ServiceSpecTemplateSpecContainersLivenessProbeTcpSocket;
exports.toJson_ServiceSpecTemplateSpecContainersReadinessProbeExec = toJson_ServiceSpecTemplateSpecContainersReadinessProbeExec;
exports.toJson_ServiceSpecTemplateSpecContainersReadinessProbeGrpc = toJson_ServiceSpecTemplateSpecContainersReadinessProbeGrpc;
exports.toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGet = toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGet;
exports.toJson_ServiceSpecTemplateSpecContainersReadinessProbeTcpSocket = toJson_ServiceSpecTemplateSpecContainersReadinessProbeTcpSocket;
exports.toJson_ServiceSpecTemplateSpecContainersSecurityContextCapabilities = toJson_ServiceSpecTemplateSpecContainersSecurityContextCapabilities;
exports.toJson_ServiceSpecTemplateSpecContainersSecurityContextSeccompProfile = toJson_ServiceSpecTemplateSpecContainersSecurityContextSeccompProfile;
exports.toJson_ServiceSpecTemplateSpecContainersStartupProbeExec = toJson_ServiceSpecTemplateSpecContainersStartupProbeExec;
exports.toJson_ServiceSpecTemplateSpecContainersStartupProbeGrpc = toJson_ServiceSpecTemplateSpecContainersStartupProbeGrpc;
exports.toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGet = toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGet;
exports.toJson_ServiceSpecTemplateSpecContainersStartupProbeTcpSocket = toJson_ServiceSpecTemplateSpecContainersStartupProbeTcpSocket;
exports.toJson_ServiceSpecTemplateSpecVolumesConfigMapItems = toJson_ServiceSpecTemplateSpecVolumesConfigMapItems;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSources = toJson_ServiceSpecTemplateSpecVolumesProjectedSources;
exports.toJson_ServiceSpecTemplateSpecVolumesSecretItems = toJson_ServiceSpecTemplateSpecVolumesSecretItems;
exports.toJson_ServiceSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef = toJson_ServiceSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef;
exports.toJson_ServiceSpecTemplateSpecContainersEnvValueFromSecretKeyRef = toJson_ServiceSpecTemplateSpecContainersEnvValueFromSecretKeyRef;
exports.toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders = toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders;
exports.toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders = toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders;
exports.toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders = toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMap = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMap;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApi = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApi;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecret = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecret;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesServiceAccountToken = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesServiceAccountToken;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMapItems = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMapItems;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItems = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItems;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecretItems = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecretItems;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
exports.toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef = toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Service acts as a top-level container that manages a Route and Configuration
which implement a network service. Service exists to provide a singular
abstraction which can be access controlled, reasoned about, and which
encapsulates software lifecycle decisions such as rollout policy and
team resource ownership. Service acts only as an orchestrator of the
underlying Routes and Configurations (much as a kubernetes Deployment
orchestrates ReplicaSets), and its usage is optional but recommended.

The Service's controller will track the statuses of its owned Configuration
and Route, reflecting their statuses and conditions as its own.

See also: https://github.com/knative/serving/blob/main/docs/spec/overview.md#service
 *
 * @schema Service
 */
class Service extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Service"
     */
    static GVK = {
        apiVersion: 'serving.knative.dev/v1',
        kind: 'Service',
    };
    /**
     * Renders a Kubernetes manifest for "Service".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...Service.GVK,
            ...toJson_ServiceProps(props),
        };
    }
    /**
     * Defines a "Service" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Service.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Service.GVK,
            ...toJson_ServiceProps(resolved),
        };
    }
}
exports.Service = Service;
/**
 * Converts an object of type 'ServiceProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ServiceSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': toJson_ServiceSpecTemplate(obj.template),
        'traffic': obj.traffic?.map(y => toJson_ServiceSpecTraffic(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_ServiceSpecTemplateMetadata(obj.metadata),
        'spec': toJson_ServiceSpecTemplateSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTraffic' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTraffic(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configurationName': obj.configurationName,
        'latestRevision': obj.latestRevision,
        'percent': obj.percent,
        'revisionName': obj.revisionName,
        'tag': obj.tag,
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'finalizers': obj.finalizers?.map(y => y),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'affinity': obj.affinity,
        'automountServiceAccountToken': obj.automountServiceAccountToken,
        'containerConcurrency': obj.containerConcurrency,
        'containers': obj.containers?.map(y => toJson_ServiceSpecTemplateSpecContainers(y)),
        'dnsConfig': obj.dnsConfig,
        'dnsPolicy': obj.dnsPolicy,
        'enableServiceLinks': obj.enableServiceLinks,
        'hostAliases': obj.hostAliases?.map(y => y),
        'hostIPC': obj.hostIpc,
        'hostNetwork': obj.hostNetwork,
        'hostPID': obj.hostPid,
        'idleTimeoutSeconds': obj.idleTimeoutSeconds,
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_ServiceSpecTemplateSpecImagePullSecrets(y)),
        'initContainers': obj.initContainers?.map(y => y),
        'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'priorityClassName': obj.priorityClassName,
        'responseStartTimeoutSeconds': obj.responseStartTimeoutSeconds,
        'runtimeClassName': obj.runtimeClassName,
        'schedulerName': obj.schedulerName,
        'securityContext': obj.securityContext,
        'serviceAccountName': obj.serviceAccountName,
        'shareProcessNamespace': obj.shareProcessNamespace,
        'timeoutSeconds': obj.timeoutSeconds,
        'tolerations': obj.tolerations?.map(y => y),
        'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => y),
        'volumes': obj.volumes?.map(y => toJson_ServiceSpecTemplateSpecVolumes(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'args': obj.args?.map(y => y),
        'command': obj.command?.map(y => y),
        'env': obj.env?.map(y => toJson_ServiceSpecTemplateSpecContainersEnv(y)),
        'envFrom': obj.envFrom?.map(y => toJson_ServiceSpecTemplateSpecContainersEnvFrom(y)),
        'image': obj.image,
        'imagePullPolicy': obj.imagePullPolicy,
        'livenessProbe': toJson_ServiceSpecTemplateSpecContainersLivenessProbe(obj.livenessProbe),
        'name': obj.name,
        'ports': obj.ports?.map(y => toJson_ServiceSpecTemplateSpecContainersPorts(y)),
        'readinessProbe': toJson_ServiceSpecTemplateSpecContainersReadinessProbe(obj.readinessProbe),
        'resources': toJson_ServiceSpecTemplateSpecContainersResources(obj.resources),
        'securityContext': toJson_ServiceSpecTemplateSpecContainersSecurityContext(obj.securityContext),
        'startupProbe': toJson_ServiceSpecTemplateSpecContainersStartupProbe(obj.startupProbe),
        'terminationMessagePath': obj.terminationMessagePath,
        'terminationMessagePolicy': obj.terminationMessagePolicy,
        'volumeMounts': obj.volumeMounts?.map(y => toJson_ServiceSpecTemplateSpecContainersVolumeMounts(y)),
        'workingDir': obj.workingDir,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecImagePullSecrets(obj) {
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
 * Converts an object of type 'ServiceSpecTemplateSpecVolumes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceSpecTemplateSpecVolumesConfigMap(obj.configMap),
        'csi': obj.csi,
        'emptyDir': obj.emptyDir,
        'ephemeral': obj.ephemeral,
        'hostPath': obj.hostPath,
        'image': obj.image,
        'name': obj.name,
        'persistentVolumeClaim': obj.persistentVolumeClaim,
        'projected': toJson_ServiceSpecTemplateSpecVolumesProjected(obj.projected),
        'secret': toJson_ServiceSpecTemplateSpecVolumesSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_ServiceSpecTemplateSpecContainersEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnvFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnvFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapRef': toJson_ServiceSpecTemplateSpecContainersEnvFromConfigMapRef(obj.configMapRef),
        'prefix': obj.prefix,
        'secretRef': toJson_ServiceSpecTemplateSpecContainersEnvFromSecretRef(obj.secretRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersLivenessProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersLivenessProbe(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ServiceSpecTemplateSpecContainersLivenessProbeExec(obj.exec),
        'failureThreshold': obj.failureThreshold,
        'grpc': toJson_ServiceSpecTemplateSpecContainersLivenessProbeGrpc(obj.grpc),
        'httpGet': toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGet(obj.httpGet),
        'initialDelaySeconds': obj.initialDelaySeconds,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'tcpSocket': toJson_ServiceSpecTemplateSpecContainersLivenessProbeTcpSocket(obj.tcpSocket),
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersPorts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersPorts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerPort': obj.containerPort,
        'name': obj.name,
        'protocol': obj.protocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersReadinessProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersReadinessProbe(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ServiceSpecTemplateSpecContainersReadinessProbeExec(obj.exec),
        'failureThreshold': obj.failureThreshold,
        'grpc': toJson_ServiceSpecTemplateSpecContainersReadinessProbeGrpc(obj.grpc),
        'httpGet': toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGet(obj.httpGet),
        'initialDelaySeconds': obj.initialDelaySeconds,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'tcpSocket': toJson_ServiceSpecTemplateSpecContainersReadinessProbeTcpSocket(obj.tcpSocket),
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'capabilities': toJson_ServiceSpecTemplateSpecContainersSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seccompProfile': toJson_ServiceSpecTemplateSpecContainersSecurityContextSeccompProfile(obj.seccompProfile),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersStartupProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersStartupProbe(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ServiceSpecTemplateSpecContainersStartupProbeExec(obj.exec),
        'failureThreshold': obj.failureThreshold,
        'grpc': toJson_ServiceSpecTemplateSpecContainersStartupProbeGrpc(obj.grpc),
        'httpGet': toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGet(obj.httpGet),
        'initialDelaySeconds': obj.initialDelaySeconds,
        'periodSeconds': obj.periodSeconds,
        'successThreshold': obj.successThreshold,
        'tcpSocket': toJson_ServiceSpecTemplateSpecContainersStartupProbeTcpSocket(obj.tcpSocket),
        'timeoutSeconds': obj.timeoutSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersVolumeMounts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'mountPropagation': obj.mountPropagation,
        'name': obj.name,
        'readOnly': obj.readOnly,
        'subPath': obj.subPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_ServiceSpecTemplateSpecVolumesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjected' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjected(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'sources': obj.sources?.map(y => toJson_ServiceSpecTemplateSpecVolumesProjectedSources(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_ServiceSpecTemplateSpecVolumesSecretItems(y)),
        'optional': obj.optional,
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMapKeyRef': toJson_ServiceSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
        'fieldRef': obj.fieldRef,
        'resourceFieldRef': obj.resourceFieldRef,
        'secretKeyRef': toJson_ServiceSpecTemplateSpecContainersEnvValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnvFromConfigMapRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnvFromSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnvFromSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersLivenessProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersLivenessProbeExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersLivenessProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersLivenessProbeGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'httpHeaders': obj.httpHeaders?.map(y => toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(y)),
        'path': obj.path,
        'port': obj.port?.value,
        'scheme': obj.scheme,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersLivenessProbeTcpSocket(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersReadinessProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersReadinessProbeExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersReadinessProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersReadinessProbeGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'httpHeaders': obj.httpHeaders?.map(y => toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(y)),
        'path': obj.path,
        'port': obj.port?.value,
        'scheme': obj.scheme,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersReadinessProbeTcpSocket(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ServiceSpecTemplateSpecContainersResourcesLimits
 */
class ServiceSpecTemplateSpecContainersResourcesLimits {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersResourcesLimits(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersResourcesLimits = ServiceSpecTemplateSpecContainersResourcesLimits;
/**
 * @schema ServiceSpecTemplateSpecContainersResourcesRequests
 */
class ServiceSpecTemplateSpecContainersResourcesRequests {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersResourcesRequests(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersResourcesRequests = ServiceSpecTemplateSpecContainersResourcesRequests;
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersSecurityContextCapabilities(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => y),
        'drop': obj.drop?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersStartupProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersStartupProbeExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersStartupProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersStartupProbeGrpc(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'service': obj.service,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersStartupProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'httpHeaders': obj.httpHeaders?.map(y => toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders(y)),
        'path': obj.path,
        'port': obj.port?.value,
        'scheme': obj.scheme,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersStartupProbeTcpSocket(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': obj.port?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMap(obj.configMap),
        'downwardAPI': toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApi(obj.downwardApi),
        'secret': toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecret(obj.secret),
        'serviceAccountToken': toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesServiceAccountToken(obj.serviceAccountToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersEnvValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort
 */
class ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort = ServiceSpecTemplateSpecContainersLivenessProbeHttpGetPort;
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort
 */
class ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort = ServiceSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort
 */
class ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort = ServiceSpecTemplateSpecContainersReadinessProbeHttpGetPort;
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort
 */
class ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort = ServiceSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
/**
 * Converts an object of type 'ServiceSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort
 */
class ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort = ServiceSpecTemplateSpecContainersStartupProbeHttpGetPort;
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort
 */
class ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort = ServiceSpecTemplateSpecContainersStartupProbeTcpSocketPort;
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItems(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecretItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'expirationSeconds': obj.expirationSeconds,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldRef': toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj.fieldRef),
        'mode': obj.mode,
        'path': obj.path,
        'resourceFieldRef': toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'fieldPath': obj.fieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'divisor': obj.divisor?.value,
        'resource': obj.resource,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
class ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    value;
    static fromNumber(value) {
        return new ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    static fromString(value) {
        return new ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor = ServiceSpecTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
