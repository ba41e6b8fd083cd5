import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { healthSchema } from '@stafett/domain';
import { sql } from 'drizzle-orm';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { archiveRoutes } from './archive/routes';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { lifecycleRoutes } from './lifecycle/routes';
import { logRoutes } from './logs/routes';
import { transferPackageRoutes } from './transfer-packages/routes';
import { meetingRoutes } from './logs/meeting-routes';
import type { AppDeps, AppEnv } from './http/context';
import { json } from './http/openapi-helpers';
import { problemResponse, toProblem } from './http/problem';
import { mountReference } from './http/reference';
import { requestLog } from './http/request-log';
import { contactRoutes } from './org/contact-routes';
import { districtRoutes } from './org/district-routes';
import { orgRoutes } from './org/routes';
import { staffRoutes } from './org/staff-routes';
import { unitAdminRoutes } from './org/unit-admin-routes';
import { settingsRoutes } from './settings/routes';
import { statsRoutes } from './stats/routes';
import { transferRoutes } from './transfers/routes';
import { operatorRoutes } from './operator/routes';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Operations'],
  summary: 'Liveness and database check',
  responses: {
    200: json(healthSchema, 'Healthy'),
    503: json(healthSchema, 'The database does not answer'),
  },
});

/** The versioned API; its type is what the web app's typed client (`hc`) is built from. */
function mountApi(app: OpenAPIHono<AppEnv>) {
  return app
    .openapi(health, async (c) => {
      try {
        await c.get('deps').database.db.execute(sql`select 1`);
        return c.json({ status: 'ok', database: 'ok' } as const, 200);
      } catch {
        return c.json({ status: 'unavailable', database: 'unavailable' } as const, 503);
      }
    })
    .route('/api/v1', orgRoutes)
    .route('/api/v1', authRoutes)
    .route('/api/v1', contactRoutes)
    .route('/api/v1', districtRoutes)
    .route('/api/v1', unitAdminRoutes)
    .route('/api/v1', staffRoutes)
    .route('/api/v1', settingsRoutes)
    .route('/api/v1', auditRoutes)
    .route('/api/v1', operatorRoutes)
    .route('/api/v1', logRoutes)
    .route('/api/v1', archiveRoutes)
    .route('/api/v1', transferPackageRoutes)
    .route('/api/v1', lifecycleRoutes)
    .route('/api/v1', meetingRoutes)
    .route('/api/v1', transferRoutes)
    .route('/api/v1', statsRoutes);
}

export type AppType = ReturnType<typeof mountApi>;

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestLog);
  app.use('*', secureHeaders());
  // Browsers send Origin on cross-site form posts; only our own web origin may change state.
  app.use('*', csrf({ origin: deps.config.PUBLIC_ORIGIN }));

  mountApi(app);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Stafett API',
      version: '1',
      description:
        'The stafettlogg API. Errors are application/problem+json (RFC 9457). Sign-in is ID-porten (OpenID Connect); the session is an HttpOnly cookie.',
    },
  });
  mountReference(app);

  app.notFound((c) => problemResponse(c, 404, `Finnes ikke: ${new URL(c.req.url).pathname}`));
  app.onError((err, c) =>
    toProblem(err, c, (e) => deps.logger.error({ err: e }, 'unhandled error')),
  );
  return app;
}
