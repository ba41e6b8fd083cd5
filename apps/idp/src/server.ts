/**
 * Starts the local ID-porten stand-in with the one client the API uses. Settings (all optional):
 * IDP_PORT, IDP_ISSUER, PUBLIC_ORIGIN, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_PRIVATE_JWK,
 * IDP_KEYS_FILE.
 */
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JWK } from 'oidc-provider';
import { loadOrCreateDevKeys } from './keys';
import { createIdp, type IdpClient } from './provider';

const env = process.env;
const port = Number(env.IDP_PORT ?? 4000);
const issuer = env.IDP_ISSUER ?? `http://localhost:${port}`;
const publicOrigin = env.PUBLIC_ORIGIN ?? 'http://localhost:3000';
const here = path.dirname(fileURLToPath(import.meta.url));
const keysFile = env.IDP_KEYS_FILE ?? path.join(here, '..', '.data', 'dev-keys.json');

const client: IdpClient = {
  client_id: env.OIDC_CLIENT_ID ?? 'stafett-local',
  client_secret: env.OIDC_CLIENT_SECRET ?? 'local-dev-secret',
  redirect_uris: [new URL('/api/v1/auth/callback', publicOrigin).href],
  // oidc-provider compares exactly; the API redirects onwards from here.
  post_logout_redirect_uris: [new URL('/api/v1/auth/logged-out', publicOrigin).href],
  frontchannel_logout_uri: new URL('/api/v1/auth/frontchannel-logout', publicOrigin).href,
};

// When the API is set up for private_key_jwt (as against ID-porten), accept its key here too.
if (env.OIDC_PRIVATE_JWK) {
  const privateJwk = JSON.parse(env.OIDC_PRIVATE_JWK) as JsonWebKey;
  const publicJwk = createPublicKey({ key: privateJwk, format: 'jwk' }).export({ format: 'jwk' });
  client.token_endpoint_auth_method = 'private_key_jwt';
  const alg = typeof privateJwk.alg === 'string' ? { alg: privateJwk.alg } : {};
  client.jwks = { keys: [{ ...(publicJwk as JWK), ...alg }] };
}

const { app } = createIdp({ issuer, clients: [client], keys: loadOrCreateDevKeys(keysFile) });

createServer(app).listen(port, () => {
  console.log(`idp: local ID-porten stand-in at ${issuer} (client ${client.client_id})`);
});
