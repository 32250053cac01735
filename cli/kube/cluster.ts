import type { Writable } from 'node:stream';
import type { CustomObjectsApi, KubernetesObject, KubernetesObjectApi, V1APIResource, V1Pod } from '@kubernetes/client-node';
import { CliError, EXIT_USAGE } from '../io';
import { ClusterConfig, firstLine, kubernetesClient } from './kubeconfig';

/** A live object as the API returns it; only the parts the diagnosis reads are typed. */
export type LiveObject = KubernetesObject & { spec?: any; status?: any; data?: any };

export interface LogRequest {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly tailLines?: number;
  readonly sinceSeconds?: number;
  readonly previous?: boolean;
}

/**
 * Everything calvin reads from a cluster, and nothing it could write: get, list, watch (a log
 * follow) and pods/log, the verbs of the read-only ClusterRole (docs/cli.md#read-only-access).
 * API errors become one line that names the cluster; 404 on a get is `null`, not an error.
 */
export class ClusterReader {
  private readonly objects: KubernetesObjectApi & { plural(apiVersion: string, kind: string): Promise<V1APIResource | undefined> };
  private readonly custom: CustomObjectsApi;

  public constructor(public readonly config: ClusterConfig) {
    const k8s = kubernetesClient();
    /** Discovery (cached per group version) is protected; custom resources need its plural. */
    class DiscoveringObjectApi extends k8s.KubernetesObjectApi {
      public plural(apiVersion: string, kind: string): Promise<V1APIResource | undefined> {
        return this.resource(apiVersion, kind);
      }
    }
    this.objects = new DiscoveringObjectApi(this.configuration());
    this.custom = new k8s.CustomObjectsApi(this.configuration());
  }

  /**
   * What KubeConfig.makeApiClient builds, plus a deadline on every request: the client has none,
   * and a cluster endpoint that accepts connections but never answers would hang the command.
   */
  private configuration(): ReturnType<typeof import('@kubernetes/client-node').createConfiguration> {
    const k8s = kubernetesClient();
    const timeoutMs = this.config.requestTimeoutMs;
    return k8s.createConfiguration({
      baseServer: new k8s.ServerConfiguration(this.config.server, {}),
      authMethods: { default: this.config.kubeConfig },
      promiseMiddleware: [{
        pre: async (context) => {
          context.setSignal(AbortSignal.timeout(timeoutMs));
          return context;
        },
        post: async (response) => response,
      }],
    });
  }

  /** The object, or null when the cluster has none (or does not know its kind). */
  public async get(apiVersion: string, kind: string, namespace: string | undefined, name: string): Promise<LiveObject | null> {
    try {
      if (isCustom(apiVersion)) {
        const [group, version] = apiVersion.split('/');
        const plural = await this.pluralOf(apiVersion, kind);
        if (plural === undefined) return null;
        return await (namespace
          ? this.custom.getNamespacedCustomObject({ group, version, namespace, plural, name })
          : this.custom.getClusterCustomObject({ group, version, plural, name })) as LiveObject;
      }
      return await this.objects.read({ apiVersion, kind, metadata: { name, ...(namespace ? { namespace } : {}) } }) as LiveObject;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw this.failure(`get ${kind} ${namespace ? `${namespace}/` : ''}${name}`, error);
    }
  }

  /** Every object of a kind in a namespace (all namespaces without one), optionally by label. */
  public async list(apiVersion: string, kind: string, namespace?: string, labelSelector?: string): Promise<LiveObject[]> {
    const items: LiveObject[] = [];
    let continueToken: string | undefined;
    // Bounded: 50 pages of 500.
    for (let page = 0; page < 50; page++) {
      let result: { items: unknown[]; metadata?: { _continue?: string; continue?: string } };
      try {
        result = await this.listPage(apiVersion, kind, namespace, labelSelector, continueToken);
      } catch (error) {
        if (isNotFound(error)) return [];
        throw this.failure(`list ${kind}${namespace ? ` in ${namespace}` : ''}`, error);
      }
      items.push(...(result.items as LiveObject[]));
      continueToken = result.metadata?._continue ?? result.metadata?.continue;
      if (!continueToken) break;
    }
    return items;
  }

