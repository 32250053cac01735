import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SecretHeaderError } from './secret-header-error';

/** undici's Agent alone (see dispatcher.ts: the package's entry point loads far more). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Agent = require('undici/lib/dispatcher/agent') as typeof UndiciAgent;
type RequestFunction = (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
let requestFunction: RequestFunction | undefined;
/** Dispatcher#request, called on the Agent (the Agent alone does not carry the request API); loaded on first use, as most platforms never need it. */
function request(agent: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  requestFunction ??= require('undici/lib/api/api-request') as RequestFunction;
  return requestFunction.call(agent, options);
}

export interface KubernetesApiOptions {
  /** The API's origin; undefined when neither KUBERNETES_API_URL nor KUBERNETES_SERVICE_HOST is set. */
  readonly apiUrl: string | undefined;
  /** Folder of `token` and `ca.crt` (the Deployment's projected volume). */
  readonly dir: string;
  /** Per request. */
  readonly timeoutMs?: number;
}

/** KUBERNETES_API_URL, or the in-cluster address the kubelet gives every pod. */
export function kubernetesApiUrl(env: NodeJS.ProcessEnv, configured: string | undefined): string | undefined {
  if (configured) return configured.replace(/\/$/, '');
  const host = env.KUBERNETES_SERVICE_HOST?.trim();
  if (!host) return undefined;
  return `https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT?.trim() || '443'}`;
}

/** What to check when the API refuses a read, by status. */
const STATUS_HINTS: Record<number, string> = {
  401: 'the ServiceAccount token was refused',
  403: 'the worker may get only the Secrets its Role in that namespace names: deploy the catalog with the Role synth made for it',
  404: 'no such Secret: create it in that namespace',
};

/**
 * Reads a Secret of another namespace (a tenant's) through the Kubernetes API, as the worker's
 * ServiceAccount, whose Role in that namespace grants `get` on exactly the Secrets the catalog
 * names. A Secret of another namespace cannot be mounted into the worker's pod, and mirroring it
 * into the worker's namespace would need a controller and put every tenant's credentials in one
 * namespace. The token is read at each request, as the kubelet rotates it. Errors name the
 * namespace and Secret, never a value.
 */
export class KubernetesSecretReader {
  private agent?: Promise<UndiciAgent>;

  public constructor(private readonly options: KubernetesApiOptions) {}

  /** The Secret's data, decoded. */
  public async read(namespace: string, name: string): Promise<Record<string, string>> {
    const what = `Secret ${namespace}/${name}`;
    const { apiUrl, dir } = this.options;
    if (!apiUrl) throw new SecretHeaderError(`${what} cannot be read: the Kubernetes API address is unknown (KUBERNETES_SERVICE_HOST is not set; set KUBERNETES_API_URL)`);
    const token = await readText(join(dir, 'token'), `${what} cannot be read: no ServiceAccount token`);
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(name)}`;
    const timeout = this.options.timeoutMs ?? 10_000;
    let status: number;
    let text: string;
    try {
      const agent = await this.agentFor(apiUrl);
      const response = await request(agent, {
        origin: apiUrl, path, method: 'GET', headers: { authorization: `Bearer ${token.trim()}`, accept: 'application/json' }, headersTimeout: timeout, bodyTimeout: timeout,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      if (error instanceof SecretHeaderError) throw new SecretHeaderError(`${what} cannot be read: ${error.message}`);
      throw new SecretHeaderError(`${what} cannot be read: the Kubernetes API at ${apiUrl} did not answer (${(error as Error).message})`);
    }
    // The body of a refusal is a Status object; it is not repeated (nothing of the Secret is in it, but nothing is needed from it).
    if (status !== 200) throw new SecretHeaderError(`${what} cannot be read: the Kubernetes API answered ${status}${STATUS_HINTS[status] ? ` (${STATUS_HINTS[status]})` : ''}`);
    let data: unknown;
    try {
      data = (JSON.parse(text) as { data?: unknown }).data ?? {};
    } catch {
      throw new SecretHeaderError(`${what} cannot be read: the Kubernetes API's answer is not JSON`);
    }
    if (data === null || typeof data !== 'object') throw new SecretHeaderError(`${what} cannot be read: its data is not an object`);
    return Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([key, value]) => [key, Buffer.from(String(value), 'base64').toString('utf8')]));
  }

  /** One Agent per process; for https it trusts the cluster's CA (`ca.crt`) only. */
  private agentFor(apiUrl: string): Promise<UndiciAgent> {
    this.agent ??= (async () => {
      if (!apiUrl.startsWith('https:')) return new Agent();
      const ca = await readText(join(this.options.dir, 'ca.crt'), 'the Kubernetes API cannot be trusted: no CA');
      return new Agent({ connect: { ca } });
    })();
    // A failed start (no CA yet) is retried on the next read.
    this.agent.catch(() => { this.agent = undefined; });
    return this.agent;
  }
}

async function readText(file: string, problem: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new SecretHeaderError(`${problem} at ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
