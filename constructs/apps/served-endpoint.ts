/**
 * What every workload Knative serves shares (CustomerApp, ModelService): its public host and
 * visibility, the TLS that serves the host, its URLs and its DomainMapping. One definition, so an
 * app and a model are served, named and checked the same way.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { DOMAIN_MAPPING_GVK } from '../../imports/gvk';
import { APP_VISIBILITIES, AppVisibility } from '../../contracts/engine';
import { TransformableApiObject, ManifestTransform } from '../core/api-object';
import { dns1035Label, hostname, oneOf, PropProblems } from '../core/validation';
import { IAppScope, IPlatformScope, RegisteredApp, tenantOf } from '../platform/scope';
import type { TlsCertificate } from '../platform/tls/tls-certificate';
import { DomainMappingRef, domainMappingManifest, DomainMappingTarget } from './app-manifests';

/** The props of a served workload that decide how it is reached. */
export interface EndpointOptions {
  readonly hostname?: string;
  readonly visibility?: AppVisibility;
  readonly dedicatedCertificate?: boolean;
}

/** How a registered workload is reached. */
export interface ServedEndpoint {
  /** In-cluster URL of its Knative Service (no trip through the public ingress). */
  readonly internalUrl: string;
  /** `https://<hostname>` (`http://` without TLS) for a public workload, else the internal URL. */
  readonly url: string;
  readonly tlsSecretName?: string;
  /** The Certificate issued for this workload alone (`dedicatedCertificate`). */
  readonly certificate?: TlsCertificate;
}

/** Records the problems of the endpoint props; returns the public host (undefined when cluster-local). */
export function checkEndpoint(problems: PropProblems, name: string, maxNameLength: number, props: EndpointOptions, appsDomain: string, noun: 'app' | 'model'): string | undefined {
  problems.check('visibility', props.visibility, oneOf(APP_VISIBILITIES));
  const visibility = props.visibility ?? 'public';
  if (props.hostname !== undefined && visibility === 'clusterLocal') {
    problems.add('hostname', props.hostname, `is set on a clusterLocal ${noun}, which has no public host (drop it or make the ${noun} public)`);
  }
  if (props.dedicatedCertificate !== undefined && typeof props.dedicatedCertificate !== 'boolean') {
    problems.add('dedicatedCertificate', props.dedicatedCertificate, 'is not a boolean');
  } else if (props.dedicatedCertificate && visibility === 'clusterLocal') {
    problems.add('dedicatedCertificate', props.dedicatedCertificate, `is set on a clusterLocal ${noun}, which has no public host`);
  }
  if (visibility !== 'public') return undefined;
  const host = props.hostname ?? `${name}.${appsDomain}`;
  // A default host built from a bad name would only repeat the name's error.
  if (props.hostname !== undefined || dns1035Label(maxNameLength)(name) === undefined) problems.check('hostname', host, hostname);
  return host;
}

/**
 * Registers `workload` (name in its namespace, hostname on the platform, share of its tenant) and
 * settles how it is served. Throws, naming the construct, when a name or host is taken or TLS
 * cannot serve the host.
 */
export function serveEndpoint(workload: RegisteredApp, serviceName: string, appScope: IAppScope, platform: IPlatformScope, dedicated: boolean): ServedEndpoint {
  const internalUrl = `http://${serviceName}.${workload.namespace}.svc.cluster.local`;
  platform._registerApp(workload);
  tenantOf(workload)?._registerWorkload(workload);
  const tls = workload.hostname ? platform._tlsFor(workload, appScope.appsNamespaceObject, dedicated, appScope.appsDomain) : undefined;
  return {
    internalUrl,
    url: workload.hostname ? `${tls ? 'https' : 'http'}://${workload.hostname}` : internalUrl,
    tlsSecretName: tls?.secretName,
    certificate: dedicated ? tls?.certificate : undefined,
  };
}

/**
 * The DomainMapping of a public workload, applied after the object that creates its Knative Service
 * (`ref` and `id` for a mapping to another target, a rollout tag's Service).
 */
export function endpointDomainMapping(scope: Construct, target: DomainMappingTarget, host: string, tlsSecretName: string | undefined,
  service: ApiObject, transform: ManifestTransform | undefined, ref?: { readonly id: string; readonly ref: DomainMappingRef }): ApiObject {
  const mapping = domainMappingManifest(target, host, tlsSecretName, ref?.ref);
  const domainMapping = new TransformableApiObject(scope, ref?.id ?? 'DomainMapping', { ...DOMAIN_MAPPING_GVK, metadata: mapping.metadata, spec: mapping.spec, transform });
  domainMapping.addDependency(service);
  return domainMapping;
}
