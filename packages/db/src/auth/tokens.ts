import { createHash, randomBytes } from 'node:crypto';

/** A new random secret: 32 bytes, base64url (session cookies, CSRF tokens). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A new API token: `siaga_` + 32 random bytes base64url (the prefix lets secret scanners recognise it). */
export function newApiToken(): string {
  return `siaga_${newSecret()}`;
}

/** What the database stores instead of a secret: its sha256, hex. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
