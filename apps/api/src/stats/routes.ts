import { createRoute } from '@hono/zod-openapi';
import {
  deadlineListSchema,
  districtParamsSchema,
  logOverviewSchema,
  logParamsSchema,
  statsQuerySchema,
  statsReportSchema,
  unitParamsSchema,
} from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { asActor } from '../org/org-context';
import { unitDeadlines } from './deadlines';
import { logOverview } from './overview';
import { buildReport } from './report';
import { districtScope, municipalityScope, unitScope } from './scope';

const tags = ['Statistics'];
const filters =
  'Filters: `from` and `to` as YYYY-MM (default: the last 12 months), `unitType`, `category` (one of the municipality’s). The category narrows measures, evaluations and attentions. Figures come from a rollup refreshed every ten minutes (`refreshedAt`).';

const municipality = createRoute({
  method: 'get',
  path: '/stats/municipality',
  tags,
  summary: 'The municipality by district (the municipality admin, S1–S2)',
  description: filters,
  middleware: [requireSession()] as const,
  request: { query: statsQuerySchema },
  responses: { 200: json(statsReportSchema, 'Report'), ...problems(401, 404, 422) },
});

const district = createRoute({
  method: 'get',
  path: '/stats/districts/{districtId}',
  tags,
  summary: 'A district by unit (the municipality admin, the district’s leader)',
  description: filters,
  middleware: [requireSession()] as const,
  request: { params: districtParamsSchema, query: statsQuerySchema },
  responses: { 200: json(statsReportSchema, 'Report'), ...problems(401, 404, 422) },
});

const unit = createRoute({
  method: 'get',
  path: '/stats/units/{unitId}',
  tags,
  summary: 'One unit (its leader, its district’s leader, the municipality admin)',
  description: `${filters} Holders by name only for the unit’s own leader (S4).`,
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema, query: statsQuerySchema },
  responses: { 200: json(statsReportSchema, 'Report'), ...problems(401, 404, 422) },
});

const deadlines = createRoute({
  method: 'get',
  path: '/stats/units/{unitId}/deadlines',
  tags,
  summary: 'The unit’s open deadlines by child, live (the unit’s own leader, S3)',
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema },
  responses: { 200: json(deadlineListSchema, 'Deadlines'), ...problems(401, 404, 422) },
});

const overview = createRoute({
  method: 'get',
  path: '/logs/{logId}/overview',
  tags,
  summary: 'A log’s metadata and open deadlines, for its unit’s leader (C8, S3)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(logOverviewSchema, 'Overview'), ...problems(401, 403, 404, 422) },
});

export const statsRoutes = createRouter()
  .openapi(municipality, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      await asActor(c, async (ctx) => buildReport(ctx, await municipalityScope(ctx), query)),
      200,
    );
  })
  .openapi(district, async (c) => {
    const { districtId } = c.req.valid('param');
    const query = c.req.valid('query');
    return c.json(
      await asActor(c, async (ctx) =>
        buildReport(ctx, await districtScope(ctx, districtId), query),
      ),
      200,
    );
  })
  .openapi(unit, async (c) => {
    const { unitId } = c.req.valid('param');
    const query = c.req.valid('query');
    return c.json(
      await asActor(c, async (ctx) => buildReport(ctx, await unitScope(ctx, unitId), query)),
      200,
    );
  })
  .openapi(deadlines, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => unitDeadlines(ctx, unitId)), 200);
  })
  .openapi(overview, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => logOverview(ctx, logId)), 200);
  });
