import { CATALOG_CHECKSUM_ANNOTATION } from 'calvin-runtime/contracts';
import { appsIn, AppSummary } from '../inventory';

/**
 * What the synthesized output says should exist: the apps with what their diagnosis needs, the
 * trigger worker, and every object (for the missing / no-longer-synthesized comparison).
 */

/** Where Knative's Kourier ingress runs (net-kourier's release manifest). */
export const KOURIER = { namespace: 'kourier-system', name: 'kourier' } as const;
/** The label every object calvin-runtime synthesizes carries. */
export const MANAGED_BY = 'app.kubernetes.io/managed-by=calvin-runtime';

export interface ExpectedApp extends AppSummary {
  /** The Knative Service that serves it (KServe's is `<name>-predictor`). */
  readonly knativeService: string;
  /** The app's own container (`kserve-container`, or the Knative Service's first container). */
  readonly container: string;
  /** Label selector of its pods. */
  readonly podSelector: string;
  readonly imagePullSecrets: readonly string[];
  /** The DomainMapping's name (the host) when the app is public on the domain. */
  readonly domainMapping: string | null;
  /** The cert-manager Certificate whose dnsNames cover the host, `namespace/name`. */
  readonly certificate: { readonly namespace: string; readonly name: string } | null;
  readonly port: number;
}

export interface ExpectedWorker {
  readonly namespace: string;
  readonly name: string;
  readonly replicas: number;
  readonly checksum: string | null;
  readonly podSelector: string;
}

export interface ObjectRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export interface ExpectedPlatform {
  readonly apps: readonly ExpectedApp[];
  readonly workers: readonly ExpectedWorker[];
  readonly objects: readonly ObjectRef[];
}

type Manifest = { apiVersion: string; kind: string; metadata?: any; spec?: any };

export function expectedPlatform(objects: readonly unknown[]): ExpectedPlatform {
  const manifests = objects.filter((object): object is Manifest => object !== null && typeof object === 'object'
    && typeof (object as Manifest).apiVersion === 'string' && typeof (object as Manifest).kind === 'string');
  const apps = appsIn(manifests).map((app) => expectedApp(app, manifests));
  return {
    apps,
    workers: manifests.filter(isWorker).map((deployment) => ({
      namespace: deployment.metadata?.namespace ?? 'default',
      name: String(deployment.metadata?.name),
      replicas: typeof deployment.spec?.replicas === 'number' ? deployment.spec.replicas : 1,
      checksum: deployment.spec?.template?.metadata?.annotations?.[CATALOG_CHECKSUM_ANNOTATION] ?? null,
      podSelector: selectorOf(deployment.spec?.selector?.matchLabels ?? {}),
    })),
    objects: manifests.map((object) => ({
      apiVersion: object.apiVersion, kind: object.kind, name: String(object.metadata?.name ?? '?'),
      ...(object.metadata?.namespace ? { namespace: object.metadata.namespace as string } : {}),
    })),
  };
}

function expectedApp(app: AppSummary, manifests: readonly Manifest[]): ExpectedApp {
  const source = manifests.find((object) => object.metadata?.name === app.name && (object.metadata?.namespace ?? 'default') === app.namespace
    && (app.engine === 'kserve' ? object.kind === 'InferenceService' : object.kind === 'Service' && object.apiVersion.startsWith('serving.knative.dev/')));
  const podSpec = app.engine === 'kserve' ? source?.spec?.predictor : source?.spec?.template?.spec;
  const container = podSpec?.containers?.[0];
  const host = app.url.startsWith('https://') ? app.url.slice('https://'.length) : null;
  const certificate = host ? manifests.find((object) => object.kind === 'Certificate' && object.apiVersion.startsWith('cert-manager.io/')
    && (object.spec?.dnsNames ?? []).some((name: string) => covers(name, host))) : undefined;
  return {
    ...app,
    knativeService: app.engine === 'kserve' ? `${app.name}-predictor` : app.name,
    container: container?.name ?? (app.engine === 'kserve' ? 'kserve-container' : 'user-container'),
    podSelector: app.engine === 'kserve' ? `serving.kserve.io/inferenceservice=${app.name}` : `serving.knative.dev/service=${app.name}`,
    imagePullSecrets: (podSpec?.imagePullSecrets ?? []).map((secret: { name?: string }) => String(secret.name)),
    domainMapping: host,
    certificate: certificate ? { namespace: certificate.metadata?.namespace ?? 'default', name: String(certificate.metadata?.name) } : null,
    port: Number(container?.ports?.[0]?.containerPort ?? 8080),
  };
}

function isWorker(object: Manifest): boolean {
  return object.kind === 'Deployment' && object.spec?.template?.metadata?.annotations?.[CATALOG_CHECKSUM_ANNOTATION] !== undefined;
}

/** `*.example.com` covers `a.example.com`, not `a.b.example.com`. */
function covers(dnsName: string, host: string): boolean {
  if (dnsName === host) return true;
  return dnsName.startsWith('*.') && host.endsWith(dnsName.slice(1)) && !host.slice(0, -dnsName.length + 1).includes('.');
}

export function selectorOf(labels: Record<string, string>): string {
  return Object.entries(labels).map(([key, value]) => `${key}=${value}`).join(',');
}
