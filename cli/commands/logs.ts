import type { V1Pod } from '@kubernetes/client-node';
import { Command } from 'commander';
import { loadAppObjects } from '../cdk8s-app';
import { CliError, CommandFactory, EXIT_OK, EXIT_USAGE } from '../io';
import { ClusterReader } from '../kube/cluster';
import { ClusterOptions, loadClusterConfig } from '../kube/kubeconfig';
import { LinePrefixer } from '../kube/line-prefixer';
import { isPodReady } from '../status/conditions';
import { expectedPlatform, ExpectedApp } from '../status/expected';
import { withClusterOptions } from './cluster-options';

interface LogsOptions extends ClusterOptions {
  readonly app?: string;
  readonly dir?: string;
  readonly tail: string;
  readonly since?: string;
  readonly follow?: boolean;
  readonly allReplicas?: boolean;
  readonly queueProxy?: boolean;
  readonly previous?: boolean;
}

const SINCE_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export const logsCommand: CommandFactory = (context) => withClusterOptions(new Command('logs')
  .summary("an app's container logs, from its pods")
  .description("Print the app's container logs (not Knative's queue-proxy unless --queue-proxy), from one pod or, with "
    + '--all-replicas, every pod, each line prefixed by its pod when there are several.')
  .argument('<app>', 'the app (its name in the synthesized output)')
  .option('-n, --tail <lines>', 'the last lines of each container (1–100000)', '100')
  .option('--since <duration>', 'only lines newer than this: <n>s, <n>m, <n>h or <n>d')
  .option('-f, --follow', 'keep printing new lines until Ctrl-C')
  .option('--all-replicas', 'every pod of the app, not only one')
  .option('--queue-proxy', "also Knative's queue-proxy container")
  .option('-p, --previous', 'the previous (crashed) container instance')
  .option('-a, --app <entry>', "the cdk8s app's entry file or command; default: cdk8s.yaml's app")
  .option('-d, --dir <dir>', 'read manifests already synthesized into this directory instead of running the app'))
  .addHelpText('after', `
Examples:
  $ calvin logs my-app                       # the last 100 lines of one pod
  $ calvin logs my-app -f --all-replicas     # follow every pod, lines prefixed by pod
  $ calvin logs my-app --since 15m --queue-proxy`)
  .action(async (name: string, options: LogsOptions) => {
    const { io } = context;
    const tail = Number(options.tail);
    if (!/^\d+$/.test(options.tail) || tail < 1 || tail > 100_000) throw new CliError(`--tail: "${options.tail}" is not an integer from 1 to 100000`, EXIT_USAGE);
    const sinceSeconds = options.since === undefined ? undefined : parseSince(options.since);
    const cluster = new ClusterReader(loadClusterConfig(options, io));
    const app = findApp(expectedPlatform(await loadAppObjects(io, options)).apps, name);
    const pods = (await cluster.pods(app.namespace, app.podSelector)).filter((pod) => !pod.metadata?.deletionTimestamp);
    if (pods.length === 0) {
      io.stderr.write(`no pods: the app is scaled to zero; a request starts one (${app.url})\n`);
      context.exitCode = EXIT_OK;
      return;
    }
    const chosen = options.allReplicas ? pods : [pickPod(pods)];
    const containers = options.queueProxy ? [app.container, 'queue-proxy'] : [app.container];
    const streams = chosen.flatMap((pod) => containers.map((container) => ({ pod: pod.metadata?.name ?? '?', container })));
    const prefixOf = (stream: { pod: string; container: string }): string => {
      if (streams.length === 1) return '';
      return containers.length > 1 ? `[${stream.pod} ${stream.container}] ` : `[${stream.pod}] `;
    };
    const request = (stream: { pod: string; container: string }) => ({
      namespace: app.namespace, pod: stream.pod, container: stream.container, tailLines: tail, sinceSeconds, previous: options.previous,
    });
    if (options.follow) {
      await Promise.all(streams.map(async (stream) => {
        const out = new LinePrefixer(io.stdout, prefixOf(stream));
        await cluster.followLog(request(stream), out, io.signal);
        out.flushRest();
      }));
    } else {
      for (const stream of streams) {
        const out = new LinePrefixer(io.stdout, prefixOf(stream));
        out.push(await cluster.log(request(stream)));
        out.flushRest();
      }
    }
    context.exitCode = EXIT_OK;
  });

function findApp(apps: readonly ExpectedApp[], name: string): ExpectedApp {
  const app = apps.find((candidate) => candidate.name === name);
  if (!app) throw new CliError(`unknown app "${name}" (the output has: ${apps.map((candidate) => candidate.name).join(', ') || 'no apps'})`, EXIT_USAGE);
  return app;
}

/** A ready pod, the newest first: what a request would most likely reach. */
function pickPod(pods: readonly V1Pod[]): V1Pod {
  // The client turns timestamps into Dates.
  const created = (pod: V1Pod): number => new Date(pod.metadata?.creationTimestamp ?? 0).getTime();
  const byAge = [...pods].sort((a, b) => created(b) - created(a));
  return byAge.find(isPodReady) ?? byAge[0];
}

function parseSince(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  const seconds = match ? Number(match[1]) * SINCE_UNITS[match[2]] : 0;
  if (!match || seconds < 1) throw new CliError(`--since: "${value}" is not a duration such as 30s, 15m, 24h or 7d`, EXIT_USAGE);
  return seconds;
}
