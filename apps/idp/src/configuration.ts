/**
 * oidc-provider configuration that makes it answer like ID-porten: authorization code flow only,
 * PKCE (S256) always, `pid`, `acr` and `amr` in the ID token, pairwise `sub`, no consent screen,
 * sessions of at most 120 minutes, logout without a question and with front-channel logout.
 */
import {
  interactionPolicy,
  type ClientMetadata,
  type Configuration,
  type ErrorOut,
  type Grant,
  type JWKS,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { findAccount, pairwiseIdentifier } from './accounts';
import { ACR_VALUES, acrSatisfied } from './assurance';
import { escapeHtml, renderPage } from './html';
import { FRONTCHANNEL_LOGOUT_URI, logoutSource, postLogoutSuccessSource } from './logout';

/** The scopes a pure sign-in client gets; ID-porten grants them without asking. */
const SIGN_IN_SCOPES = new Set(['openid', 'profile']);

/** ID-porten's SSO session lasts 120 minutes at most; the ID token and access token 120 s. */
const TTL = {
  Session: 120 * 60,
  Grant: 120 * 60,
  Interaction: 30 * 60,
  AuthorizationCode: 60,
  IdToken: 120,
  AccessToken: 120,
} as const;

export interface ConfigurationOptions {
  clients: ClientMetadata[];
  jwks: JWKS;
  /** Signing keys for the provider's cookies. */
  cookieKeys: string[];
}

export function buildConfiguration({
  clients,
  jwks,
  cookieKeys,
}: ConfigurationOptions): Configuration {
  return {
    clients,
    jwks,
    acrValues: [...ACR_VALUES],
    responseTypes: ['code'],
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
      token_endpoint_auth_method: 'client_secret_post',
    },
    clientAuthMethods: ['client_secret_post', 'private_key_jwt'],
    subjectTypes: ['pairwise'],
    pairwiseIdentifier,
    findAccount,
    claims: {
      // ID-porten puts pid, locale, acr and amr in every ID token, not only in userinfo or when
      // asked for with acr_values; claims listed under `openid` always go into the ID token.
      openid: ['sub', 'pid', 'locale', 'acr', 'amr', 'auth_time'],
      profile: ['pid', 'locale'],
      acr: null,
      amr: null,
      sid: null,
      auth_time: null,
      iss: null,
    },
    pkce: { required: () => true },
    // Only a server-side web client talks to this provider; no browser calls it cross-origin.
    clientBasedCORS: () => false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      userinfo: { enabled: true },
      revocation: { enabled: true },
    },
    extraClientMetadata: {
      properties: [FRONTCHANNEL_LOGOUT_URI],
      validator: validateFrontChannelUri,
    },
    interactions: {
      policy: signInPolicy(),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    loadExistingGrant,
    cookies: {
      // Cookies are not separated by port: on localhost these would otherwise share names with
      // the web app's cookies.
      names: {
        session: 'idp_session',
        interaction: 'idp_interaction',
        resume: 'idp_interaction_resume',
      },
      keys: cookieKeys,
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    ttl: TTL,
    discovery: {
      frontchannel_logout_supported: true,
      frontchannel_logout_session_supported: true,
      ui_locales_supported: ['nb', 'nn', 'en', 'se'],
    },
    renderError,
  };
}

/**
 * Sign-in only, no consent prompt (ID-porten never asks), and one more reason to sign in again:
 * the client asks for `idporten-loa-high` and the session was made at "substantial".
 */
function signInPolicy() {
  const policy = interactionPolicy.base();
  policy.remove('consent');
  policy.get('login')?.checks.add(
    new interactionPolicy.Check(
      'acr_step_up',
      'the session does not have the requested level of assurance',
      (ctx) => {
        const requested = ctx.oidc.params?.acr_values;
        const satisfied = acrSatisfied(
          ctx.oidc.session?.acr,
          typeof requested === 'string' ? requested : '',
        );
        return satisfied
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT;
      },
    ),
  );
  return policy;
}

/**
 * With no consent prompt, the grant is made here: the session's grant for this client, widened
 * to the sign-in scopes the request asks for.
 */
async function loadExistingGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { client, session, provider } = ctx.oidc;
  const accountId = session?.accountId;
  if (!client || !session || !accountId) return undefined;

  const grantId = session.grantIdFor(client.clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  const grant =
    existing && existing.accountId === accountId
      ? existing
      : new provider.Grant({ clientId: client.clientId, accountId });

  const requested = ctx.oidc.requestParamOIDCScopes;
  const scopes = [...requested].filter((scope) => SIGN_IN_SCOPES.has(scope));
  if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
  await grant.save();
  return grant;
}

function validateFrontChannelUri(
  _ctx: KoaContextWithOIDC | undefined,
  key: string,
  value: unknown,
): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !/^https?:\/\//.test(value) || !URL.canParse(value)) {
    throw new Error(`${key} must be an absolute http(s) URL`);
  }
}

/** Errors shown in the browser (not those redirected to the client), in Norwegian. */
function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): void {
  ctx.type = 'html';
  ctx.body = renderPage({
    title: 'Innloggingen kan ikke fortsette',
    body: `<h1>Innloggingen kan ikke fortsette</h1>
<p>Gå tilbake til tjenesten og prøv igjen.</p>
<dl>
<dt>Feil</dt><dd><code>${escapeHtml(out.error)}</code></dd>
${out.error_description ? `<dt>Beskrivelse</dt><dd>${escapeHtml(out.error_description)}</dd>` : ''}
</dl>`,
  });
}
