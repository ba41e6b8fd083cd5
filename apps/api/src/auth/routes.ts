import { createRoute } from '@hono/zod-openapi';
import { endSessionsByIdpSid, schema, withTenant } from '@stafett/db';
import {
  callbackQuerySchema,
  frontchannelLogoutQuerySchema,
  loginQuerySchema,
  logoutResponseSchema,
  meSchema,
  sessionInfoSchema,
  slugSchema,
  SESSION_WARN_BEFORE_SECONDS,
} from '@stafett/domain';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { createRouter, inTenant, sessionOf, type AppEnv } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { rolesOf } from './actor';
import { loadActorOrThrow } from './current-actor';
import { requireSession } from './middleware';
import { sessionCookieOptions } from './cookies';
import { completeSignIn } from './sign-in';
import { callbackUrl, redirectToProvider, takeSignInState } from './sign-in-flow';
import { finishOperatorSignIn } from '../operator/sign-in';
import {
  absoluteExpiresAt,
  deleteSession,
  idleExpiresAt,
  SESSION_COOKIE,
  validateSessionToken,
  type ActiveSession,
} from './session';
import { getMunicipalityBranding } from '../org/municipality-queries';

const LOGGED_OUT_PATH = '/api/v1/auth/logged-out';

const redirect = (description: string) => ({ 302: { description } });

const login = createRoute({
  method: 'get',
  path: '/auth/login',
  tags: ['Sign-in'],
  summary: 'Start signing in to a municipality with ID-porten',
  request: { query: loginQuerySchema },
  responses: { ...redirect('To the OpenID provider'), ...problems(404, 422) },
});

const callback = createRoute({
  method: 'get',
  path: '/auth/callback',
  tags: ['Sign-in'],
  summary: 'Where the OpenID provider returns; opens the session',
  request: { query: callbackQuerySchema },
  responses: redirect('To the home page, the no-role page, or back to sign-in with a message'),
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Sign-in'],
  summary: 'End the session; answers where to end the provider session',
  responses: { 200: json(logoutResponseSchema, 'Signed out') },
});

const loggedOut = createRoute({
  method: 'get',
  path: '/auth/logged-out',
  tags: ['Sign-in'],
  summary: 'Where the provider returns after signing out',
  request: { query: z.object({ state: z.string().optional() }) },
  responses: redirect("To the municipality's sign-in page"),
});

const frontchannelLogout = createRoute({
  method: 'get',
  path: '/auth/frontchannel-logout',
  tags: ['Sign-in'],
  summary: 'Front-channel logout from the provider: ends the sessions of that provider session',
  request: { query: frontchannelLogoutQuerySchema },
  responses: { 200: { description: 'Done' }, ...problems(422) },
});

const getSession = createRoute({
  method: 'get',
  path: '/session',
  tags: ['Sign-in'],
  summary: 'When the session ends (does not count as activity)',
  middleware: [requireSession({ touch: 'never' })] as const,
  responses: { 200: json(sessionInfoSchema, 'Session'), ...problems(401) },
});

const extendSession = createRoute({
  method: 'post',
  path: '/session/extend',
  tags: ['Sign-in'],
  summary: 'Keep the session alive (the person answered the idle warning)',
  middleware: [requireSession({ touch: 'always' })] as const,
  responses: { 200: json(sessionInfoSchema, 'Session'), ...problems(401) },
});

const me = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Sign-in'],
  summary: 'Who you are in this municipality: name, roles and units',
  middleware: [requireSession()] as const,
  responses: { 200: json(meSchema, 'You'), ...problems(401) },
});

async function sessionInfo(c: Context<AppEnv>, s: ActiveSession) {
  const limits = c.get('deps').config.sessionLimits;
  const municipality = await inTenant(c, (tx) =>
    tx
      .select({ slug: schema.municipality.slug, name: schema.municipality.name })
      .from(schema.municipality)
      .where(eq(schema.municipality.id, s.municipalityId)),
  );
  const m = municipality[0] ?? { slug: '', name: '' };
  return {
    municipality: m,
    idleExpiresAt: idleExpiresAt(s, limits).toISOString(),
    absoluteExpiresAt: absoluteExpiresAt(s, limits).toISOString(),
    warnBeforeSeconds: SESSION_WARN_BEFORE_SECONDS,
    serverNow: new Date().toISOString(),
  };
}

