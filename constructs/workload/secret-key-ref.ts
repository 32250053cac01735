import type { SecretKeyRef } from '../../contracts/secret-key-ref';
import { propKeys } from '../core/prop-keys';
import { dnsSubdomain, PropProblems, secretKey } from '../core/validation';

export type { SecretKeyRef };

export const SECRET_KEY_REF_KEYS = propKeys<SecretKeyRef>('SecretKeyRef', { secret: true, key: true, optional: true });

export interface SecretKeyRefRules {
  /** Says where the Secret must live, in the "is required" message (e.g. "the Secret's name"). */
  readonly secretHint: string;
  /** Other key fields of a multi-key reference, checked instead of `key` (e.g. the S3 key pair). */
  readonly keyFields?: readonly string[];
  /** Whether `optional` is accepted. */
  readonly allowOptional?: boolean;
}

/**
 * Records every problem of a Secret reference given as `field`; true when it is usable. The one
 * validator behind every `SecretKeyRef` prop, so they all accept and refuse the same.
 */
export function checkSecretKeyRef(problems: PropProblems, field: string, ref: unknown, rules: SecretKeyRefRules): boolean {
  const keyFields = rules.keyFields ?? ['key'];
  if (ref === null || typeof ref !== 'object') {
    problems.add(field, ref, `is not a Secret reference ({ secret: "<name>", ${keyFields.map((k) => `${k}: "<key>"`).join(', ')} })`);
    return false;
  }
  const before = problems.count;
  const record = ref as Record<string, unknown>;
  if (record.secret === undefined) problems.add(`${field}.secret`, record.secret, `is required (${rules.secretHint})`);
  problems.check(`${field}.secret`, record.secret, dnsSubdomain);
  for (const name of keyFields) {
    if (record[name] === undefined) problems.add(`${field}.${name}`, record[name], 'is required (the key within the Secret)');
    problems.check(`${field}.${name}`, record[name], secretKey);
  }
  if (record.optional !== undefined) {
    if (!rules.allowOptional) problems.add(`${field}.optional`, record.optional, 'is not supported here (the value is needed every time)');
    else if (typeof record.optional !== 'boolean') problems.add(`${field}.optional`, record.optional, 'is not a boolean');
  }
  return problems.count === before;
}
