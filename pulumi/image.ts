/**
 * The scheduler worker's image. With no `workerImage` configured, `pulumi up` builds the
 * packaged build context (lib/worker-image) locally (Docker engine with buildx), pushes it to the stack's own registry
 * and deploys its digest; the registry is created by the same run, so nothing else could have
 * pushed to it. With `workerImage` set, that image is deployed as given (config.ts checks that the
 * cluster can pull it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as digitalocean from '@pulumi/digitalocean';
import * as dockerBuild from '@pulumi/docker-build';
import * as pulumi from '@pulumi/pulumi';
import { StackConfig } from './config';

/**
 * The calvin-runtime package's root: this repo when run from source (pulumi/), the installed
 * package when run from lib/pulumi/. Found by its package.json, so both layouts work.
 */
export function packageRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'calvin-runtime') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no calvin-runtime package.json above ${from}`);
  }
}

const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };

/** The repository name of the worker image in the stack's registry. */
export const WORKER_IMAGE_REPOSITORY = 'scheduler-worker';
/** The built image's tag: the package version (the digest, not the tag, is what gets deployed). */
export const WORKER_IMAGE_TAG = version;
/**
 * The build context the package ships (`npm run build` writes it: scripts/worker-image-context.mjs):
 * the image's Dockerfile and the worker bundle, nothing else, so the image builds in a customer's
 * repo (no worker source there) and only a change to the image rebuilds it (not, say, an edit of
 * Pulumi.<stack>.yaml, as when the context was the whole repository).
 */
export const WORKER_BUILD_CONTEXT = path.join(packageRoot(), 'lib', 'worker-image');
export const WORKER_DOCKERFILE = path.join(WORKER_BUILD_CONTEXT, 'Dockerfile');
/** DOKS node pools run amd64 Droplets; without this a build on an arm64 laptop would not start. */
export const WORKER_IMAGE_PLATFORM = 'linux/amd64' as const;

/** The image reference the build pushes to a registry named `registryName` (before its digest is known). */
export function builtWorkerImageName(registryName: string): string {
  return `registry.digitalocean.com/${registryName}/${WORKER_IMAGE_REPOSITORY}:${WORKER_IMAGE_TAG}`;
}

/** The image the platform is synthesized with: the configured one, or the tag the build pushes. */
export function synthesizedWorkerImage(config: StackConfig): string {
  return config.workerImage ?? builtWorkerImageName(config.registryName);
}

export interface WorkerImage {
  /** What the worker Deployment runs: the pushed `name@sha256:digest`, or the configured image. */
  readonly ref: pulumi.Output<string>;
  /** The build, when the stack builds the image; the Deployment must wait for it. */
  readonly image?: dockerBuild.Image;
  readonly credentials?: digitalocean.ContainerRegistryDockerCredentials;
}

/** Username and password of the registry in a docker config JSON (as DigitalOcean returns it). */
export function registryLogin(dockerConfigJson: string, serverUrl: string): { username: string; password: string } {
  const auths = (JSON.parse(dockerConfigJson) as { auths?: Record<string, { auth?: string }> }).auths ?? {};
  const auth = auths[serverUrl]?.auth;
  if (auth === undefined) throw new Error(`the registry's docker credentials have no entry for ${serverUrl}; found: ${Object.keys(auths).join(', ') || 'none'}`);
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw new Error(`the registry's docker credentials for ${serverUrl} are not "user:password"`);
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The configured image, or a build of worker/Dockerfile pushed to `registry` with write credentials. */
export function workerImage(config: StackConfig, registry: digitalocean.ContainerRegistry, opts: pulumi.CustomResourceOptions = {}): WorkerImage {
  if (config.workerImage !== undefined) return { ref: pulumi.output(config.workerImage) };
  const credentials = new digitalocean.ContainerRegistryDockerCredentials('registry-push', {
    registryName: registry.name,
    write: true,
  }, opts);
  // Secret as a whole: the token is also the username in DigitalOcean's docker config.
  const login = pulumi.secret(pulumi.all([credentials.dockerCredentials, registry.serverUrl])
    .apply(([json, serverUrl]) => registryLogin(json, serverUrl)));
  const image = new dockerBuild.Image('worker-image', {
    context: { location: WORKER_BUILD_CONTEXT },
    dockerfile: { location: WORKER_DOCKERFILE },
    platforms: [WORKER_IMAGE_PLATFORM],
    push: true,
    tags: [pulumi.interpolate`${registry.endpoint}/${WORKER_IMAGE_REPOSITORY}:${WORKER_IMAGE_TAG}`],
    registries: [{
      address: registry.serverUrl,
      username: pulumi.secret(login.apply((l) => l.username)),
      password: pulumi.secret(login.apply((l) => l.password)),
    }],
  }, opts);
  return { ref: image.ref, image, credentials };
}
