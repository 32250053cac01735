/**
 * The Secrets the platform's objects reference that the stack does not fill from the cloud (an app's
 * `secretEnvs`, a trigger's `secretHeaders`, image pull Secrets): the stack creates each of them from
 * one `pulumi config set --secret` key per Secret key, so nothing waits on a Secret nobody creates.
 * A missing value is a config error, raised before any resource is declared.
 */
import * as pulumi from '@pulumi/pulumi';
import { APP_SECRET_KEY_PREFIX, CONFIG_NAMESPACE, StackConfigError } from './config';

/** The part of a synthesized object this module reads (pulumi/platform.ts' KubeObject fits it). */
type KubeObject = { kind: string; metadata: { name: string; namespace?: string } };

/** One Secret key some object needs. */
export interface SecretKeyNeed {
  readonly namespace: string;
  readonly secret: string;
  readonly key: string;
  /** `Kind/name` of the first object that reads it (for the error message). */
  readonly readBy: string;
}

/** A whole-Secret reference (envFrom, a volume without items, a ServiceAccount's `secrets`): the stack cannot tell which keys to fill. */
interface WholeSecretNeed {
  readonly namespace: string;
  readonly secret: string;
  readonly readBy: string;
  /** What to do instead, when key-by-key references are not possible (a ServiceAccount's list). */
  readonly expected?: string;
}

/** A Secret key named in the trigger catalog with a namespace: a tenant's secret header, read by the worker through the API. */
export interface CatalogSecretNeed { readonly triggerId: string; readonly namespace: string; readonly secret: string; readonly key: string }

/** What a ServiceAccount's `secrets` list needs: KServe reads its storage credentials through it. */
const SERVICE_ACCOUNT_SECRETS_EXPECTED = 'expected a Secret something else creates (a ModelService\'s storage credentials, which the component creates; an ExternalSecret; a SealedSecret), '
  + 'as the stack cannot tell which keys a ServiceAccount\'s Secret holds';

/** The config key holding a Secret key's value: `secret.<namespace>.<secret>.<key>`. */
export function appSecretConfigKey(need: { namespace: string; secret: string; key: string }): string {
  return `${APP_SECRET_KEY_PREFIX}${need.namespace}.${need.secret}.${need.key}`;
}

/**
 * Every non-optional Secret reference in `objects`: env `secretKeyRef`, `envFrom[].secretRef`,
 * volume `secret` (and projected `secret` sources), `imagePullSecrets` (of pods and of
 * ServiceAccounts), a ServiceAccount's `secrets`, and the trigger catalog's Secrets of other
 * namespaces (`catalog`: a tenant's secret headers, which no pod mounts). Objects without a
 * namespace are read in "default", the provider's namespace.
 */
