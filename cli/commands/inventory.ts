import { Command, Option } from 'commander';
import { loadAppObjects } from '../cdk8s-app';
import { appsIn, triggersIn } from '../inventory';
import { workersIn } from '../workers-inventory';
import { CliError, colorsFor, CommandFactory, EXIT_OK, EXIT_USAGE, formatTable } from '../io';
import { parseTime } from '../time';
import { describeSchedule, formatFireTimes, hasSeconds, nextFireTimes, zonedTime } from '../schedule-text';

interface SourceOptions {
  readonly app?: string;
  readonly dir?: string;
  readonly json?: boolean;
}

interface TriggerOptions extends SourceOptions {
  readonly workspace?: string;
  readonly at?: string;
  readonly next: string;
}

/** `--app` / `--dir`: where the objects come from (synthesized now, or already in a directory). */
function withSource(command: Command): Command {
  return command
    .option('-a, --app <entry>', "the app's entry file or command; default: cdk8s.yaml's app (synthesized into a temporary directory)")
    .option('-d, --dir <dir>', 'read manifests already synthesized into this directory instead of running the app')
    .option('--json', 'print JSON instead of a table');
}

export const appsCommand: CommandFactory = (context) => withSource(new Command('apps')
  .summary('list the apps the platform defines')
  .description('List the apps (KServe InferenceServices and Knative Services) the cdk8s app defines: URL, engine, scale bounds and image.'))
  .addHelpText('after', `
Examples:
  $ calvin apps                                    # runs cdk8s.yaml's app, prints a table
  $ calvin apps --dir dist --json | jq -r '.[].url'`)
  .action(async (options: SourceOptions) => {
    const { io } = context;
    const apps = appsIn(await loadAppObjects(io, options));
    if (options.json) {
      io.stdout.write(`${JSON.stringify(apps, null, 2)}\n`);
    } else if (apps.length === 0) {
      io.stdout.write('no apps (no InferenceService or Knative Service in the output)\n');
    } else {
      const colors = colorsFor(io.stdout, io.env);
      io.stdout.write(formatTable(
        [{ header: 'NAMESPACE' }, { header: 'NAME' }, { header: 'ENGINE' }, { header: 'SCALE', align: 'right' }, { header: 'URL' }, { header: 'IMAGE' }],
        apps.map((app) => [app.namespace, colors.cyan(app.name), app.engine, `${app.minScale ?? 0}–${app.maxScale ?? '∞'}`,
          app.visibility === 'public' ? app.url : colors.dim(`${app.url} (cluster-local)`), app.image]),
        colors,
      ));
    }
    context.exitCode = EXIT_OK;
  });

export const triggersCommand: CommandFactory = (context) => withSource(new Command('triggers')
  .summary('list the cron triggers, in words, with their next fire times')
  .description('List the triggers of the trigger catalog: workspace, name, schedule and time zone, the schedule in words, '
    + 'the next fire times in the trigger\'s own time zone (computed as the worker computes them, DST included), and the target.'))
  .option('-w, --workspace <id>', 'only this workspace\'s triggers')
  .addOption(new Option('-n, --next <count>', 'how many fire times to show (1–20)').default('3'))
  .option('--at <time>', 'compute fire times after this ISO 8601 time instead of now (UTC unless it has an offset; e.g. the night of a DST change)')
  .addHelpText('after', `
Examples:
  $ calvin triggers
  $ calvin triggers --workspace acme --json
  $ calvin triggers --at 2026-03-29T00:00:00Z --next 5   # what fires around the spring-forward night`)
  .action(async (options: TriggerOptions) => {
    const { io } = context;
    const count = Number(options.next);
    if (!/^\d+$/.test(options.next) || count < 1 || count > 20) throw new CliError(`--next: "${options.next}" is not an integer from 1 to 20`, EXIT_USAGE);
    const at = options.at === undefined ? Date.now() : parseTime('--at', options.at);
    const triggers = triggersIn(await loadAppObjects(io, options))
      .filter((trigger) => options.workspace === undefined || trigger.workspace === options.workspace);
    const rows = triggers.map((trigger) => ({
      trigger,
      description: describeSchedule(trigger.schedule),
      next: trigger.enabled ? nextFireTimes(trigger.schedule, trigger.timezone, at, count) : [],
    }));
    if (options.json) {
      io.stdout.write(`${JSON.stringify(rows.map(({ trigger, description, next }) => ({
        id: trigger.id, workspace: trigger.workspace, name: trigger.name, schedule: trigger.schedule, timezone: trigger.timezone,
        description, enabled: trigger.enabled, method: trigger.method, url: trigger.url, target: trigger.target ?? null, catalog: trigger.catalog,
        next: next.map((ms) => zonedTime(ms, trigger.timezone, true).iso),
      })), null, 2)}\n`);
    } else if (rows.length === 0) {
      io.stdout.write(options.workspace === undefined ? 'no triggers (no trigger catalog in the output)\n' : `no triggers in workspace "${options.workspace}"\n`);
    } else {
      const colors = colorsFor(io.stdout, io.env);
      io.stdout.write(formatTable(
        [{ header: 'WORKSPACE' }, { header: 'NAME' }, { header: 'SCHEDULE' }, { header: 'TIMEZONE' }, { header: 'DESCRIPTION' }, { header: `NEXT ${count}` }, { header: 'TARGET' }],
        rows.map(({ trigger, description, next }) => [
          trigger.workspace, colors.cyan(trigger.name), trigger.schedule, trigger.timezone, description,
          trigger.enabled ? formatFireTimes(next, trigger.timezone, hasSeconds(trigger.schedule)) : colors.yellow('disabled'),
          `${trigger.method} ${trigger.url}`,
        ]),
        colors,
      ));
    }
    context.exitCode = EXIT_OK;
  });

export const workersCommand: CommandFactory = (context) => withSource(new Command('workers')
  .summary('list the queue workers and job runners, with what scales them')
  .description('List the QueueWorkers (BullMQ consumers) and JobRunners (Jobs from a Redis Stream) the cdk8s app defines: '
    + 'what scales each (KEDA on the queue or the stream\'s lag, an HPA on CPU, or a fixed count), its bounds and image.'))
  .addHelpText('after', `
Examples:
  $ calvin workers
  $ calvin workers --dir dist --json`)
  .action(async (options: SourceOptions) => {
    const { io } = context;
    const workers = workersIn(await loadAppObjects(io, options));
    if (options.json) {
      io.stdout.write(`${JSON.stringify(workers, null, 2)}\n`);
    } else if (workers.length === 0) {
      io.stdout.write('no workers (no QueueWorker or JobRunner in the output)\n');
    } else {
      const colors = colorsFor(io.stdout, io.env);
      io.stdout.write(formatTable(
        [{ header: 'NAMESPACE' }, { header: 'NAME' }, { header: 'KIND' }, { header: 'SCALING' }, { header: 'REPLICAS', align: 'right' }, { header: 'SOURCE' }, { header: 'IMAGE' }],
        workers.map((w) => [w.namespace, colors.cyan(w.name), w.kind, w.scaling,
          w.minReplicas === w.maxReplicas ? String(w.minReplicas) : `${w.minReplicas ?? 0}–${w.maxReplicas ?? '∞'}`, w.source, w.image]),
        colors,
      ));
    }
    context.exitCode = EXIT_OK;
  });
