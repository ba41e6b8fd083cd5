import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * Session tokens the way lucia-auth's guide builds them: "<id>.<secret>"; the database keeps only
 * SHA-256 of the secret, compared in constant time, so the id alone (or a copy of the session
 * table) opens nothing. Shared by people's sessions and the platform operator's.
 */
function randomString(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function generateSessionToken(): { id: string; token: string; secretHash: Buffer } {
  const id = randomString();
  const secret = randomString();
  return { id, token: `${id}.${secret}`, secretHash: Buffer.from(hashSecret(secret)) };
}

/** Splits a cookie value into id and secret, or null when it cannot be a token of ours. */
export function parseSessionToken(token: string): { id: string; secret: string } | null {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null;
  return { id, secret };
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), new Uint8Array(storedHash));
}
