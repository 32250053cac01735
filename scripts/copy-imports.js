// Part of `npm run build`: tsc compiles constructs/ to lib/, but the generated imports are already
// compiled (.js + .d.ts) and the schemas are data, so both are copied beside lib/constructs.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const from = path.join(root, 'imports');
const to = path.join(root, 'lib', 'imports');
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.ts') || src.endsWith('.d.ts') });
console.log(`copied ${path.relative(root, from)} -> ${path.relative(root, to)}`);
