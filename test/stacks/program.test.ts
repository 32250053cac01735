/**
 * The Pulumi program under Pulumi's runtime mocks: the declared graph's real properties, the
 * objects handed to Kubernetes against an independent synth, and the dependency order.
 */
import * as pulumi from '@pulumi/pulumi';
import { Testing } from 'cdk8s';
import * as YAML from 'yaml';
import { examplePlatform } from '../../examples/platform';
import { schemaProblems } from '../helpers';
import { ACME_EMAIL, APP_SECRETS, DeclaredResource, deployExample, DNS_TOKEN, installMocks, isSecretValue, MOCK, Recorder, redacted, revealed, settled, stackSecrets, valueOf } from './mocks';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const T = {
  cluster: 'digitalocean:index/kubernetesCluster:KubernetesCluster',
  valkey: 'digitalocean:index/databaseCluster:DatabaseCluster',
  valkeyConfig: 'digitalocean:index/databaseValkeyConfig:DatabaseValkeyConfig',
  firewall: 'digitalocean:index/databaseFirewall:DatabaseFirewall',
  bucket: 'digitalocean:index/spacesBucket:SpacesBucket',
  spacesKey: 'digitalocean:index/spacesKey:SpacesKey',
  registry: 'digitalocean:index/containerRegistry:ContainerRegistry',
  record: 'digitalocean:index/dnsRecord:DnsRecord',
  domain: 'digitalocean:index/domain:Domain',
  configFile: 'kubernetes:yaml/v2:ConfigFile',
  configGroup: 'kubernetes:yaml/v2:ConfigGroup',
  patch: 'kubernetes:core/v1:ConfigMapPatch',
  secret: 'kubernetes:core/v1:Secret',
  service: 'kubernetes:core/v1:Service',
};

let recorder: Recorder;
let stack: import('../../pulumi').CalvinPlatform;
let config: import('../../pulumi/config').StackConfig;

beforeAll(async () => {
  // Mocks first, then the program: Pulumi binds to the monitor when its modules load.
  recorder = await installMocks();
  // A prebuilt worker image: the build path (the Deployment at the pushed digest) is test/stacks/image.test.ts.
  stack = deployExample({ domain: 'apps.example.com', acmeEmail: ACME_EMAIL, nodeMinCount: 3, nodeMaxCount: 7, metricsRetentionDays: 14, workerImage: 'ghcr.io/calvin-runtime/scheduler-worker:0.1.0' }, stackSecrets(SIGNING_SECRET, APP_SECRETS));
  config = stack.config;
  await settled(stack);
});

const groupObjects = (name: string): any[] => recorder.one(T.configGroup, name).inputs.objs;

