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

// Whitespace and syntax minified, names kept (stack traces in the logs stay readable); ASCII only and
// no comments: V8 keeps a script's source in memory, and one non-ASCII character in a comment makes
// the whole 5 MB source a two-byte string (10 MB of heap, idle). Licenses go to main.js.LEGAL.txt.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  // The image's Node (node:24-bookworm-slim), the same LTS as CI.
  target: 'node24',
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  legalComments: 'external',
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
};

// The AWS SDK is required at the first metrics write (worker/s3-store.ts); in a file of its own,
// found by Node's usual lookup from main.js, an idle worker never reads or compiles it.
const sdkDir = join(outDir, 'node_modules', '@aws-sdk', 'client-s3');
await build({ ...common, entryPoints: ['@aws-sdk/client-s3'], outfile: join(sdkDir, 'index.js'), metafile: false });

/**
 * Leaves out of the bundle what the worker never runs, so that an idle replica neither compiles nor
 * keeps it (every module's source stays in memory, and its top level runs at start):
 * - `bullmq` is its package entry point, which also loads the PostgreSQL backend (260 KB of SQL
 *   strings), the node-redis, Bun and Valkey GLIDE clients, the relay, flows and queue events. The
 *   worker uses four classes; they are taken from their own modules. The entry below is ESM, so a
 *   name the worker imports that it does not export fails the build instead of being undefined.
 * - undici's HTTP/2 client (`client-h2.js`): it loads `node:http2`, and with it `tls` and the
 *   OpenSSL contexts, at start. The dispatcher's Agent does not set `allowH2` (worker/dispatcher.ts),
 *   so undici never offers h2 in ALPN and never calls it; the stub throws if that ever changes.
 */
const BULLMQ_CLASSES = { Job: 'job', Queue: 'queue', Worker: 'worker', UnrecoverableError: 'errors/unrecoverable-error' };
const leanDependencies = {
  name: 'lean-dependencies',
  setup(build) {
    build.onResolve({ filter: /^bullmq$/ }, () => ({ path: 'bullmq', namespace: 'lean-bullmq' }));
    build.onLoad({ filter: /.*/, namespace: 'lean-bullmq' }, () => ({
      resolveDir: join(root, 'worker'),
      contents: Object.entries(BULLMQ_CLASSES)
        .map(([name, file]) => `import { ${name} as _${name} } from 'bullmq/dist/cjs/classes/${file}';\nexport const ${name} = _${name};`).join('\n'),
    }));
    build.onResolve({ filter: /^\.\/client-h2\.js$/ }, (args) => (
      /[\\/]undici[\\/]lib[\\/]dispatcher$/.test(args.resolveDir) ? { path: 'client-h2', namespace: 'no-h2' } : undefined
    ));
    build.onLoad({ filter: /.*/, namespace: 'no-h2' }, () => ({
      contents: "module.exports = function connectH2() { throw new Error('undici HTTP/2 is not in the worker bundle (scripts/bundle-worker.mjs); the dispatcher does not set allowH2'); };",
    }));
  },
};

const result = await build({
  ...common,
  entryPoints: ['worker/main.ts'],
  outfile,
  external: ['msgpackr-extract', '@aws-sdk/client-s3'],
  plugins: [leanDependencies],
});
for (const [name, file] of Object.entries(BULLMQ_CLASSES)) {
  if (!Object.keys(result.metafile.inputs).some((input) => input.endsWith(`bullmq/dist/cjs/classes/${file}.js`))) throw new Error(`scripts/bundle-worker.mjs: bullmq's ${name} is not in classes/${file}.js any more`);
}
if (!Object.keys(result.metafile.inputs).some((input) => input === 'no-h2:client-h2')) throw new Error('scripts/bundle-worker.mjs: undici/lib/dispatcher/client.js no longer requires ./client-h2.js; update the no-h2 stub');

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

console.log(`dist-worker/node_modules/@aws-sdk/client-s3/index.js: ${(statSync(join(sdkDir, 'index.js')).size / 1024 / 1024).toFixed(2)} MB (loaded at the first metrics write)`);
const bytes = statSync(outfile).size;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`dist-worker/main.js: ${(bytes / 1024 / 1024).toFixed(2)} MB from ${inputs} modules`);
