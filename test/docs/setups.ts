/**
 * What completes a documentation fragment (a ```ts block marked `fragment=<name>`): code before and
 * after it. A fragment's own `import` lines are moved above `before`; the setup imports under names
 * of its own, so a fragment still has to import what it uses, as a reader's file would.
 */
export interface DocsSetup {
  /** What the docs say the setup is, so a page can name it. */
  readonly description: string;
  readonly before: string;
  readonly after: string;
}

export const DOCS_SETUPS: Record<string, DocsSetup> = {
  platform: {
    description: 'the README\'s program without its trigger: `app`, `platform` (domain, TLS) and `myApp`',
    before: [
      "import * as setupCdk8s from 'cdk8s';",
      "import * as setupCalvin from 'calvin-runtime';",
      'const app = new setupCdk8s.App();',
      "const platform = new setupCalvin.PlatformStack(app, 'calvin', {",
      "  domain: 'calvinruntime.net', tls: { issuer: { email: 'ops@calvinruntime.net' } },",
      "  worker: { image: 'registry.digitalocean.com/my-org/scheduler-worker:0.1.0' },",
      '});',
      "const myApp = new setupCalvin.CustomerApp(platform, 'my-app', { image: 'registry.digitalocean.com/my-org/my-app:v1.0.0' });",
    ].join('\n'),
    after: 'app.synth();',
  },
};
