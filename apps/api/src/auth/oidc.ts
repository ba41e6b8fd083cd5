import type { webcrypto } from 'node:crypto';
import * as client from 'openid-client';
import { validateNationalId } from '@stafett/domain';
import type { Config } from '../env';

/** ID-porten's levels of assurance that may open a log of sensitive data about children. */
const ACCEPTED_ACR = new Set(['idporten-loa-substantial', 'idporten-loa-high']);

export interface LoginChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface IdentifiedPerson {
  nationalId: string;
  sid: string | null;
  idToken: string;
}

export class SignInRejected extends Error {}

/**
 * The one client code path for ID-porten and the local provider (openid-client): authorization
 * code with PKCE S256, state and nonce, `pid` and `acr` checked.
 */
export interface OidcGateway {
  startLogin(redirectUri: string): Promise<{ url: URL; checks: LoginChecks }>;
  finishLogin(currentUrl: URL, checks: LoginChecks): Promise<IdentifiedPerson>;
  endSessionUrl(params: {
    idToken: string | null;
    postLogoutRedirectUri: string;
    state: string;
  }): Promise<string | null>;
  issuer: string;
}

export function createOidcGateway(config: Config): OidcGateway {
  let configuration: Promise<client.Configuration> | null = null;

  async function discover(): Promise<client.Configuration> {
    const auth = config.OIDC_PRIVATE_JWK
      ? client.PrivateKeyJwt(await importPrivateJwk(config.OIDC_PRIVATE_JWK))
      : client.ClientSecretPost(config.OIDC_CLIENT_SECRET);
    const insecure = new URL(config.OIDC_ISSUER).protocol === 'http:';
    return client.discovery(new URL(config.OIDC_ISSUER), config.OIDC_CLIENT_ID, undefined, auth, {
      // Only the local development provider speaks plain http; ID-porten is https.
      execute: insecure ? [client.allowInsecureRequests] : [],
    });
  }

  /** Discovery is cached, but a failure is not: the provider may simply not be up yet. */
  function getConfiguration(): Promise<client.Configuration> {
    if (!configuration) {
      configuration = discover().catch((err: unknown) => {
        configuration = null;
        throw err;
      });
    }
    return configuration;
  }

  return {
    issuer: config.OIDC_ISSUER,
    async startLogin(redirectUri) {
      const cfg = await getConfiguration();
      const checks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri,
        scope: 'openid profile',
        response_type: 'code',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        acr_values: 'idporten-loa-substantial',
        ui_locales: 'nb',
      });
      return { url, checks };
    },
    async finishLogin(currentUrl, checks) {
      const cfg = await getConfiguration();
      const tokens = await client.authorizationCodeGrant(cfg, currentUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new SignInRejected('no id token');
      if (typeof claims.acr !== 'string' || !ACCEPTED_ACR.has(claims.acr)) {
        throw new SignInRejected('level of assurance too low');
      }
      const pid = claims.pid;
      if (
        typeof pid !== 'string' ||
        !validateNationalId(pid, { allowSynthetic: config.allowSyntheticIds }).ok
      ) {
        throw new SignInRejected('missing or invalid pid');
      }
      return {
        nationalId: pid,
        sid: typeof claims.sid === 'string' ? claims.sid : null,
        idToken: tokens.id_token,
      };
    },
    async endSessionUrl({ idToken, postLogoutRedirectUri, state }) {
      const cfg = await getConfiguration().catch(() => null);
      if (!cfg || !cfg.serverMetadata().end_session_endpoint) return null;
      const params: Record<string, string> = {
        post_logout_redirect_uri: postLogoutRedirectUri,
        state,
        client_id: config.OIDC_CLIENT_ID,
      };
      if (idToken) params.id_token_hint = idToken;
      return client.buildEndSessionUrl(cfg, params).href;
    },
  };
}

async function importPrivateJwk(json: string): Promise<client.CryptoKey> {
  const jwk = JSON.parse(json) as webcrypto.JsonWebKey;
  return crypto.subtle.importKey(
    'jwk',
    jwk,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}
