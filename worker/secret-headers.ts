import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CatalogSecretRef } from '../contracts/trigger-catalog';

/**
 * Secret header values, read from the Secret volumes PlatformStack mounts at
 * `<SECRET_HEADERS_DIR>/<secret>/<key>`. Kept for a short time so a busy trigger does not read a
 * file per request, yet a rotated Secret (kubelet swaps the files in place) is picked up within
 * `ttlMs`. Values are never logged: errors name the Secret and key only.
 */
export class SecretHeaderStore {
  private readonly cache = new Map<string, { value: string; readAt: number }>();

  public constructor(private readonly dir: string, private readonly ttlMs = 10_000) {}

  public async resolve(headers: Record<string, CatalogSecretRef>): Promise<Record<string, string>> {
    const entries = await Promise.all(Object.entries(headers).map(async ([name, ref]) => [name, await this.value(ref)] as const));
    return Object.fromEntries(entries);
  }

  private async value(ref: CatalogSecretRef): Promise<string> {
    const path = join(this.dir, ref.secret, ref.key);
    const cached = this.cache.get(path);
    const now = Date.now();
    if (cached && now - cached.readAt < this.ttlMs) return cached.value;
    let value: string;
    try {
      // Secret files often end in a newline that was never meant to be part of the header value.
      value = (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
    } catch (error) {
      throw new SecretHeaderError(`secret header value ${ref.secret}/${ref.key} is not readable at ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); is the Secret in the worker's namespace?`);
    }
    if (/[\r\n\0]/.test(value)) throw new SecretHeaderError(`secret header value ${ref.secret}/${ref.key} contains a line break or NUL, which HTTP headers cannot carry`);
    this.cache.set(path, { value, readAt: now });
    return value;
  }
}

export class SecretHeaderError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SecretHeaderError';
  }
}
