/**
 * Session ids and API tokens: 32 random bytes, shown to their owner once; only their
 * SHA-256 is stored, so a copy of the database cannot be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'fea_';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiToken(): string {
  return TOKEN_PREFIX + newSecret();
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
