import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { CATALOG_CHECKSUM_ANNOTATION } from '../../contracts';
import { ServedObject } from './kube-api';

/**
 * The live cluster for `calvin status` tests: every object a synth of fixtures/status-app.ts
 * declares, with the status of its case from fixtures/cluster/ (see the README there), plus what
 * KServe and Knative create (Knative Service, Revision, pods), the worker's pods and Kourier.
 */

const DIR = path.join(__dirname, 'fixtures', 'cluster');
export const CASES = ['healthy', 'scaled-to-zero', 'image-pull', 'not-listening', 'crash-loop', 'quota-exceeded'] as const;
export type CaseName = typeof CASES[number];

interface CaseFile {
  readonly app: string;
  readonly inferenceService: unknown;
  readonly knativeService: unknown;
  readonly revision: unknown;
  readonly pods: ReadonlyArray<{ name: string; spec: unknown; status: unknown }>;
  readonly logs: Record<string, string>;
  /** The namespace's ResourceQuota (spec and status), for the quota case. */
  readonly resourceQuota?: { spec: unknown; status: unknown };
}

function read(file: string, values: Record<string, string> = {}): any {
  let text = fs.readFileSync(path.join(DIR, file), 'utf8');
  for (const [key, value] of Object.entries(values)) text = text.split(`{${key}}`).join(value);
  return JSON.parse(text);
}

export function readCase(name: CaseName): CaseFile {
  const app = (JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as CaseFile).app;
  return read(`${name}.json`, { app });
}

/** Every object of the synthesized YAML files in `dir`. */
export function synthesizedObjects(dir: string): ServedObject[] {
  return fs.readdirSync(dir).filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((doc) => doc.toJS() as ServedObject))
    .filter((object) => object !== null);
}

export interface ClusterOptions {
  readonly certificate?: 'ready' | 'not-ready';
  /** `Kind/name` of synthesized objects the cluster does not have. */
  readonly omit?: readonly string[];
  readonly extra?: readonly ServedObject[];
  /** Worker pods run this checksum instead of the synthesized one (a stale catalog). */
  readonly workerChecksum?: string;
}

export function liveCluster(synthesized: readonly ServedObject[], options: ClusterOptions = {}): { objects: ServedObject[]; logs: Record<string, string> } {
  const platform = read('platform.json');
  const cases = new Map(CASES.map((name) => { const file = readCase(name); return [file.app, file]; }));
  const objects: ServedObject[] = [];
  const logs: Record<string, string> = {};
  for (const declared of synthesized) {
    if (options.omit?.includes(`${declared.kind}/${declared.metadata.name}`)) continue;
    const object = structuredClone(declared);
    const name = object.metadata.name;
    if (object.kind === 'InferenceService') {
      const found = cases.get(name);
      if (!found) throw new Error(`no case file for app ${name}`);
      object.status = found.inferenceService;
      objects.push(...knativeObjects(found, object.metadata.namespace!));
      for (const [key, text] of Object.entries(found.logs)) logs[`${object.metadata.namespace}/${key}`] = text;
    }
    if (object.kind === 'Service' && object.apiVersion === 'serving.knative.dev/v1') {
      const found = read('knative-healthy.json');
      if (found.app !== name) throw new Error(`no case file for Knative app ${name}`);
      object.status = found.knativeService;
      objects.push(...knativeObjects(found, object.metadata.namespace!, name).filter((extra) => extra.kind !== 'Service'));
      for (const [key, text] of Object.entries(found.logs as Record<string, string>)) logs[`${object.metadata.namespace}/${key}`] = text;
    }
    if (object.kind === 'DomainMapping') object.status = read('platform.json', { host: name }).domainMappingReady;
    if (object.kind === 'Certificate') object.status = options.certificate === 'not-ready' ? read('certificate-not-ready.json') : platform.certificateReady;
    if (object.kind === 'Deployment') {
      object.status = platform.workerDeployment;
      objects.push(...workerPods(object, platform.workerPodStatus, options.workerChecksum));
    }
    objects.push(object);
  }
  objects.push(platform.kourier, ...(options.extra ?? []));
  return { objects, logs };
}

/** What Knative (and KServe, for an InferenceService) create: the Knative Service, its Revision, the pods. */
function knativeObjects(found: CaseFile, namespace: string, knativeService?: string): ServedObject[] {
  const service = knativeService ?? `${found.app}-predictor`;
  const labels: Record<string, string> = knativeService
    ? { 'serving.knative.dev/service': service }
    : { 'serving.kserve.io/inferenceservice': found.app, 'serving.knative.dev/service': service, 'component': 'predictor' };
  const quota: ServedObject[] = found.resourceQuota
    ? [{ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'tenant-quota', namespace }, ...found.resourceQuota }]
    : [];
  return [
    ...quota,
    { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: service, namespace, labels: { 'serving.kserve.io/inferenceservice': found.app } }, status: found.knativeService },
    { apiVersion: 'serving.knative.dev/v1', kind: 'Revision', metadata: { name: `${service}-00001`, namespace, labels: { 'serving.knative.dev/service': service } }, status: found.revision },
    ...found.pods.map((pod, index) => ({
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name: pod.name, namespace, labels: { ...labels, 'serving.knative.dev/revision': `${service}-00001` }, creationTimestamp: `2026-03-01T10:0${index}:00Z` },
      spec: pod.spec, status: pod.status,
    })),
  ];
}

function workerPods(deployment: ServedObject, status: unknown, checksum?: string): ServedObject[] {
  const template = (deployment as any).spec.template.metadata;
  return ['scheduler-worker-6f7d8c9b5-abcde', 'scheduler-worker-6f7d8c9b5-fghij'].map((name) => ({
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: deployment.metadata.namespace, labels: template.labels,
      annotations: { ...template.annotations, ...(checksum ? { [CATALOG_CHECKSUM_ANNOTATION]: checksum } : {}) },
    },
    status,
  }));
}
