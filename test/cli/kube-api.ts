import { EventEmitter, once } from 'node:events';
import * as fs from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import * as path from 'node:path';
import { listenOnLoopback } from '../worker/servers';

/**
 * A Kubernetes API server for the read paths `calvin status` and `calvin logs` use, on
 * 127.0.0.1: discovery, get and list (with labelSelector) of any kind in KINDS, and pod logs with
 * tailLines, previous and follow. The real @kubernetes/client-node talks to it over HTTP.
 * Only GET exists: anything else is answered 405 and recorded, so a test can prove the CLI reads only.
 */

export interface ServedObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

const KINDS: ReadonlyArray<{ apiVersion: string; kind: string; plural: string; namespaced: boolean }> = [
  { apiVersion: 'v1', kind: 'Pod', plural: 'pods', namespaced: true },
  { apiVersion: 'v1', kind: 'Service', plural: 'services', namespaced: true },
  { apiVersion: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true },
  { apiVersion: 'v1', kind: 'ServiceAccount', plural: 'serviceaccounts', namespaced: true },
  { apiVersion: 'v1', kind: 'ResourceQuota', plural: 'resourcequotas', namespaced: true },
  { apiVersion: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false },
  { apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments', namespaced: true },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', plural: 'poddisruptionbudgets', namespaced: true },
  { apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', plural: 'inferenceservices', namespaced: true },
  { apiVersion: 'serving.knative.dev/v1', kind: 'Service', plural: 'services', namespaced: true },
  { apiVersion: 'serving.knative.dev/v1', kind: 'Revision', plural: 'revisions', namespaced: true },
  { apiVersion: 'serving.knative.dev/v1beta1', kind: 'DomainMapping', plural: 'domainmappings', namespaced: true },
  { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', plural: 'certificates', namespaced: true },
  { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', plural: 'clusterissuers', namespaced: false },
];

export class FakeKubeApi extends EventEmitter {
  /** `METHOD path?query` of every request, in order. */
  public readonly requests: string[] = [];
  public openFollows = 0;
  /** Paths answered 403, as the API does for a user without RBAC rights to them. */
  public forbid: (path: string) => boolean = () => false;
  private objects: ServedObject[] = [];
  private logs: Record<string, string> = {};

  private constructor(private readonly server: Server, public readonly url: string) {
    super();
  }

  public static async start(): Promise<FakeKubeApi> {
    let api: FakeKubeApi | undefined;
    const server = createServer((req, res) => api!.handle(req, res));
    const port = await listenOnLoopback(server);
    api = new FakeKubeApi(server, `http://127.0.0.1:${port}`);
    return api;
  }

  /** What the cluster holds; logs keyed `namespace/pod/container` (`…/previous` for the crashed instance). */
  public serve(objects: readonly ServedObject[], logs: Record<string, string> = {}): void {
    this.objects = objects.map((object) => structuredClone(object));
    this.logs = { ...logs };
  }

  public async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (this.forbid(url.pathname)) return this.reply(res, 403, status(403, 'Forbidden', `User "ci" cannot get resource at ${url.pathname}`));
    if (req.method !== 'GET') return this.reply(res, 405, status(405, 'MethodNotAllowed', `${req.method} is not served here`));
    const parts = url.pathname.split('/').filter((part) => part !== '');
    const [root, ...rest] = parts;
    const [group, version, ...path] = root === 'api' ? ['', ...rest] : root === 'apis' ? rest : [];
    if (version === undefined) return this.reply(res, 404, status(404, 'NotFound', 'no such path'));
    const apiVersion = group ? `${group}/${version}` : version;
    const kinds = KINDS.filter((kind) => kind.apiVersion === apiVersion);
    if (kinds.length === 0) return this.reply(res, 404, status(404, 'NotFound', `no group version ${apiVersion}`));
    if (path.length === 0) return this.reply(res, 200, discovery(apiVersion, kinds));
    let namespace: string | undefined;
    if (path[0] === 'namespaces' && path.length >= 3) {
      namespace = path[1];
      path.splice(0, 2);
    }
    const [plural, name, sub] = path;
    const kind = kinds.find((candidate) => candidate.plural === plural);
    if (!kind) return this.reply(res, 404, status(404, 'NotFound', `no resource ${plural}`));
    if (sub === 'log' && kind.kind === 'Pod' && namespace && name) return this.log(url, namespace, name, res);
    const matching = this.objects.filter((object) => object.apiVersion === kind.apiVersion && object.kind === kind.kind
      && (namespace === undefined || object.metadata.namespace === namespace));
    if (name !== undefined) {
      const found = matching.find((object) => object.metadata.name === name);
      return found ? this.reply(res, 200, found) : this.reply(res, 404, status(404, 'NotFound', `${plural} "${name}" not found`));
    }
    const selector = url.searchParams.get('labelSelector');
    const items = matching.filter((object) => matchesSelector(object.metadata.labels ?? {}, selector));
    this.reply(res, 200, { apiVersion: kind.apiVersion, kind: `${kind.kind}List`, metadata: { resourceVersion: '1' }, items });
  }

  private log(url: URL, namespace: string, pod: string, res: ServerResponse): void {
    const container = url.searchParams.get('container') ?? '';
    const key = `${namespace}/${pod}/${container}${url.searchParams.get('previous') === 'true' ? '/previous' : ''}`;
    const text = this.logs[key];
    if (text === undefined) return this.reply(res, 400, status(400, 'BadRequest', `container "${container}" in pod "${pod}" has no log`));
    const tail = url.searchParams.get('tailLines');
    const lines = text.split('\n').filter((line) => line !== '');
    const shown = tail === null ? lines : lines.slice(-Number(tail));
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write(shown.map((line) => `${line}\n`).join(''));
    if (url.searchParams.get('follow') !== 'true') return void res.end();
    // A follow stays open until the client goes away, as the kubelet's does.
    this.openFollows++;
    res.once('close', () => {
      this.openFollows--;
      this.emit('follow-closed', key);
    });
    this.emit('follow-started', key);
  }

  private reply(res: ServerResponse, code: number, body: unknown): void {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

function discovery(apiVersion: string, kinds: typeof KINDS): unknown {
  return {
    kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersion,
    resources: kinds.map((kind) => ({ name: kind.plural, singularName: '', kind: kind.kind, namespaced: kind.namespaced, verbs: ['get', 'list', 'watch'] })),
  };
}

function status(code: number, reason: string, message: string): unknown {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

function matchesSelector(labels: Record<string, string>, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return labels[key] === value;
  });
}

/**
 * A kubeconfig for the fake server (a bearer token user, as DigitalOcean's kubeconfigs have). The
 * client refuses plain HTTP unless TLS verification is off, which is all the flag does here.
 */
export function writeKubeconfig(dir: string, server: string, context = 'fake'): string {
  const file = path.join(dir, `kubeconfig-${context}`);
  fs.writeFileSync(file, [
    'apiVersion: v1', 'kind: Config', `current-context: ${context}`,
    'clusters:', `- name: ${context}`, '  cluster:', `    server: ${server}`, '    insecure-skip-tls-verify: true',
    'users:', `- name: ${context}-user`, '  user:', '    token: not-a-real-token',
    'contexts:', `- name: ${context}`, '  context:', `    cluster: ${context}`, `    user: ${context}-user`, '',
  ].join('\n'));
  return file;
}
