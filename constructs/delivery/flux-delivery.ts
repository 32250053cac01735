import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { DELIVERY_LAYERS } from '../../contracts/delivery-layers';
import { FLUX_KUSTOMIZATION_GVK, GIT_REPOSITORY_GVK, OCI_REPOSITORY_GVK } from '../../imports/gvk';
import { ManifestTransform, TransformableApiObject } from '../core/api-object';
import { checkKnownKeys, propKeys } from '../core/prop-keys';
import { dnsLabel, dnsSubdomain, PropProblems, uniqueId } from '../core/validation';

/** A Git repository that holds the committed output (raibid-ci's model: CI commits `dist/`). @category Delivery */
export interface FluxGitSource {
  /** `https://…` or `ssh://…` URL of the repository. */
  readonly url: string;
  /**
   * The branch Flux follows.
   * @default 'main'
   */
  readonly branch?: string;
  /**
   * Secret (in the Flux namespace) with the credentials to read the repository.
   * @default none: a public repository
   */
  readonly secretName?: string;
}

/** An OCI artifact that holds the output (`flux push artifact`). @category Delivery */
export interface FluxOciSource {
  /** `oci://…` URL of the artifact. */
  readonly url: string;
  /**
   * The tag Flux follows.
   * @default 'latest'
   */
  readonly tag?: string;
  /**
   * Secret (in the Flux namespace) with the registry credentials.
   * @default none: a public artifact
   */
  readonly secretName?: string;
}

/** Where Flux reads the synthesized output: exactly one of `git` and `oci`. @category Delivery */
export interface FluxDeliverySource {
  /**
   * A Git repository.
   * @default none: `oci` must be set
   */
  readonly git?: FluxGitSource;
  /**
   * An OCI artifact.
   * @default none: `git` must be set
   */
  readonly oci?: FluxOciSource;
}

/** @category Delivery */
export interface FluxDeliveryProps {
  /** Where Flux reads the synthesized output: `{ git: { url, branch? } }` or `{ oci: { url, tag? } }`. */
  readonly source: FluxDeliverySource;
  /**
   * The output's directory in the source; `calvin synth --layers` writes one sub-directory per
   * layer there (`namespaces/`, `tls/`, `platform/`), which the Kustomizations apply in order.
   * @default './dist'
   */
  readonly path?: string;
  /**
   * Namespace of the source and the Kustomizations (Flux's own).
   * @default 'flux-system'
   */
  readonly namespace?: string;
  /**
   * How often Flux checks the source and re-applies (a Go duration).
   * @default '5m'
   */
  readonly interval?: string;
  /**
   * How long a layer may take to apply and become ready before Flux reports it failed (and the
   * layers after it wait).
   * @default '5m'
   */
  readonly timeout?: string;
  /**
   * Applied to each object's final manifest (the source and every Kustomization).
   * @default none
   */
  readonly transform?: ManifestTransform;
}

const GIT_KEYS = propKeys<FluxGitSource>('FluxGitSource', { url: true, branch: true, secretName: true });
const OCI_KEYS = propKeys<FluxOciSource>('FluxOciSource', { url: true, tag: true, secretName: true });
const FLUX_DELIVERY_KEYS = propKeys<FluxDeliveryProps>('FluxDeliveryProps', {
  source: propKeys<FluxDeliverySource>('FluxDeliverySource', { git: GIT_KEYS, oci: OCI_KEYS }),
  path: true, namespace: true, interval: true, timeout: true, transform: true,
});

const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$/;
const duration = (v: unknown): string | undefined => (typeof v === 'string' && GO_DURATION.test(v) ? undefined : 'is not a Go duration (e.g. "5m", "1h", "30s")');

