/**
 * The settings a `CalvinPlatform` takes in code, typed. Each one left out is read from the stack
 * config (`calvin-runtime:<key>`), then its default; both go through the same validation
 * (pulumi/config.ts), so a setting given in code is refused exactly as the config key would be.
 */
import type { TenantQuota } from '../constructs/tenants/tenant-quota';
import { STACK_CONFIG_KEYS, StackConfigKey } from './config';

/** One field per stack config key (the README's table and `Pulumi.example.yaml` describe each). */
export interface CalvinPlatformSettings {
  /** DigitalOcean region of the cluster, Valkey and the metrics bucket. */
  readonly region: string;
  /** Apex of the apps' URLs: `https://<app>.<domain>` (required). */
  readonly domain: string;
  /** Kubernetes minor such as `1.34`. */
  readonly kubernetesVersion: string;
  readonly nodeSize: string;
  readonly nodeMinCount: number;
  readonly nodeMaxCount: number;
  readonly haControlPlane: boolean;
  readonly maintenanceDay: string;
  /** `HH:MM`, UTC. */
  readonly maintenanceStartTime: string;
  readonly registryName: string;
  /** Registry region (nyc3, sfo3, ams3, sgp1, fra1); by default the nearest to `region`. */
  readonly registryRegion: string;
  readonly registryTier: string;
  readonly valkeySize: string;
  readonly valkeyVersion: string;
  readonly metricsBucket: string;
  readonly metricsRetentionDays: number;
  /** true: `pulumi destroy` empties and deletes the metrics bucket; false (default): it is kept. */
  readonly metricsForceDestroy: boolean;
  readonly certManagerVersion: string;
  readonly knativeServingVersion: string;
  readonly kourierVersion: string;
  readonly kserveVersion: string;
  readonly kedaVersion: string;
  readonly externalSecretsVersion: string;
  /** The Let's Encrypt account's email (required). */
  readonly acmeEmail: string;
  readonly acmeEnvironment: string;
  /** A prebuilt worker image; left out: the component builds the worker image and pushes it to the registry. */
  readonly workerImage: string;
  /** The quota of tenants that set none (PlatformStack's `tenantQuota`). */
  readonly tenantQuota: TenantQuota;
}

// Every config key has a setting and every setting a config key (a compile error otherwise).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
const settingsCoverConfig: SameKeys<CalvinPlatformSettings, typeof STACK_CONFIG_KEYS> = true;
void settingsCoverConfig;

/** The settings as raw config values (what `pulumi config get` would return), leaving out the unset. */
export function settingsAsConfig(settings: Partial<CalvinPlatformSettings> = {}): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) {
    // Objects (tenantQuota) as the stack config stores them: JSON.
    if (value !== undefined) raw[key as StackConfigKey] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return raw;
}
