const { compilerOptions } = require('./tsconfig.json');

/** tsconfig's `paths` (the package names the CLI imports the library by), as jest mappings. */
const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths)
  .map(([name, [target]]) => [`^${name.replace(/[/.]/g, '\\$&')}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]));

/** @type {import('jest').Config} */
module.exports = {
  moduleNameMapper,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // swc strips types only (2–4x faster than ts-jest); `npm test` runs `tsc --noEmit` first.
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // The generated imports are plain CommonJS; transforming 1.6 MB of JS each run buys nothing.
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/imports/'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
