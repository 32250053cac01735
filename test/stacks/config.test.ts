/** The stack's typed config: defaults, every problem listed by key, and reading it through Pulumi. */
import * as pulumi from '@pulumi/pulumi';
import { ACME_EMAIL, DNS_TOKEN, installMocks, valueOf } from './mocks';

let config: typeof import('../../pulumi/config');

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

beforeAll(async () => {
  await installMocks({
    config: {
      'calvin-runtime:domain': 'apps.example.com',
      'calvin-runtime:acmeEmail': ACME_EMAIL,
      'calvin-runtime:kserveVersion': 'v0.20.0',
      'calvin-runtime:signingSecret': SECRET,
      'calvin-runtime:dnsToken': DNS_TOKEN,
      'digitalocean:token': 'dop_v1_not-ours',
    },
    secretKeys: ['calvin-runtime:signingSecret', 'calvin-runtime:dnsToken', 'digitalocean:token'],
  });
  config = await import('../../pulumi/config');
});

function problemsOf(raw: Record<string, string>): string[] {
  try {
    config.parseStackConfig(raw, 'dev');
  } catch (error) {
    if (error instanceof config.StackConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a StackConfigError');
}

test('defaults: only the domain and the ACME email are required', () => {
  expect(config.parseStackConfig({ domain: 'calvinruntime.net', acmeEmail: ACME_EMAIL }, 'dev')).toEqual({
    region: 'fra1', domain: 'calvinruntime.net', kubernetesVersion: '1.34', nodeSize: 's-2vcpu-4gb', nodeMinCount: 2, nodeMaxCount: 5,
    haControlPlane: false, maintenanceDay: 'sunday', maintenanceStartTime: '04:00', registryName: 'calvin-dev-64507c2d', registryRegion: 'fra1', registryTier: 'basic',
    valkeySize: 'db-s-1vcpu-1gb', valkeyVersion: '8', metricsBucket: 'calvin-dev-metrics', metricsRetentionDays: 30, metricsForceDestroy: false,
    versions: { certManager: '1.19.4', knativeServing: '1.21.1', kourier: '1.21.0', kserve: '0.20.0', keda: '2.20.2', externalSecrets: '2.9.0' },
    workerImage: undefined, acme: { email: ACME_EMAIL, environment: 'staging' },
  });
  expect(config.parseStackConfig({ domain: 'calvinruntime.net', acmeEmail: ACME_EMAIL }, 'dev').workerImage).toBeUndefined();
});

test('every bad value is reported at once, each naming the key, the value and what is allowed', () => {
  expect(problemsOf({
    region: 'mars1', kubernetesVersion: '1.34.2', nodeMinCount: '4', nodeMaxCount: '3', haControlPlane: 'yes',
    maintenanceStartTime: '25:00', metricsRetentionDays: '0', knativeServingVersion: 'latest', metricsBucket: 'Bad_Bucket', nodeMincount: '2',
  })).toEqual([
    expect.stringMatching(/^calvin-runtime:region: "mars1"; expected one of ams3, .*tor1$/),
    'calvin-runtime:domain: is not set; expected a lowercase DNS name such as calvinruntime.net',
    'calvin-runtime:kubernetesVersion: "1.34.2"; expected a Kubernetes minor version such as 1.34 (the patch is picked automatically)',
    'calvin-runtime:nodeMaxCount: "3"; expected at least nodeMinCount (4)',
    'calvin-runtime:haControlPlane: "yes"; expected true or false',
    'calvin-runtime:maintenanceStartTime: "25:00"; expected a UTC time HH:MM such as 04:00',
    'calvin-runtime:metricsBucket: "Bad_Bucket" is not a bucket name (3 to 63 lowercase letters, digits and \'-\', starting and ending with a letter or digit; no dots)',
    'calvin-runtime:metricsRetentionDays: "0"; expected an integer from 1 to 3650',
    'calvin-runtime:knativeServingVersion: "latest"; expected a release version such as 1.2.3',
    'calvin-runtime:acmeEmail: is not set; expected the email of your Let\'s Encrypt account, such as ops@calvinruntime.net (it gets notices about the account)',
    expect.stringMatching(/^calvin-runtime:nodeMincount: is not a setting of this stack; known: region, domain, .*, signingSecret, dnsToken, grafanaAdminPassword$/),
  ]);
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: 'ops', acmeEnvironment: 'prod' })).toEqual([
    'calvin-runtime:acmeEmail: "ops"; expected an email address such as ops@calvinruntime.net',
    'calvin-runtime:acmeEnvironment: "prod"; expected one of staging, production',
  ]);
  expect(config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, acmeEnvironment: 'Production' }, 'dev').acme)
    .toEqual({ email: ACME_EMAIL, environment: 'production' });
});

