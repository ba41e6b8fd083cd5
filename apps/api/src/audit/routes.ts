import { createRoute } from '@hono/zod-openapi';
import { auditEventPageSchema, auditEventQuerySchema } from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { asMunicipalityAdmin } from '../settings/as-admin';
import { listAuditEvents } from './list-events';

const listRoute = createRoute({
  method: 'get',
  path: '/audit-events',
  tags: ['Audit'],
  summary: "Your municipality's audit trail, newest first (municipality admin)",
  description:
    'Filters narrow the list; `nextCursor` fetches the next page with the same filters. National ids never appear.',
  middleware: [requireSession()] as const,
  request: { query: auditEventQuerySchema },
  responses: {
    200: json(auditEventPageSchema, 'One page of events'),
    ...problems(401, 403, 422),
  },
});

export const auditRoutes = createRouter().openapi(listRoute, async (c) => {
  const query = c.req.valid('query');
  return c.json(
    await asMunicipalityAdmin(c, 'audit:list', (ctx) => listAuditEvents(ctx, query)),
    200,
  );
});
