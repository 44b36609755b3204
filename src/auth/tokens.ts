import { createHash, randomBytes } from 'node:crypto';

/** API tokens and session ids are 256 random bits; only their SHA-256 is stored. */
export const TOKEN_PREFIX = 'mm_';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiToken(): string {
  return `${TOKEN_PREFIX}${newSecret()}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
