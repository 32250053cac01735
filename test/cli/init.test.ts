import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { projectName } from '../../cli/commands/init';
import { calvin, ROOT } from './capture';

const rootPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const cliPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'cli', 'package.json'), 'utf8'));

const SCAFFOLD = ['.github/workflows/calvin.yml', '.gitignore', 'Pulumi.yaml', 'README.md', 'cdk8s.yaml', 'infra/index.ts', 'main.ts', 'package.json', 'platform.ts', 'test/platform.test.ts', 'tsconfig.json'];

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-init-test-'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('calvin init', () => {
  test('writes the scaffold into a new directory, named after it, with the CLI\'s version', async () => {
    const run = await calvin(['init', 'Acme Platform'], { cwd: work });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const dir = path.join(work, 'Acme Platform');
    expect(filesUnder(dir)).toEqual(SCAFFOLD);
    expect(run.stdout).toContain('wrote 11 files into Acme Platform/ (project acme-platform)');
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(written.name).toBe('acme-platform');
    expect(written.dependencies['calvin-runtime']).toBe(`^${cliPackage.version}`);
    expect(written.devDependencies['@calvin-runtime/cli']).toBe(`^${cliPackage.version}`);
    expect(YAML.parse(fs.readFileSync(path.join(dir, 'Pulumi.yaml'), 'utf8'))).toMatchObject({ name: 'acme-platform', main: 'infra/' });
    // No placeholder is left anywhere.
    for (const file of SCAFFOLD) expect({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }).toEqual({ file, text: expect.not.stringMatching(/\{\{/) });
  });

  test('pins what this repo builds and tests with: TypeScript ~5.9, cdk8s, cdk8s-cli, tsx, @types/node, the Pulumi packages', async () => {
    await calvin(['init', 'acme'], { cwd: work });
    const written = JSON.parse(fs.readFileSync(path.join(work, 'acme', 'package.json'), 'utf8'));
    const all = { ...written.dependencies, ...written.devDependencies, ...written.optionalDependencies };
    for (const name of ['cdk8s', 'constructs', 'cdk8s-cli', 'tsx', 'typescript', '@types/node', '@pulumi/pulumi', '@pulumi/kubernetes', '@pulumi/digitalocean', '@pulumi/docker-build', '@pulumi/random']) {
      expect({ name, range: all[name] }).toEqual({ name, range: rootPackage.devDependencies[name] });
    }
    expect(all.typescript).toBe('~5.9.3');
    // cdk8s-only users skip the Pulumi packages with `npm install --omit=optional`.
    expect(Object.keys(written.optionalDependencies).every((name) => name.startsWith('@pulumi/'))).toBe(true);
    expect(Object.keys({ ...written.dependencies, ...written.devDependencies }).some((name) => name.startsWith('@pulumi/'))).toBe(false);
    expect(Object.keys(written.scripts)).toEqual(['synth', 'validate', 'typecheck', 'test']);
    // cdk8s-cli's upgrade check queries the registry and prints a stack trace without it.
    expect(written.scripts.synth).toBe('cdk8s synth --no-check-upgrade');
  });

  test('refuses a directory that is not empty, in one line, with exit 2, and writes nothing', async () => {
    fs.writeFileSync(path.join(work, 'notes.txt'), 'mine');
    const run = await calvin(['init'], { cwd: work });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'error: . is not empty (1 entry); name a new or empty directory, or pass --force to write into it\n']);
    expect(filesUnder(work)).toEqual(['notes.txt']);
  });

  test('--force writes into a directory that is not empty, replacing same-named files and keeping the others', async () => {
    fs.writeFileSync(path.join(work, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(work, 'main.ts'), 'old');
    const run = await calvin(['init', work, '--force'], { cwd: os.tmpdir() });
    expect(run.code).toBe(0);
    expect(filesUnder(work)).toEqual([...SCAFFOLD, 'notes.txt'].sort());
    expect(fs.readFileSync(path.join(work, 'notes.txt'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(work, 'main.ts'), 'utf8')).toContain('buildPlatform(app');
  });

  test('refuses a path that is a file', async () => {
    fs.writeFileSync(path.join(work, 'platform'), '');
    const run = await calvin(['init', 'platform'], { cwd: work });
    expect([run.code, run.stderr]).toEqual([2, 'error: platform is a file; name a directory (new or empty)\n']);
  });

  test('an empty existing directory is fine', async () => {
    const run = await calvin(['init'], { cwd: work });
    expect(run.code).toBe(0);
    expect(filesUnder(work)).toEqual(SCAFFOLD);
  });
});

describe('projectName: the directory name as a DNS-1123 label (npm name, Pulumi project, trigger workspace)', () => {
  test.each([
    ['/x/acme', 'acme'],
    ['/x/Acme Platform', 'acme-platform'],
    ['/x/__team.apps__', 'team-apps'],
    ['/x/' + 'a'.repeat(70), 'a'.repeat(63)],
    ['/x/-', 'my-platform'],
    ['/x/ÄÖ', 'my-platform'],
  ])('%s → %s', (dir, name) => {
    expect(projectName(dir)).toBe(name);
  });
});
