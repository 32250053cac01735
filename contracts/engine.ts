/**
 * How an app is served: `kserve` synthesizes a KServe InferenceService (KServe then creates the
 * Knative Service `<name>-predictor`); `knative` synthesizes the Knative Service `<name>` directly.
 */
export const APP_ENGINES = ['kserve', 'knative'] as const;
export type AppEngine = typeof APP_ENGINES[number];

/** KServe deployment modes that run on Knative (and so can scale to zero); see PlatformStackProps. */
export const KSERVE_DEPLOYMENT_MODES = ['Knative', 'Serverless'] as const;
export type KServeDeploymentMode = typeof KSERVE_DEPLOYMENT_MODES[number];

/** `public`: reachable at `https://<hostname>`; `clusterLocal`: only inside the cluster. */
export const APP_VISIBILITIES = ['public', 'clusterLocal'] as const;
export type AppVisibility = typeof APP_VISIBILITIES[number];

/** Pod Security Standard level a namespace enforces. */
export const POD_SECURITY_LEVELS = ['privileged', 'baseline', 'restricted'] as const;
export type PodSecurityLevel = typeof POD_SECURITY_LEVELS[number];

/** The label that keeps a Knative Service off the public ingress. */
export const KNATIVE_VISIBILITY_LABEL = 'networking.knative.dev/visibility';
/** The InferenceService annotation that picks KServe's deployment mode. */
export const KSERVE_DEPLOYMENT_MODE_ANNOTATION = 'serving.kserve.io/deploymentMode';

/**
 * Knative's `tag-template` (config-network): the name of a traffic tag's route, from which its
 * placeholder Service and its hosts are named. This is Knative's default, and the Pulumi component
 * sets it explicitly, so the constructs' candidate DomainMapping names a Service that exists.
 */
export const KNATIVE_TAG_TEMPLATE = '{{.Tag}}-{{.Name}}';

/** KNATIVE_TAG_TEMPLATE applied: the route name of `tag` on the route (Knative Service) `name`. */
export function knativeTagName(tag: string, name: string): string {
  return KNATIVE_TAG_TEMPLATE.replace('{{.Tag}}', tag).replace('{{.Name}}', name);
}