  private async listPage(apiVersion: string, kind: string, namespace: string | undefined, labelSelector: string | undefined, _continue: string | undefined): Promise<{ items: unknown[]; metadata?: { _continue?: string; continue?: string } }> {
    if (!isCustom(apiVersion)) return this.objects.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, labelSelector, 500, _continue);
    const [group, version] = apiVersion.split('/');
    const plural = await this.pluralOf(apiVersion, kind);
    if (plural === undefined) return { items: [] };
    return await (namespace
      ? this.custom.listNamespacedCustomObject({ group, version, namespace, plural, labelSelector, limit: 500, _continue })
      : this.custom.listClusterCustomObject({ group, version, plural, labelSelector, limit: 500, _continue })) as { items: unknown[] };
  }

  private async pluralOf(apiVersion: string, kind: string): Promise<string | undefined> {
    return (await this.objects.plural(apiVersion, kind))?.name;
  }

  public async pods(namespace: string, labelSelector: string): Promise<V1Pod[]> {
    return await this.list('v1', 'Pod', namespace, labelSelector) as V1Pod[];
  }

  /** A container's log (its last `tailLines`), as text. */
  public async log(request: LogRequest): Promise<string> {
    const core = new (kubernetesClient().CoreV1Api)(this.configuration());
    try {
      return await core.readNamespacedPodLog({
        name: request.pod, namespace: request.namespace, container: request.container,
        tailLines: request.tailLines, sinceSeconds: request.sinceSeconds, previous: request.previous,
      });
    } catch (error) {
      throw this.failure(`read the log of ${request.namespace}/${request.pod} (${request.container})`, error);
    }
  }

  /**
   * Streams a container's log into `out` until the server ends it or `signal` aborts; resolves
   * when it has ended either way.
   */
  public async followLog(request: LogRequest, out: Writable, signal?: AbortSignal): Promise<void> {
    const logs = new (kubernetesClient().Log)(this.config.kubeConfig);
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const done = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        if (error && !signal?.aborted) reject(this.failure(`follow the log of ${request.namespace}/${request.pod}`, error));
        else resolve();
      };
      let controller: AbortController | undefined;
      const onAbort = (): void => {
        controller?.abort();
        done();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      out.once('finish', () => done());
      logs.log(request.namespace, request.pod, request.container, out, (error: unknown) => done(error), {
        follow: true, tailLines: request.tailLines, sinceSeconds: request.sinceSeconds,
      }).then((started) => {
        controller = started;
        if (signal?.aborted) onAbort();
      }, (error: unknown) => done(error));
    });
  }

  /** One line: what failed, against which cluster, why, and what to check. */
  public failure(action: string, error: unknown): CliError {
    const where = `${this.config.server} (context ${this.config.context})`;
    const code = (error as { code?: unknown })?.code;
    const name = (error as { name?: unknown })?.name;
    if (name === 'AbortError' || name === 'TimeoutError') {
      return new CliError(`cannot reach the cluster at ${where}: no answer within ${this.config.requestTimeoutMs / 1000}s (--request-timeout) — is the cluster up and the kubeconfig current?`, EXIT_USAGE);
    }
    if (typeof code === 'number') {
      if (code === 401) return new CliError(`cannot ${action} on ${where}: 401 Unauthorized — the kubeconfig's credentials were refused (expired token?)`, EXIT_USAGE);
      if (code === 403) {
        return new ForbiddenError(`cannot ${action} on ${where}: 403 Forbidden — the user needs read access (get, list, watch, pods/log): see the ClusterRole in docs/cli.md#read-only-access`, EXIT_USAGE);
      }
      return new CliError(`cannot ${action} on ${where}: HTTP ${code} ${apiMessage(error)}`);
    }
    const network = typeof code === 'string' ? code : /\b(E[A-Z]{4,})\b/.exec(String((error as Error)?.message ?? error))?.[1];
    if (network) return new CliError(`cannot reach the cluster at ${where}: ${network} — is the cluster up and the kubeconfig current?`, EXIT_USAGE);
    return new CliError(`cannot ${action} on ${where}: ${firstLine(error)}`);
  }
}

/** The user may not read this; a check that can do without it says so instead of failing. */
export class ForbiddenError extends CliError {
  public constructor(message: string, exitCode: number) {
    super(message, exitCode);
    this.name = 'ForbiddenError';
  }
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 404 || /Unrecognized API version and kind/.test(String((error as Error)?.message));
}

/**
 * Kinds of API groups the client has no models for, read as plain JSON: the client picks a model
 * by version and kind alone, so a Knative `serving.knative.dev/v1` Service would be read as a core
 * V1Service and lose its status fields.
 */
function isCustom(apiVersion: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return group !== '' && group.includes('.') && !group.endsWith('.k8s.io');
}

/** The Status object's message when the API sent one. */
function apiMessage(error: unknown): string {
  const body = (error as { body?: unknown })?.body;
  try {
    const parsed = typeof body === 'string' ? JSON.parse(body) as { message?: string } : body as { message?: string } | undefined;
    if (parsed?.message) return parsed.message;
  } catch {
    // not JSON
  }
  return firstLine(error);
}
