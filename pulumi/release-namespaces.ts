/**
 * What each release manifest of the serving stack brings and needs: the namespaces it creates, the
 * namespaces its objects live in, the CRDs it defines and the custom resources it contains. The
 * manifests are fetched at `pulumi up` time, so the program (and its tests) cannot read them; this is
 * the one place that says what they hold, each claim with the upstream source that makes it.
 * Each entry is checked against the vendored release manifests in `test/fixtures/` (test/stacks/graph.test.ts).
 */

import {
  CERT_MANAGER_NAMESPACE, KEDA_NAMESPACE, KNATIVE_SERVING_NAMESPACE, KOURIER_NAMESPACE, KSERVE_NAMESPACE, KUBE_SYSTEM_NAMESPACE,
} from '../contracts/namespaces';

/** The layers of the serving stack, one release manifest each (see `releaseManifests`). */
export type ReleaseLayer = 'certManager' | 'knativeCore' | 'kourier' | 'kserve' | 'kserveRuntimes' | 'keda' | 'externalSecrets';

/** A custom resource type as `<group>/<Kind>`, e.g. `serving.knative.dev/Service`. */
export type GroupKind = string;

export interface ReleaseContents {
  /** Namespaces the manifest creates itself (a `kind: Namespace` object in it). */
  readonly createsNamespaces: readonly string[];
  /** Namespaces its namespaced objects live in. */
  readonly objectNamespaces: readonly string[];
  /** Custom resource types it defines (a `CustomResourceDefinition` in it). */
  readonly createsCrds: readonly GroupKind[];
  /** Custom resource types it has objects of, whose CRDs must exist before it is applied. */
  readonly customResources: readonly GroupKind[];
  /** Upstream files that show the above. */
  readonly sources: readonly string[];
}

/** Namespaces every Kubernetes cluster has before anything is installed. */
export const BUILTIN_NAMESPACES: readonly string[] = ['default', KUBE_SYSTEM_NAMESPACE, 'kube-public', 'kube-node-lease'];

// The names themselves are a contract (contracts/namespaces.ts): the constructs' NetworkPolicies name them too.
export { CERT_MANAGER_NAMESPACE, KEDA_NAMESPACE, KNATIVE_SERVING_NAMESPACE, KOURIER_NAMESPACE, KSERVE_NAMESPACE };

const KNATIVE_CRDS: GroupKind[] = [
  ...['Service', 'Configuration', 'Revision', 'Route', 'DomainMapping'].map((k) => `serving.knative.dev/${k}`),
  ...['PodAutoscaler', 'Metric'].map((k) => `autoscaling.internal.knative.dev/${k}`),
  ...['Certificate', 'ClusterDomainClaim', 'Ingress', 'ServerlessService'].map((k) => `networking.internal.knative.dev/${k}`),
  'caching.internal.knative.dev/Image',
];

const CERT_MANAGER_CRDS: GroupKind[] = [
  ...['Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer'].map((k) => `cert-manager.io/${k}`),
  ...['Order', 'Challenge'].map((k) => `acme.cert-manager.io/${k}`),
];

