import { CatalogTrigger } from '../contracts/trigger-catalog';

/**
 * How much of a replica's concurrency one trigger, and one workspace, may hold with requests in
 * flight. Without it, a trigger firing every second at a target that never answers filled every
 * slot within a minute and starved the rest (issue 24); with it, a hung target delays only its own
 * trigger. Counted from the moment a request leaves until its attempt ends; a job over its share
 * is not sent (see TriggerRunner).
 */
export class FairShare {
  private readonly inFlight = new Map<string, number>();
  public readonly perTrigger: number;
  public readonly perWorkspace: number;

  /** `concurrency`: WORKER_CONCURRENCY; the shares are percentages of it (at least one request each). */
  public constructor(concurrency: number, shares: { readonly triggerPercent: number; readonly workspacePercent: number }) {
    this.perTrigger = Math.max(1, Math.floor((concurrency * shares.triggerPercent) / 100));
    this.perWorkspace = Math.max(1, Math.floor((concurrency * shares.workspacePercent) / 100));
  }

  /** Why another request of `trigger` would exceed a share, or undefined. */
  public refusal(trigger: CatalogTrigger): string | undefined {
    const own = this.inFlight.get(`t:${trigger.id}`) ?? 0;
    if (own >= this.perTrigger) return `not sent: ${own} requests of this trigger are in flight on this replica, its share of WORKER_CONCURRENCY (WORKER_TRIGGER_SHARE)`;
    const workspace = this.inFlight.get(`w:${trigger.workspace}`) ?? 0;
    if (workspace >= this.perWorkspace) return `not sent: ${workspace} requests of workspace ${trigger.workspace} are in flight on this replica, its share of WORKER_CONCURRENCY (WORKER_WORKSPACE_SHARE)`;
    return undefined;
  }

  public enter(trigger: CatalogTrigger): void {
    this.add(`t:${trigger.id}`, 1);
    this.add(`w:${trigger.workspace}`, 1);
  }

  public leave(trigger: CatalogTrigger): void {
    this.add(`t:${trigger.id}`, -1);
    this.add(`w:${trigger.workspace}`, -1);
  }

  private add(key: string, delta: number): void {
    const next = (this.inFlight.get(key) ?? 0) + delta;
    if (next <= 0) this.inFlight.delete(key);
    else this.inFlight.set(key, next);
  }
}
