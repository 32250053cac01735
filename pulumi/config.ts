/**
 * The stack's configuration (`pulumi config set <key> <value>`), typed and validated before any
 * resource is declared. Every problem is reported at once, each naming the key, the value and
 * what is allowed. Pure except for `loadStackConfig`, so tests can check it without a runtime.
 */
import { createHash } from 'node:crypto';
import * as pulumi from '@pulumi/pulumi';
import { bucketName } from '../contracts/rules';
import { signingSecretProblem } from '../contracts/webhook-signature';
import { splitSigningSecrets } from '../contracts/worker-env';
import { ACME_ENVIRONMENTS, acmeEmailProblem, AcmeEnvironment } from '../constructs/platform/tls/acme-cluster-issuer';
import type { TenantQuota } from '../constructs/tenants/tenant-quota';
import { parseTenantQuota } from './tenant-quota-config';
import { compatibilityProblems } from './compatibility';

/**
 * DigitalOcean datacenters that offer DOKS, managed databases and Spaces. Spaces is the narrowest:
 * its availability list (docs.digitalocean.com/products/spaces/details/availability/, quoted in
 * issue 13) is NYC3, AMS3, SFO2, SFO3, SGP1, LON1, FRA1, TOR1, BLR1, SYD1, ATL1; nyc1 and nyc2 have
 * DOKS but no Spaces, so the metrics bucket could not be created there. DOKS and managed databases
 * in each of these follow docs.digitalocean.com/platform/regional-availability/ (not re-checked here).
 */
export const DO_REGIONS = ['ams3', 'atl1', 'blr1', 'fra1', 'lon1', 'nyc3', 'sfo2', 'sfo3', 'sgp1', 'syd1', 'tor1'] as const;
export const REGISTRY_TIERS = ['starter', 'basic', 'professional'] as const;
/**
 * Regions DigitalOcean's container registry accepts. The provider creates registries through
 * `POST /v2/registry`, whose API reference lists nyc3, sfo3, ams3, sgp1, fra1 (as does
 * `GET /v2/registries/options`'s `available_regions`); the newer `/v2/registries` adds sfo2, blr1
 * and syd1, which the provider does not use.
 */
export const REGISTRY_REGIONS = ['nyc3', 'sfo3', 'ams3', 'sgp1', 'fra1'] as const;
/** The nearest registry region to each stack region (by distance between the datacenters' cities). */
export const NEAREST_REGISTRY_REGION: Readonly<Record<(typeof DO_REGIONS)[number], (typeof REGISTRY_REGIONS)[number]>> = {
  ams3: 'ams3', fra1: 'fra1', lon1: 'ams3', nyc3: 'nyc3', tor1: 'nyc3', atl1: 'nyc3',
  sfo2: 'sfo3', sfo3: 'sfo3', sgp1: 'sgp1', blr1: 'sgp1', syd1: 'sgp1',
};
/**
 * Registries the cluster can pull public images from without credentials. The cluster's registry
 * integration only covers its own DigitalOcean registry, so any other private registry would leave
 * the worker in ImagePullBackOff.
 */
