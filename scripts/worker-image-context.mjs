#!/usr/bin/env node
// Part of `npm run build`, after `npm run bundle:worker`: writes lib/worker-image/, the worker image's
// build context that the package ships (package.json `files`) for CalvinPlatform to build in a
// customer's repo. It holds the image's Dockerfile (worker/image/context.Dockerfile, written there as Dockerfile; named so that nothing reads it as a
// Dockerfile whose context is its own folder: the files it copies exist only in lib/worker-image/) and the bundle, and
// nothing else: the build's context hash then changes only when the image would.
// Usage: node scripts/worker-image-context.mjs [<bundle dir, default dist-worker> <out dir, default lib/worker-image>]
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = resolve(process.argv[2] ?? join(root, 'dist-worker'));
const out = resolve(process.argv[3] ?? join(root, 'lib', 'worker-image'));

/** What the image's Dockerfile copies from the context; the native module is installed in the image. */
export const CONTEXT_FILES = ['main.js', 'main.js.LEGAL.txt', 'node_modules/@aws-sdk/client-s3/index.js', 'node_modules/@aws-sdk/client-s3/index.js.LEGAL.txt'];

for (const file of CONTEXT_FILES) {
  if (!existsSync(join(bundle, file))) throw new Error(`scripts/worker-image-context.mjs: ${join(bundle, file)} is missing; run npm run bundle:worker first`);
}
rmSync(out, { recursive: true, force: true });
for (const file of CONTEXT_FILES) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  cpSync(join(bundle, file), join(out, file));
}
cpSync(join(root, 'worker', 'image', 'context.Dockerfile'), join(out, 'Dockerfile'));
console.log(`${out}: Dockerfile, ${CONTEXT_FILES.join(', ')}`);
