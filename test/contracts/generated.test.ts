import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedValidators } from '../../scripts/generate-catalog-validator';

const ROOT = path.resolve(__dirname, '..', '..');

test('the committed validators are what the generator writes from the schema today (npm run generate)', () => {
  for (const file of generatedValidators()) {
    expect(fs.readFileSync(path.join(ROOT, file.path), 'utf8')).toBe(file.text);
  }
});

test.each([
  ['the worker\'s catalog module', 'worker/catalog-source.ts'],
  ['calvin\'s catalog reader', 'cli/inventory.ts'],
])('loading %s compiles no JSON Schema: ajv\'s compiler is never loaded', (_what, file) => {
  const script = `require(${JSON.stringify(path.join(ROOT, file))});
    const { checkTriggerCatalog } = require(${JSON.stringify(path.join(ROOT, 'contracts/catalog-check.ts'))});
    if (checkTriggerCatalog({}).problems.length === 0) throw new Error('an empty object passed');
    console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('/node_modules/ajv/')).map((f) => f.slice(f.indexOf('/node_modules/ajv/')))));`;
  const loaded = JSON.parse(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' })) as string[];
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((f) => !f.startsWith('/node_modules/ajv/dist/runtime/'))).toEqual([]);
});
