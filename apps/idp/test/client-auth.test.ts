import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JWK } from 'oidc-provider';
import {
  authorizeUrl,
  Browser,
  CLIENT,
  exchangeCode,
  signIn,
  startIdp,
  type RunningIdp,
} from './harness';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PKJWT_CLIENT = 'pkjwt-client';

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp([
    {
      client_id: PKJWT_CLIENT,
      client_secret: 'unused',
      redirect_uris: [CLIENT.redirect_uri],
      post_logout_redirect_uris: [],
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: {
        keys: [{ ...(publicKey.export({ format: 'jwk' }) as JWK), kid: 'k1', alg: 'RS256' }],
      },
    },
  ]);
});
afterAll(() => idp.close());

/** A client assertion (RFC 7523) as openid-client's PrivateKeyJwt makes it. */
function clientAssertion(key: KeyObject, audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part({ alg: 'RS256', kid: 'k1' })}.${part({
    iss: PKJWT_CLIENT,
    sub: PKJWT_CLIENT,
    aud: audience,
    jti: randomUUID(),
    iat: now,
    exp: now + 60,
  })}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

describe('client authentication at the token endpoint', () => {
  it('accepts private_key_jwt, as ID-porten uses in production', async () => {
    const { claims } = await signIn(
      new Browser(),
      idp.issuer,
      '01017012345',
      { client_id: PKJWT_CLIENT },
      {
        client_id: PKJWT_CLIENT,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: clientAssertion(privateKey, idp.issuer),
      },
    );
    expect(claims.aud).toBe(PKJWT_CLIENT);
    expect(claims.pid).toBe('01017012345');
  });

  it('rejects a wrong client secret', async () => {
    const res = await exchangeCode(idp.issuer, 'no-such-code', 'v'.repeat(43), {
      client_id: CLIENT.client_id,
      client_secret: 'wrong',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('gives different clients different subjects for the same person (pairwise sub)', async () => {
    const a = await signIn(new Browser(), idp.issuer, '01017012345');
    const b = await signIn(
      new Browser(),
      idp.issuer,
      '01017012345',
      { client_id: PKJWT_CLIENT },
      {
        client_id: PKJWT_CLIENT,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: clientAssertion(privateKey, idp.issuer),
      },
    );
    const again = await signIn(new Browser(), idp.issuer, '01017012345');
    expect(a.claims.sub).not.toBe(b.claims.sub);
    expect(a.claims.sub).toBe(again.claims.sub);
  });

  it('does not offer the implicit or hybrid flows', async () => {
    const browser = new Browser();
    const res = await browser.request(
      authorizeUrl(idp.issuer, { response_type: 'id_token', state: 's', nonce: 'n' }),
    );
    const { callback } = await browser.follow(res, idp.issuer);
    // Errors for a fragment response type come back in the fragment.
    expect(new URLSearchParams(callback?.hash.slice(1)).get('error')).toBe(
      'unsupported_response_type',
    );
    expect(callback?.hash).not.toContain('id_token=');
  });
});
