import { CatalogSecretRef } from '../contracts/trigger-catalog';
import { signingSecretsProblems, splitSigningSecrets } from '../contracts/worker-env';
import { SecretHeaderError, SecretHeaderStore } from './secret-headers';

/**
 * A trigger's own signing secret(s) (`signingSecret` in the catalog: its tenant's key), read from
 * the mounted Secret volume as secret headers are, so a rotated key is picked up the same way.
 * The value has SIGNING_SECRETS' form: one `whsec_` secret, or two while rotating. A key that is
 * missing or malformed fails the attempt: the request is never signed with another tenant's key,
 * nor with the platform's. The value is never logged.
 */
export async function triggerSigningSecrets(store: SecretHeaderStore, ref: CatalogSecretRef): Promise<readonly string[]> {
  const { value } = await store.resolve({ value: ref });
  const secrets = splitSigningSecrets(value);
  const problems = secrets.length === 0 ? ['is empty'] : signingSecretsProblems(secrets);
  if (problems.length > 0) throw new SecretHeaderError(`signing secret ${ref.secret}/${ref.key} ${problems.join('; ')}`);
  return secrets;
}
