import {
  AppEngine, AppVisibility, CatalogTrigger, KNATIVE_VISIBILITY_LABEL, parseTriggerCatalog, TRIGGER_CATALOG_KIND,
} from 'calvin-runtime/contracts';
import { CliError } from './io';

/**
 * What `calvin apps` and `calvin triggers` show, read back from synthesized manifests rather than
 * from the constructs, so that they work on any app (and on any dist/ written before).
 */

export interface AppSummary {
  readonly name: string;
  readonly namespace: string;
  readonly engine: AppEngine;
  readonly visibility: AppVisibility;
  /** `https://<host>` for a public app with a domain mapping, else the in-cluster URL. */
  readonly url: string;
  readonly internalUrl: string;
  readonly image: string;
  readonly minScale: number | null;
  readonly maxScale: number | null;
}

export interface TriggerSummary extends CatalogTrigger {
  /** The ConfigMap that carries the catalog, `namespace/name`. */
  readonly catalog: string;
}

type Manifest = { apiVersion?: unknown; kind?: unknown; metadata?: any; spec?: any; data?: any };

/** Every app: KServe InferenceServices and Knative Services (ours or hand-written), sorted by namespace and name. */
export function appsIn(objects: readonly unknown[]): AppSummary[] {
  const manifests = objects.filter(isManifest);
  const domains = manifests.filter((object) => object.kind === 'DomainMapping' && String(object.apiVersion).startsWith('serving.knative.dev/'));
  const apps: AppSummary[] = [];
  for (const object of manifests) {
    const isKServe = object.kind === 'InferenceService' && String(object.apiVersion).startsWith('serving.kserve.io/');
    const isKnative = object.kind === 'Service' && String(object.apiVersion).startsWith('serving.knative.dev/');
    if (!isKServe && !isKnative) continue;
    const name = String(object.metadata?.name ?? '?');
    const namespace = String(object.metadata?.namespace ?? 'default');
    // KServe names the Knative Service it creates after the component.
    const serviceName = isKServe ? `${name}-predictor` : name;
    const visibility: AppVisibility = object.metadata?.labels?.[KNATIVE_VISIBILITY_LABEL] === 'cluster-local' ? 'clusterLocal' : 'public';
    const internalUrl = `http://${serviceName}.${namespace}.svc.cluster.local`;
    const mapping = domains.find((domain) => (domain.metadata?.namespace ?? 'default') === namespace && domain.spec?.ref?.name === serviceName);
    const scale = isKServe ? kserveScale(object.spec?.predictor) : knativeScale(object.spec?.template?.metadata?.annotations);
    const container = (isKServe ? object.spec?.predictor?.containers : object.spec?.template?.spec?.containers)?.[0];
    const model = object.spec?.predictor?.model;
    apps.push({
      name,
      namespace,
      engine: isKServe ? 'kserve' : 'knative',
      visibility,
      url: visibility === 'public' && mapping ? `https://${mapping.metadata.name}` : internalUrl,
      internalUrl,
      image: String(container?.image ?? (model ? `(model ${model.modelFormat?.name ?? '?'} from ${model.storageUri ?? '?'})` : '?')),
      ...scale,
    });
  }
  return apps.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}

/** KServe's own defaults apply when the fields are absent: at least 1 replica, no maximum. */
function kserveScale(predictor: any): { minScale: number | null; maxScale: number | null } {
  return {
    minScale: typeof predictor?.minReplicas === 'number' ? predictor.minReplicas : 1,
    maxScale: typeof predictor?.maxReplicas === 'number' && predictor.maxReplicas > 0 ? predictor.maxReplicas : null,
  };
}

/** Knative's defaults: scale to zero, no maximum (max-scale 0 means unbounded). */
function knativeScale(annotations: any): { minScale: number | null; maxScale: number | null } {
  const min = Number(annotations?.['autoscaling.knative.dev/min-scale'] ?? 0);
  const max = Number(annotations?.['autoscaling.knative.dev/max-scale'] ?? 0);
  return { minScale: Number.isFinite(min) ? min : 0, maxScale: Number.isFinite(max) && max > 0 ? max : null };
}

/** Every trigger of every trigger catalog ConfigMap, sorted by id. */
export function triggersIn(objects: readonly unknown[]): TriggerSummary[] {
  const triggers: TriggerSummary[] = [];
  for (const object of objects.filter(isManifest)) {
    if (object.kind !== 'ConfigMap' || object.apiVersion !== 'v1' || !object.data) continue;
    for (const value of Object.values(object.data)) {
      if (typeof value !== 'string' || !value.includes(`"${TRIGGER_CATALOG_KIND}"`)) continue;
      const parsed = parseTriggerCatalog(value);
      const catalog = `${object.metadata?.namespace ?? 'default'}/${object.metadata?.name ?? '?'}`;
      // The worker would refuse this catalog too: listing what it holds would show triggers that never fire.
      if (!parsed.catalog) throw new CliError(`ConfigMap ${catalog} holds an invalid trigger catalog:\n  ${parsed.problems.join('\n  ')}`);
      triggers.push(...parsed.catalog.triggers.map((trigger) => ({ ...trigger, catalog })));
    }
  }
  return triggers.sort((a, b) => a.id.localeCompare(b.id));
}

function isManifest(value: unknown): value is Manifest {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
