import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { CliError, CliIo, colorsFor, CommandFactory, EXIT_OK, EXIT_USAGE, plural } from '../io';

interface InitOptions {
  readonly force?: boolean;
}

/**
 * Template files whose name in the package differs from the one written: npm pack renames a
 * `.gitignore` to `.npmignore`, a nested `package.json` would pass for a package of its own, and the CI workflow
 * lives under `.github/`, which is kept out of a template directory's dot-files.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'gitignore': '.gitignore', 'package.template.json': 'package.json', 'github-workflow.yml': '.github/workflows/calvin.yml',
};

export const initCommand: CommandFactory = (context) => new Command('init')
  .summary('write a new customer repo: a platform with one app and one trigger, cdk8s and Pulumi entries')
  .description('Write a working repo for your own platform into <dir> (default: the current directory): package.json '
    + '(calvin-runtime, the CLI, cdk8s, cdk8s-cli, TypeScript ~5.9; the Pulumi packages as optional dependencies), '
    + 'tsconfig.json, cdk8s.yaml, platform.ts (one app, one trigger), main.ts for cdk8s, Pulumi.yaml with a program '
    + 'using CalvinPlatform, a test, .gitignore and a README of next steps. Refuses a directory that is not empty.')
  .argument('[dir]', 'where to write the repo (created if missing)', '.')
  .option('--force', 'write into a directory that is not empty, replacing files of the same name')
  .addHelpText('after', `
Examples:
  $ calvin init acme-platform && cd acme-platform   # then follow its README (install, npm run synth)
  $ calvin init . --force                           # into an existing repo; same-named files are replaced

Exit codes: 0 written, 2 bad usage (a directory that is not empty without --force, a path that is a file).`)
  .action((dir: string, options: InitOptions) => {
    context.exitCode = runInit(dir, options, context.io);
  });

function runInit(dir: string, options: InitOptions, io: CliIo): number {
  const target = path.resolve(io.cwd, dir);
  const shown = shownPath(target, io.cwd);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new CliError(`${shown} is a file; name a directory (new or empty)`, EXIT_USAGE);
    const entries = fs.readdirSync(target);
    if (entries.length > 0 && !options.force) {
      throw new CliError(`${shown} is not empty (${plural(entries.length, 'entry', 'entries')}); name a new or empty directory, or pass --force to write into it`, EXIT_USAGE);
    }
  }
  const { root, version } = templatePackage();
  const values: Record<string, string> = { name: projectName(target), version };
  const written: string[] = [];
  for (const file of templateFiles(root)) {
    const relative = path.relative(root, file);
    const destination = path.join(target, path.dirname(relative), RENAMED[path.basename(relative)] ?? path.basename(relative));
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.writeFileSync(destination, fs.readFileSync(file, 'utf8').replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match));
    written.push(path.relative(target, destination));
  }
  const colors = colorsFor(io.stdout, io.env);
  io.stdout.write(`${colors.green(`wrote ${plural(written.length, 'file')} into ${shown}/`)} (project ${values.name})\n`);
  for (const file of written.sort()) io.stdout.write(`  ${file}\n`);
  io.stdout.write(`next: ${shown === '.' ? '' : `cd ${shown} && `}follow README.md (install the packages, then npm run synth)\n`);
  return EXIT_OK;
}

/** `target` as the user named it: relative below the working directory, absolute elsewhere. */
function shownPath(target: string, cwd: string): string {
  const relative = path.relative(cwd, target);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}

/**
 * The templates ship in the CLI package beside lib/ (templates/init); this file runs from
 * cli/commands (sources, tsx) or cli/lib/commands (built), so the package root is one or two up.
 */
function templatePackage(): { root: string; version: string } {
  for (const packageRoot of [path.join(__dirname, '..'), path.join(__dirname, '..', '..')]) {
    const root = path.join(packageRoot, 'templates', 'init');
    if (fs.existsSync(root)) {
      const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
      return { root, version: manifest.version };
    }
  }
  throw new CliError(`the init templates are missing from this install of @calvin-runtime/cli (looked beside ${__dirname})`);
}

function templateFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The directory's name as a DNS-1123 label: it names the npm package, the Pulumi project and the
 * trigger's workspace, which all accept that and the last refuses more.
 */
export function projectName(dir: string): string {
  const label = path.basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-')
    .replace(/^-+/, '').slice(0, 63).replace(/-+$/, '');
  return /^[a-z0-9]/.test(label) ? label : 'my-platform';
}