describe('cloud', () => {
  test('the cluster: latest patch of the configured minor, autoscaling pool bounds, upgrades, registry, VPC', () => {
    const cluster = recorder.one(T.cluster, 'cluster').inputs;
    expect(cluster.version).toBe('1.34.2-do.1');
    expect(recorder.invokes.map((i) => i.inputs.versionPrefix)).toContain('1.34.');
    expect(cluster.nodePool).toMatchObject({ autoScale: true, minNodes: 3, maxNodes: 7, size: 's-2vcpu-4gb' });
    expect(cluster).toMatchObject({ region: 'fra1', autoUpgrade: true, surgeUpgrade: true, ha: false, registryIntegration: true, maintenancePolicy: { day: 'sunday', startTime: '04:00' } });
    expect(cluster.vpcUuid).toBe('vpc-id');
    expect(recorder.dependencyNames(recorder.one(T.cluster, 'cluster'))).toEqual(expect.arrayContaining(['registry', 'vpc']));
  });

  test('the Kubernetes provider\'s kubeconfig is read afresh from the cluster on every run, not the stored (expiring) one', async () => {
    const read = recorder.invokes.filter((i) => i.token === 'digitalocean:index/getKubernetesCluster:getKubernetesCluster');
    expect(read.map((i) => i.inputs.name)).toEqual(['calvin-prod-doks']);
    const providerKubeconfig = revealed(recorder.one('pulumi:providers:kubernetes', 'doks').inputs).kubeconfig;
    expect(providerKubeconfig).toBe(MOCK.kubeconfig);
    expect(providerKubeconfig).not.toBe(MOCK.storedKubeconfig);
    expect(await valueOf(stack.cloud.kubeconfig)).toBe(MOCK.kubeconfig);
  });

  test('managed Valkey in the VPC, noeviction and TLS, and a firewall whose only trusted source is the cluster', () => {
    expect(recorder.one(T.valkey, 'valkey').inputs).toMatchObject({ engine: 'valkey', version: '8', nodeCount: 1, privateNetworkUuid: 'vpc-id', region: 'fra1' });
    expect(recorder.one(T.valkeyConfig, 'valkey-config').inputs).toMatchObject({ clusterId: 'valkey-id', valkeyMaxmemoryPolicy: 'noeviction', ssl: true });
    expect(recorder.one(T.firewall, 'valkey-firewall').inputs).toEqual({ clusterId: 'valkey-id', rules: [{ type: 'k8s', value: MOCK.clusterId }] });
  });

  test('private metrics bucket expiring metrics/ after the retention days; a Spaces key limited to it', () => {
    const bucket = recorder.one(T.bucket, 'metrics').inputs;
    expect(bucket).toMatchObject({ name: 'calvin-prod-metrics', region: 'fra1', acl: 'private' });
    expect(bucket.lifecycleRules).toEqual([expect.objectContaining({ enabled: true, prefix: 'metrics/', expiration: { days: 14 } })]);
    expect(recorder.one(T.spacesKey, 'metrics-writer').inputs.grants).toEqual([{ bucket: 'calvin-prod-metrics', permission: 'readwrite' }]);
  });

  test('the models\' private bucket; per credentials Secret a read-only key on it, written with the S3 annotations KServe reads from the Secret', () => {
    expect(recorder.one(T.bucket, 'models-calvin-models').inputs).toEqual({ name: 'calvin-models', region: 'fra1', acl: 'private' });
    expect(recorder.one(T.spacesKey, 'models-reader-acme-acme-models').inputs.grants).toEqual([{ bucket: 'calvin-models', permission: 'read' }]);
    const secret = recorder.one(T.secret, 'models-credentials-acme-acme-models');
    expect(secret.inputs.metadata).toEqual({
      name: 'acme-models', namespace: 'acme',
      annotations: {
        'serving.kserve.io/s3-endpoint': 'fra1.digitaloceanspaces.com', 'serving.kserve.io/s3-usehttps': '1',
        'serving.kserve.io/s3-region': 'us-east-1', 'serving.kserve.io/s3-usevirtualbucket': 'false',
      },
    });
    // The key pair reaches the engine as a Pulumi secret only.
    expect(isSecretValue(secret.inputs.stringData)).toBe(true);
    expect(revealed(secret.inputs.stringData)).toEqual({ AWS_ACCESS_KEY_ID: MOCK.spacesAccessKey, AWS_SECRET_ACCESS_KEY: MOCK.spacesSecretKey });
    expect(recorder.dependencyNames(recorder.one(T.configGroup, 'platform'))).toEqual(expect.arrayContaining(['models-credentials-acme-acme-models']));
  });

  test('the domain and a wildcard A record pointing at the Kourier load balancer', () => {
    expect(recorder.one(T.domain, 'domain').inputs).toEqual({ name: 'apps.example.com' });
    const record = recorder.one(T.record, 'wildcard');
    expect(record.inputs).toEqual({ domain: 'apps.example.com', type: 'A', name: '*', value: MOCK.loadBalancerIp, ttl: 300 });
    // The tenant acme's apps are <app>.acme.<domain>, which `*` does not cover.
    expect(recorder.one(T.record, 'wildcard-acme').inputs).toEqual({ domain: 'apps.example.com', type: 'A', name: '*.acme', value: MOCK.loadBalancerIp, ttl: 300 });
    const kourier = recorder.resources.find((r) => r.type === T.service && r.read)!;
    expect(kourier.name).toBe('kourier');
    expect(kourier.inputs.id ?? 'kourier-system/kourier').toBe('kourier-system/kourier');
  });
});

