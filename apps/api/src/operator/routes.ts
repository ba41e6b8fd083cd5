import { createRoute } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { getCookie, deleteCookie } from 'hono/cookie';
import { schema, withOperator } from '@stafett/db';
import {
  logoutResponseSchema,
  onboardingSchema,
  operatorMeSchema,
  operatorMunicipalityListSchema,
  operatorMunicipalitySchema,
} from '@stafett/domain';
import { redirectToProvider } from '../auth/sign-in-flow';
import { createRouter } from '../http/context';
import { unauthenticated } from '../http/errors';
import { json, problems } from '../http/openapi-helpers';
import { operatorSessionOf, requireOperator } from './middleware';
import { onboardMunicipality } from './onboard-municipality';
import { deleteOperatorSession, findOperator, OPERATOR_SESSION_COOKIE } from './operator-session';
import { parseSessionToken } from '../auth/session-token';

const tags = ['Platform operator'];

const login = createRoute({
  method: 'get',
  path: '/operator/auth/login',
  tags,
  summary: 'Sign in as the platform operator with ID-porten',
  responses: { 302: { description: 'To the OpenID provider' } },
});

const logout = createRoute({
  method: 'post',
  path: '/operator/auth/logout',
  tags,
  summary: "End the operator's session",
  responses: { 200: json(logoutResponseSchema, 'Signed out') },
});

const me = createRoute({
  method: 'get',
  path: '/operator/me',
  tags,
  summary: 'The signed-in platform operator',
  middleware: [requireOperator] as const,
  responses: { 200: json(operatorMeSchema, 'You'), ...problems(401) },
});

const list = createRoute({
  method: 'get',
  path: '/operator/municipalities',
  tags,
  summary: 'The municipality directory (nothing inside the municipalities)',
  middleware: [requireOperator] as const,
  responses: { 200: json(operatorMunicipalityListSchema, 'Directory'), ...problems(401) },
});

const onboard = createRoute({
  method: 'post',
  path: '/operator/municipalities',
  tags,
  summary: 'Onboard a municipality with its first municipality admin',
  middleware: [requireOperator] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: onboardingSchema } } },
  },
  responses: {
    201: json(operatorMunicipalitySchema, 'Onboarded'),
    ...problems(400, 401, 422),
  },
});

export const operatorRoutes = createRouter()
  .openapi(login, (c) => redirectToProvider(c, { kind: 'operator' }))
  .openapi(logout, async (c) => {
    const deps = c.get('deps');
    const parsed = parseSessionToken(getCookie(c, OPERATOR_SESSION_COOKIE) ?? '');
    deleteCookie(c, OPERATOR_SESSION_COOKIE, { path: '/' });
    if (!parsed) return c.json({ endSessionUrl: null }, 200);
    const idToken = await deleteOperatorSession(deps.database, parsed.id);
    const endSessionUrl = await deps.oidc.endSessionUrl({
      idToken,
      postLogoutRedirectUri: new URL('/api/v1/auth/logged-out', deps.config.PUBLIC_ORIGIN).href,
      state: 'plattform',
    });
    return c.json({ endSessionUrl }, 200);
  })
  .openapi(me, async (c) => {
    const operator = await findOperator(c.get('deps').database, operatorSessionOf(c).operatorId);
    if (!operator) throw unauthenticated();
    return c.json({ operator }, 200);
  })
  .openapi(list, async (c) => {
    const rows = await withOperator(c.get('deps').database, (tx) =>
      tx
        .select({
          id: schema.municipality.id,
          slug: schema.municipality.slug,
          name: schema.municipality.name,
          writtenStandard: schema.municipality.writtenStandard,
          createdAt: schema.municipality.createdAt,
        })
        .from(schema.municipality)
        .orderBy(asc(schema.municipality.name)),
    );
    return c.json(
      { items: rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) },
      200,
    );
  })
  .openapi(onboard, async (c) => {
    const { database, config } = c.get('deps');
    const created = await onboardMunicipality(database, c.req.valid('json'), {
      allowSyntheticIds: config.allowSyntheticIds,
      operatorId: operatorSessionOf(c).operatorId,
    });
    return c.json(created, 201);
  });
