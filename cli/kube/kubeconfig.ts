import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { CliError, CliIo, EXIT_USAGE } from '../io';

/** Where the cluster comes from: the flags every cluster-reading command takes. */
export interface ClusterOptions {
  readonly kubeconfig?: string;
  readonly context?: string;
  /** `30s`, `2m`: how long one API request may take. */
  readonly requestTimeout?: string;
}

/** One request's limit unless --request-timeout says otherwise (kubectl has none; a CI job must not hang on a dead endpoint). */
export const DEFAULT_REQUEST_TIMEOUT = '30s';

/** A loaded kubeconfig with the context chosen and where it points, for messages. */
export interface ClusterConfig {
  readonly kubeConfig: KubeConfig;
  readonly context: string;
  readonly server: string;
  /** The file(s) it was read from. */
  readonly source: string;
  readonly requestTimeoutMs: number;
}

/**
 * The client is ESM-only; Node (>= 22.12) loads it with require(). Loaded on first use, so that
 * `calvin synth` does not pay for it.
 */
export function kubernetesClient(): typeof import('@kubernetes/client-node') {
  return require('@kubernetes/client-node') as typeof import('@kubernetes/client-node');
}

/**
 * The kubeconfig as kubectl finds it: --kubeconfig, else every file of KUBECONFIG (merged, the
 * first one's context wins), else ~/.kube/config; then --context, else the current context.
 * Read from the command's own environment (io.env), not the process's.
 */
export function loadClusterConfig(options: ClusterOptions, io: CliIo): ClusterConfig {
  const requestTimeoutMs = parseRequestTimeout(options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT);
  const files = kubeconfigFiles(options, io);
  const k8s = kubernetesClient();
  const kubeConfig = new k8s.KubeConfig();
  files.forEach((file, index) => {
    const part = new k8s.KubeConfig();
    try {
      part.loadFromFile(file);
    } catch (error) {
      throw new CliError(`cannot read kubeconfig ${file}: ${firstLine(error)}`, EXIT_USAGE);
    }
    if (index === 0) kubeConfig.loadFromOptions({ clusters: part.clusters, users: part.users, contexts: part.contexts, currentContext: part.currentContext });
    else kubeConfig.mergeConfig(part, true);
  });
  if (options.context !== undefined) {
    if (!kubeConfig.getContextObject(options.context)) {
      const known = kubeConfig.getContexts().map((context) => context.name);
      throw new CliError(`--context: no context "${options.context}" in ${files.join(', ')} (contexts: ${known.join(', ') || 'none'})`, EXIT_USAGE);
    }
    kubeConfig.setCurrentContext(options.context);
  }
  const context = kubeConfig.getCurrentContext();
  const cluster = kubeConfig.getCurrentCluster();
  if (!context || !kubeConfig.getContextObject(context) || !cluster) {
    throw new CliError(`kubeconfig ${files.join(', ')} has no current context with a cluster; pass --context`, EXIT_USAGE);
  }
  return { kubeConfig, context, server: cluster.server, source: files.join(path.delimiter), requestTimeoutMs };
}

function parseRequestTimeout(value: string): number {
  const match = /^(\d+)(ms|s|m)$/.exec(value);
  const ms = match ? Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] as 'ms' | 's' | 'm'] : 0;
  if (!match || ms < 100 || ms > 600_000) throw new CliError(`--request-timeout: "${value}" is not a duration from 100ms to 10m (e.g. 30s)`, EXIT_USAGE);
  return ms;
}

function kubeconfigFiles(options: ClusterOptions, io: CliIo): string[] {
  if (options.kubeconfig !== undefined) {
    const file = path.resolve(io.cwd, options.kubeconfig);
    if (!fs.existsSync(file)) throw new CliError(`--kubeconfig: no such file ${file}`, EXIT_USAGE);
    return [file];
  }
  const fromEnv = (io.env.KUBECONFIG ?? '').split(path.delimiter).filter((entry) => entry !== '').map((entry) => path.resolve(io.cwd, entry));
  if (fromEnv.length > 0) {
    const existing = fromEnv.filter((file) => fs.existsSync(file));
    if (existing.length === 0) throw new CliError(`KUBECONFIG: no such file ${fromEnv.join(', ')}`, EXIT_USAGE);
    return existing;
  }
  const home = io.env.HOME ?? io.env.USERPROFILE;
  const fallback = home ? path.join(home, '.kube', 'config') : undefined;
  if (fallback && fs.existsSync(fallback)) return [fallback];
  throw new CliError(`no kubeconfig: pass --kubeconfig <file>, set KUBECONFIG, or create ${fallback ?? '~/.kube/config'} (e.g. doctl kubernetes cluster kubeconfig save <cluster>)`, EXIT_USAGE);
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