export const PUBLIC_REGISTRY_HOSTS = ['docker.io', 'ghcr.io', 'quay.io', 'registry.k8s.io', 'public.ecr.aws', 'mcr.microsoft.com', 'gcr.io'] as const;
export const WEEKDAYS = ['any', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export interface StackConfig {
  readonly region: string;
  /** Apex of the apps' URLs: `https://<app>.<domain>`. */
  readonly domain: string;
  /** Kubernetes minor, e.g. `1.34`; the cluster runs its latest DOKS patch. */
  readonly kubernetesVersion: string;
  readonly nodeSize: string;
  readonly nodeMinCount: number;
  readonly nodeMaxCount: number;
  readonly haControlPlane: boolean;
  readonly maintenanceDay: string;
  /** `HH:MM`, UTC. */
  readonly maintenanceStartTime: string;
  readonly registryName: string;
  /** One of REGISTRY_REGIONS; by default the nearest to `region`. */
  readonly registryRegion: string;
  readonly registryTier: string;
  readonly valkeySize: string;
  readonly valkeyVersion: string;
  readonly metricsBucket: string;
  readonly metricsRetentionDays: number;
  /**
   * false (the default): `pulumi destroy` keeps the bucket and its metrics (the customer's data;
   * `retainOnDelete`). true: destroy empties and deletes it (`forceDestroy`).
   */
  readonly metricsForceDestroy: boolean;
  /** Release versions, without a leading `v`. */
  readonly versions: {
    readonly certManager: string;
    readonly knativeServing: string;
    readonly kourier: string;
    readonly kserve: string;
    readonly keda: string;
    readonly externalSecrets: string;
  };
  /**
   * A prebuilt scheduler worker image; undefined: `pulumi up` builds worker/Dockerfile and pushes
   * it to the stack's registry (pulumi/image.ts).
   */
  readonly workerImage?: string;
  /** Let's Encrypt: the ACME account's email and which environment issues the apps' certificates. */
  readonly acme: { readonly email: string; readonly environment: AcmeEnvironment };
  /** The quota of tenants that set none (PlatformStack's `tenantQuota`); undefined: the platform's own. */
  readonly tenantQuota?: TenantQuota;
}

/** Every key the stack reads, its default (undefined = required) and what it means (README table). */
export const STACK_CONFIG_KEYS = {
  region: { default: 'fra1', doc: `DigitalOcean region: ${DO_REGIONS.join(', ')}` },
  domain: { default: undefined, doc: 'apex domain of the apps, e.g. calvinruntime.net (required)' },
  kubernetesVersion: { default: '1.34', doc: 'Kubernetes minor version; the latest DOKS patch of it is used' },
  nodeSize: { default: 's-2vcpu-4gb', doc: 'Droplet size slug of the node pool' },
  nodeMinCount: { default: '2', doc: 'node pool autoscaling minimum (1–100)' },
  nodeMaxCount: { default: '5', doc: 'node pool autoscaling maximum (≥ nodeMinCount, ≤ 100)' },
  haControlPlane: { default: 'false', doc: 'highly available control plane (true/false)' },
  maintenanceDay: { default: 'sunday', doc: `maintenance window day: ${WEEKDAYS.join(', ')}` },
  maintenanceStartTime: { default: '04:00', doc: 'maintenance window start, HH:MM UTC' },
  registryName: { default: undefined, doc: 'container registry name, unique across DigitalOcean (default calvin-<stack>-<hash of project and stack>)' },
  registryRegion: { default: undefined, doc: `container registry region: ${REGISTRY_REGIONS.join(', ')} (default: the nearest to region)` },
  registryTier: { default: 'basic', doc: `registry subscription tier: ${REGISTRY_TIERS.join(', ')}` },
  valkeySize: { default: 'db-s-1vcpu-1gb', doc: 'managed Valkey node size slug' },
  valkeyVersion: { default: '8', doc: 'managed Valkey major version' },
  metricsBucket: { default: undefined, doc: 'Spaces bucket for the worker metrics (default calvin-<stack>-metrics)' },
  metricsRetentionDays: { default: '30', doc: 'days before metrics objects expire (1–3650)' },
  metricsForceDestroy: { default: 'false', doc: 'true: pulumi destroy empties and deletes the metrics bucket; false: it is kept (retainOnDelete), with its metrics' },
  certManagerVersion: { default: '1.19.4', doc: 'cert-manager release' },
  knativeServingVersion: { default: '1.21.1', doc: 'Knative Serving release' },
  kourierVersion: { default: '1.21.0', doc: 'Knative net-kourier release' },
  kserveVersion: { default: '0.20.0', doc: 'KServe release' },
  kedaVersion: { default: '2.20.2', doc: 'KEDA release (scales QueueWorkers and JobRunners)' },
  externalSecretsVersion: { default: '2.9.0', doc: 'External Secrets Operator release (installed when the platform has an ExternalSecret)' },
  acmeEmail: { default: undefined, doc: 'email of the Let\'s Encrypt (ACME) account that issues the apps\' certificates (required)' },
  acmeEnvironment: { default: 'staging', doc: `Let's Encrypt environment: ${ACME_ENVIRONMENTS.join(', ')} (staging certificates are not trusted by browsers; switch once issuing works)` },
  tenantQuota: { default: undefined, doc: 'the quota of tenants that set none, as JSON or by --path (e.g. pulumi config set --path calvin-runtime:tenantQuota.cpu 4); fields left out keep { cpu: "2", memory: "4Gi", pods: 5 } (default: the platform\'s tenantQuota)' },
  workerImage: { default: undefined, doc: `a prebuilt scheduler worker image in registry.digitalocean.com/<registryName>/ or on ${PUBLIC_REGISTRY_HOSTS.join(', ')} (default: built from the packaged build context, lib/worker-image, and pushed to the stack's registry)` },
} as const;

export type StackConfigKey = keyof typeof STACK_CONFIG_KEYS;

export class StackConfigError extends Error {
  public constructor(public readonly problems: readonly string[]) {
    super(`invalid stack configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'StackConfigError';
  }
}

/**
 * The stack config namespace every setting is read from (`calvin-runtime:region`), whatever the
 * Pulumi project is called: a customer's project sets the same keys as this repo's.
 */
export const CONFIG_NAMESPACE = 'calvin-runtime';

/** The config keys of the app Secrets' values start with this (see pulumi/app-secrets.ts). */
export const APP_SECRET_KEY_PREFIX = 'secret.';

/** Secret config keys, read by their own loaders (never as plain settings). */
export const SIGNING_SECRET_KEY = 'signingSecret';
export const DNS_TOKEN_KEY = 'dnsToken';
/** Grafana's admin password, read by pulumi/monitoring.ts when the platform has monitoring. */
export const GRAFANA_ADMIN_PASSWORD_KEY = 'grafanaAdminPassword';
const SECRET_KEYS = [SIGNING_SECRET_KEY, DNS_TOKEN_KEY, GRAFANA_ADMIN_PASSWORD_KEY];

/** A stack's name as DigitalOcean names allow it (lower case, letters, digits and dashes). */
export function stackSlug(stack: string): string {
  return stack.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/**
 * The default registry name: registry names are unique across all of DigitalOcean, so a fixed
 * "calvin" is likely taken; the hash keeps two projects' `prod` stacks apart.
 */
export function defaultRegistryName(project: string, stack: string): string {
  const hash = createHash('sha256').update(`${project}/${stack}`).digest('hex').slice(0, 8);
  const slug = stackSlug(stack).slice(0, 40).replace(/-+$/, '');
  return `calvin-${slug}-${hash}`;
}

const SEMVER = /^v?(\d+\.\d+\.\d+)$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;
const KUBERNETES_MINOR = /^1\.\d{2}$/;

/**
 * Validates raw config values (as `pulumi config get` returns them) for the stack `stack`.
 * Throws StackConfigError listing every problem.
 */
export function parseStackConfig(raw: Readonly<Record<string, string | undefined>>, stack: string, project = CONFIG_NAMESPACE): StackConfig {
  const reader = new ConfigReader(raw, CONFIG_NAMESPACE);
  // The error lists the problems in the order they are read here.
  const region = reader.oneOf('region', DO_REGIONS);
  const domain = reader.pattern('domain', DOMAIN, 'a lowercase DNS name such as calvinruntime.net').toLowerCase();
  const cluster = readCluster(reader);
  const registry = readRegistry(reader, project, stack, region);
  const valkeySize = reader.pattern('valkeySize', /^db-[a-z0-9-]+$/, 'a database size slug such as db-s-1vcpu-1gb');
  const valkeyVersion = reader.pattern('valkeyVersion', /^\d+$/, 'a Valkey major version such as 8');
  const metrics = readMetrics(reader, stack);
  const versions = readVersions(reader, cluster.kubernetesVersion);
  const workerImage = readWorkerImage(reader, registry.registryName);
  const acme = readAcme(reader);
  const tenantQuota = readTenantQuota(reader);
  reader.reportUnknownKeys();
  if (reader.problems.length > 0) throw new StackConfigError(reader.problems);
  return { region, domain, ...cluster, ...registry, valkeySize, valkeyVersion, ...metrics, versions, workerImage, acme, ...(tenantQuota ? { tenantQuota } : {}) };
}

/** Reads raw config values, collecting a problem for each bad one so that all are reported at once. */
class ConfigReader {
  public readonly problems: string[] = [];

  public constructor(private readonly raw: Readonly<Record<string, string | undefined>>, public readonly project: string) {}

  /** Blank counts as unset, so `pulumi config set key ""` restores the default ('' for keys without one). */
  public value(key: StackConfigKey): string {
    const given = this.raw[key]?.trim();
    return given === undefined || given === '' ? (STACK_CONFIG_KEYS[key].default ?? '') : given;
  }

  public fail(key: StackConfigKey, got: string, expected: string): void {
    this.problems.push(`${this.project}:${key}: ${got === '' ? 'is not set' : `"${got}"`}; expected ${expected}`);
  }

  /** A problem whose wording is not "got …; expected …" (it comes from a shared rule). */
  public report(key: string, problem: string): void {
    this.problems.push(`${this.project}:${key}: ${problem}`);
  }

  public oneOf<T extends string>(key: StackConfigKey, allowed: readonly T[]): string {
    const v = this.value(key).toLowerCase();
    if (!allowed.includes(v as T)) this.fail(key, v, `one of ${allowed.join(', ')}`);
    return v;
  }

  public pattern(key: StackConfigKey, re: RegExp, expected: string): string {
    const v = this.value(key);
    if (!re.test(v)) this.fail(key, v, expected);
    return v;
  }

  public integer(key: StackConfigKey, min: number, max: number): number {
    const v = this.value(key);
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) this.fail(key, v, `an integer from ${min} to ${max}`);
    return Number(v);
  }

  /** The version without a leading `v`. */
  public version(key: StackConfigKey): string {
    const v = this.value(key);
    const match = SEMVER.exec(v);
    if (!match) this.fail(key, v, 'a release version such as 1.2.3');
    return match?.[1] ?? v;
  }

  /** Secret keys are read by their own loaders, and app Secret values by pulumi/app-secrets.ts. */
  public reportUnknownKeys(): void {
    const known = new Set<string>(Object.keys(STACK_CONFIG_KEYS));
    for (const key of Object.keys(this.raw)) {
      if (!known.has(key) && !SECRET_KEYS.includes(key) && !key.startsWith(APP_SECRET_KEY_PREFIX)) {
        this.report(key, `is not a setting of this stack; known: ${[...known, ...SECRET_KEYS].join(', ')}`);
      }
    }
  }
}

type ClusterSettings = Pick<StackConfig, 'kubernetesVersion' | 'nodeSize' | 'nodeMinCount' | 'nodeMaxCount' | 'haControlPlane' | 'maintenanceDay' | 'maintenanceStartTime'>;

function readCluster(reader: ConfigReader): ClusterSettings {
  const kubernetesVersion = reader.pattern('kubernetesVersion', KUBERNETES_MINOR, 'a Kubernetes minor version such as 1.34 (the patch is picked automatically)');
  const nodeSize = reader.pattern('nodeSize', SLUG, 'a Droplet size slug such as s-2vcpu-4gb');
  const problemsBefore = reader.problems.length;
  const nodeMinCount = reader.integer('nodeMinCount', 1, 100);
  const nodeMaxCount = reader.integer('nodeMaxCount', 1, 100);
  // Only between two valid counts: "at least 200" would ask for a maximum above the allowed 100.
  if (reader.problems.length === problemsBefore && nodeMaxCount < nodeMinCount) reader.fail('nodeMaxCount', reader.value('nodeMaxCount'), `at least nodeMinCount (${nodeMinCount})`);
  const ha = reader.value('haControlPlane').toLowerCase();
  if (ha !== 'true' && ha !== 'false') reader.fail('haControlPlane', ha, 'true or false');
  const maintenanceDay = reader.oneOf('maintenanceDay', WEEKDAYS);
  const maintenanceStartTime = reader.pattern('maintenanceStartTime', /^([01]\d|2[0-3]):[0-5]\d$/, 'a UTC time HH:MM such as 04:00');
  return { kubernetesVersion, nodeSize, nodeMinCount, nodeMaxCount, haControlPlane: ha === 'true', maintenanceDay, maintenanceStartTime };
}

function readRegistry(reader: ConfigReader, project: string, stack: string, region: string): Pick<StackConfig, 'registryName' | 'registryRegion' | 'registryTier'> {
  const registryName = reader.value('registryName') || defaultRegistryName(project, stack);
  if (!SLUG.test(registryName)) reader.fail('registryName', registryName, 'lowercase letters, digits and "-", at most 63 characters');
  const nearest = NEAREST_REGISTRY_REGION[region as keyof typeof NEAREST_REGISTRY_REGION];
  // Unset: the nearest to a valid region (a bad region is reported once, under its own key).
  const registryRegion = reader.value('registryRegion') === '' ? (nearest ?? '') : reader.oneOf('registryRegion', REGISTRY_REGIONS);
  const registryTier = reader.oneOf('registryTier', REGISTRY_TIERS);
  return { registryName, registryRegion, registryTier };
}

function readMetrics(reader: ConfigReader, stack: string): Pick<StackConfig, 'metricsBucket' | 'metricsRetentionDays' | 'metricsForceDestroy'> {
  const metricsBucket = reader.value('metricsBucket') || `calvin-${stackSlug(stack)}-metrics`;
  const bucketProblem = bucketName(metricsBucket);
  if (bucketProblem) reader.report('metricsBucket', `"${metricsBucket}" ${bucketProblem}`);
  const metricsRetentionDays = reader.integer('metricsRetentionDays', 1, 3650);
  const forceDestroy = reader.value('metricsForceDestroy').toLowerCase();
  if (forceDestroy !== 'true' && forceDestroy !== 'false') reader.fail('metricsForceDestroy', forceDestroy, 'true or false');
  return { metricsBucket, metricsRetentionDays, metricsForceDestroy: forceDestroy === 'true' };
}

function readVersions(reader: ConfigReader, kubernetesVersion: string): StackConfig['versions'] {
  const versions = {
    certManager: reader.version('certManagerVersion'),
    knativeServing: reader.version('knativeServingVersion'),
    kourier: reader.version('kourierVersion'),
    kserve: reader.version('kserveVersion'),
    keda: reader.version('kedaVersion'),
    externalSecrets: reader.version('externalSecretsVersion'),
  };
  // Only once the versions themselves parse, so a typo is reported once, as a typo.
  const checked = { certManagerVersion: versions.certManager, knativeServingVersion: versions.knativeServing, kserveVersion: versions.kserve };
  if (KUBERNETES_MINOR.test(kubernetesVersion) && Object.values(checked).every((v) => SEMVER.test(v))) {
    reader.problems.push(...compatibilityProblems(reader.project, kubernetesVersion, checked));
  }
  return versions;
}

function readWorkerImage(reader: ConfigReader, registryName: string): string | undefined {
  const workerImage = reader.value('workerImage') || undefined;
  if (workerImage === undefined) return undefined;
  if (!IMAGE.test(workerImage)) reader.fail('workerImage', workerImage, 'an image reference such as ghcr.io/owner/scheduler-worker:0.1.0');
  else if (!pullableImage(workerImage, registryName)) {
    reader.fail('workerImage', workerImage, `an image in registry.digitalocean.com/${registryName}/ (this stack's registry, the only private one the cluster can pull from) or on ${PUBLIC_REGISTRY_HOSTS.join(', ')}; or unset, to build the worker image from the packaged build context`);
  }
  return workerImage;
}

function readAcme(reader: ConfigReader): StackConfig['acme'] {
  const email = reader.value('acmeEmail');
  if (email === '') reader.fail('acmeEmail', email, 'the email of your Let\'s Encrypt account, such as ops@calvinruntime.net (it gets notices about the account)');
  else if (acmeEmailProblem(email)) reader.fail('acmeEmail', email, 'an email address such as ops@calvinruntime.net');
  const environment = reader.oneOf('acmeEnvironment', ACME_ENVIRONMENTS);
  return { email, environment: environment as AcmeEnvironment };
}

/** `tenantQuota`, as tenant-quota-config.ts reads it. */
function readTenantQuota(reader: ConfigReader): TenantQuota | undefined {
  const text = reader.value('tenantQuota');
  if (text === '') return undefined;
  const parsed = parseTenantQuota(text);
  for (const [key, problem] of parsed.problems) reader.report(key, problem);
  return parsed.quota;
}

/**
 * Whether the cluster can pull `image` (a valid reference): from its own DO registry, or from a
 * public registry. A first component without "." or ":" (and not localhost) is a Docker Hub path.
 */
export function pullableImage(image: string, registryName: string): boolean {
  const [first, ...rest] = image.split('/');
  const explicitHost = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!explicitHost) return true;
  if (first === 'registry.digitalocean.com') return rest.length > 1 && rest[0] === registryName;
  return (PUBLIC_REGISTRY_HOSTS as readonly string[]).includes(first) || first === 'index.docker.io' || first === 'registry-1.docker.io';
}

/**
 * Reads the `calvin-runtime` config namespace, lays `given` (settings passed in code) over it and
 * validates the result (see parseStackConfig). A setting given in code wins over the config.
 */
export function loadStackConfig(given: Readonly<Record<string, string | undefined>> = {}): StackConfig {
  const raw: Record<string, string | undefined> = {};
  for (const [fullKey, v] of Object.entries(pulumi.runtime.allConfig())) {
    const key = fullKey.slice(CONFIG_NAMESPACE.length + 1);
    if (fullKey.startsWith(`${CONFIG_NAMESPACE}:`) && !SECRET_KEYS.includes(key) && !key.startsWith(APP_SECRET_KEY_PREFIX)) raw[key] = v;
  }
  for (const [key, v] of Object.entries(given)) if (v !== undefined) raw[key] = v;
  return parseStackConfig(raw, pulumi.getStack(), pulumi.getProject());
}

/**
 * The trigger signing secret(s): required, stored as a Pulumi secret, one `whsec_` value or two
 * separated by a space while rotating. Its format is checked when the value is decrypted.
 */
export function loadSigningSecret(): pulumi.Output<string> {
  const key = `${CONFIG_NAMESPACE}:${SIGNING_SECRET_KEY}`;
  const howTo = `pulumi config set --secret ${SIGNING_SECRET_KEY} "whsec_$(openssl rand -base64 32)"`;
  const value = new pulumi.Config(CONFIG_NAMESPACE).getSecret(SIGNING_SECRET_KEY);
  if (value === undefined) throw new StackConfigError([`${key}: is not set; expected a Standard Webhooks secret: ${howTo}`]);
  return value.apply((secrets) => {
    const problems = signingSecretsProblems(key, secrets);
    if (problems.length > 0) throw new StackConfigError(problems);
    return splitSigningSecrets(secrets).join(' ');
  });
}

/** What is wrong with a signing secrets value (never echoing it). */
export function signingSecretsProblems(key: string, secrets: string): string[] {
  const list = splitSigningSecrets(secrets);
  if (list.length === 0 || list.length > 2) return [`${key}: has ${list.length} secrets; expected 1, or 2 separated by a space while rotating`];
  return list.flatMap((secret, i) => {
    const problem = signingSecretProblem(secret);
    return problem ? [`${key}: secret #${i + 1} ${problem}`] : [];
  });
}

/**
 * The DigitalOcean API token cert-manager's DNS-01 solver writes `_acme-challenge` TXT records
 * with: required, stored as a Pulumi secret (it goes into a Secret in cert-manager's namespace,
 * never into a manifest). Checked when decrypted, without echoing it.
 */
export function loadDnsToken(): pulumi.Output<string> {
  const key = `${CONFIG_NAMESPACE}:${DNS_TOKEN_KEY}`;
  const value = new pulumi.Config(CONFIG_NAMESPACE).getSecret(DNS_TOKEN_KEY);
  if (value === undefined) throw new StackConfigError([`${key}: is not set; expected ${DNS_TOKEN_EXPECTED}: pulumi config set --secret ${DNS_TOKEN_KEY} <token>`]);
  return value.apply((token) => {
    const problem = dnsTokenProblem(token);
    if (problem) throw new StackConfigError([`${key}: ${problem}; expected ${DNS_TOKEN_EXPECTED}`]);
    return token.trim();
  });
}

const DNS_TOKEN_EXPECTED = 'a DigitalOcean API token with the domain scopes (read, create, update, delete) on the zone of `domain`';

/** What is wrong with a DNS token value (never echoing it). */
export function dnsTokenProblem(token: string): string | undefined {
  const trimmed = token.trim();
  if (trimmed === '') return 'is empty';
  if (/\s/.test(trimmed)) return 'contains whitespace';
  return undefined;
}
