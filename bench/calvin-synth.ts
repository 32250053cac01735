/**
 * `npm run bench:synth-cli` (builds first): whole-process wall time and peak RSS of `calvin synth`
 * on the example platform against the floor measured in the same run, the cdk8s app alone as
 * cdk8s.yaml runs it (`node --import tsx main.ts`, CDK8S_OUTDIR set). `calvin synth` runs through
 * `tsx cli/main.ts`, through `node --import tsx cli/main.ts` (`npm run calvin`, no tsx launcher
 * process) and through the built `node cli/lib/main.js`. Rounds interleave the variants,
 * so that a change in the machine's load hits all of them; medians of RUNS after a warm-up.
 *
 * Peak RSS: every Node process of a run loads a `--require` hook (NODE_OPTIONS, so the app that
 * calvin spawns has it too) that records `process.resourceUsage().maxRSS` when it exits. "calvin"
 * is the process running cli/main; "tree" the largest of all (tsx's launcher, calvin, the app).
 * Targets: calvin synth ≤ 1.5× the app alone, and calvin's own peak RSS ≤ 250 MB.
 * BENCH_RUNS changes the number of rounds.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './stats';

/** BENCH_ROOT: another built checkout of this repo, e.g. an older commit, for a before/after. */
const ROOT = path.resolve(process.env.BENCH_ROOT ?? path.join(__dirname, '..'));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 250;

interface Variant {
  readonly name: string;
  /** argv; `{out}` is replaced by a fresh output directory. */
  readonly command: readonly string[];
  readonly env?: Record<string, string>;
  /** The variant the targets judge (the published bin). */
  readonly judged?: boolean;
}

interface Sample {
  readonly wallMs: number;
  /** Peak RSS of the process running cli/main (undefined for the app alone). */
  readonly calvinMb?: number;
  readonly treeMb: number;
}

const HOOK = `const fs = require('node:fs');
process.on('exit', () => {
  const line = JSON.stringify({ pid: process.pid, script: process.argv[1] ?? '', maxRssKb: process.resourceUsage().maxRSS });
  fs.appendFileSync(process.env.CALVIN_BENCH_RSS_FILE, line + '\\n');
});
`;

const VARIANTS: readonly Variant[] = [
  { name: 'app alone (node --import tsx main.ts)', command: ['node', '--import', 'tsx', 'main.ts'], env: { CDK8S_OUTDIR: '{out}' } },
  { name: 'calvin synth (tsx cli/main.ts)', command: [path.join(ROOT, 'node_modules', '.bin', 'tsx'), 'cli/main.ts', 'synth', '--out', '{out}'] },
  // What `npm run calvin` runs: no tsx launcher process in front.
  { name: 'calvin synth (node --import tsx cli/…)', command: ['node', '--import', 'tsx', 'cli/main.ts', 'synth', '--out', '{out}'] },
  // What `npx calvin` runs in a customer's repo (the published bin): the one the targets judge.
  { name: 'calvin synth (node cli/lib/main.js)', command: ['node', 'cli/lib/main.js', 'synth', '--out', '{out}'], judged: true },
];

async function runOnce(variant: Variant, work: string, hook: string): Promise<Sample> {
  const dir = fs.mkdtempSync(path.join(work, 'run-'));
  const out = path.join(dir, 'out');
  const rssFile = path.join(dir, 'rss.jsonl');
  const fill = (text: string): string => text.replace('{out}', out);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(Object.entries(variant.env ?? {}).map(([k, v]) => [k, fill(v)])),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim(),
    CALVIN_BENCH_RSS_FILE: rssFile,
    NO_COLOR: '1',
  };
  const [file, ...args] = variant.command.map(fill);
  const started = process.hrtime.bigint();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(file, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.once('error', reject);
    child.once('close', (exit) => {
      if (exit !== 0) process.stderr.write(stderr);
      resolve(exit);
    });
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`${variant.name}: exited with ${code}`);
  if (!fs.existsSync(out) || fs.readdirSync(out).length === 0) throw new Error(`${variant.name}: wrote nothing to ${out}`);
  const processes = fs.readFileSync(rssFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { script: string; maxRssKb: number });
  const calvin = processes.find((p) => /cli[\\/](lib[\\/])?main\.[jt]s$/.test(p.script));
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    wallMs,
    calvinMb: calvin ? calvin.maxRssKb / 1024 : undefined,
    treeMb: Math.max(...processes.map((p) => p.maxRssKb)) / 1024,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'cli', 'lib', 'main.js'))) throw new Error('cli/lib/main.js is missing: run "npm run build" first');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-bench-synth-'));
  const hook = path.join(work, 'rss-hook.js');
  fs.writeFileSync(hook, HOOK);
  try {
    for (const variant of VARIANTS) await runOnce(variant, work, hook); // warm-up: tsx's cache, the disk cache
    const samples = new Map<Variant, Sample[]>(VARIANTS.map((variant) => [variant, []]));
    for (let round = 0; round < RUNS; round++) {
      for (const variant of VARIANTS) samples.get(variant)!.push(await runOnce(variant, work, hook));
    }
    report(samples);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function report(samples: Map<Variant, Sample[]>): void {
  const [floor] = VARIANTS;
  const floorMs = median(samples.get(floor)!.map((s) => s.wallMs));
  console.log(`calvin synth of the example platform, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, median of ${RUNS}`);
  console.log(`${'variant'.padEnd(40)} ${'wall'.padStart(8)} ${'min'.padStart(8)} ${'ratio'.padStart(6)} ${'calvin RSS'.padStart(11)} ${'tree RSS'.padStart(9)}`);
  let ok = true;
  for (const variant of VARIANTS) {
    const list = samples.get(variant)!;
    const wall = median(list.map((s) => s.wallMs));
    const calvinRss = list.every((s) => s.calvinMb !== undefined) ? median(list.map((s) => s.calvinMb!)) : undefined;
    const ratio = wall / floorMs;
    console.log(`${variant.name.padEnd(40)} ${`${wall.toFixed(0)} ms`.padStart(8)} ${`${Math.min(...list.map((s) => s.wallMs)).toFixed(0)} ms`.padStart(8)} `
      + `${`${ratio.toFixed(2)}×`.padStart(6)} ${(calvinRss === undefined ? '-' : `${calvinRss.toFixed(0)} MB`).padStart(11)} `
      + `${`${median(list.map((s) => s.treeMb)).toFixed(0)} MB`.padStart(9)}`);
    if (variant.judged) ok = ok && ratio <= TARGET_RATIO && calvinRss !== undefined && calvinRss <= TARGET_RSS_MB;
  }
  console.log(`targets for the published bin: calvin synth ≤ ${TARGET_RATIO}× the app alone, calvin's peak RSS ≤ ${TARGET_RSS_MB} MB: ${ok ? 'met' : 'NOT met'}`
    + ' (the tsx rows run calvin from its TypeScript sources, as in this repo, and are reported only)');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