test('a stack name DigitalOcean names cannot hold is slugged the same way in every default name', () => {
  const parsed = config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL }, 'Team_A.Prod');
  expect(config.stackSlug('Team_A.Prod')).toBe('team-a-prod');
  expect(parsed.metricsBucket).toBe('calvin-team-a-prod-metrics');
  expect(parsed.registryName).toMatch(/^calvin-team-a-prod-[0-9a-f]{8}$/);
});

test('versions are accepted with or without a leading v; booleans and days in any case', () => {
  const parsed = config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, kserveVersion: 'v0.20.0', haControlPlane: 'TRUE', maintenanceDay: 'Monday' }, 'dev');
  expect([parsed.versions.kserve, parsed.haControlPlane, parsed.maintenanceDay]).toEqual(['0.20.0', true, 'monday']);
});

test('loadStackConfig reads the project namespace only (provider keys, the signing secret and the DNS token are not settings)', () => {
  const loaded = config.loadStackConfig();
  expect(loaded.domain).toBe('apps.example.com');
  expect(loaded.versions.kserve).toBe('0.20.0');
  expect(loaded.metricsBucket).toBe('calvin-prod-metrics');
});

test('the signing secret stays a Pulumi secret; its format is checked without echoing it', async () => {
  const secret = config.loadSigningSecret();
  expect(await pulumi.isSecret(secret)).toBe(true);
  expect(await valueOf(secret)).toBe(SECRET);
  const problems = config.signingSecretsProblems('calvin-runtime:signingSecret', 'whsec_c2hvcnQ= not-a-secret-value x');
  expect(problems).toEqual(['calvin-runtime:signingSecret: has 3 secrets; expected 1, or 2 separated by a space while rotating']);
  expect(config.signingSecretsProblems('k', `${SECRET} plainpassword`)).toEqual(['k: secret #2 does not start with "whsec_"']);
  expect(config.signingSecretsProblems('k', `${SECRET} whsec_c2hvcnQ=`)).toEqual(['k: secret #2 decodes to 5 bytes; expected 24 to 64']);
  expect(config.signingSecretsProblems('k', SECRET)).toEqual([]);
});

test('the DNS token stays a Pulumi secret; a malformed one is refused without echoing it', async () => {
  const token = config.loadDnsToken();
  expect(await pulumi.isSecret(token)).toBe(true);
  expect(await valueOf(token)).toBe(DNS_TOKEN);
  expect(config.dnsTokenProblem('   ')).toBe('is empty');
  expect(config.dnsTokenProblem('dop_v1_abc def')).toBe('contains whitespace');
  expect(config.dnsTokenProblem(` ${DNS_TOKEN}\n`)).toBeUndefined();
});

test('Pulumi.example.yaml documents every setting, and its values pass validation', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const YAML = require('yaml') as typeof import('yaml');
  const file = YAML.parse(readFileSync(`${__dirname}/../../Pulumi.example.yaml`, 'utf8')) as { config: Record<string, string> };
  const raw = Object.fromEntries(Object.entries(file.config).map(([k, v]) => [k.replace(/^calvin-runtime:/, ''), String(v)]));
  expect(Object.keys(raw).sort()).toEqual(Object.keys(config.STACK_CONFIG_KEYS).sort());
  expect(config.parseStackConfig(raw, 'prod')).toEqual(config.parseStackConfig({ domain: 'calvinruntime.net', acmeEmail: 'ops@calvinruntime.net' }, 'prod'));
});

