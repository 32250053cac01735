import { propKeys } from '../core/prop-keys';

/**
 * Container security settings. The defaults meet the Pod Security Standard "restricted" at the
 * container level alone, which is the level Knative lets apps set (it drops most pod-level fields).
 * @category Workload helpers
 */
export interface ContainerSecurity {
  /** @default true */
  readonly runAsNonRoot?: boolean;
  /** @default unset: the image's user */
  readonly runAsUser?: number;
  /** @default unset: the image's group */
  readonly runAsGroup?: number;
  /** @default false */
  readonly allowPrivilegeEscalation?: boolean;
  /** @default unset: a writable root filesystem */
  readonly readOnlyRootFilesystem?: boolean;
  /**
   * Only `drop`: Knative refuses added capabilities unless a cluster feature flag allows them (use `transform` there).
   * @default { drop: ['ALL'] }
   */
  readonly capabilities?: { readonly drop?: string[] };
  /** @default { type: 'RuntimeDefault' } */
  readonly seccompProfile?: { readonly type: 'RuntimeDefault' | 'Localhost' | 'Unconfined'; readonly localhostProfile?: string };
}

export const CONTAINER_SECURITY_KEYS = propKeys<ContainerSecurity>('ContainerSecurity', {
  runAsNonRoot: true, runAsUser: true, runAsGroup: true, allowPrivilegeEscalation: true, readOnlyRootFilesystem: true,
  capabilities: propKeys<NonNullable<ContainerSecurity['capabilities']>>('ContainerSecurity.capabilities', { drop: true }),
  seccompProfile: propKeys<NonNullable<ContainerSecurity['seccompProfile']>>('ContainerSecurity.seccompProfile', { type: true, localhostProfile: true }),
});

/**
 * The restricted defaults every workload container starts from.
 * @category Workload helpers
 */
export const RESTRICTED_CONTAINER_SECURITY: Readonly<ContainerSecurity> = Object.freeze<ContainerSecurity>({
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
});

/** `given` merged field by field over the restricted defaults. */
export function containerSecurity(given?: ContainerSecurity): ContainerSecurity {
  return { ...RESTRICTED_CONTAINER_SECURITY, ...given };
}