describe('serving stack', () => {
  test('pinned release manifests, each layer after the one it needs', () => {
    const file = (name: string): DeclaredResource => recorder.one(T.configFile, name);
    expect(file('certManager').inputs.file).toBe('https://github.com/cert-manager/cert-manager/releases/download/v1.19.4/cert-manager.yaml');
    // externalSecrets: the example has an ExternalSecret (a platform without one gets no operator: customer-program.test.ts).
    expect(recorder.ofType(T.configFile).map((r) => r.name).sort()).toEqual(['certManager', 'externalSecrets', 'keda', 'knativeCore', 'kourier', 'kserve', 'kserveRuntimes']);
    expect(file('knativeCore').inputs.file).toBe('https://github.com/knative/serving/releases/download/knative-v1.21.1/serving-core.yaml');
    expect(file('kourier').inputs.file).toBe('https://github.com/knative-extensions/net-kourier/releases/download/knative-v1.21.0/kourier.yaml');
    expect(file('kserve').inputs.file).toBe('https://github.com/kserve/kserve/releases/download/v0.20.0/kserve.yaml');
    expect(file('kserveRuntimes').inputs.file).toBe('https://github.com/kserve/kserve/releases/download/v0.20.0/kserve-cluster-resources.yaml');
    expect(recorder.dependencyNames(file('kourier'))).toEqual(expect.arrayContaining(['knativeCore']));
    expect(recorder.dependencyNames(file('kserve'))).toEqual(expect.arrayContaining(['certManager', 'knativeCore']));
    expect(recorder.dependencyNames(file('kserveRuntimes'))).toEqual(expect.arrayContaining(['kserve']));
    expect(file('keda').inputs.file).toBe('https://github.com/kedacore/keda/releases/download/v2.20.2/keda-2.20.2.yaml');
    expect(file('externalSecrets').inputs.file).toBe('https://github.com/external-secrets/external-secrets/releases/download/v2.9.0/external-secrets.yaml');
    // The platform's objects (the ExternalSecret among them) wait for the operator and its webhook.
    expect(recorder.dependencyNames(recorder.one('kubernetes:yaml/v2:ConfigGroup', 'platform'))).toEqual(expect.arrayContaining(['externalSecrets']));
  });

  test('Knative: the domain, Kourier as ingress class, cluster domain claims created automatically', () => {
    const domain = recorder.one(T.patch, 'knative-serving-config-domain').inputs;
    expect(domain.metadata).toMatchObject({ name: 'config-domain', namespace: 'knative-serving' });
    expect(domain.data).toEqual({ 'apps.example.com': '' });
    const network = recorder.one(T.patch, 'knative-serving-config-network');
    expect(network.inputs.data).toEqual({
      'ingress-class': 'kourier.ingress.networking.knative.dev', 'autocreate-cluster-domain-claims': 'true', 'http-protocol': 'Redirected',
      // Knative's default tag-template (knative.dev/networking config.DefaultTagTemplate), pinned: the candidate's DomainMapping relies on it.
      'tag-template': '{{.Tag}}-{{.Name}}',
    });
    expect(recorder.dependencyNames(network)).toEqual(expect.arrayContaining(['knativeCore']));
  });

  test('KServe: Knative mode, no Istio virtual host, Kourier for cluster-local traffic', () => {
    const patch = recorder.one(T.patch, 'kserve-inferenceservice-config');
    expect(patch.inputs.metadata).toMatchObject({ name: 'inferenceservice-config', namespace: 'kserve' });
    expect(JSON.parse(patch.inputs.data.deploy)).toEqual({ defaultDeploymentMode: 'Knative' });
    expect(JSON.parse(patch.inputs.data.ingress)).toMatchObject({
      disableIstioVirtualHost: true, ingressDomain: 'apps.example.com', ingressClassName: 'kourier.ingress.networking.knative.dev',
      localGatewayService: 'kourier-internal.kourier-system.svc.cluster.local',
    });
    expect(recorder.dependencyNames(patch)).toEqual(expect.arrayContaining(['kserve']));
  });
});

