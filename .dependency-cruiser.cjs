/**
 * Dependency direction: contracts ← constructs ← pulumi ← stacks; contracts ← worker, cli. `npm run depcheck` (part of
 * `npm test`) fails on any of these.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      comment: 'contracts/ is the shared vocabulary: it imports no other part of the repo.',
      from: { path: '^contracts/' },
      to: { path: '^(constructs|worker|cli|pulumi|stacks|imports|examples|scripts)/' },
    },
    {
      name: 'contracts-light',
      severity: 'error',
      comment: 'contracts/ loads in a customer app and in the worker: no cdk8s, constructs, AWS SDK, BullMQ or ioredis, and of ajv only its runtime helpers.',
      from: { path: '^contracts/' },
      to: { path: '(^|/)node_modules/(cdk8s|cdk8s-plus-[0-9]+|constructs|@aws-sdk/[^/]+|bullmq|ioredis|@pulumi/[^/]+)/' },
    },
    {
      name: 'contracts-ajv-runtime-only',
      severity: 'error',
      comment: 'The catalog validator is compiled at build time; at run time only ajv/dist/runtime/* is allowed.',
      from: { path: '^contracts/' },
      to: { path: '(^|/)node_modules/ajv/', pathNot: '(^|/)node_modules/ajv/dist/runtime/' },
    },
    {
      name: 'worker-independent',
      severity: 'error',
      comment: 'The worker image needs neither the constructs (cdk8s) nor the CLI.',
      from: { path: '^worker/' },
      to: { path: '^(constructs|cli|pulumi|stacks)/' },
    },
    {
      name: 'cli-through-the-package',
      severity: 'error',
      comment: 'The CLI ships as its own package (@calvin-runtime/cli): it reaches the library by name (calvin-runtime, calvin-runtime/contracts, …), never by a path into this repo, and not at all into the worker.',
      from: { path: '^cli/' },
      to: { path: '^(constructs|contracts|worker|pulumi|stacks|imports)/' },
    },
    {
      name: 'library-without-runtime-deps',
      severity: 'error',
      comment: 'The library and its contracts install lean in a customer repo: none of the worker\'s or the CLI\'s dependencies.',
      from: { path: '^(constructs|contracts)/' },
      to: { path: '(^|/)node_modules/(@aws-sdk/[^/]+|bullmq|ioredis|pino|prom-client|undici|express|@bull-board/[^/]+|commander|picocolors|cronstrue)/' },
    },
    {
      name: 'constructs-not-runtime',
      severity: 'error',
      comment: 'The constructs (a published library) do not depend on the worker, the CLI, the Pulumi component or the stack.',
      from: { path: '^constructs/' },
      to: { path: '^(worker|cli|pulumi|stacks)/' },
    },
    {
      name: 'constructs-without-pulumi',
      severity: 'error',
      comment: 'The @pulumi/* packages are optional peer dependencies: only calvin-runtime/pulumi (pulumi/) and the stack load them.',
      from: { path: '^(constructs|contracts)/' },
      to: { path: '(^|/)node_modules/@pulumi/' },
    },
    {
      name: 'pulumi-component-published',
      severity: 'error',
      comment: 'pulumi/ ships as calvin-runtime/pulumi: it reaches the constructs, contracts and imports, never the stack, the examples, the worker source or the CLI.',
      from: { path: '^pulumi/' },
      to: { path: '^(stacks|examples|worker|cli|scripts|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(lib|dist|imports|cli/lib)/' },
    tsPreCompilationDeps: true,
    // The build links node_modules/calvin-runtime to this folder (so the built CLI runs here): keep
    // that path as it is, so a CLI import by package name stays a package import, not a path
    // into constructs/ or contracts/.
    preserveSymlinks: true,

  },
};
