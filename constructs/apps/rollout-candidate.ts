/**
 * A rollout's candidate (the new revision) gets a URL of its own, the same way for every workload
 * Knative serves with a rollout (CustomerApp on either engine, ModelService on KServe): one
 * definition of its host, its tag route's Service, its URL and its DomainMapping.
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { AppEngine } from '../../contracts/engine';
import { ManifestTransform } from '../core/api-object';
import { PropProblems } from '../core/validation';
import { DomainMappingTarget } from './app-manifests';
import { AppRollout, CANDIDATE_TAG, checkTagHostname, KSERVE_CANDIDATE_TAG, tagName } from './app-rollout';
import { endpointDomainMapping } from './served-endpoint';

/** What the workload's props settle about its candidate before it is registered (its host is reserved with the workload's). */
export interface CandidatePlan {
  /** `candidate-<hostname>` for a public workload with a rollout; undefined otherwise. */
  readonly hostname?: string;
  /** The public hosts of the rollout's tags (`[hostname]`), served by the workload's certificate. */
  readonly tagHostnames: readonly string[];
}

/** The candidate's public host, checked into `problems`; nothing without a rollout or a public host. */
export function planCandidate(problems: PropProblems, rollout: AppRollout | undefined, hostname: string | undefined): CandidatePlan {
  if (rollout === undefined || hostname === undefined) return { tagHostnames: [] };
  const candidate = tagName(CANDIDATE_TAG, hostname);
  checkTagHostname(problems, candidate);
  return { hostname: candidate, tagHostnames: [candidate] };
}

/** The candidate as served: its URL, and the DomainMapping of its public host. */
export interface ServedCandidate {
  readonly url: string;
  readonly domainMapping?: ApiObject;
}

/** How the workload is served, once registered. */
export interface CandidateServing {
  readonly engine: AppEngine;
  /** The Knative Service (`<name>-predictor` with KServe). */
  readonly serviceName: string;
  readonly tlsSecretName?: string;
  /** The InferenceService or Knative Service, which the candidate's DomainMapping is applied after. */
  readonly resource: ApiObject;
  readonly transform?: ManifestTransform;
}

/**
 * The candidate's URL and DomainMapping. Knative routes each tag of the traffic split at
 * `<tag>-<service>` (its default tag-template) and keeps a placeholder Service of that name in the
 * namespace: the knative engine's tag is `candidate`; KServe, with tag routing on, tags the latest
 * revision `latest`. A public candidate's DomainMapping routes its host to that Service.
 */
export function serveCandidate(scope: Construct, target: DomainMappingTarget, plan: CandidatePlan, serving: CandidateServing): ServedCandidate {
  const service = tagName(serving.engine === 'kserve' ? KSERVE_CANDIDATE_TAG : CANDIDATE_TAG, serving.serviceName);
  if (plan.hostname === undefined) return { url: `http://${service}.${target.namespace}.svc.cluster.local` };
  return {
    url: `${serving.tlsSecretName ? 'https' : 'http'}://${plan.hostname}`,
    domainMapping: endpointDomainMapping(scope, target, plan.hostname, serving.tlsSecretName, serving.resource, serving.transform,
      { id: 'CandidateDomainMapping', ref: { apiVersion: 'v1', kind: 'Service', name: service } }),
  };
}