describe('platform', () => {
  const independentSynth = (): any[] => {
    const app = Testing.app();
    examplePlatform(app, {
      domain: 'apps.example.com',
      tls: { issuer: { email: ACME_EMAIL, environment: 'staging' } },
      worker: { image: config.workerImage, metrics: { bucket: 'calvin-prod-metrics', endpoint: 'https://fra1.digitaloceanspaces.com', prefix: 'metrics/' } },
    });
    // The example's FluxDelivery is the GitOps path's: the component leaves Flux's objects out.
    return YAML.parseAllDocuments(app.synthYaml()).map((d) => d.toJS()).filter((o) => !o.apiVersion.includes('.toolkit.fluxcd.io/'));
  };
  const key = (o: any): string => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

  test('the ConfigGroups receive exactly the objects cdk8s synth writes: namespaces first, then the issuer and certificates, then the rest', () => {
    const expected = independentSynth();
    const certManager = (o: any): boolean => o.apiVersion.startsWith('cert-manager.io/');
    const namespaces = groupObjects('platform-namespaces');
    const tls = groupObjects('platform-tls');
    const rest = groupObjects('platform');
    expect(namespaces.map(key)).toEqual(expected.filter((o) => o.kind === 'Namespace').map(key));
    expect(tls.map(key)).toEqual(['ClusterIssuer//letsencrypt-staging', 'Certificate/calvin-apps/wildcard-tls', 'Certificate/acme/wildcard-tls']);
    expect([...namespaces, ...tls, ...rest].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    expect(rest.map(key)).toEqual(expected.filter((o) => o.kind !== 'Namespace' && !certManager(o)).map(key));
    expect(schemaProblems([...namespaces, ...tls, ...rest])).toEqual([]);
  });

  test('the worker Secrets have exactly the names and keys its Deployment reads, filled from the cloud', () => {
    const deployment = groupObjects('platform').find((o) => o.kind === 'Deployment' && o.metadata.name === 'scheduler-worker');
    const env: any[] = deployment.spec.template.spec.containers[0].env;
    const read = env.filter((e) => e.valueFrom?.secretKeyRef).map((e) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key]);
    const workerSecrets = recorder.ofType(T.secret).filter((s) => s.name.startsWith('secret-'));
    const secrets = workerSecrets.map((s) => revealed(s.inputs));
    // Every value is marked secret, so Pulumi encrypts it in the state and masks it in the CLI.
    for (const { inputs } of recorder.ofType(T.secret)) {
      expect(isSecretValue(inputs.stringData) || Object.values(inputs.stringData).every(isSecretValue)).toBe(true);
    }
    const provided = secrets.flatMap((s) => Object.keys(s.stringData).map((k) => [s.metadata.name, k]));
    expect(provided.sort()).toEqual(read.map(([, name, k]) => [name, k]).sort());
    expect(secrets.every((s) => s.metadata.namespace === 'calvin-system')).toBe(true);
    const valueOfEnv = (variable: string): string => {
      const [, name, k] = read.find(([v]) => v === variable)!;
      return secrets.find((s) => s.metadata.name === name)!.stringData[k];
    };
    expect(valueOfEnv('REDIS_URL')).toBe(`rediss://${MOCK.valkeyUser}:${MOCK.valkeyPassword}@${MOCK.valkeyPrivateHost}:${MOCK.valkeyPort}`);
    expect(valueOfEnv('AWS_ACCESS_KEY_ID')).toBe(MOCK.spacesAccessKey);
    expect(valueOfEnv('AWS_SECRET_ACCESS_KEY')).toBe(MOCK.spacesSecretKey);
    expect(valueOfEnv('SIGNING_SECRETS')).toBe(SIGNING_SECRET);
    const plain = Object.fromEntries(env.filter((e) => 'value' in e).map((e) => [e.name, e.value]));
    expect(plain).toMatchObject({ S3_BUCKET: 'calvin-prod-metrics', S3_ENDPOINT: 'https://fra1.digitaloceanspaces.com', METRICS_PREFIX: 'metrics/' });
    expect(deployment.spec.template.spec.containers[0].image).toBe(config.workerImage);
  });

  test('order: Secrets after the namespaces; the platform objects after the Secrets and the whole serving stack', () => {
    // cert-manager's DNS token and Grafana's login live in their releases' namespaces (pulumi/monitoring.ts for Grafana's).
    const platformSecrets = recorder.ofType(T.secret).filter((s) => s.name !== 'cert-manager-dns-token' && s.name !== 'grafana-admin');
    expect(recorder.dependencyNames(recorder.one(T.secret, 'grafana-admin'))).toContain('monitoring');
    for (const secret of platformSecrets) expect(recorder.dependencyNames(secret)).toContain('platform-namespaces');
    const platform = recorder.one(T.configGroup, 'platform');
    expect(recorder.dependencyNames(platform)).toEqual(expect.arrayContaining([
      'platform-namespaces', 'platform-tls', ...platformSecrets.map((s) => s.name),
      'knativeCore', 'kourier', 'kserve', 'kserveRuntimes', 'knative-serving-config-domain', 'knative-serving-config-network', 'kserve-inferenceservice-config',
      // The ScaledObjects and ScaledJobs need KEDA's CRDs and admission webhook.
      'keda',
    ]));
  });

  test('no secret value in any input outside a Pulumi secret (the synthesized objects included)', () => {
    expect(recorder.resources.length).toBeGreaterThan(20);
    const plainInputs = recorder.resources.map((r) => JSON.stringify(redacted(r.inputs))).join('\n');
    expect(redacted(recorder.one('pulumi:providers:kubernetes', 'doks').inputs).kubeconfig).toBe('[secret]');
    for (const secret of [...MOCK.secrets, SIGNING_SECRET, DNS_TOKEN, ...Object.values(APP_SECRETS)]) expect(plainInputs).not.toContain(secret);
  });
});

