import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { Copy, DockerfileParser, Env, Instruction, JSONInstruction, Run } from 'dockerfile-ast';
import {
  catalogTrigger, removeDir, RedisServer, S3Server, startRedis, startS3, TargetServer, tempDir, WorkerProcess, workerEnv, writeCatalog,
} from './harness';
import { imageRuntime } from '../../bench/image';

/**
 * Reproduces worker/Dockerfile without a Docker engine: each stage gets a directory standing for its
 * root filesystem, COPY copies exactly what the instruction names (from the repository, the build
 * context, or from an earlier stage's directory), RUN runs the shell form with `sh -c` in the stage's
 * WORKDIR with the stage's ENV. The worker then starts from the runtime stage's directory alone.
 */

const repo = resolve(__dirname, '..', '..');
const dockerfilePath = join(repo, 'worker', 'Dockerfile');

interface Stage {
  readonly name: string;
  readonly image: string;
  /** The directory standing for the stage's `/`. */
  readonly root: string;
  workdir: string;
  readonly env: Record<string, string>;
  user?: string;
  cmd?: string[];
}

function fail(instruction: Instruction, why: string): never {
  const line = instruction.getRange().start.line + 1;
  throw new Error(`worker/Dockerfile line ${line} (${instruction.getTextContent()}): ${why}`);
}

/** `path` inside the stage (absolute, or relative to WORKDIR) as a path on this machine. */
function inStage(stage: Stage, path: string): string {
  return join(stage.root, posix.resolve(stage.workdir, path));
}

function copy(instruction: Copy, stage: Stage, stages: Map<string, Stage>): void {
  const flags = instruction.getFlags();
  const unknown = flags.filter((flag) => flag.getName() !== 'from');
  if (unknown.length > 0) fail(instruction, `the reproducer does not understand --${unknown[0].getName()}`);
  if (instruction.getHeredocs().length > 0) fail(instruction, 'the reproducer does not understand heredocs');
  const args = instruction.getArguments().map((a) => a.getValue());
  if (args.length < 2) fail(instruction, 'expected at least one source and a destination');
  const from = instruction.getFromFlag()?.getValue();
  const source = from === undefined || from === null ? undefined : stages.get(from);
  if (from && !source) fail(instruction, `--from=${from} names no earlier stage (stages: ${[...stages.keys()].join(', ')})`);
  const sources = args.slice(0, -1);
  const destArg = args[args.length - 1];
  const dest = inStage(stage, destArg);
  const destIsDir = destArg.endsWith('/') || sources.length > 1;
  for (const src of sources) {
    if (/[*?[]/.test(src)) fail(instruction, `wildcards are not reproduced (${src})`);
    // From the context, a source cannot leave it; from a stage, it is a path in that stage.
    const path = source ? join(source.root, posix.resolve('/', src)) : join(repo, posix.normalize(src));
    if (!source && !path.startsWith(repo + '/')) fail(instruction, `${src} is outside the build context`);
    if (!existsSync(path)) fail(instruction, `${src} does not exist ${source ? `in stage ${from}` : 'in the build context'}`);
    if (statSync(path).isDirectory()) {
      // Docker copies a directory's contents, not the directory itself.
      cpSync(path, dest, { recursive: true, dereference: true });
    } else {
      const target = destIsDir ? join(dest, basename(src)) : dest;
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target, { dereference: true });
    }
  }
}

/** The host's CA bundle and proxy settings: the registry is reached the way this machine reaches it. */
function hostTrust(): Record<string, string> {
  const names = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];
  return Object.fromEntries(names.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]!]));
}

