import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** One Node line for CI and the worker image, and an `engines` floor the types do not exceed. */
describe('the Node versions the project names agree', () => {
  const pinned = read('.node-version').trim();
  const pkg = JSON.parse(read('package.json'));
  const oldestMajor = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1]);

  test('.node-version is an exact release at or above the engines floor', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(oldestMajor).toBeGreaterThanOrEqual(22);
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(oldestMajor);
  });

  test('every stage of the worker image runs the pinned major', () => {
    const bases = Array.from(read('worker/Dockerfile').matchAll(/^FROM\s+node:(\d+)-/gm), (m) => m[1]);
    expect(bases.length).toBeGreaterThan(0);
    expect(new Set(bases)).toEqual(new Set([pinned.split('.')[0]]));
  });

  test('@types/node follows the oldest supported line, so the library uses no newer API', () => {
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${oldestMajor}\\.`));
  });

  test('these tests run on the pinned major (what .ci/run installs)', () => {
    expect(process.versions.node.split('.')[0]).toBe(pinned.split('.')[0]);
  });
});
