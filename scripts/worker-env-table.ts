/**
 * docs/worker.md's worker environment table, generated from the contract's spec (contracts/worker-env.ts)
 * between the `worker-env` marker comments. `npm run generate` rewrites it; a test fails when the
 * docs/worker.md's table is not what this writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORKER_ENV_NAMES, workerEnvVar, WorkerEnvVar } from '../contracts/worker-env';

export const START_MARKER = '<!-- worker-env:start (generated from contracts/worker-env.ts by npm run generate) -->';
export const END_MARKER = '<!-- worker-env:end -->';
const README = path.resolve(__dirname, '..', 'docs', 'worker.md');

function code(value: string): string {
  return value === '' ? '(empty)' : `\`${value}\``;
}

function defaultCell(spec: WorkerEnvVar): string {
  if (spec.default !== undefined) return code(spec.default);
  return spec.required ? 'required' : spec.unsetMeans ?? 'none';
}

function sourceCell(spec: WorkerEnvVar): string {
  const prop = spec.prop === undefined ? '' : /^\(|`/.test(spec.prop) ? spec.prop : code(spec.prop);
  if (spec.podField) return `the pod name (\`${spec.podField}\`)`;
  if (spec.secret) return `Secret ${code(spec.secret.secret)} key ${code(spec.secret.key)} (${prop})`;
  if (prop) return spec.platformDefault ? `${prop}, default ${code(spec.platformDefault)}` : prop;
  return 'not set';
}

/** The table, one row per variable of the spec, in its order. */
export function workerEnvTable(): string {
  const rows = WORKER_ENV_NAMES.map((name) => {
    const spec = workerEnvVar(name);
    return `| \`${name}\` | ${defaultCell(spec)} | ${sourceCell(spec)} | ${spec.description} |`;
  });
  return ['| variable | default | the Deployment sets it from | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the table. */
export function withWorkerEnvTable(readme: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`docs/worker.md has no ${START_MARKER} … ${END_MARKER} section`);
  return `${readme.slice(0, start + START_MARKER.length)}\n${workerEnvTable()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  fs.writeFileSync(README, withWorkerEnvTable(fs.readFileSync(README, 'utf8')));
  console.log('wrote the worker env table in docs/worker.md');
}
