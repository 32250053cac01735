import { Command } from 'commander';
import { loadAppObjects } from '../cdk8s-app';
import { triggersIn } from '../inventory';
import { CliError, colorsFor, CommandFactory, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../io';
import { ClusterReader } from '../kube/cluster';
import { ClusterOptions, loadClusterConfig } from '../kube/kubeconfig';
import { appStatus } from '../status/app-report';
import { readLiveApp } from '../status/app-state';
import { expectedPlatform } from '../status/expected';
import { platformStatus } from '../status/platform';
import { StatusResult } from '../status/result';
import { statusText } from '../status/text-report';
import { triggersStatus } from '../status/triggers';
import { withClusterOptions } from './cluster-options';

interface StatusOptions extends ClusterOptions {
  readonly app?: string;
  readonly dir?: string;
  readonly json?: boolean;
}

const HELP_AFTER = `
For each app of the synthesized output: Ready or not, URL, latest ready revision and its traffic,
replicas (0 when scaled to zero, which is healthy) and, when not Ready, the reason in words and
what to do (image not pullable, not listening on its port, crash loop, quota, DomainMapping or
certificate not ready, no revision). Without app names also the platform (worker replicas,
the catalog each worker pod runs, Kourier's address, objects missing from the cluster or no
longer synthesized) and the triggers (next fire time; last run and last success from the
worker's records in S3 when S3_BUCKET and the worker's other S3 variables are set).
Reads only: get, list, watch, pods/log (the ClusterRole in docs/cli.md#read-only-access).
Exit codes: 0 all Ready, 1 something is not Ready, 2 wrong usage or no cluster.

Examples:
  $ calvin status
  $ calvin status my-app --context do-ams3-calvin
  $ calvin status --dir dist --json | jq '.apps[] | select(.ready | not)'`;

export const statusCommand: CommandFactory = (context) => withClusterOptions(new Command('status')
  .summary('what is running, and why an app is not')
  .description('Compare the synthesized platform with the live cluster and explain what is not Ready.')
  .argument('[apps...]', 'only these apps (by name); default: every app, the platform and the triggers')
  .option('-a, --app <entry>', "the cdk8s app's entry file or command; default: cdk8s.yaml's app")
  .option('-d, --dir <dir>', 'read manifests already synthesized into this directory instead of running the app')
  .option('--json', 'print JSON (schema: docs/cli.md#calvin-status)'))
  .addHelpText('after', HELP_AFTER)
  .action(async (names: string[], options: StatusOptions) => {
    const { io } = context;
    const cluster = new ClusterReader(loadClusterConfig(options, io));
    const objects = await loadAppObjects(io, options);
    const expected = expectedPlatform(objects);
    const apps = names.length === 0 ? expected.apps : names.map((name) => {
      const found = expected.apps.find((app) => app.name === name);
      if (!found) throw new CliError(`unknown app "${name}" (the output has: ${expected.apps.map((app) => app.name).join(', ') || 'no apps'})`, EXIT_USAGE);
      return found;
    });
    const whole = names.length === 0;
    const [appStatuses, platform, triggers] = await Promise.all([
      Promise.all(apps.map(async (app) => appStatus(await readLiveApp(cluster, app)))),
      whole ? platformStatus(cluster, expected) : Promise.resolve(null),
      whole ? triggersStatus(triggersIn(objects), io, Date.now()) : Promise.resolve(null),
    ]);
    const result: StatusResult = {
      context: cluster.config.context,
      server: cluster.config.server,
      ready: appStatuses.every((app) => app.ready) && (platform?.ready ?? true),
      apps: appStatuses,
      platform,
      triggers,
    };
    if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(statusText(result, colorsFor(io.stdout, io.env)));
    context.exitCode = result.ready ? EXIT_OK : EXIT_PROBLEMS;
  });
