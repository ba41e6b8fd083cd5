import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context';
import { unauthenticated } from '../http/errors';
import {
  OPERATOR_SESSION_COOKIE,
  validateOperatorSession,
  type OperatorSession,
} from './operator-session';

/** The platform operator's routes: a live operator session, or 401 and the cookie cleared. */
export const requireOperator: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, OPERATOR_SESSION_COOKIE);
  if (!token) throw unauthenticated();
  const { database, config } = c.get('deps');
  const session = await validateOperatorSession(database, token, config.sessionLimits);
  if (!session) {
    deleteCookie(c, OPERATOR_SESSION_COOKIE, { path: '/' });
    throw unauthenticated();
  }
  c.set('operatorSession', session);
  await next();
};

export function operatorSessionOf(c: Context<AppEnv>): OperatorSession {
  const session = c.get('operatorSession');
  if (!session) throw unauthenticated();
  return session;
}