function run(instruction: Run, stage: Stage): void {
  if (instruction.getJSONStrings().length > 0) fail(instruction, 'only the shell form of RUN is reproduced');
  if (instruction.getFlags().length > 0) fail(instruction, 'RUN flags (--mount, --network) are not reproduced');
  const command = instruction.getArgumentsContent() ?? '';
  const cwd = inStage(stage, '.');
  mkdirSync(cwd, { recursive: true });
  const started = Date.now();
  const result = spawnSync('sh', ['-c', command], {
    cwd,
    // The image's environment, not the test's: Node 24 (this process's) first on PATH, the stage's ENV.
    // npm may use its cache (prefer-offline) and the registry; nothing else from the host leaks in.
    env: {
      PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`, HOME: join(stage.root, 'root'), NODE_PATH: '',
      npm_config_cache: join(process.env.HOME ?? '/root', '.npm'), npm_config_prefer_offline: 'true', ...hostTrust(), ...stage.env,
    },
    encoding: 'utf8',
    timeout: 150_000,
  });
  if (result.status !== 0) fail(instruction, `exited ${result.status ?? result.signal}: ${(result.stderr || result.stdout).slice(-2000)}`);
  console.log(`[${stage.name}] RUN ${command} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${result.stdout.trim()}`);
}

/** Applies one instruction to the current stage (FROM starts a new one). */
function apply(instruction: Instruction, stages: Map<string, Stage>, stage: Stage | undefined, workspace: string): Stage | undefined {
  const keyword = instruction.getKeyword();
  if (keyword === 'FROM') {
    const args = instruction.getArguments().map((a) => a.getValue());
    if (args.length !== 3 || args[1].toUpperCase() !== 'AS') fail(instruction, 'expected FROM <image> AS <name>');
    const next: Stage = { name: args[2], image: args[0], root: join(workspace, args[2]), workdir: '/', env: {} };
    mkdirSync(next.root);
    stages.set(next.name, next);
    return next;
  }
  if (!stage) fail(instruction, 'an instruction before the first FROM');
  switch (keyword) {
    case 'WORKDIR':
      stage.workdir = posix.resolve(stage.workdir, instruction.getArgumentsContent() ?? '');
      mkdirSync(inStage(stage, '.'), { recursive: true });
      break;
    case 'ENV':
      for (const property of (instruction as Env).getProperties()) stage.env[property.getName()] = property.getUnescapedValue() ?? '';
      break;
    case 'COPY':
      copy(instruction as Copy, stage, stages);
      break;
    case 'RUN':
      run(instruction as Run, stage);
      break;
    case 'USER':
      stage.user = instruction.getArgumentsContent() ?? undefined;
      break;
    case 'EXPOSE':
      break; // metadata only; the test listens on an ephemeral port
    case 'CMD': {
      const strings = (instruction as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());
      if (strings.length === 0) fail(instruction, 'only the exec (JSON) form of CMD is reproduced: the shell form would sit between SIGTERM and node');
      stage.cmd = strings;
      break;
    }
    default:
      fail(instruction, `the reproducer does not understand ${keyword}`);
  }
  return stage;
}

function buildImage(workspace: string, content = readFileSync(dockerfilePath, 'utf8')): Map<string, Stage> {
  const dockerfile = DockerfileParser.parse(content);
  const stages = new Map<string, Stage>();
  let stage: Stage | undefined;
  for (const instruction of dockerfile.getInstructions()) stage = apply(instruction, stages, stage, workspace);
  return stages;
}

/** Bytes of every regular file under `dir` (symbolic links counted as links, not followed). */
function sizeOnDisk(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOnDisk(path) : lstatSync(path).size;
  }
  return total;
}

function ancestorsWithNodeModules(dir: string): string[] {
  const found: string[] = [];
  for (let current = dirname(dir); ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) found.push(current);
    if (dirname(current) === current) return found;
  }
}

/** The stage's CMD, started from the stage's directory with `env` only (no repo, no inherited variables). */
function startFromStage(stage: Stage, env: Record<string, string>): WorkerProcess {
  return new WorkerProcess({ PATH: '/usr/bin:/bin', NODE_PATH: '', ...stage.env, ...env }, {
    isolated: { entry: stage.cmd!.slice(1), cwd: inStage(stage, '.') },
  });
}

let workspace: string;
let redis: RedisServer;
let s3: S3Server;
let target: TargetServer;

beforeAll(async () => {
  workspace = tempDir('calvin-image-');
  [redis, s3, target] = await Promise.all([startRedis(), startS3(), new TargetServer().listen()]);
});

afterAll(async () => {
  await Promise.all([redis?.stop(), s3?.stop(), target?.close()]);
  s3?.destroy();
  if (workspace) removeDir(workspace);
});

test('the runtime stage built from worker/Dockerfile runs the worker alone: /readyz 200, a trigger fires, SIGTERM exits 0', async () => {
  const stages = buildImage(workspace);
  const runtime = [...stages.values()].pop()!;
  expect(runtime.name).toBe('runtime');
  // The same Node major as the one running this test (CI's LTS).
  for (const stage of stages.values()) expect(stage.image).toMatch(new RegExp(`^node:${process.versions.node.split('.')[0]}-`));
  expect(runtime.user).toBe('1000:1000');
  expect(runtime.cmd?.[0]).toBe('node');
  // The benchmarks run the bundle with the same flags and ENV as this stage (bench/image.ts).
  expect(imageRuntime()).toEqual({ nodeFlags: runtime.cmd!.slice(1, -1), env: runtime.env });

  const bytes = sizeOnDisk(runtime.root);
  // CMD is node, its flags, then the script.
  const script = runtime.cmd![runtime.cmd!.length - 1];
  const bundle = statSync(inStage(runtime, script)).size;
  console.log(`runtime stage: ${(bytes / 1024 / 1024).toFixed(2)} MB beyond the Node base (bundle ${(bundle / 1024 / 1024).toFixed(2)} MB)`);
  expect(bytes).toBeLessThanOrEqual(15 * 1024 * 1024);
  // Only what the worker runs: no toolchain or library dependencies came along.
  const nodeModules = inStage(runtime, join(dirname(script), 'node_modules'));
  for (const absent of ['cdk8s', 'cdk8s-plus-28', 'express', 'commander', 'typescript', 'bullmq', 'pino']) {
    expect(existsSync(join(nodeModules, absent))).toBe(false);
  }
  // Node resolves bare imports from the stage only: nothing above it has a node_modules.
  expect(ancestorsWithNodeModules(inStage(runtime, script))).toEqual([inStage(runtime, dirname(script))]);

  // BullMQ's native msgpackr-extract loads from the stage (msgpackr would otherwise fall back to JS quietly).
  const native = spawnSync(process.execPath, ['-e', "process.stdout.write(typeof require('msgpackr-extract').extractStrings)"], {
    cwd: dirname(inStage(runtime, script)), env: { PATH: '/usr/bin:/bin', NODE_PATH: '' }, encoding: 'utf8',
  });
  expect(native.stdout).toBe('function');

  const dir = tempDir();
  // Every second: a process that starts slowly (a loaded machine) still meets its next tick.
  const schedule = '* * * * * *';
  const env = workerEnv({ redis, s3, dir, env: { LOG_LEVEL: 'info' } });
  writeCatalog(env.TRIGGERS_FILE, [catalogTrigger({ url: `${target.url}/hook`, schedule })]);
  const worker = startFromStage(runtime, env);
  try {
    const { port } = await worker.waitForLog('scheduler worker started', 30_000);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    // The CMD's --expose-gc reaches the worker, which collects what its start left behind.
    const released = await worker.waitForLog('startup memory released', 10_000);
    expect(released.heapMbAfter).toBeLessThan(released.heapMbBefore as number);
    const [request] = await target.waitForRequests(1, 20_000);
    expect(request.url).toBe('/hook');
    expect(await worker.stop()).toBe(0);
    // The execution record reached S3 on shutdown: the AWS SDK works from the bundle.
    expect((await s3.objects()).size).toBeGreaterThan(0);
  } finally {
    worker.kill();
    removeDir(dir);
  }
}, 240_000);

test('the reproducer refuses what it does not reproduce, naming the line and the instruction', () => {
  const refused = (content: string): string => {
    const dir = tempDir('calvin-image-refuse-');
    try {
      buildImage(dir, content);
      return 'built';
    } catch (error) {
      return (error as Error).message;
    } finally {
      removeDir(dir);
    }
  };
  expect(refused('FROM node:24-bookworm-slim AS build\nADD https://example.com/x.tgz /x\n'))
    .toBe('worker/Dockerfile line 2 (ADD https://example.com/x.tgz /x): the reproducer does not understand ADD');
  expect(refused('FROM node:24-bookworm-slim AS build\nCOPY --chown=1000 package.json ./\n'))
    .toBe('worker/Dockerfile line 2 (COPY --chown=1000 package.json ./): the reproducer does not understand --chown');
  expect(refused('FROM node:24-bookworm-slim AS build\nCOPY --from=nowhere /a ./\n'))
    .toBe('worker/Dockerfile line 2 (COPY --from=nowhere /a ./): --from=nowhere names no earlier stage (stages: build)');
  expect(refused('FROM node:24-bookworm-slim AS build\nCOPY ../etc/passwd ./\n'))
    .toBe('worker/Dockerfile line 2 (COPY ../etc/passwd ./): ../etc/passwd is outside the build context');
  expect(refused('FROM node:24-bookworm-slim AS build\nRUN ["node", "-v"]\n'))
    .toBe('worker/Dockerfile line 2 (RUN ["node", "-v"]): only the shell form of RUN is reproduced');
  expect(refused('FROM node:24-bookworm-slim AS runtime\nCMD node main.js\n')).toMatch(/line 2 .*only the exec \(JSON\) form of CMD/);
});
