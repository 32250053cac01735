import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The bare package names a published folder's TypeScript imports (node: built-ins and relative paths aside). */
function importedPackages(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(ROOT, folder), { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(ROOT, folder, file), 'utf8');
    // The compiler's own scan: static imports, re-exports and require() calls, not strings that look like them.
    // `import type` is erased from the JavaScript: it loads nothing at run time.
    const typeOnly = new Set(Array.from(text.matchAll(/^import type [^;]*? from '([^']+)';/gm), ([, spec]) => spec));
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (spec.startsWith('.') || spec.startsWith('node:') || typeOnly.has(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!found.has(name)) found.set(name, `${folder}/${file}`);
    }
  }
  return found;
}

// What the published package's code loads must install with it (a dependency) or be one the user
// adds (a peer): a devDependency alone works in this repo and fails in a customer's.
test.each(['constructs', 'contracts', 'pulumi'])('every package %s/ imports is a dependency or a peer dependency of calvin-runtime', (folder) => {
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const missing = [...importedPackages(folder)].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (imported by ${file})`);
  expect(missing).toEqual([]);
});
