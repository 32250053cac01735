/**
 * The model formats KServe's ClusterServingRuntimes serve (their `supportedModelFormats`), as
 * released in KServe v0.20.0 (`install/v0.20.0/kserve-cluster-resources.yaml`, vendored in
 * test/fixtures/kserve/; test/models/model-formats.test.ts checks this list against it). The
 * InferenceService CRD types `modelFormat.name` as any string: a typo is only noticed when no
 * runtime picks the model up, so the constructs check it against this set.
 */
export const MODEL_FORMATS = [
  'autogluon', 'huggingface', 'lightgbm', 'mlflow', 'onnx', 'paddle', 'pmml', 'pytorch', 'sklearn', 'tensorflow', 'tensorrt', 'triton', 'vLLM', 'xgboost',
] as const;
export type ModelFormat = typeof MODEL_FORMATS[number];

/** KServe's inference protocols (`protocolVersion`): v1 (`/v1/models/<name>:predict`) and the Open Inference Protocol v2. */
export const MODEL_PROTOCOLS = ['v1', 'v2'] as const;
export type ModelProtocol = typeof MODEL_PROTOCOLS[number];

/**
 * The storage-initializer KServe adds to a predictor with a `storageUri`: an init container whose
 * limits come from `inferenceservice-config` (`storageInitializer`: cpuLimit "1", memoryLimit
 * "1Gi" in kserve/kserve config/configmap/inferenceservice.yaml). A pod counts the larger of its
 * init containers and its containers against the quota, so the capacity check counts it.
 */
export const STORAGE_INITIALIZER_LIMITS = { cpu: 1, memory: 2 ** 30 };

/**
 * KServe's S3 settings, read from the **Secret** its ServiceAccount lists (pkg/credentials/s3:
 * BuildSecretEnvs reads the Secret's annotations; a ServiceAccount's annotations are read only
 * with an IAM role for service accounts). Each is also read from the Secret's data key of the env
 * var it becomes, then from `inferenceservice-config`.
 */
export const KSERVE_S3_ANNOTATIONS = {
  endpoint: 'serving.kserve.io/s3-endpoint',
  useHttps: 'serving.kserve.io/s3-usehttps',
  region: 'serving.kserve.io/s3-region',
  useVirtualBucket: 'serving.kserve.io/s3-usevirtualbucket',
  verifySsl: 'serving.kserve.io/s3-verifyssl',
} as const;

/**
 * The Secret keys KServe reads the access key from: `inferenceservice-config`'s
 * `s3AccessKeyIDName`/`s3SecretAccessKeyName`, which KServe's release sets to these names.
 */
export const KSERVE_S3_SECRET_KEYS = { accessKeyId: 'AWS_ACCESS_KEY_ID', secretAccessKey: 'AWS_SECRET_ACCESS_KEY' } as const;
