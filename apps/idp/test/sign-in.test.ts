import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  Browser,
  CLIENT,
  exchangeCode,
  formOn,
  pkcePair,
  signIn,
  startIdp,
  type RunningIdp,
} from './harness';

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp();
});
afterAll(() => idp.close());

describe('discovery', () => {
  it('describes an ID-porten-like provider', async () => {
    const res = await fetch(new URL('/.well-known/openid-configuration', idp.issuer));
    expect(res.status).toBe(200);
    const meta = (await res.json()) as Record<string, unknown>;
    expect(meta).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      end_session_endpoint: `${idp.issuer}/session/end`,
      jwks_uri: `${idp.issuer}/jwks`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      acr_values_supported: ['idporten-loa-substantial', 'idporten-loa-high'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: expect.arrayContaining(['RS256']),
      frontchannel_logout_supported: true,
      frontchannel_logout_session_supported: true,
    });
    expect(meta.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_post', 'private_key_jwt']),
    );
    expect(meta.token_endpoint_auth_methods_supported).not.toContain('client_secret_basic');
    expect(meta.claims_supported).toEqual(expect.arrayContaining(['pid', 'acr', 'amr', 'sid']));
  });
});

describe('authorization code flow with PKCE', () => {
  it('signs in by picking a person and issues an ID token like ID-porten', async () => {
    const browser = new Browser();
    const { claims, nonce } = await signIn(browser, idp.issuer, '01017012345');
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: CLIENT.client_id,
      pid: '01017012345',
      acr: 'idporten-loa-substantial',
      amr: ['TestID'],
      nonce,
      locale: 'nb',
    });
    expect(claims.sid).toEqual(expect.any(String));
    // sub is pairwise, never the national id
    expect(claims.sub).not.toContain('01017012345');
    expect(claims.exp - (claims.auth_time ?? 0)).toBeLessThanOrEqual(180);
  });

  it('gives "high" when the client asks for it, and makes a "substantial" session sign in again', async () => {
    const browser = new Browser();
    const first = await signIn(browser, idp.issuer, '01017012345');
    expect(first.claims.acr).toBe('idporten-loa-substantial');

    // Same browser, same SSO session: substantial is reused without a login page...
    const again = await signIn(browser, idp.issuer, 'not-asked');
    expect(again.claims.pid).toBe('01017012345');
    expect(again.claims.sid).toBe(first.claims.sid);

    // ...but high is not: the person must sign in again.
    const high = await signIn(browser, idp.issuer, '01017012345', {
      acr_values: 'idporten-loa-high',
    });
    expect(high.claims.acr).toBe('idporten-loa-high');
  });

  it('rejects an authorization request without PKCE', async () => {
    const browser = new Browser();
    const res = await browser.request(authorizeUrl(idp.issuer, { state: 's1', nonce: 'n1' }));
    const { callback } = await browser.follow(res, idp.issuer);
    expect(callback?.origin + (callback?.pathname ?? '')).toBe(CLIENT.redirect_uri);
    expect(callback?.searchParams.get('error')).toBe('invalid_request');
    expect(callback?.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(callback?.searchParams.get('state')).toBe('s1');
    expect(callback?.searchParams.has('code')).toBe(false);
  });

  it('rejects the "plain" PKCE method', async () => {
    const browser = new Browser();
    const res = await browser.request(
      authorizeUrl(idp.issuer, {
        state: 's2',
        nonce: 'n2',
        code_challenge: pkcePair().challenge,
        code_challenge_method: 'plain',
      }),
    );
    const { callback } = await browser.follow(res, idp.issuer);
    expect(callback?.searchParams.get('error')).toBe('invalid_request');
  });

  it('rejects a token request with the wrong code_verifier', async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const res = await browser.request(
      authorizeUrl(idp.issuer, {
        state: 's3',
        nonce: 'n3',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }),
    );
    const { page } = await browser.follow(res, idp.issuer);
    const { action } = formOn(await page!.text(), '/interaction/');
    const posted = await browser.post(new URL(action, idp.issuer), { nationalId: '01017012345' });
    const { callback } = await browser.follow(posted, idp.issuer);
    const code = callback?.searchParams.get('code') ?? '';
    const token = await exchangeCode(idp.issuer, code, pkcePair().verifier);
    expect(token.status).toBe(400);
    expect(await token.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers access_denied when the person cancels', async () => {
    const browser = new Browser();
    const res = await browser.request(
      authorizeUrl(idp.issuer, {
        state: 's4',
        nonce: 'n4',
        code_challenge: pkcePair().challenge,
        code_challenge_method: 'S256',
      }),
    );
    const { page } = await browser.follow(res, idp.issuer);
    const { action } = formOn(await page!.text(), '/abort');
    const posted = await browser.post(new URL(action, idp.issuer), {});
    const { callback } = await browser.follow(posted, idp.issuer);
    expect(callback?.searchParams.get('error')).toBe('access_denied');
    expect(callback?.searchParams.get('state')).toBe('s4');
  });
});
