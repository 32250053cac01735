#!/usr/bin/env node
// Bundles the scheduler worker (worker/main.ts and the contracts it imports) into one CommonJS file,
// dist-worker/main.js, so the image's runtime stage needs no node_modules: cdk8s, the KServe import,
// the CLI's dependencies and the TypeScript toolchain never reach it.
//
// msgpackr-extract (BullMQ's optional native encoder) stays external: a .node binary cannot be
// bundled, msgpackr loads it in a try/catch and falls back to JavaScript without it, and the
// Dockerfile copies the installed package next to the bundle.
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-worker');
const outfile = join(outDir, 'main.js');
rmSync(outDir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ['worker/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  // The image's Node (node:24-bookworm-slim), the same LTS as CI.
  target: 'node24',
  format: 'cjs',
  // Readable stack traces in the worker's logs outweigh a few MB.
  minify: false,
  sourcemap: false,
  external: ['msgpackr-extract'],
  logLevel: 'warning',
  metafile: true,
});

/** Node's lookup (node_modules of `fromDir`, then of each parent), ignoring `exports` maps. */
function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies `name` (resolved from `fromDir`, wherever npm hoisted it) into dist-worker/node_modules,
 * then its dependencies and whichever optional dependencies are installed (the prebuilt binary for
 * this platform and architecture only).
 */
function copyPackage(name, fromDir, copied = new Set()) {
  if (copied.has(name)) return copied;
  const packageDir = findPackage(name, fromDir);
  if (!packageDir) return copied; // an optional dependency for another platform
  const manifestPath = join(packageDir, 'package.json');
  copied.add(name);
  cpSync(packageDir, join(outDir, 'node_modules', name), { recursive: true, dereference: true });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
    copyPackage(dependency, packageDir, copied);
  }
  return copied;
}

// msgpackr-extract is msgpackr's dependency, so it is resolved from msgpackr's directory.
const msgpackrDir = findPackage('msgpackr', join(root, 'worker'));
if (!msgpackrDir) throw new Error('scripts/bundle-worker.mjs: msgpackr (a bullmq dependency) is not installed; run npm ci first');
const externals = copyPackage('msgpackr-extract', msgpackrDir);
if (!existsSync(join(outDir, 'node_modules', 'msgpackr-extract'))) {
  throw new Error('scripts/bundle-worker.mjs: msgpackr-extract is not installed next to msgpackr; run npm ci first');
}
console.log(`dist-worker/node_modules: ${[...externals].join(', ')}`);

const bytes = statSync(outfile).size;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`dist-worker/main.js: ${(bytes / 1024 / 1024).toFixed(2)} MB from ${inputs} modules`);
