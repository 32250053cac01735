import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { schemaProblems } from '../helpers';
import { DOCS_SETUPS } from './setups';

/**
 * Every ```ts block of the README and docs/*.md, compiled with tsc against the built package as a
 * customer repo has it (node_modules/calvin-runtime holding package.json and lib/, resolved through
 * its `exports`), and every block that calls `.synth()` run: it must write manifests the bundled
 * schemas accept. A block is a complete file, or marked ```ts fragment=<setup> and completed by a
 * setup of test/docs/setups.ts.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const PAGES = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Block {
  readonly name: string;
  readonly code: string;
  readonly setup?: string;
  readonly marker: string;
}

function blocksOf(page: string): Block[] {
  const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
  const blocks: Block[] = [];
  for (const match of text.matchAll(/^```(?:ts|typescript)\b([^\n]*)\n([\s\S]*?)^```\s*$/gm)) {
    const line = text.slice(0, match.index).split('\n').length;
    const marker = match[1].trim();
    const setup = /^fragment=(\S+)$/.exec(marker)?.[1];
    blocks.push({ name: `${page}:${line}`, code: match[2], setup, marker });
  }
  return blocks;
}

const BLOCKS = PAGES.flatMap(blocksOf);
const fileOf = (block: Block): string => `${block.name.replace(/[^A-Za-z0-9]+/g, '_')}.ts`;

/** The block as a file: a fragment between its setup's code, its own imports first. */
function source(block: Block): string {
  if (block.setup === undefined) return block.code;
  const setup = DOCS_SETUPS[block.setup];
  const lines = block.code.split('\n');
  const imports = lines.filter((l) => /^import\s/.test(l));
  const body = lines.filter((l) => !/^import\s/.test(l));
  return [...imports, setup.before, ...body, setup.after, ''].join('\n');
}

let work: string;
let diagnostics: string;

/** The library built into a customer's node_modules, and every other dependency linked beside it. */
function customerRepo(): string {
  const customer = path.join(work, 'customer');
  const modules = path.join(customer, 'node_modules');
  const pkg = path.join(modules, 'calvin-runtime');
  fs.mkdirSync(pkg, { recursive: true });
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === 'calvin-runtime' || entry === '@calvin-runtime' || entry.startsWith('.')) continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  // As `npm run build` does (tsc, then scripts/finish-build.js's copies), into the package's own lib/.
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(pkg, 'lib')], { cwd: ROOT, stdio: 'pipe' });
  fs.cpSync(path.join(ROOT, 'imports'), path.join(pkg, 'lib', 'imports'), { recursive: true, filter: (src) => !src.endsWith('.ts') || src.endsWith('.d.ts') });
  fs.cpSync(path.join(ROOT, 'contracts', 'generated'), path.join(pkg, 'lib', 'contracts', 'generated'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  fs.writeFileSync(path.join(customer, 'package.json'), JSON.stringify({ name: 'docs-examples', private: true }));
  fs.writeFileSync(path.join(customer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'node16', moduleResolution: 'node16', strict: true, skipLibCheck: true,
      types: ['node'], rootDir: 'src', outDir: 'out',
    },
    include: ['src'],
  }));
  fs.mkdirSync(path.join(customer, 'src'));
  for (const block of BLOCKS) fs.writeFileSync(path.join(customer, 'src', fileOf(block)), source(block));
  return customer;
}

// Two tsc runs (the library, then the blocks): minutes on a loaded machine, so a generous bound.
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-docs-'));
  const customer = customerRepo();
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', customer, '--pretty', 'false'], { cwd: customer, encoding: 'utf8' });
  diagnostics = tsc.stdout + tsc.stderr;
}, 900_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('documentation code blocks', () => {
  test('there are blocks to check, and every one is complete or a fragment of a known setup', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(3);
    expect(BLOCKS.filter((b) => b.marker !== '' && (b.setup === undefined || !(b.setup in DOCS_SETUPS))).map((b) => `${b.name}: ${b.marker}`)).toEqual([]);
  });

  test.each(BLOCKS.map((b) => [b.name, b] as const))('%s compiles against the built package', (_name, block) => {
    expect(diagnostics.split('\n').filter((line) => line.startsWith(`src/${fileOf(block)}`))).toEqual([]);
  });

  test.each(BLOCKS.filter((b) => /\.synth\(\)/.test(source(b))).map((b) => [b.name, b] as const))('%s synthesizes valid manifests', (_name, block) => {
    const out = path.join(work, 'dist', fileOf(block));
    const compiled = path.join(work, 'customer', 'out', fileOf(block).replace(/\.ts$/, '.js'));
    const run = spawnSync(process.execPath, [compiled], { cwd: path.join(work, 'customer'), encoding: 'utf8', env: { ...process.env, CDK8S_OUTDIR: out } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const objects = fs.readdirSync(out).flatMap((file) => parseAllDocuments(fs.readFileSync(path.join(out, file), 'utf8')).map((d) => d.toJS()));
    expect(objects.length).toBeGreaterThan(0);
    expect(schemaProblems(objects)).toEqual([]);
  });
});
