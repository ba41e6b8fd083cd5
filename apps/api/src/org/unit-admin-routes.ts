import { createRoute } from '@hono/zod-openapi';
import {
  appointLeaderSchema,
  districtParamsSchema,
  orgUnitListSchema,
  orgUnitSchema,
  staffMemberSchema,
  unitCreateSchema,
  unitLeaderParamsSchema,
  unitListQuerySchema,
  unitParamsSchema,
  unitUpdateSchema,
} from '@stafett/domain';
import type { z } from 'zod';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { appointUnitLeader } from './appoint-unit-leader';
import { createUnit } from './create-unit';
import { listUnits } from './list-units';
import { asActor } from './org-context';
import { removeUnitLeader } from './remove-unit-leader';
import { updateUnit } from './update-unit';

const tags = ['Organisation'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/units',
  tags,
  summary: 'Units of one district, or of every district you manage',
  middleware: [requireSession()] as const,
  request: { query: unitListQuerySchema },
  responses: { 200: json(orgUnitListSchema, 'Units'), ...problems(401, 403, 404, 422) },
});

const create = createRoute({
  method: 'post',
  path: '/districts/{districtId}/units',
  tags,
  summary: "Create a unit in a district (the district's leader or the municipality admin)",
  middleware: [requireSession()] as const,
  request: { params: districtParamsSchema, body: body(unitCreateSchema) },
  responses: {
    201: json(orgUnitSchema, 'Created'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/units/{unitId}',
  tags,
  summary: "Change a unit's name, type or children served (send the version you read)",
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema, body: body(unitUpdateSchema) },
  responses: {
    200: json(orgUnitSchema, 'Saved'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const appointLeader = createRoute({
  method: 'post',
  path: '/units/{unitId}/leaders',
  tags,
  summary: 'Appoint a unit leader by national id (district leader or municipality admin)',
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema, body: body(appointLeaderSchema) },
  responses: {
    201: json(staffMemberSchema, "Appointed: the leader's membership in the unit"),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const removeLeader = createRoute({
  method: 'delete',
  path: '/units/{unitId}/leaders/{personId}',
  tags,
  summary: "End a unit leader's appointment (they stay staff of the unit)",
  middleware: [requireSession()] as const,
  request: { params: unitLeaderParamsSchema },
  responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 422) },
});

export const unitAdminRoutes = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid('query');
    return c.json(await asActor(c, (ctx) => listUnits(ctx, query)), 200);
  })
  .openapi(create, async (c) => {
    const { districtId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createUnit(ctx, districtId, input)), 201);
  })
  .openapi(update, async (c) => {
    const { unitId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateUnit(ctx, unitId, input)), 200);
  })
  .openapi(appointLeader, async (c) => {
    const { unitId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => appointUnitLeader(ctx, unitId, input)), 201);
  })
  .openapi(removeLeader, async (c) => {
    const { unitId, personId } = c.req.valid('param');
    await asActor(c, (ctx) => removeUnitLeader(ctx, unitId, personId));
    return c.body(null, 204);
  });
