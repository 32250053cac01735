// Part of `npm run build`, after tsc:
// - the generated imports are already compiled (.js + .d.ts: the construct classes, gvk.js, and the
//   schema validators in validators/, which ManifestValidator loads at run time), and the schemas
//   are data, so all are copied beside lib/constructs;
// - the bins are made executable, so a linked checkout (`npm link`, the customer-repo test) runs
//   them as npm would after an install.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const from = path.join(root, 'imports');
const to = path.join(root, 'lib', 'imports');
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.ts') || src.endsWith('.d.ts') });
console.log(`copied ${path.relative(root, from)} -> ${path.relative(root, to)}`);

const { bin } = require(path.join(root, 'package.json'));
for (const file of Object.values(bin)) fs.chmodSync(path.join(root, file), 0o755);
