import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CatalogSecretRef } from '../contracts/trigger-catalog';
import { KubernetesSecretReader } from './kubernetes-secrets';
import { SecretHeaderError } from './secret-header-error';

export { SecretHeaderError };

/**
 * Secret header values, read from the Secret volumes PlatformStack mounts at
 * `<SECRET_HEADERS_DIR>/<secret>/<key>`, or, for a ref with a `namespace` (a tenant's Secret),
 * through the Kubernetes API (`kubernetes`). Kept for a short time so a busy trigger does not read a
 * file or call the API per request, yet a rotated Secret (kubelet swaps the files in place) is
 * picked up within `ttlMs`. Values are never logged: errors name the Secret and key only.
 */
export class SecretHeaderStore {
  private readonly cache = new Map<string, { value: string; readAt: number }>();

  public constructor(private readonly dir: string, private readonly ttlMs = 10_000, private readonly kubernetes?: KubernetesSecretReader) {}

  public async resolve(headers: Record<string, CatalogSecretRef>): Promise<Record<string, string>> {
    const entries = await Promise.all(Object.entries(headers).map(async ([name, ref]) => [name, await this.value(ref)] as const));
    return Object.fromEntries(entries);
  }

  private async value(ref: CatalogSecretRef): Promise<string> {
    const path = ref.namespace === undefined ? join(this.dir, ref.secret, ref.key) : `${ref.namespace}/${ref.secret}/${ref.key}`;
    const name = ref.namespace === undefined ? `${ref.secret}/${ref.key}` : path;
    const cached = this.cache.get(path);
    const now = Date.now();
    if (cached && now - cached.readAt < this.ttlMs) return cached.value;
    // Secret files often end in a newline that was never meant to be part of the header value.
    const value = (ref.namespace === undefined ? await this.fromFile(ref, path) : await this.fromApi(ref, ref.namespace)).replace(/\r?\n$/, '');
    if (/[\r\n\0]/.test(value)) throw new SecretHeaderError(`secret header value ${name} contains a line break or NUL, which HTTP headers cannot carry`);
    this.cache.set(path, { value, readAt: now });
    return value;
  }

  private async fromFile(ref: CatalogSecretRef, path: string): Promise<string> {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      throw new SecretHeaderError(`secret header value ${ref.secret}/${ref.key} is not readable at ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); is the Secret in the worker's namespace?`);
    }
  }

  private async fromApi(ref: CatalogSecretRef, namespace: string): Promise<string> {
    if (!this.kubernetes) throw new SecretHeaderError(`secret header value ${namespace}/${ref.secret}/${ref.key} is in another namespace, and this worker reads no Kubernetes API`);
    const data = await this.kubernetes.read(namespace, ref.secret);
    const value = data[ref.key];
    if (value === undefined) throw new SecretHeaderError(`secret header value ${namespace}/${ref.secret}/${ref.key}: Secret ${namespace}/${ref.secret} has no key "${ref.key}"`);
    return value;
  }
}
