// Part of `npm run build`, after tsc:
// - the generated imports are already compiled (.js + .d.ts: the construct classes, gvk.js, and the
//   schema validators in validators/, which ManifestValidator loads at run time), and the schemas
//   are data, so all are copied beside lib/constructs;
// - so are the contracts' generated validators (contracts/generated, ajv standalone code);
// - the bins are made executable, so a linked checkout (`npm link`) runs them as npm would after
//   an install.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const from = path.join(root, 'imports');
const to = path.join(root, 'lib', 'imports');
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.ts') || src.endsWith('.d.ts') });
console.log(`copied ${path.relative(root, from)} -> ${path.relative(root, to)}`);

const generatedFrom = path.join(root, 'contracts', 'generated');
const generatedTo = path.join(root, 'lib', 'contracts', 'generated');
fs.rmSync(generatedTo, { recursive: true, force: true });
fs.cpSync(generatedFrom, generatedTo, { recursive: true });
console.log(`copied ${path.relative(root, generatedFrom)} -> ${path.relative(root, generatedTo)}`);

// The CLI package's bin, and the worker's entry (the image runs it with node, but a shebang'd file
// should run as it says).
// The worker image builds the library and the worker only (build:lib), so the CLI may be absent.
const cli = path.join(root, 'cli');
const bins = [...Object.values(require(path.join(cli, 'package.json')).bin).map((file) => path.join(cli, file)), path.join(root, 'lib', 'worker', 'main.js')];
for (const file of bins.filter((f) => fs.existsSync(f))) fs.chmodSync(file, 0o755);

// The built CLI imports the library by its package name, as it does in a customer's repo. Here the
// library is this folder, which npm does not link into node_modules (it is the root, not a
// workspace), so the build links it: `npx calvin` and `node cli/lib/main.js` then work in the repo.
const self = path.join(root, 'node_modules', 'calvin-runtime');
if (!fs.existsSync(self)) {
  fs.symlinkSync('..', self, 'dir');
  console.log('linked node_modules/calvin-runtime -> .');
}
