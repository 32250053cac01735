/**
 * How an app is served: `kserve` synthesizes a KServe InferenceService (KServe then creates the
 * Knative Service `<name>-predictor`); `knative` synthesizes the Knative Service `<name>` directly.
 */
export type AppEngine = 'kserve' | 'knative';

/** KServe deployment modes that run on Knative (and so can scale to zero); see PlatformStackProps. */
export type KServeDeploymentMode = 'Knative' | 'Serverless';

/** `public`: reachable at `https://<hostname>`; `clusterLocal`: only inside the cluster. */
export type AppVisibility = 'public' | 'clusterLocal';
