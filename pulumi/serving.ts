/**
 * The serving stack on the cluster: cert-manager, Knative Serving (serving-core, which holds its CRDs), Kourier as its
 * ingress, KServe in Knative mode, KEDA (for QueueWorkers and JobRunners) and, when the platform has ExternalSecrets, the External
 * Secrets Operator, each from its pinned release manifest and each waiting for
 * the layer it needs. Namespaces the manifests use but leave out (KServe's, since v0.17) are created
 * first (see release-namespaces.ts). Knative and KServe are then configured for Kourier instead of Istio.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { KNATIVE_TAG_TEMPLATE } from '../contracts/engine';
import { StackConfig } from './config';
import { KNATIVE_SERVING_NAMESPACE, KOURIER_NAMESPACE, KSERVE_NAMESPACE, namespacesToCreate, ReleaseLayer } from './release-namespaces';

export const KOURIER_INGRESS_CLASS = 'kourier.ingress.networking.knative.dev';

/** The release manifests a config installs, by layer. */
export function releaseManifests(versions: StackConfig['versions']): Record<ReleaseLayer, string> {
  const knative = `https://github.com/knative/serving/releases/download/knative-v${versions.knativeServing}`;
  const kserve = `https://github.com/kserve/kserve/releases/download/v${versions.kserve}`;
  return {
    certManager: `https://github.com/cert-manager/cert-manager/releases/download/v${versions.certManager}/cert-manager.yaml`,
    knativeCore: `${knative}/serving-core.yaml`,
    // The canonical repository (github.com/knative/net-kourier only redirects there).
    kourier: `https://github.com/knative-extensions/net-kourier/releases/download/knative-v${versions.kourier}/kourier.yaml`,
    kserve: `${kserve}/kserve.yaml`,
    kserveRuntimes: `${kserve}/kserve-cluster-resources.yaml`,
    keda: `https://github.com/kedacore/keda/releases/download/v${versions.keda}/keda-${versions.keda}.yaml`,
    externalSecrets: `https://github.com/external-secrets/external-secrets/releases/download/v${versions.externalSecrets}/external-secrets.yaml`,
  };
}

/**
 * KServe's `ingress` settings for Knative mode behind Kourier. Without Istio there is no top-level
 * VirtualService to create (`disableIstioVirtualHost`), and cluster-local calls go through
 * Kourier's internal service. Public hostnames come from the platform's DomainMappings.
 */
export function kserveIngressConfig(domain: string): Record<string, unknown> {
  return {
    enableGatewayApi: false,
    ingressGateway: 'knative-serving/knative-ingress-gateway',
    localGateway: 'knative-serving/knative-local-gateway',
    // Read only when KServe builds Istio VirtualServices (off here: disableIstioVirtualHost). Kept
    // pointing at Kourier's internal Service so that turning that on never routes to Istio.
    localGatewayService: `kourier-internal.${KOURIER_NAMESPACE}.svc.cluster.local`,
    ingressDomain: domain,
    // Read only in KServe's Standard (raw Deployment) mode, for the Kubernetes Ingress it creates;
    // in Knative mode Knative's own `ingress-class` (config-network, below) decides. Kept consistent.
    ingressClassName: KOURIER_INGRESS_CLASS,
    domainTemplate: '{{ .Name }}-{{ .Namespace }}.{{ .IngressDomain }}',
    urlScheme: 'http',
    disableIstioVirtualHost: true,
    disableIngressCreation: false,
  };
}

/**
 * pulumi-kubernetes' await annotation (4.18+, `kubectl get -o jsonpath` syntax; pulumi/pulumi-kubernetes#3134):
 * the webhook configuration counts as ready once a webhook has its CA bundle, which cert-manager's
 * cainjector writes when the webhook's serving certificate exists.
 */
export const WEBHOOK_CA_BUNDLE_WAIT = 'jsonpath={.webhooks[*].clientConfig.caBundle}';

/**
 * A transform for cert-manager's release: its webhook configurations wait for their CA bundle, so
 * the release (and everything that depends on it: KServe's Certificate and Issuer, the platform's
 * ClusterIssuer and Certificates) is ready only once the webhook can admit cert-manager's objects.
 * The static manifest leaves out cert-manager's own start-up check (a Helm hook), so nothing else waits.
 */
export const waitForWebhookCaBundle: pulumi.ResourceTransform = (args) => {
  if (!/^kubernetes:admissionregistration\.k8s\.io\/v1:(Validating|Mutating)WebhookConfiguration$/.test(args.type)) return undefined;
  const metadata = (args.props.metadata ?? {}) as { annotations?: Record<string, string> };
  return {
    props: { ...args.props, metadata: { ...metadata, annotations: { ...metadata.annotations, 'pulumi.com/waitFor': WEBHOOK_CA_BUNDLE_WAIT } } },
    opts: args.opts,
  };
};

export interface Serving {
  readonly certManager: k8s.yaml.v2.ConfigFile;
  readonly knativeCore: k8s.yaml.v2.ConfigFile;
  readonly kourier: k8s.yaml.v2.ConfigFile;
  readonly kserve: k8s.yaml.v2.ConfigFile;
  readonly kserveRuntimes: k8s.yaml.v2.ConfigFile;
  /** KEDA (the QueueWorkers' and JobRunners' scaler): its CRDs, operator, metrics API server and admission webhook. */
  readonly keda: k8s.yaml.v2.ConfigFile;
  /**
   * The External Secrets Operator (CRDs, controller, webhook), installed when the platform has an
   * ExternalSecret; the ClusterSecretStore it reads from is yours (it holds your secrets manager's credentials).
   */
  readonly externalSecrets?: k8s.yaml.v2.ConfigFile;
  /** Namespaces the release manifests' objects live in but do not create (`kserve`), by name. */
  readonly namespaces: Record<string, k8s.core.v1.Namespace>;
  readonly configDomain: k8s.core.v1.ConfigMapPatch;
  readonly configNetwork: k8s.core.v1.ConfigMapPatch;
  readonly kserveConfig: k8s.core.v1.ConfigMapPatch;
  /** The Kourier LoadBalancer Service, read back once DigitalOcean has given it an address. */
  readonly kourierService: k8s.core.v1.Service;
  readonly loadBalancerIp: pulumi.Output<string>;
  /** Everything the platform's objects need to exist first. */
  readonly ready: pulumi.Resource[];
}

