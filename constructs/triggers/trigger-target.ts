import { IConstruct } from 'constructs';

/** Brand of trigger targets (a global symbol, so two copies of the package still recognise each other's). */
export const TRIGGER_TARGET = Symbol.for('calvin-runtime.TriggerTarget');

/**
 * What a Trigger can call by reference instead of by URL: a workload of the platform that serves
 * HTTP (CustomerApp, ModelService, or a construct of your own that implements this).
 */
export interface ITriggerTarget extends IConstruct {
  readonly [TRIGGER_TARGET]: true;
  /** The target's name, unique within its namespace (the catalog records it). */
  readonly name: string;
  /** The namespace it runs in. */
  readonly namespace: string;
  /** In-cluster base URL, e.g. `http://<service>.<namespace>.svc.cluster.local` (no trailing '/'). */
  readonly internalUrl: string;
  /** Public base URL (`https://<hostname>`), or the internal URL when it has no public host. */
  readonly url: string;
  /**
   * Public host name.
   * @default undefined: the target is cluster-local (no public URL)
   */
  readonly hostname?: string;
}

/** Whether `value` is a trigger target (branded, from any copy of the package). */
export function isTriggerTarget(value: unknown): value is ITriggerTarget {
  return value !== null && typeof value === 'object' && (value as Record<symbol, unknown>)[TRIGGER_TARGET] === true;
}
