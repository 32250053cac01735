import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as YAML from 'yaml';
import { captureProblems } from './app-problems';
import { CliError, CliIo, EXIT_USAGE } from './io';
import { manifestFilesUnder, parseManifestFile } from './manifests';

/** The cdk8s app to run and where its output goes, as `cdk8s synth` would decide them. */
export interface Cdk8sApp {
  /** Shell command that runs the app (cdk8s.yaml's `app`, or one built from `--app <entry>`). */
  readonly command: string;
  /** Default output directory (cdk8s.yaml's `output`, else `dist`), relative to `cwd`. */
  readonly output: string;
  readonly cwd: string;
}

const TYPESCRIPT_ENTRY = /\.(ts|mts|cts|tsx)$/;
const JAVASCRIPT_ENTRY = /\.(js|mjs|cjs)$/;

/**
 * Resolves the app the way cdk8s does: `cdk8s.yaml` in `cwd` names the command and output. An
 * `--app` value that is a .ts/.js file becomes `node [--import tsx] <file>`; anything else is
 * taken as a command, as `cdk8s synth --app` takes it.
 */
export function resolveCdk8sApp(cwd: string, app?: string): Cdk8sApp {
  const configFile = path.join(cwd, 'cdk8s.yaml');
  let config: { app?: unknown; output?: unknown } = {};
  if (fs.existsSync(configFile)) {
    try {
      config = (YAML.parse(fs.readFileSync(configFile, 'utf8')) ?? {}) as typeof config;
    } catch (error) {
      throw new CliError(`${configFile}: not valid YAML: ${(error as Error).message.split('\n')[0]}`, EXIT_USAGE);
    }
  }
  const output = typeof config.output === 'string' && config.output !== '' ? config.output : 'dist';
  if (app !== undefined) return { command: entryCommand(app, cwd), output, cwd };
  if (typeof config.app !== 'string' || config.app.trim() === '') {
    throw new CliError(fs.existsSync(configFile)
      ? `${configFile}: "app" is missing (expected the command that runs the cdk8s app, e.g. "node --import tsx main.ts")`
      : `no cdk8s.yaml in ${cwd}; run from the app's directory or pass --app <entry file>`, EXIT_USAGE);
  }
  return { command: config.app, output, cwd };
}

function entryCommand(app: string, cwd: string): string {
  const isFile = (TYPESCRIPT_ENTRY.test(app) || JAVASCRIPT_ENTRY.test(app));
  if (!isFile) return app;
  if (!fs.existsSync(path.resolve(cwd, app))) throw new CliError(`--app: "${app}" does not exist (relative to ${cwd})`, EXIT_USAGE);
  const quoted = JSON.stringify(app);
  if (!TYPESCRIPT_ENTRY.test(app)) return `node ${quoted}`;
  return `node --import ${JSON.stringify(tsxLoader(path.dirname(path.resolve(cwd, app)), cwd))} ${quoted}`;
}

/**
 * tsx's loader as a file URL: `--import tsx` alone resolves from the working directory, so an entry
 * file elsewhere (a monorepo package, a fixture) would not find the tsx installed beside it.
 */
function tsxLoader(...from: string[]): string {
  for (const dir of from) {
    try {
      const manifest = require.resolve('tsx/package.json', { paths: [dir] });
      return pathToFileURL(path.join(path.dirname(manifest), 'dist', 'loader.mjs')).href;
    } catch {
      // not installed there
    }
  }
  throw new CliError(`--app: running a TypeScript entry needs tsx (npm install --save-dev tsx), found in neither ${from.join(' nor ')}`, EXIT_USAGE);
}

/**
 * Runs the app with CDK8S_OUTDIR set, exactly as `cdk8s synth` does (shell, environment), and
 * resolves with its exit code. Its stdout and stderr both go to our stderr: our stdout carries
 * only our own report.
 */
export function runCdk8sApp(app: Cdk8sApp, outdir: string, io: CliIo, extraEnv: Readonly<Record<string, string>> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(app.command, [], {
      cwd: app.cwd,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...io.env,
        CDK8S_OUTDIR: outdir,
        CDK8S_RECORD_CONSTRUCT_METADATA: io.env.CDK8S_RECORD_CONSTRUCT_METADATA ?? 'false',
        ...extraEnv,
      },
    });
    child.stdout.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.once('error', (error) => reject(new CliError(`cannot run the app "${app.command}": ${error.message}`)));
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** The YAML files the app wrote, as cdk8s lists them: every .yaml/.yml under `dir`, sorted. */
export function synthesizedFiles(dir: string): string[] {
  return fs.existsSync(dir) ? manifestFilesUnder(dir, ['.yaml', '.yml']) : [];
}

/**
 * The objects an app defines, for `calvin apps` and `calvin triggers`: read from `dir` when given
 * (what synth already wrote), otherwise synthesized into a throwaway directory (dist/ is not touched).
 */
export async function loadAppObjects(io: CliIo, options: { readonly dir?: string; readonly app?: string }): Promise<unknown[]> {
  if (options.dir !== undefined) {
    const dir = path.resolve(io.cwd, options.dir);
    const files = synthesizedFiles(dir);
    if (files.length === 0) throw new CliError(`--dir: no .yaml files in ${dir} (run "calvin synth" first, or leave out --dir to synthesize now)`, EXIT_USAGE);
    return objectsIn(files);
  }
  const app = resolveCdk8sApp(io.cwd, options.app);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-synth-'));
  const capture = captureProblems(io.env, false);
  try {
    const code = await runCdk8sApp(app, scratch, io, capture?.env);
    // The app printed its problem lines: they are the whole error.
    if (code !== 0 && capture?.shown()) throw new CliError('');
    if (code !== 0) throw new CliError(`synthesis failed: "${app.command}" exited with code ${code} (its output is above)`);
    return objectsIn(synthesizedFiles(scratch));
  } finally {
    capture?.dispose();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function objectsIn(files: readonly string[]): unknown[] {
  const objects: unknown[] = [];
  for (const file of files) {
    for (const document of parseManifestFile(file)) {
      if (document.syntaxErrors.length > 0) throw new CliError(`${file}: document ${document.index + 1}: ${document.syntaxErrors[0].message}`);
      objects.push(document.object);
    }
  }
  return objects;
}