/** What the platform's objects need beyond the serving stack. */
export interface ServingNeeds {
  /** The platform has ExternalSecrets: install the External Secrets Operator before them. */
  readonly externalSecrets?: boolean;
}

export function installServing(config: StackConfig, provider: k8s.Provider, parent?: pulumi.Resource, needs: ServingNeeds = {}): Serving {
  const urls = releaseManifests(config.versions);
  // Created once, before every layer whose objects live there; deleted only after those layers.
  const namespaces: Record<string, k8s.core.v1.Namespace> = {};
  const namespace = (name: string): k8s.core.v1.Namespace => namespaces[name] ??= new k8s.core.v1.Namespace(`namespace-${name}`, {
    metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'pulumi', 'app.kubernetes.io/part-of': 'calvin-runtime' } },
  }, { provider, parent });
  const layer = (name: ReleaseLayer, dependsOn: pulumi.Resource[], opts: pulumi.ComponentResourceOptions = {}): k8s.yaml.v2.ConfigFile =>
    new k8s.yaml.v2.ConfigFile(name, { file: urls[name] }, { ...opts, provider, parent, dependsOn: [...namespacesToCreate(name).map(namespace), ...dependsOn] });
  // Patches take over just the keys they set; force, because the release manifest owns the ConfigMap.
  const patch = (name: string, namespace: string, data: Record<string, string>, dependsOn: pulumi.Resource[]): k8s.core.v1.ConfigMapPatch =>
    new k8s.core.v1.ConfigMapPatch(`${namespace}-${name}`, {
      metadata: { name, namespace, annotations: { 'pulumi.com/patchForce': 'true' } },
      data,
    }, { provider, parent, dependsOn });

  const certManager = layer('certManager', [], { transforms: [waitForWebhookCaBundle] });
  // serving-core.yaml holds Knative's CRDs too: applying serving-crds.yaml as well would declare each
  // CRD twice, and since pulumi-kubernetes 4.29 the second create fails with AlreadyExists.
  const knativeCore = layer('knativeCore', []);
  const kourier = layer('kourier', [knativeCore]);
  const configDomain = patch('config-domain', KNATIVE_SERVING_NAMESPACE, { [config.domain]: '' }, [knativeCore]);
  const configNetwork = patch('config-network', KNATIVE_SERVING_NAMESPACE, {
    'ingress-class': KOURIER_INGRESS_CLASS,
    // DomainMappings to hosts outside the cluster's own domain need their ClusterDomainClaim.
    'autocreate-cluster-domain-claims': 'true',
    // Plain HTTP to any external host is redirected to HTTPS (the DomainMappings also say so
    // themselves); Kourier never redirects cluster-local routes, so in-cluster calls stay HTTP.
    'http-protocol': 'Redirected',
    // Knative's default, set so that it stays what the constructs name a rollout tag's Service and host by.
    'tag-template': KNATIVE_TAG_TEMPLATE,
  }, [knativeCore]);
  // KServe's webhook certificate comes from cert-manager, and Knative mode needs Knative's CRDs.
  const kserve = layer('kserve', [certManager, knativeCore]);
  // KServe's webhook refuses to delete the well-known LLMInferenceServiceConfigs while its controller
  // runs, and destroy deletes them first (they depend on KServe). So their delete is left to
  // Kubernetes: deleting KServe's CRDs removes every object of them (deletedWith reaches the children).
  const kserveRuntimes = layer('kserveRuntimes', [kserve], { deletedWith: kserve });
  const kserveConfig = patch('inferenceservice-config', KSERVE_NAMESPACE, {
    ingress: JSON.stringify(kserveIngressConfig(config.domain), null, 2),
    deploy: JSON.stringify({ defaultDeploymentMode: 'Knative' }, null, 2),
  }, [kserve]);

  // Independent of the serving layers; the platform's ScaledObjects and ScaledJobs need its CRDs and
  // its admission webhook up (a ConfigFile is ready once its Deployments are).
  const keda = layer('keda', []);
  // Only when something uses it: its webhook then admits the platform's ExternalSecrets.
  const externalSecrets = needs.externalSecrets ? layer('externalSecrets', []) : undefined;

  const kourierService = k8s.core.v1.Service.get('kourier', `${KOURIER_NAMESPACE}/kourier`, { provider, parent, dependsOn: [kourier] });
  const loadBalancerIp = kourierService.status.apply((status) => {
    const ip = status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
    if (!ip) throw new Error(`the Kourier Service ${KOURIER_NAMESPACE}/kourier has no load balancer IP yet; run \`pulumi up\` again once DigitalOcean has provisioned it`);
    return ip;
  });

  return {
    certManager, knativeCore, kourier, kserve, kserveRuntimes, keda, externalSecrets, namespaces, configDomain, configNetwork, kserveConfig, kourierService, loadBalancerIp,
    ready: [knativeCore, kourier, configDomain, configNetwork, kserve, kserveRuntimes, kserveConfig, keda, ...(externalSecrets ? [externalSecrets] : [])],
  };
}