export const RELEASE_CONTENTS: Record<ReleaseLayer, ReleaseContents> = {
  certManager: {
    createsNamespaces: [CERT_MANAGER_NAMESPACE],
    // Its leader-election Roles live in kube-system (the chart's global.leaderElection.namespace).
    objectNamespaces: [CERT_MANAGER_NAMESPACE, KUBE_SYSTEM_NAMESPACE],
    createsCrds: CERT_MANAGER_CRDS,
    customResources: [],
    sources: [
      'https://github.com/cert-manager/cert-manager/blob/v1.19.4/make/manifests.mk (cert-manager.yaml: namespace.yaml, the CRDs, helm template of the chart)',
      'https://github.com/cert-manager/cert-manager/blob/v1.19.4/deploy/manifests/namespace.yaml',
      'https://github.com/cert-manager/cert-manager/tree/v1.19.4/deploy/charts/cert-manager/templates',
      'https://github.com/cert-manager/cert-manager/blob/v1.19.4/deploy/charts/cert-manager/values.yaml',
    ],
  },
  knativeCore: {
    createsNamespaces: [KNATIVE_SERVING_NAMESPACE],
    objectNamespaces: [KNATIVE_SERVING_NAMESPACE],
    // `ko resolve -R -f config/core/`: the CRDs too (serving-crds.yaml is the same CRDs alone; the
    // stack does not apply it, test/stacks/graph.test.ts checks no object is declared twice).
    createsCrds: KNATIVE_CRDS,
    // The queue-proxy image cache entry and the routing-serving-certs Certificate.
    customResources: ['caching.internal.knative.dev/Image', 'networking.internal.knative.dev/Certificate'],
    sources: [
      'https://github.com/knative/serving/blob/knative-v1.21.1/config/core/100-namespace.yaml',
      'https://github.com/knative/serving/blob/knative-v1.21.1/config/core/999-cache.yaml',
      'https://github.com/knative/serving/blob/knative-v1.21.1/config/core/300-knativecertificate.yaml',
    ],
  },
  kourier: {
    createsNamespaces: [KOURIER_NAMESPACE],
    // The net-kourier controller and its config run in knative-serving, next to Knative's own.
    objectNamespaces: [KOURIER_NAMESPACE, KNATIVE_SERVING_NAMESPACE],
    createsCrds: [],
    customResources: [],
    sources: ['https://github.com/knative-extensions/net-kourier/blob/knative-v1.21.0/config/100-namespace.yaml', 'https://github.com/knative-extensions/net-kourier/blob/knative-v1.21.0/config/300-controller.yaml'],
  },
  kserve: {
    // Since v0.17 the release pipes the build through `select(.kind != "Namespace")`.
    createsNamespaces: [],
    objectNamespaces: [KSERVE_NAMESPACE],
    createsCrds: [
      ...['InferenceService', 'ServingRuntime', 'ClusterServingRuntime', 'TrainedModel', 'InferenceGraph', 'ClusterStorageContainer',
        'LLMInferenceService', 'LLMInferenceServiceConfig', 'LocalModelCache', 'LocalModelNamespaceCache', 'LocalModelNode', 'LocalModelNodeGroup']
        .map((k) => `serving.kserve.io/${k}`),
      'llm-d.ai/InferenceModelRewrite', 'llm-d.ai/InferenceObjective',
      'inference.networking.k8s.io/InferencePool', 'inference.networking.x-k8s.io/InferencePool',
    ],
    customResources: ['cert-manager.io/Certificate', 'cert-manager.io/Issuer', 'serving.kserve.io/ClusterStorageContainer'],
    sources: ['https://github.com/kserve/kserve/blob/v0.20.0/hack/release/generate-install.sh', 'https://github.com/kserve/kserve/tree/v0.20.0/install/v0.20.0'],
  },
  kserveRuntimes: {
    createsNamespaces: [],
    objectNamespaces: [KSERVE_NAMESPACE],
    createsCrds: [],
    customResources: ['serving.kserve.io/ClusterServingRuntime', 'serving.kserve.io/LLMInferenceServiceConfig'],
    sources: ['https://github.com/kserve/kserve/blob/v0.20.0/install/v0.20.0/kserve-cluster-resources.yaml'],
  },
  keda: {
    createsNamespaces: [KEDA_NAMESPACE],
    // The metrics API server's RoleBinding to extension-apiserver-authentication-reader lives in kube-system.
    objectNamespaces: [KEDA_NAMESPACE, 'kube-system'],
    createsCrds: [
      ...['ScaledObject', 'ScaledJob', 'TriggerAuthentication', 'ClusterTriggerAuthentication'].map((k) => `keda.sh/${k}`),
      ...['CloudEventSource', 'ClusterCloudEventSource'].map((k) => `eventing.keda.sh/${k}`),
    ],
    customResources: [],
    sources: [
      'https://github.com/kedacore/keda/blob/v2.20.2/Makefile (release: kustomize build config/default)',
      'https://github.com/kedacore/keda/blob/v2.20.2/config/general/namespace.yaml',
      'https://github.com/kedacore/keda/tree/v2.20.2/config/crd/bases',
      'https://github.com/kedacore/keda/blob/v2.20.2/config/metrics-server/role_binding.yaml',
    ],
  },
  // The static manifest is `helm template` of the chart without a namespace: everything lands in `default`.
  externalSecrets: {
    createsNamespaces: [],
    objectNamespaces: ['default'],
    createsCrds: [
      ...['ExternalSecret', 'ClusterExternalSecret', 'SecretStore', 'ClusterSecretStore', 'PushSecret', 'ClusterPushSecret'].map((k) => `external-secrets.io/${k}`),
      ...['ACRAccessToken', 'BeyondtrustWorkloadCredentialsDynamicSecret', 'CloudsmithAccessToken', 'ClusterGenerator', 'ECRAuthorizationToken', 'Fake',
        'GCRAccessToken', 'GeneratorState', 'GithubAccessToken', 'GitlabDeployToken', 'Grafana', 'MFA', 'Password', 'QuayAccessToken', 'SSHKey',
        'STSSessionToken', 'UUID', 'VaultDynamicSecret', 'Webhook'].map((k) => `generators.external-secrets.io/${k}`),
    ],
    customResources: [],
    sources: [
      'https://github.com/external-secrets/external-secrets/blob/v2.9.0/Makefile (manifests: helm template external-secrets deploy/charts/external-secrets -f deploy/manifests/helm-values.yaml)',
      'https://github.com/external-secrets/external-secrets/blob/v2.9.0/.github/workflows/release.yml (the release asset external-secrets.yaml)',
      'https://github.com/external-secrets/external-secrets/blob/v2.9.0/deploy/crds/bundle.yaml',
    ],
  },
};

/**
 * Namespaces the layer's objects live in that no release manifest and no cluster creates: the stack
 * must create these before applying the layer.
 */
export function namespacesToCreate(layer: ReleaseLayer): string[] {
  const created = new Set([...BUILTIN_NAMESPACES, ...Object.values(RELEASE_CONTENTS).flatMap((c) => c.createsNamespaces)]);
  return RELEASE_CONTENTS[layer].objectNamespaces.filter((ns) => !created.has(ns));
}
