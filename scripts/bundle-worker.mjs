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
import { createRequire } from 'node:module';
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
 * Leaves out of the bundle what the worker never runs, so that a replica neither compiles nor keeps
 * it (a bundled module's source stays in memory, and its top level runs at start):
 * - The package entry points of bullmq and prom-client load everything they export: bullmq's
 *   PostgreSQL backend (260 KB of SQL strings), its node-redis, Bun and Valkey GLIDE clients, relay,
 *   flows and queue events; prom-client's Pushgateway (https, zlib) and cluster aggregator. The
 *   worker's imports of them resolve to a module exporting just the classes it uses, each taken from
 *   its own file. That module is ESM: a name the worker imports that it does not list fails the build
 *   instead of being undefined at run time.
 * - undici's HTTP/2 client (`client-h2.js`), which loads `node:http2` at start. The dispatcher's Agent
 *   does not set `allowH2` (worker/dispatcher.ts), so undici never offers h2 in ALPN and never calls
 *   it; the stub throws if that ever changes.
 */
const LEAN_ENTRIES = {
  // name: [module, its export holding it (undefined: module.exports itself)]
  bullmq: {
    Job: ['bullmq/dist/cjs/classes/job', 'Job'],
    Queue: ['bullmq/dist/cjs/classes/queue', 'Queue'],
    Worker: ['bullmq/dist/cjs/classes/worker', 'Worker'],
    UnrecoverableError: ['bullmq/dist/cjs/classes/errors/unrecoverable-error', 'UnrecoverableError'],
  },
  'prom-client': {
    Counter: ['prom-client/lib/counter'],
    Gauge: ['prom-client/lib/gauge'],
    Histogram: ['prom-client/lib/histogram'],
    Registry: ['prom-client/lib/registry'],
    collectDefaultMetrics: ['prom-client/lib/defaultMetrics'],
  },
};
const leanDependencies = {
  name: 'lean-dependencies',
  setup(build) {
    const entries = new RegExp(`^(${Object.keys(LEAN_ENTRIES).join('|')})$`);
    build.onResolve({ filter: entries }, (args) => ({ path: args.path, namespace: 'lean-entry' }));
    build.onLoad({ filter: /.*/, namespace: 'lean-entry' }, (args) => ({
      resolveDir: join(root, 'worker'),
      contents: Object.entries(LEAN_ENTRIES[args.path]).map(([name, [file, key]], i) => (key
        ? `import * as m${i} from '${file}';\nexport const ${name} = m${i}.${key};`
        : `import m${i} from '${file}';\nexport const ${name} = m${i};`)).join('\n'),
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
// A dependency update that moves a class or drops client-h2.js fails here, not in the image.
const requireFromWorker = createRequire(join(root, 'worker', 'main.ts'));
for (const [pkg, names] of Object.entries(LEAN_ENTRIES)) {
  for (const [name, [file, key]] of Object.entries(names)) {
    const exported = key ? requireFromWorker(file)[key] : requireFromWorker(file);
    if (typeof exported !== 'function') throw new Error(`scripts/bundle-worker.mjs: ${pkg}'s ${name} is no longer ${file}${key ? `'s ${key}` : ''} (LEAN_ENTRIES)`);
  }
}
if (!Object.keys(result.metafile.inputs).includes('no-h2:client-h2')) throw new Error('scripts/bundle-worker.mjs: undici/lib/dispatcher/client.js no longer requires ./client-h2.js; update the no-h2 stub');

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
