import type { V1Pod } from '@kubernetes/client-node';
import { ClusterReader, LiveObject } from '../kube/cluster';
import { ExpectedApp } from './expected';

/** What the cluster holds for one app: every object its diagnosis reads, fetched once. */
export interface LiveApp {
  readonly expected: ExpectedApp;
  /** The InferenceService or Knative Service the output declares; null when the cluster has none. */
  readonly top: LiveObject | null;
  /** The Knative Service that serves it (the same object for a Knative app). */
  readonly service: LiveObject | null;
  /** The latest created Revision. */
  readonly revision: LiveObject | null;
  readonly pods: readonly V1Pod[];
  readonly domainMapping: LiveObject | null;
  readonly certificate: LiveObject | null;
  readonly quotas: readonly LiveObject[];
  /** Reads logs for the crash-loop diagnosis. */
  readonly cluster: ClusterReader;
}

const KNATIVE = 'serving.knative.dev/v1';

export async function readLiveApp(cluster: ClusterReader, app: ExpectedApp): Promise<LiveApp> {
  const ns = app.namespace;
  const [top, pods, domainMapping, certificate, quotas] = await Promise.all([
    app.engine === 'kserve' ? cluster.get('serving.kserve.io/v1beta1', 'InferenceService', ns, app.name) : cluster.get(KNATIVE, 'Service', ns, app.name),
    cluster.pods(ns, app.podSelector),
    app.domainMapping ? cluster.get('serving.knative.dev/v1beta1', 'DomainMapping', ns, app.domainMapping) : Promise.resolve(null),
    app.certificate ? cluster.get('cert-manager.io/v1', 'Certificate', app.certificate.namespace, app.certificate.name) : Promise.resolve(null),
    cluster.list('v1', 'ResourceQuota', ns),
  ]);
  const service = app.engine === 'kserve' ? await cluster.get(KNATIVE, 'Service', ns, app.knativeService) : top;
  const revisionName = service?.status?.latestCreatedRevisionName as string | undefined;
  const revision = revisionName ? await cluster.get(KNATIVE, 'Revision', ns, revisionName) : null;
  return { expected: app, top, service, revision, pods, domainMapping, certificate, quotas, cluster };
}
