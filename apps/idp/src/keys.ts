/**
 * Development keys: an RS256 signing key (ID-porten signs with RS256 only) and cookie keys.
 * Made fresh in memory; the server keeps them in a git-ignored file so tokens stay verifiable,
 * and `id_token_hint` at logout keeps working, across restarts.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JWK, JWKS } from 'oidc-provider';

export interface DevKeys {
  jwks: JWKS;
  cookieKeys: string[];
}

export function generateDevKeys(): DevKeys {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  // A kid lets clients pick the key from the JWKS, as ID-porten's tokens do.
  const kid = createHash('sha256').update(String(jwk.n)).digest('base64url').slice(0, 16);
  return {
    jwks: { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] },
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}

/** Reads the keys from `file`, or makes them and writes the file (readable by the owner only). */
export function loadOrCreateDevKeys(file: string): DevKeys {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevKeys>;
    if (stored.jwks?.keys?.length && stored.cookieKeys?.length) {
      return { jwks: stored.jwks, cookieKeys: stored.cookieKeys };
    }
  }
  const keys = generateDevKeys();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
