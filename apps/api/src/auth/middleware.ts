import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context';
import { unauthenticated } from '../http/errors';
import { SESSION_COOKIE, validateSessionToken, type Touch } from './session';

/**
 * Requires a live session. A tampered or expired cookie is cleared, so the browser stops sending
 * it. Reading the session's own status (GET /session) must not count as activity, or the idle
 * warning would keep the session alive by itself.
 */
export function requireSession(
  opts: { touch: Touch } = { touch: 'lazily' },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) throw unauthenticated();
    const { database, config } = c.get('deps');
    const session = await validateSessionToken(database, token, {
      ...opts,
      limits: config.sessionLimits,
    });
    if (!session) {
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      throw unauthenticated();
    }
    c.set('session', session);
    await next();
  };
}
