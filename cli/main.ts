#!/usr/bin/env node
import './compile-cache';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CliError, CliIo, colorsFor, CommandContext, CommandFactory, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './io';

/** A command's name and how to load it. */
interface LazyCommand {
  /** Must equal the name its factory gives the command (test/cli/startup.test.ts checks). */
  readonly name: string;
  readonly load: () => CommandFactory;
}

/**
 * The commands, in help order. Each module is loaded only when its command runs (or for help):
 * `calvin synth` should not pay for Bull Board, express, BullMQ and the AWS SDK.
 */
export const COMMANDS: readonly LazyCommand[] = [
  { name: 'synth', load: () => (require('./commands/synth') as typeof import('./commands/synth')).synthCommand },
  { name: 'validate', load: () => (require('./commands/validate') as typeof import('./commands/validate')).validateCommand },
  { name: 'apply', load: () => (require('./commands/apply') as typeof import('./commands/apply')).applyCommand },
  { name: 'apps', load: () => (require('./commands/inventory') as typeof import('./commands/inventory')).appsCommand },
  { name: 'triggers', load: () => (require('./commands/inventory') as typeof import('./commands/inventory')).triggersCommand },
  { name: 'workers', load: () => (require('./commands/inventory') as typeof import('./commands/inventory')).workersCommand },
  { name: 'metrics', load: () => (require('./commands/metrics') as typeof import('./commands/metrics')).metricsCommand },
  { name: 'models', load: () => (require('./commands/models') as typeof import('./commands/models')).modelsCommand },
  { name: 'queues', load: () => (require('./commands/queues') as typeof import('./commands/queues')).queuesCommand },
  { name: 'init', load: () => (require('./commands/init') as typeof import('./commands/init')).initCommand },
  { name: 'status', load: () => (require('./commands/status') as typeof import('./commands/status')).statusCommand },
  { name: 'logs', load: () => (require('./commands/logs') as typeof import('./commands/logs')).logsCommand },
];

/**
 * The commands `args` need: only the one named first, when it is one; all of them otherwise (no
 * command, `help`, `--help`, a misspelling that deserves a suggestion).
 */
export function commandsFor(args: readonly string[]): readonly LazyCommand[] {
  const named = COMMANDS.find((command) => command.name === args[0]);
  return named ? [named] : COMMANDS;
}

/**
 * Runs `calvin <args>` and resolves to the exit code. Never calls process.exit, so tests run it
 * in-process; the bin at the bottom is the only place that touches the real process.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const context: CommandContext = { io, exitCode: EXIT_OK };
  const program = buildProgram(context, commandsFor(args));
  const colors = colorsFor(io.stderr, io.env);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end in a CommanderError too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      // An empty message: what went wrong is already on stderr (an app's problem lines).
      if (error.message !== '') io.stderr.write(`${colors.red('error:')} ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`${colors.red('error:')} ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_PROBLEMS;
  }
}

function buildProgram(context: CommandContext, commands: readonly LazyCommand[]): Command {
  const { io } = context;
  const colors = colorsFor(io.stderr, io.env);
  const program = new Command('calvin')
    .description('Synthesize, validate and inspect a calvin-runtime platform; read its trigger metrics; open its queue dashboard.')
    .version(packageVersion(), '-V, --version')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError()
    // The program's own options (-V/--version) only before a command: `calvin models push --version 1` is the model's.
    .enablePositionalOptions()
    .addHelpText('after', `
Examples:
  $ calvin synth                                   # cdk8s.yaml's app -> dist/, validated
  $ calvin validate dist/ k8s/hand-written.yaml    # any manifests, against the bundled schemas
  $ calvin triggers                                # schedules, in words, and their next fire times
  $ calvin metrics --workspace acme --since 24h --html report.html
  $ calvin models push iris.joblib -t acme -n iris -v 1   # prints the storageUri for a ModelService
  $ calvin queues                                  # Bull Board on http://127.0.0.1:3000
  $ calvin init my-platform                        # a new repo: one app, one trigger, cdk8s and Pulumi

Exit codes: 0 done, 1 problems found (invalid manifests, failed synth), 2 wrong usage or missing environment.
Colours only on a terminal (NO_COLOR turns them off, FORCE_COLOR on).`);
  for (const command of commands) program.addCommand(command.load()(context));
  configure(program, io, colors);
  return program;
}

/** Every command writes through `io`, throws instead of exiting, and says where to find usage after an error. */
function configure(command: Command, io: CliIo, colors: ReturnType<typeof colorsFor>): void {
  command
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(colors.red(text)),
      getOutHelpWidth: () => io.stdout.columns ?? 100,
      getErrHelpWidth: () => io.stderr.columns ?? 100,
    })
    .showHelpAfterError(`(run "${fullName(command)} --help" for usage)`);
  for (const sub of command.commands) configure(sub, io, colors);
}

function fullName(command: Command): string {
  return command.parent ? `${fullName(command.parent)} ${command.name()}` : command.name();
}

/** The version of the CLI package: its package.json is beside cli/main.ts, one up from cli/lib/main.js. */
function packageVersion(): string {
  for (const candidate of [path.join(__dirname, 'package.json'), path.join(__dirname, '..', 'package.json')]) {
    try {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === '@calvin-runtime/cli' && manifest.version) return manifest.version;
    } catch {
      // not this one
    }
  }
  return 'unknown';
}

if (require.main === module) {
  const abort = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort.abort());
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: abort.signal })
    .then((code) => { process.exitCode = code; })
    .catch((error) => { process.stderr.write(`${String(error?.stack ?? error)}\n`); process.exitCode = EXIT_PROBLEMS; });
}
