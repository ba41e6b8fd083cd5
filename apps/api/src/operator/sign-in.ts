import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { sessionCookieOptions } from '../auth/cookies';
import { callbackUrl } from '../auth/sign-in-flow';
import type { LoginChecks } from '../auth/oidc';
import type { AppEnv } from '../http/context';
import {
  createOperatorSession,
  findOperatorByNationalId,
  OPERATOR_SESSION_COOKIE,
} from './operator-session';

/** The platform operator's way back from ID-porten: a session only for a registered operator. */
export async function finishOperatorSignIn(c: Context<AppEnv>, checks: LoginChecks) {
  const deps = c.get('deps');
  let identified;
  try {
    identified = await deps.oidc.finishLogin(callbackUrl(c), checks);
  } catch (err) {
    deps.logger.warn({ reason: (err as Error)?.message }, 'operator sign-in failed');
    return c.redirect('/plattform?feil=innlogging', 302);
  }
  const operator = await findOperatorByNationalId(deps.database, identified.nationalId);
  if (!operator) return c.redirect('/plattform?feil=ingen-tilgang', 302);
  const token = await createOperatorSession(deps.database, {
    operatorId: operator.id,
    idpSid: identified.sid,
    idToken: identified.idToken,
  });
  setCookie(c, OPERATOR_SESSION_COOKIE, token, sessionCookieOptions(c));
  deps.logger.info({ operatorId: operator.id }, 'operator signed in');
  return c.redirect('/plattform', 302);
}
