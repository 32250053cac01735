const { compilerOptions } = require('./tsconfig.json');

/** tsconfig's `paths` (the package names the CLI imports the library by), as jest mappings. */
const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths)
  .map(([name, [target]]) => [`^${name.replace(/[/.]/g, '\\$&')}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]));

/**
 * ESM-only packages the CLI loads (the Kubernetes client and its OIDC and encoding dependencies):
 * Node requires them natively, jest's module loader does not, so swc compiles them to CommonJS.
 */
const ESM_PACKAGES = ['@kubernetes/client-node', 'openid-client', 'oauth4webapi', 'jose', 'rfc4648', 'jsonpath-plus'];
const ESM_PATTERN = `/node_modules/(${ESM_PACKAGES.join('|')})/`;

/** @type {import('jest').Config} */
module.exports = {
  moduleNameMapper,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // swc strips types only (2–4x faster than ts-jest); `npm test` runs `tsc --noEmit` first.
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    [`${ESM_PATTERN}.+\\.m?js$`]: ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
  // The generated imports are plain CommonJS; transforming 1.6 MB of JS each run buys nothing.
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`, '<rootDir>/imports/'],
  testTimeout: 60000,
  // One test file at a time still (2 cores: jest's default single worker), but in a worker process that
  // is replaced once it holds more than this after a file: run in band, the one process grew past
  // 10 GB over the suite's 120+ files and was killed on a 24 GB machine.
  workerIdleMemoryLimit: '1.5GB',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