describe('TLS', () => {
  const tlsObjects = (): any[] => groupObjects('platform-tls');

  test('the DNS token is a Pulumi secret in exactly the Secret and key the ClusterIssuer reads, in cert-manager\'s namespace', () => {
    const issuer = tlsObjects().find((o) => o.kind === 'ClusterIssuer');
    const ref = issuer.spec.acme.solvers[0].dns01.digitalocean.tokenSecretRef;
    const secret = recorder.one(T.secret, 'cert-manager-dns-token');
    expect(isSecretValue(secret.inputs.stringData) || isSecretValue(secret.inputs.stringData[ref.key])).toBe(true);
    expect(revealed(secret.inputs)).toMatchObject({ metadata: { name: ref.name, namespace: 'cert-manager' }, stringData: { [ref.key]: DNS_TOKEN } });
    expect(Object.keys(revealed(secret.inputs).stringData)).toEqual([ref.key]);
    expect(JSON.stringify(redacted(secret.inputs))).not.toContain(DNS_TOKEN);
  });

  test('the issuer and certificates wait for cert-manager (CRDs and webhook), their namespaces and the token', () => {
    const tls = recorder.one(T.configGroup, 'platform-tls');
    expect(recorder.dependencyNames(tls)).toEqual(expect.arrayContaining(['certManager', 'platform-namespaces', 'cert-manager-dns-token']));
    expect(recorder.dependencyNames(recorder.one(T.secret, 'cert-manager-dns-token'))).toEqual(expect.arrayContaining(['certManager']));
  });

  test('the issuer is the configured Let\'s Encrypt account; every DomainMapping names a Secret a Certificate of its namespace writes', () => {
    const issuer = tlsObjects().find((o) => o.kind === 'ClusterIssuer');
    expect(issuer.spec.acme).toMatchObject({ email: ACME_EMAIL, server: 'https://acme-staging-v02.api.letsencrypt.org/directory' });
    const mappings = groupObjects('platform').filter((o) => o.kind === 'DomainMapping');
    // my-app's canary adds its candidate's host, served by the same wildcard (one label more under the domain).
    expect(mappings.map((m) => m.metadata.name)).toEqual(['my-app.apps.example.com', 'candidate-my-app.apps.example.com', 'iris.acme.apps.example.com', 'shop.acme.apps.example.com']);
    for (const mapping of mappings) {
      const certificate = tlsObjects().find((o) => o.kind === 'Certificate' && o.metadata.namespace === mapping.metadata.namespace && o.spec.secretName === mapping.spec.tls.secretName);
      const parent = mapping.metadata.name.split('.').slice(1).join('.');
      expect(certificate.spec).toMatchObject({ dnsNames: [`*.${parent}`], issuerRef: { kind: 'ClusterIssuer', name: issuer.metadata.name } });
    }
  });
});

describe('outputs', () => {
  test('kubeconfig is a secret; the other outputs are plain and hold no secret value', async () => {
    const outputs = stack;
    expect(await pulumi.isSecret(outputs.kubeconfig)).toBe(true);
    expect(await valueOf(outputs.kubeconfig)).toBe(MOCK.kubeconfig);
    const plain = {
      clusterId: await valueOf(outputs.clusterId),
      registryEndpoint: await valueOf(outputs.registryEndpoint),
      loadBalancerIp: await valueOf(outputs.loadBalancerIp),
      appUrls: await valueOf(outputs.appUrls),
      metricsBucket: await valueOf(outputs.metricsBucket),
    };
    expect(plain).toEqual({
      clusterId: MOCK.clusterId, registryEndpoint: MOCK.registryEndpoint, loadBalancerIp: MOCK.loadBalancerIp,
      appUrls: { 'my-app': 'https://my-app.apps.example.com', 'acme/iris': 'https://iris.acme.apps.example.com', 'acme/shop': 'https://shop.acme.apps.example.com' },
      metricsBucket: 'calvin-prod-metrics',
    });
    for (const output of [outputs.clusterId, outputs.registryEndpoint, outputs.loadBalancerIp, outputs.metricsBucket, outputs.appUrls] as Array<pulumi.Output<unknown>>) expect(await pulumi.isSecret(output)).toBe(false);
    for (const secret of MOCK.secrets) expect(JSON.stringify(plain)).not.toContain(secret);
    expect(await pulumi.isSecret(stack.cloud.redisUrl)).toBe(true);
  });
});
