/** A secret header or signing secret that cannot be read; its message names the Secret and key, never a value. */
export class SecretHeaderError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SecretHeaderError';
  }
}
