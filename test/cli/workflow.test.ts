/**
 * The GitHub Actions workflow `calvin init` writes (and examples/customer-repo carries): it parses,
 * its shape is what GitHub accepts, and every command it runs exists: npm scripts in the repo's
 * package.json, `npx` binaries of its dependencies, calvin commands and their options, git commands.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { COMMANDS } from '../../cli/main';
import { calvin, ROOT } from './capture';

const WORKFLOWS = [
  { workflow: 'cli/templates/init/github-workflow.yml', packageJson: 'cli/templates/init/package.template.json' },
  { workflow: 'examples/customer-repo/.github/workflows/calvin.yml', packageJson: 'examples/customer-repo/package.json' },
];

/**
 * The binaries the repo's dependencies install, as `npx` finds them (read from this repository's
 * install: calvin-runtime is the repository itself; a dependency not installed here has none).
 */
function binariesOf(manifest: any): Map<string, string> {
  const bins = new Map<string, string>();
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    const file = name === 'calvin-runtime' ? path.join(ROOT, 'package.json') : path.join(ROOT, 'node_modules', name, 'package.json');
    if (!fs.existsSync(file)) continue;
    const installed = JSON.parse(fs.readFileSync(file, 'utf8'));
    const bin = typeof installed.bin === 'string' ? { [installed.name.split('/').pop()]: installed.bin } : installed.bin ?? {};
    for (const command of Object.keys(bin)) bins.set(command, name);
  }
  return bins;
}

/** Every simple command of a `run:` script: lines, split at `&&`, `||` and `;`. */
function commandsOf(script: string): string[][] {
  return script.split('\n').flatMap((line) => line.split(/&&|\|\||;/)).map((c) => c.trim()).filter((c) => c && !c.startsWith('#'))
    .map((c) => c.match(/"[^"]*"|\S+/g)!);
}

describe.each(WORKFLOWS)('$workflow', ({ workflow, packageJson }) => {
  const text = fs.readFileSync(path.join(ROOT, workflow), 'utf8');
  const document = YAML.parseDocument(text);
  const parsed = document.toJS();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, packageJson), 'utf8').replace(/\{\{\w+\}\}/g, '0.0.0'));
  const steps: any[] = Object.values(parsed.jobs ?? {}).flatMap((job: any) => job.steps ?? []);
  const commands = steps.filter((step) => step.run).flatMap((step) => commandsOf(step.run));

  test('parses, with triggers on pull requests and pushes to main, and jobs GitHub accepts', () => {
    expect(document.errors).toEqual([]);
    expect(Object.keys(parsed.on)).toEqual(['pull_request', 'push']);
    expect(parsed.on.push.branches).toEqual(['main']);
    for (const job of Object.values(parsed.jobs) as any[]) {
      expect(typeof job['runs-on']).toBe('string');
      for (const step of job.steps) {
        expect([step, 'uses' in step !== 'run' in step]).toEqual([step, true]);
        if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
      }
    }
  });

  test('runs the typecheck, calvin synth and calvin validate --output github; commits dist/ only on main', () => {
    const lines = commands.map((c) => c.join(' '));
    expect(lines).toEqual(expect.arrayContaining(['npm run typecheck', 'npx calvin synth --layers', 'npx calvin validate dist/ --output github', 'git add --force dist/']));
    const commit = steps.find((step) => /git push/.test(step.run ?? ''));
    expect(commit.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
  });

  test('every command exists', async () => {
    const bins = binariesOf(manifest);
    const calvinCommands = new Set(COMMANDS.map((c) => c.name));
    for (const [program, ...args] of commands) {
      if (program === 'npm') {
        if (args[0] === 'run') expect([args[1], Object.keys(manifest.scripts)]).toEqual([args[1], expect.arrayContaining([args[1]])]);
        else expect(args).toEqual(['ci']);
      } else if (program === 'npx') {
        expect([args[0], bins.has(args[0])]).toEqual([args[0], true]);
        if (args[0] === 'calvin') {
          expect(calvinCommands).toContain(args[1]);
          const help = (await calvin([args[1], '--help'])).stdout;
          for (const flag of args.filter((a) => a.startsWith('--'))) expect([flag, new RegExp(`${flag}(?![\\w-])`).test(help)]).toEqual([flag, true]);
          const output = args.indexOf('--output');
          if (output >= 0) expect(help).toMatch(new RegExp(`--output <format>.*${args[output + 1]}`));
        }
      } else if (program === 'git') {
        // `git <command> -h` prints the command's usage (exit 129); an unknown command says it is not a git command.
        const usage = spawnSync('git', [args[0], '-h'], { encoding: 'utf8' });
        expect([args[0], `${usage.stdout}${usage.stderr}`]).toEqual([args[0], expect.stringContaining(`usage: git ${args[0]}`)]);
      } else {
        throw new Error(`${workflow}: unexpected command ${program}`);
      }
    }
  });
});
