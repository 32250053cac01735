import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A construct error in the app `calvin synth` runs is shown as its problem lines, nothing else: no
 * stack through validation.js and tsx's internals, no `problems` array repeating the message. The
 * app runs with a preloaded handler (NODE_OPTIONS --require) that prints a CalvinValidationError's
 * lines, leaves a marker, and exits 1 (as an uncaught error does); anything else it prints with its
 * stack, as Node would. `--verbose` or CALVIN_DEBUG runs the app without it.
 */
const HOOK = `'use strict';
// Installed by calvin (cli/app-problems.ts): a CalvinValidationError is shown as its problem lines.
const CDK8S_VALIDATION = 'Validation failed with the following errors:';
process.on('uncaughtException', (error) => {
  if (error && error.name === 'CalvinValidationError' && Array.isArray(error.problems)) {
    process.stderr.write(error.problems.join('\\n') + '\\n');
    try { require('node:fs').writeFileSync(process.env.CALVIN_PROBLEMS_MARKER, ''); } catch { /* shown anyway */ }
  } else if (error && typeof error.message === 'string' && error.message.startsWith(CDK8S_VALIDATION)) {
    // cdk8s' own report of node.addValidation problems (checks that wait for synth: a worker image, the
    // catalog, certificates, a tenant's capacity): one "  [path] problem" line each. The path is
    // dropped where the problem already starts with it.
    const lines = error.message.slice(CDK8S_VALIDATION.length).split('\\n').map((line) => line.trim()).filter(Boolean)
      .map((line) => { const m = /^\\[([^\\]]*)\\] ([\\s\\S]*)$/.exec(line); return m && m[2].startsWith(m[1]) ? m[2] : line; });
    process.stderr.write(lines.join('\\n') + '\\n');
    try { require('node:fs').writeFileSync(process.env.CALVIN_PROBLEMS_MARKER, ''); } catch { /* shown anyway */ }
  } else {
    process.stderr.write(String((error && error.stack) || error) + '\\n');
  }
  process.exit(1);
});
`;

export interface ProblemCapture {
  /** What the app's environment gets added. */
  readonly env: Readonly<Record<string, string>>;
  /** Whether the app stopped on a CalvinValidationError whose lines it printed. */
  shown(): boolean;
  dispose(): void;
}

/** The handler for one run of the app; undefined with `--verbose` or CALVIN_DEBUG (the app's own output, stack included). */
export function captureProblems(env: NodeJS.ProcessEnv, verbose: boolean): ProblemCapture | undefined {
  if (verbose || (env.CALVIN_DEBUG ?? '') !== '') return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calvin-app-'));
  const hook = path.join(dir, 'problems-hook.cjs');
  const marker = path.join(dir, 'problems-shown');
  fs.writeFileSync(hook, HOOK);
  return {
    env: { NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(hook)}`.trim(), CALVIN_PROBLEMS_MARKER: marker },
    shown: () => fs.existsSync(marker),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
