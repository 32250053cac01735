// What the worker image runs, for the benchmarks: the esbuild bundle (`npm run bundle:worker`) with
// the Node flags of worker/Dockerfile's CMD, so a benchmark measures the image's process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const WORKER_BUNDLE = join(ROOT, 'dist-worker', 'main.js');

/** The Node flags of `<root>/worker/Dockerfile`'s CMD (`["node", ...flags, "lib/worker/main.js"]`). */
export function imageNodeFlags(root = ROOT): string[] {
  const dockerfile = readFileSync(join(root, 'worker', 'Dockerfile'), 'utf8');
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile);
  if (!cmd) throw new Error('worker/Dockerfile has no exec-form CMD');
  const args = JSON.parse(cmd[1]) as string[];
  return args.slice(1).filter((arg) => arg.startsWith('--'));
}

/**
 * WorkerProcess options that run the bundle of the checkout at `root` (this one by default) as its
 * image does, plus `extraFlags` (e.g. --cpu-prof).
 */
export function imageWorkerProcess(extraFlags: readonly string[] = [], root = ROOT): { nodeOptions: string[]; isolated: { entry: string[]; cwd: string } } {
  const bundle = join(root, 'dist-worker', 'main.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run bundle:worker there first`);
  return { nodeOptions: [...imageNodeFlags(root), ...extraFlags], isolated: { entry: [bundle], cwd: root } };
}
