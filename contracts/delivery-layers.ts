/**
 * The order in which a platform's objects reach a cluster, whatever delivers them: the Pulumi
 * component (one ConfigGroup per layer, each depending on the ones before) and Flux (FluxDelivery:
 * one Kustomization per layer, `dependsOn` the ones before). One definition, read by both.
 */

/** What a layer is decided by: an object's apiVersion and kind. */
export interface TypedObject {
  readonly apiVersion: string;
  readonly kind: string;
}

/** One layer of delivery. */
export interface DeliveryLayer {
  /** Its name (a Pulumi ConfigGroup's `platform-<name>`, a Flux Kustomization's `<delivery>-<name>`, a directory). */
  readonly name: string;
  /** The layers that must be applied, and ready, before this one. */
  readonly dependsOn: readonly string[];
  /** Whether `object` belongs here (the first layer that takes an object gets it). */
  readonly takes: (object: TypedObject) => boolean;
  /** Why the layer is separate. */
  readonly why: string;
}

export const DELIVERY_LAYERS: readonly DeliveryLayer[] = [
  {
    name: 'namespaces',
    dependsOn: [],
    takes: (o) => o.apiVersion === 'v1' && o.kind === 'Namespace',
    why: 'every other object lives in one of them',
  },
  {
    name: 'tls',
    dependsOn: ['namespaces'],
    takes: (o) => o.apiVersion.startsWith('cert-manager.io/'),
    why: "cert-manager's CRDs and its validating webhook must be ready first; apps' DomainMappings use the certificates",
  },
  {
    name: 'platform',
    dependsOn: ['namespaces', 'tls'],
    takes: () => true,
    why: 'the worker, the apps, their Secrets and policies',
  },
];

/** The layer `object` is delivered in. */
export function deliveryLayerOf(object: TypedObject): DeliveryLayer {
  return DELIVERY_LAYERS.find((layer) => layer.takes(object))!;
}

/**
 * Flux's own objects (a FluxDelivery's GitRepository or OCIRepository and Kustomizations): not a
 * layer of the platform but what delivers it. `calvin synth --layers` writes them apart (`flux/`),
 * `calvin apply` applies them last, and the Pulumi component leaves them out (it delivers itself).
 */
export function isFluxObject(object: TypedObject): boolean {
  return /^[a-z]+\.toolkit\.fluxcd\.io\//.test(object.apiVersion);
}
