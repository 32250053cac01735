import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { CliError, CliIo, colorsFor, CommandFactory, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../io';
import { MetricsAggregate } from '../metrics/aggregate';
import { htmlReport } from '../metrics/html-report';
import { ProgressBar } from '../metrics/progress';
import { bucketLayout, DEFAULT_SINCE, hourPartitions, MAX_RANGE_DAYS, rangeFromOptions, TimeRange } from '../metrics/range';
import { readMetrics, ReadTotals } from '../metrics/reader';
import { MetricsResult, terminalSafe } from '../metrics/result';
import { metricsEnvHelp } from '../metrics/s3-env-help';
import { MetricsSource, metricsS3Client, metricsSourceFromEnv } from '../metrics/s3-source';
import { textReport } from '../metrics/text-report';

interface MetricsOptions {
  readonly workspace: string;
  readonly trigger?: string;
  readonly since?: string;
  readonly from?: string;
  readonly to?: string;
  readonly html?: string;
  readonly json?: boolean;
  readonly concurrency: string;
}

const DESCRIPTION = 'Read the execution records the trigger worker writes to S3 (only the UTC hour partitions the range overlaps) and '
  + 'summarize one workspace per trigger: runs, success rate, failures, missed ticks, p50/p95/max duration and the last failure. '
  + 'Reads the worker\'s S3 settings from the environment (below): S3_BUCKET and the key pair are required, '
  + 'and checked before anything is read.';

const HELP_AFTER = `
Definitions (the JSON fields): runs = first attempts that ran (retry_count 0, missed ticks excluded);
ok_attempts / failed_attempts count every attempt, retries included; retry_attempts = attempts with
retry_count > 0; missed_ticks = ticks that never ran; succeeded_runs = runs whose final outcome was
a success (on any attempt); success_rate = succeeded_runs / (runs + missed_ticks), by final outcome;
attempt_success_rate = ok / (ok + failed) attempts;
duration_ms p50/p95/max = exact nearest-rank over all attempts; last_failure = the failure or missed
tick with the latest timestamp. Records count when their timestamp is in [from, to); series buckets
(1m to 1d, at most 120, aligned to UTC) count records by status.

${metricsEnvHelp()}

Examples:
  $ calvin metrics --workspace acme                                  # the last 24 hours
  $ calvin metrics --workspace acme --since 7d --html report.html    # and a page with charts
  $ calvin metrics -w acme --trigger nightly-report --since 90m
  $ calvin metrics -w acme --from 2026-03-01 --to 2026-03-08 --json | jq '.triggers[] | {trigger, success_rate}'
  $ S3_ENDPOINT=https://fra1.digitaloceanspaces.com S3_BUCKET=calvin-metrics calvin metrics -w acme`;

export const metricsCommand: CommandFactory = (context) => new Command('metrics')
  .summary('summarize trigger executions from the metrics the worker writes to S3')
  .description(DESCRIPTION)
  .requiredOption('-w, --workspace <id>', 'the workspace whose records to summarize (records are matched on workspace_id)')
  .option('-t, --trigger <name>', 'only this trigger (matched on job_name)')
  .option('--since <duration>', `the range ends now and is this long: <n>m, <n>h or <n>d (default: ${DEFAULT_SINCE}, at most ${MAX_RANGE_DAYS}d)`)
  .option('--from <time>', 'start of the range, ISO 8601 (2026-03-01 or 2026-03-01T12:00Z; UTC without an offset); not with --since')
  .option('--to <time>', 'end of the range, excluded (default: now); needs --from')
  .option('--html <file>', 'also write a self-contained HTML report with charts to this file (written atomically)')
  .option('--json', 'print the whole result as JSON (summary, triggers, series) instead of the text report')
  .option('--concurrency <n>', 'objects read at the same time, 1–64', '8')
  .addHelpText('after', HELP_AFTER)
  .action(async (options: MetricsOptions) => {
    const request = metricsRequest(options, context.io);
    const { totals, aggregate } = await readRange(request, context.io);
    writeReports(metricsResult(request, totals, aggregate), request, context.io);
    context.exitCode = EXIT_OK;
  });

/** The options checked and resolved, so that a usage mistake shows before anything is read. */
interface MetricsRequest {
  readonly options: MetricsOptions;
  readonly concurrency: number;
  readonly range: TimeRange;
  readonly htmlFile?: string;
  readonly source: MetricsSource;
}

function metricsRequest(options: MetricsOptions, io: CliIo): MetricsRequest {
  const concurrency = Number(options.concurrency);
  if (!/^\d+$/.test(options.concurrency) || concurrency < 1 || concurrency > 64) {
    throw new CliError(`--concurrency: "${options.concurrency}" is not an integer from 1 to 64`, EXIT_USAGE);
  }
  if (options.workspace.trim() === '') throw new CliError('--workspace: must not be empty', EXIT_USAGE);
  const range = rangeFromOptions(options, Date.now());
  const htmlFile = options.html === undefined ? undefined : path.resolve(io.cwd, options.html);
  if (htmlFile !== undefined && !fs.existsSync(path.dirname(htmlFile))) {
    throw new CliError(`--html: the directory ${path.dirname(htmlFile)} does not exist`, EXIT_USAGE);
  }
  return { options, concurrency, range, htmlFile, source: metricsSourceFromEnv(io.env) };
}

/** Reads the range into an aggregate; the progress bar is cleared and the client closed whatever happens. */
async function readRange(request: MetricsRequest, io: CliIo): Promise<{ readonly totals: ReadTotals; readonly aggregate: MetricsAggregate }> {
  const { options, range, source, concurrency } = request;
  const partitions = hourPartitions(range);
  const aggregate = new MetricsAggregate(options.workspace, range, bucketLayout(range), options.trigger);
  const progress = new ProgressBar(io.stderr);
  const warn = colorsFor(io.stderr, io.env).yellow('warning:');
  const client = metricsS3Client(source);
  try {
    const totals = await readMetrics({
      client, source, partitions, concurrency, aggregate, signal: io.signal,
      onProgress: (state) => progress.update(state),
      onSkip: (key, reason) => progress.interrupt(`${warn} skipped s3://${source.bucket}/${terminalSafe(key)}: ${terminalSafe(reason)}\n`),
    });
    return { totals, aggregate };
  } finally {
    progress.finish();
    client.destroy();
  }
}

function metricsResult({ options, range, source }: MetricsRequest, totals: ReadTotals, aggregate: MetricsAggregate): MetricsResult {
  return {
    workspace: options.workspace,
    trigger_filter: options.trigger ?? null,
    range: { from: new Date(range.fromMs).toISOString(), to: new Date(range.toMs).toISOString() },
    source: {
      bucket: source.bucket,
      prefix: source.prefix,
      hour_partitions: totals.hourPartitions,
      objects_listed: totals.objectsListed,
      objects_read: totals.objectsRead,
      objects_skipped: totals.objectsSkipped,
      skipped_keys: totals.skippedKeys,
      records_read: aggregate.recordsRead,
      invalid_records: aggregate.invalidRecords,
      records_matched: aggregate.recordsMatched,
    },
    summary: aggregate.summary(),
    triggers: aggregate.perTrigger(),
    series: aggregate.series(),
  };
}

function writeReports(result: MetricsResult, { options, htmlFile }: MetricsRequest, io: CliIo): void {
  if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(textReport(result, colorsFor(io.stdout, io.env)));
  if (htmlFile !== undefined) {
    writeAtomically(htmlFile, htmlReport(result, new Date()));
    // With --json, stdout is the JSON document and nothing else.
    (options.json ? io.stderr : io.stdout).write(`${options.json ? '' : '\n'}HTML report: ${htmlFile}\n`);
  }
}

/** Temp file beside the target, then rename: a reader (or a browser reload) never sees half a report. */
function writeAtomically(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, content, 'utf8');
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`, EXIT_PROBLEMS);
  }
}
