/**
 * One key of a Kubernetes Secret, read when a pod starts or a request is sent; the value never
 * enters a manifest. Used for app env vars, trigger headers and the worker's settings alike.
 * @category Workload helpers
 */
export interface SecretKeyRef {
  /** Name of the Secret (in the namespace of the workload that reads it). */
  readonly secret: string;
  /** Key within the Secret. */
  readonly key: string;
  /**
   * Start the workload even if the Secret or key is missing (the value is then unset). Only env
   * vars of apps and workers can be optional.
   * @default false
   */
  readonly optional?: boolean;
}
