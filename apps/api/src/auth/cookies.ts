import type { Context } from 'hono';
import type { AppEnv } from '../http/context';

/** HttpOnly, SameSite=Lax, Secure outside development, living no longer than a session may. */
export function sessionCookieOptions(c: Context<AppEnv>) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: c.get('deps').config.secureCookies,
    maxAge: c.get('deps').config.sessionLimits.maxSeconds,
  };
}