export function referencedSecrets(objects: readonly KubeObject[], catalog: readonly CatalogSecretNeed[] = []): { keys: SecretKeyNeed[]; whole: WholeSecretNeed[] } {
  const keys = new Map<string, SecretKeyNeed>();
  const whole: WholeSecretNeed[] = [];
  for (const object of objects) {
    const namespace = object.metadata.namespace ?? 'default';
    const readBy = `${object.kind}/${object.metadata.name}`;
    const need = (secret: string, key: string): void => {
      const found = { namespace, secret, key, readBy };
      keys.set(appSecretConfigKey(found), keys.get(appSecretConfigKey(found)) ?? found);
    };
    const visit = (value: unknown, depth: number): void => {
      if (depth > 40 || value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
      const record = value as Record<string, any>;
      const ref = record.secretKeyRef;
      if (ref && !ref.optional) need(ref.name, ref.key);
      if (record.secretRef?.name && !record.secretRef.optional) whole.push({ namespace, secret: record.secretRef.name, readBy });
      const volume = record.secret;
      if (volume && typeof volume === 'object' && !volume.optional && (volume.secretName ?? volume.name)) {
        const name: string = volume.secretName ?? volume.name;
        if (Array.isArray(volume.items) && volume.items.length > 0) volume.items.forEach((item: { key: string }) => need(name, item.key));
        else whole.push({ namespace, secret: name, readBy });
      }
      if (Array.isArray(record.imagePullSecrets)) record.imagePullSecrets.forEach((s: { name: string }) => need(s.name, '.dockerconfigjson'));
      for (const [k, v] of Object.entries(record)) if (k !== 'secretKeyRef') visit(v, depth + 1);
    };
    visit(object, 0);
    if (object.kind === 'ServiceAccount' && Array.isArray((object as { secrets?: unknown }).secrets)) {
      for (const listed of (object as unknown as { secrets: Array<{ name?: string; namespace?: string }> }).secrets) {
        if (listed?.name) whole.push({ namespace: listed.namespace ?? namespace, secret: listed.name, readBy, expected: SERVICE_ACCOUNT_SECRETS_EXPECTED });
      }
    }
  }
  for (const ref of catalog) {
    const found = { namespace: ref.namespace, secret: ref.secret, key: ref.key, readBy: `Trigger/${ref.triggerId}` };
    keys.set(appSecretConfigKey(found), keys.get(appSecretConfigKey(found)) ?? found);
  }
  return { keys: [...keys.values()], whole };
}

/**
 * `<namespace>/<name>` of every Secret the objects themselves produce: a Secret object, an
 * ExternalSecret's target (the External Secrets Operator writes it), a SealedSecret's (the Sealed
 * Secrets controller does). The stack asks no config value for these: creating them too would fight
 * their controller over the same Secret.
 */
export function producedSecrets(objects: ReadonlyArray<KubeObject & { apiVersion?: string; spec?: any }>): Set<string> {
  const produced = new Set<string>();
  for (const object of objects) {
    const namespace = object.metadata.namespace ?? 'default';
    if (object.kind === 'Secret' && object.apiVersion === 'v1') produced.add(`${namespace}/${object.metadata.name}`);
    if (object.kind === 'ExternalSecret' && object.apiVersion?.startsWith('external-secrets.io/')) produced.add(`${namespace}/${object.spec?.target?.name ?? object.metadata.name}`);
    if (object.kind === 'SealedSecret' && object.apiVersion?.startsWith('bitnami.com/')) produced.add(`${namespace}/${object.spec?.template?.metadata?.name ?? object.metadata.name}`);
  }
  return produced;
}

/** Values of the app Secrets, by config key (see appSecretConfigKey). */
export type AppSecretValues = Readonly<Record<string, pulumi.Input<string>>>;

/**
 * Checks that `values` holds exactly the keys `needs` asks for (a `raw` value of "" counts as unset)
 * and throws StackConfigError listing every missing or unknown key with the command that sets it.
 */
export function checkAppSecrets(project: string, needs: { keys: readonly SecretKeyNeed[]; whole: readonly WholeSecretNeed[] }, given: Readonly<Record<string, string | undefined>>): void {
  const problems: string[] = [];
  const expected = new Set(needs.keys.map(appSecretConfigKey));
  for (const need of needs.whole) {
    problems.push(`${project}:${APP_SECRET_KEY_PREFIX}${need.namespace}.${need.secret}: ${need.readBy} reads the whole Secret ${need.namespace}/${need.secret}; `
      + `${need.expected ?? 'expected key-by-key references (secretKeyRef or volume items) so the stack can create it, or optional: true'}`);
  }
  for (const need of needs.keys) {
    const key = appSecretConfigKey(need);
    if (!given[key]?.trim()) {
      problems.push(`${project}:${key}: is not set; expected key "${need.key}" of Secret ${need.namespace}/${need.secret}, which ${need.readBy} reads: pulumi config set --secret '${key}' <value>`);
    }
  }
  for (const key of Object.keys(given)) {
    if (key.startsWith(APP_SECRET_KEY_PREFIX) && !expected.has(key)) {
      problems.push(`${project}:${key}: is not a Secret key the platform reads; expected one of ${[...expected].join(', ') || '(none)'}`);
    }
  }
  if (problems.length > 0) throw new StackConfigError(problems);
}

/** Reads the app Secrets' values from the stack config (each a Pulumi secret) and checks them. */
export function loadAppSecrets(needs: { keys: readonly SecretKeyNeed[]; whole: readonly WholeSecretNeed[] }): AppSecretValues {
  const project = CONFIG_NAMESPACE;
  const given: Record<string, string | undefined> = {};
  for (const [fullKey, value] of Object.entries(pulumi.runtime.allConfig())) {
    if (fullKey.startsWith(`${project}:${APP_SECRET_KEY_PREFIX}`)) given[fullKey.slice(project.length + 1)] = value;
  }
  checkAppSecrets(project, needs, given);
  const config = new pulumi.Config(CONFIG_NAMESPACE);
  return Object.fromEntries(needs.keys.map((need) => [appSecretConfigKey(need), config.requireSecret(appSecretConfigKey(need))]));
}