export const authRoutes = createRouter()
  .openapi(login, async (c) => {
    const { municipality: slug, returnTo } = c.req.valid('query');
    // Validates the slug and answers 404 for an unknown municipality before leaving for ID-porten.
    const branding = await getMunicipalityBranding(c.get('deps').database, slug);
    return redirectToProvider(c, { kind: 'municipality', slug: branding.slug, returnTo });
  })
  .openapi(callback, async (c) => {
    const deps = c.get('deps');
    const signIn = await takeSignInState(c);
    if (!signIn) return c.redirect('/?feil=innlogging', 302);
    const { checks, target } = signIn;
    if (target.kind === 'operator') {
      if (c.req.valid('query').error) return c.redirect('/plattform?feil=avbrutt', 302);
      return finishOperatorSignIn(c, checks);
    }
    const { slug, returnTo } = target;
    if (c.req.valid('query').error) return c.redirect(`/${slug}?feil=avbrutt`, 302);

    const outcome = await completeSignIn(deps, { currentUrl: callbackUrl(c), checks, slug });
    if (outcome.kind === 'failed') {
      return c.redirect(
        outcome.slug ? `/${outcome.slug}?feil=innlogging` : '/?feil=innlogging',
        302,
      );
    }
    if (outcome.kind === 'no-role') return c.redirect(`/${outcome.slug}/ingen-tilgang`, 302);
    setCookie(c, SESSION_COOKIE, outcome.token, sessionCookieOptions(c));
    const home = `/${outcome.slug}/hjem`;
    return c.redirect(returnTo?.startsWith(`/${outcome.slug}/`) ? returnTo : home, 302);
  })
  .openapi(logout, async (c) => {
    const deps = c.get('deps');
    const token = getCookie(c, SESSION_COOKIE);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    const session = token
      ? await validateSessionToken(deps.database, token, {
          touch: 'never',
          limits: deps.config.sessionLimits,
        })
      : null;
    if (!session) return c.json({ endSessionUrl: null }, 200);
    const ended = await withTenant(
      deps.database,
      { municipalityId: session.municipalityId, personId: session.personId },
      async (tx) => {
        const row = await deleteSession(tx, session);
        await recordAudit(tx, {
          municipalityId: session.municipalityId,
          actorPersonId: session.personId,
          action: 'session.ended',
          entity: 'session',
          data: { sessionId: session.id, reason: 'logout' },
        });
        const [m] = await tx
          .select({ slug: schema.municipality.slug })
          .from(schema.municipality)
          .where(eq(schema.municipality.id, session.municipalityId));
        return { idToken: row?.idToken ?? null, slug: m?.slug ?? '' };
      },
    );
    const endSessionUrl = await deps.oidc.endSessionUrl({
      idToken: ended.idToken,
      postLogoutRedirectUri: new URL(LOGGED_OUT_PATH, deps.config.PUBLIC_ORIGIN).href,
      state: ended.slug,
    });
    return c.json({ endSessionUrl }, 200);
  })
  .openapi(loggedOut, (c) => {
    const { state } = c.req.valid('query');
    const slug = slugSchema.safeParse(state);
    return c.redirect(slug.success ? `/${slug.data}?utlogget=1` : '/', 302);
  })
  .openapi(frontchannelLogout, async (c) => {
    const { iss, sid } = c.req.valid('query');
    const deps = c.get('deps');
    if (iss === deps.oidc.issuer) {
      const count = await endSessionsByIdpSid(deps.database, sid);
      deps.logger.info({ count }, 'front-channel logout');
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    c.header('cache-control', 'no-store');
    return c.body(null, 200);
  })
  .openapi(getSession, async (c) => c.json(await sessionInfo(c, sessionOf(c)), 200))
  .openapi(extendSession, async (c) => c.json(await sessionInfo(c, sessionOf(c)), 200))
  .openapi(me, async (c) => {
    const session = sessionOf(c);
    const result = await inTenant(c, async (tx) => {
      const actor = await loadActorOrThrow(tx, session);
      const [m] = await tx
        .select({ slug: schema.municipality.slug, name: schema.municipality.name })
        .from(schema.municipality)
        .where(and(eq(schema.municipality.id, session.municipalityId)));
      return { actor, municipality: m ?? { slug: '', name: '' } };
    });
    const { actor, municipality } = result;
    return c.json(
      {
        person: { id: actor.personId, name: actor.name },
        municipality,
        roles: rolesOf(actor),
        units: actor.memberships.map((m) => ({
          id: m.unitId,
          name: m.unitName,
          type: m.unitType,
          districtName: m.districtName,
          capabilities: {
            holder: m.holder,
            actor: m.actor,
            superUser: m.superUser,
            unitLeader: m.unitLeader,
          },
        })),
      },
      200,
    );
  });
