// What the worker image runs, for the benchmarks: the esbuild bundle (`npm run bundle:worker`) with
// the Node flags of worker/Dockerfile's CMD and the runtime stage's ENV, so a benchmark measures the
// image's process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, Env, JSONInstruction } from 'dockerfile-ast';

const ROOT = join(__dirname, '..');
export const WORKER_BUNDLE = join(ROOT, 'dist-worker', 'main.js');

/** The last stage of `<root>/worker/Dockerfile`: its CMD's Node flags and its ENV. */
export function imageRuntime(root = ROOT): { nodeFlags: string[]; env: Record<string, string> } {
  const instructions = DockerfileParser.parse(readFileSync(join(root, 'worker', 'Dockerfile'), 'utf8')).getInstructions();
  const runtime = instructions.slice(instructions.map((instruction) => instruction.getKeyword()).lastIndexOf('FROM'));
  const env: Record<string, string> = {};
  let cmd: string[] | undefined;
  for (const instruction of runtime) {
    if (instruction.getKeyword() === 'ENV') {
      for (const property of (instruction as Env).getProperties()) env[property.getName()] = property.getUnescapedValue() ?? '';
    }
    if (instruction.getKeyword() === 'CMD') cmd = (instruction as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());
  }
  // `["node", ...flags, "lib/worker/main.js"]`
  if (!cmd || cmd.length === 0) throw new Error(`${join(root, 'worker', 'Dockerfile')} has no exec-form CMD in its last stage`);
  return { nodeFlags: cmd.slice(1).filter((arg) => arg.startsWith('--')), env };
}

/** The Node flags of `<root>/worker/Dockerfile`'s CMD. */
export function imageNodeFlags(root = ROOT): string[] {
  return imageRuntime(root).nodeFlags;
}

/**
 * WorkerProcess options that run the bundle of the checkout at `root` (this one by default) as its
 * image does, plus `extraFlags` (e.g. --cpu-prof).
 */
export function imageWorkerProcess(extraFlags: readonly string[] = [], root = ROOT): {
  nodeOptions: string[]; isolated: { entry: string[]; cwd: string; env: Record<string, string> };
} {
  const bundle = join(root, 'dist-worker', 'main.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run bundle:worker there first`);
  const { nodeFlags, env } = imageRuntime(root);
  return { nodeOptions: [...nodeFlags, ...extraFlags], isolated: { entry: [bundle], cwd: root, env } };
}