test('regions: only where DOKS, managed databases and Spaces all exist (nyc1 and nyc2 have no Spaces)', () => {
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, region: 'nyc1' })).toEqual([expect.stringMatching(/^calvin-runtime:region: "nyc1"; expected one of /)]);
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, region: 'nyc2' })).toHaveLength(1);
  for (const region of ['nyc3', 'ams3', 'sfo2', 'sfo3', 'sgp1', 'lon1', 'fra1', 'tor1', 'blr1', 'syd1', 'atl1']) {
    expect(config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, region }, 'dev').region).toBe(region);
  }
});

test('the Kubernetes minor must suit the pinned releases; the error names the key, the value and the range', () => {
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, kubernetesVersion: '1.32' })).toEqual([
    'calvin-runtime:kubernetesVersion: "1.32"; Knative Serving 1.21.1 (knativeServingVersion) supports Kubernetes 1.33 or later',
    'calvin-runtime:kubernetesVersion: "1.32"; KServe 0.20.0 (kserveVersion) supports Kubernetes 1.33 or later',
  ]);
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, kubernetesVersion: '1.36' })).toEqual([
    'calvin-runtime:kubernetesVersion: "1.36"; cert-manager 1.19.4 (certManagerVersion) supports Kubernetes 1.31–1.35',
  ]);
  // cert-manager 1.17 ends before Knative 1.21 begins: no minor works, and the error says so.
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, certManagerVersion: '1.17.0' })).toEqual([
    'calvin-runtime:kubernetesVersion: "1.34"; cert-manager 1.17.0 (certManagerVersion) supports Kubernetes 1.29–1.32',
    'calvin-runtime:kubernetesVersion: no Kubernetes minor suits certManagerVersion 1.17.0, knativeServingVersion 1.21.1, kserveVersion 0.20.0 together; change one of them',
  ]);
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, kserveVersion: '0.19.1' })).toEqual([
    'calvin-runtime:kserveVersion: "0.19.1"; expected a KServe release whose Kubernetes support pulumi/compatibility.ts knows: 0.20.x',
  ]);
  for (const minor of ['1.33', '1.34', '1.35']) expect(config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, kubernetesVersion: minor }, 'dev').kubernetesVersion).toBe(minor);
});

test('registryName: derived per project and stack unless set (registry names are unique across DigitalOcean)', () => {
  const name = (stack: string, project?: string): string => config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL }, stack, project).registryName;
  expect(name('prod')).toMatch(/^calvin-prod-[0-9a-f]{8}$/);
  expect(name('prod')).toBe(name('prod'));
  expect(new Set([name('prod'), name('dev'), name('prod', 'other-project')]).size).toBe(3);
  expect(name('Feature_Branch.1')).toMatch(/^calvin-feature-branch-1-[0-9a-f]{8}$/);
  expect(config.parseStackConfig({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, registryName: 'acme-registry' }, 'prod').registryName).toBe('acme-registry');
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, registryName: 'Acme_Registry' })).toEqual([
    'calvin-runtime:registryName: "Acme_Registry"; expected lowercase letters, digits and "-", at most 63 characters',
  ]);
});

test('node counts: a bad count is reported once, as itself, not again as a bound of the other count', () => {
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, nodeMinCount: '200' })).toEqual([
    'calvin-runtime:nodeMinCount: "200"; expected an integer from 1 to 100',
  ]);
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, nodeMaxCount: '0' })).toEqual([
    'calvin-runtime:nodeMaxCount: "0"; expected an integer from 1 to 100',
  ]);
  expect(problemsOf({ domain: 'a.example.org', acmeEmail: ACME_EMAIL, nodeMinCount: '6', nodeMaxCount: '5' })).toEqual([
    'calvin-runtime:nodeMaxCount: "5"; expected at least nodeMinCount (6)',
  ]);
});
