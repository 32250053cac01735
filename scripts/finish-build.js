// Part of `npm run build`, after tsc:
// - the generated imports are already compiled (.js + .d.ts) and the schemas are data, so both are
//   copied beside lib/constructs;
// - so are the contracts' generated validators (contracts/generated, ajv standalone code);
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

const generatedFrom = path.join(root, 'contracts', 'generated');
const generatedTo = path.join(root, 'lib', 'contracts', 'generated');
fs.rmSync(generatedTo, { recursive: true, force: true });
fs.cpSync(generatedFrom, generatedTo, { recursive: true });
console.log(`copied ${path.relative(root, generatedFrom)} -> ${path.relative(root, generatedTo)}`);

const { bin } = require(path.join(root, 'package.json'));
for (const file of Object.values(bin)) fs.chmodSync(path.join(root, file), 0o755);
