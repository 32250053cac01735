import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANSI, calvin, ROOT } from './capture';

const COMMANDS = ['synth', 'validate', 'apply', 'apps', 'triggers', 'metrics', 'queues', 'init'];

describe('the calvin program', () => {
  test('--help lists every command; each command has its own help with examples', async () => {
    const top = await calvin(['--help']);
    expect(top.code).toBe(0);
    for (const name of COMMANDS) expect(top.stdout).toMatch(new RegExp(`^  ${name}\\b.* {2}\\S`, 'm'));
    expect(top.stdout).toContain('Examples:');

    for (const name of COMMANDS) {
      const help = await calvin([name, '--help']);
      expect({ name, code: help.code }).toEqual({ name, code: 0 });
      expect(help.stdout).toContain(`Usage: calvin ${name}`);
      expect(help.stdout).toMatch(/Examples:\n {2}\$ (\S+=\S+ )*calvin /);
      const viaHelp = await calvin(['help', name]);
      expect(viaHelp.stdout).toBe(help.stdout);
    }
  });

  test('--version prints the CLI package\'s version', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'cli', 'package.json'), 'utf8')).version;
    expect(await calvin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('an unknown command or flag is a usage error (exit 2) with a suggestion', async () => {
    const command = await calvin(['trigers']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("error: unknown command 'trigers'");
    expect(command.stderr).toContain('(Did you mean triggers?)');

    const flag = await calvin(['validate', '--output', 'xml']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("error: option '-o, --output <format>' argument 'xml' is invalid. Allowed choices are text, json, github.");
  });

  test('error messages are red on a terminal only; NO_COLOR and FORCE_COLOR win', async () => {
    const piped = await calvin(['validate', 'nope.yaml']);
    expect(piped.stderr).toBe('error: no such file or directory: nope.yaml\n');
    const tty = await calvin(['validate', 'nope.yaml'], { tty: true });
    expect(tty.stderr).toMatch(ANSI);
    expect((await calvin(['validate', 'nope.yaml'], { tty: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(ANSI);
    expect((await calvin(['validate', 'nope.yaml'], { env: { FORCE_COLOR: '1' } })).stderr).toMatch(ANSI);
  });
});
