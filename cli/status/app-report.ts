import { LiveApp } from './app-state';
import { isPodReady, isTrue } from './conditions';
import { diagnose, Diagnosis } from './diagnose';

/** One app's line in `calvin status` (and its `--json` object). */
export interface AppStatus {
  readonly name: string;
  readonly namespace: string;
  readonly engine: string;
  readonly ready: boolean;
  readonly url: string;
  readonly latest_ready_revision: string | null;
  readonly traffic: ReadonlyArray<{ readonly revision: string; readonly percent: number; readonly latest: boolean }>;
  /** Pods that are Ready; 0 with `scaled_to_zero` is healthy. */
  readonly replicas: { readonly ready: number; readonly total: number };
  readonly scaled_to_zero: boolean;
  readonly problems: readonly Diagnosis[];
}

export async function appStatus(live: LiveApp): Promise<AppStatus> {
  const problems = await diagnose(live);
  const { expected, service, top } = live;
  const pods = live.pods.filter((pod) => !pod.metadata?.deletionTimestamp);
  const ready = pods.filter(isPodReady).length;
  const latestReady = (service?.status?.latestReadyRevisionName ?? top?.status?.components?.predictor?.latestReadyRevision ?? null) as string | null;
  const traffic = ((service?.status?.traffic ?? []) as Array<{ revisionName?: string; percent?: number; latestRevision?: boolean }>)
    .map((target) => ({ revision: target.revisionName ?? '?', percent: target.percent ?? 0, latest: target.latestRevision === true }));
  const liveUrl = live.domainMapping?.status?.url ?? top?.status?.url;
  return {
    name: expected.name,
    namespace: expected.namespace,
    engine: expected.engine,
    ready: problems.length === 0 && isTrue(top),
    url: expected.domainMapping ? `https://${expected.domainMapping}` : String(liveUrl ?? expected.url),
    latest_ready_revision: latestReady,
    traffic,
    replicas: { ready, total: pods.length },
    scaled_to_zero: pods.length === 0 && isTrue(top),
    problems,
  };
}
