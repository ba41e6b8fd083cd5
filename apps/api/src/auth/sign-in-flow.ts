import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import type { LoginChecks } from './oidc';

/**
 * The round trip to ID-porten, shared by people signing in to a municipality and by the platform
 * operator: state, nonce and PKCE verifier wait in a short-lived signed cookie scoped to the
 * callback path, together with where the person was going.
 */
const SIGN_IN_COOKIE = 'stafett_signin';
export const CALLBACK_PATH = '/api/v1/auth/callback';

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('municipality'), slug: z.string(), returnTo: z.string().optional() }),
  z.object({ kind: z.literal('operator') }),
]);
export type SignInTarget = z.infer<typeof targetSchema>;

const stateSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  target: targetSchema,
});

/** Sends the browser to the provider; remembers the checks and the target for the callback. */
export async function redirectToProvider(c: Context<AppEnv>, target: SignInTarget) {
  const { config, oidc } = c.get('deps');
  const { url, checks } = await oidc.startLogin(new URL(CALLBACK_PATH, config.PUBLIC_ORIGIN).href);
  await setSignedCookie(
    c,
    SIGN_IN_COOKIE,
    JSON.stringify({ ...checks, target }),
    config.cookieSecret,
    {
      path: CALLBACK_PATH,
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.secureCookies,
      maxAge: 600,
    },
  );
  return c.redirect(url.href, 302);
}

/** Reads (and clears) what redirectToProvider remembered; null if missing or tampered with. */
export async function takeSignInState(
  c: Context<AppEnv>,
): Promise<{ checks: LoginChecks; target: SignInTarget } | null> {
  const raw = await getSignedCookie(c, c.get('deps').config.cookieSecret, SIGN_IN_COOKIE);
  deleteCookie(c, SIGN_IN_COOKIE, { path: CALLBACK_PATH });
  if (!raw) return null;
  const parsed = stateSchema.safeParse(safeJson(raw));
  if (!parsed.success) return null;
  const { target, ...checks } = parsed.data;
  return { checks, target };
}

/** The callback URL as the browser saw it (the API may sit behind the web origin's proxy). */
export function callbackUrl(c: Context<AppEnv>): URL {
  const search = new URL(c.req.url).search;
  return new URL(`${CALLBACK_PATH}${search}`, c.get('deps').config.PUBLIC_ORIGIN);
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