/**
 * GitOps delivery with Flux: a GitRepository (or OCIRepository) and one Kustomization per layer of
 * `contracts/delivery-layers.ts` (Namespaces, then cert-manager's objects, then the rest: the order
 * the Pulumi component applies them in), each with `prune: true` (an object removed from the code is
 * deleted from the cluster), `wait: true`, a timeout and `dependsOn` the layers before it. A Chart of
 * its own (`dist/<id>.k8s.yaml`, or `flux/` with `calvin synth --layers`), applied once to bootstrap.
 *
 * @example
 * ```ts
 * new FluxDelivery(app, 'delivery', { source: { git: { url: 'https://github.com/my-org/platform' } } });
 * ```
 * @category Delivery
 */
export class FluxDelivery extends Chart {
  /** The Kustomizations' names, by layer, in delivery order. */
  public readonly kustomizations: ReadonlyArray<{ readonly layer: string; readonly name: string; readonly path: string }>;

  public constructor(scope: Construct, id: string, props: FluxDeliveryProps) {
    super(scope, uniqueId(scope, id, 'FluxDelivery'), { disableResourceNameHashes: true });
    const problems = new PropProblems(this);
    checkKnownKeys(problems, '', props, FLUX_DELIVERY_KEYS);
    const { git, oci } = props.source ?? {};
    if ((git === undefined) === (oci === undefined)) problems.add('source', props.source, 'needs exactly one of git ({ url, branch? }) or oci ({ url, tag? })');
    if (git) problems.check('source.git.url', git.url, (v) => (typeof v === 'string' && /^(https|ssh|http):\/\/./.test(v) ? undefined : 'is not an https:// or ssh:// URL'));
    if (oci) problems.check('source.oci.url', oci.url, (v) => (typeof v === 'string' && /^oci:\/\/./.test(v) ? undefined : 'is not an oci:// URL'));
    problems.check('source.git.secretName', git?.secretName, dnsSubdomain);
    problems.check('source.oci.secretName', oci?.secretName, dnsSubdomain);
    problems.check('namespace', props.namespace, dnsLabel());
    problems.check('path', props.path, (v) => (typeof v === 'string' && v.length > 0 && !v.split('/').includes('..') ? undefined : 'is not a path inside the repository'));
    problems.check('interval', props.interval, duration);
    problems.check('timeout', props.timeout, duration);
    problems.check('id', id, dnsLabel(50));
    problems.throwIfAny();

    const namespace = props.namespace ?? 'flux-system';
    const interval = props.interval ?? '5m';
    const path = (props.path ?? './dist').replace(/\/+$/, '');
    const sourceKind = git ? GIT_REPOSITORY_GVK.kind : OCI_REPOSITORY_GVK.kind;
    const spec = git
      ? { interval, url: git.url, ref: { branch: git.branch ?? 'main' }, ...(git.secretName ? { secretRef: { name: git.secretName } } : {}) }
      : { interval, url: oci!.url, ref: { tag: oci!.tag ?? 'latest' }, ...(oci!.secretName ? { secretRef: { name: oci!.secretName } } : {}) };
    new TransformableApiObject(this, 'Source', { ...(git ? GIT_REPOSITORY_GVK : OCI_REPOSITORY_GVK), metadata: { name: id, namespace }, spec, transform: props.transform });

    const nameOf = (layer: string): string => `${id}-${layer}`;
    this.kustomizations = DELIVERY_LAYERS.map((layer) => ({ layer: layer.name, name: nameOf(layer.name), path: `${path}/${layer.name}` }));
    for (const layer of DELIVERY_LAYERS) {
      new TransformableApiObject(this, `Kustomization-${layer.name}`, {
        ...FLUX_KUSTOMIZATION_GVK,
        metadata: { name: nameOf(layer.name), namespace },
        spec: {
          interval,
          timeout: props.timeout ?? '5m',
          path: `${path}/${layer.name}`,
          prune: true,
          wait: true,
          sourceRef: { kind: sourceKind, name: id },
          ...(layer.dependsOn.length > 0 ? { dependsOn: layer.dependsOn.map((name) => ({ name: nameOf(name) })) } : {}),
        },
        transform: props.transform,
      });
    }
  }
}
