import { createRoute } from '@hono/zod-openapi';
import {
  appointLeaderSchema,
  districtCreateSchema,
  districtDetailSchema,
  districtLeaderParamsSchema,
  districtLeaderSchema,
  districtListSchema,
  districtParamsSchema,
  districtSchema,
  districtUpdateSchema,
  pageQuerySchema,
} from '@stafett/domain';
import type { z } from 'zod';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { appointDistrictLeader } from './appoint-district-leader';
import { createDistrict } from './create-district';
import { getDistrict } from './get-district';
import { listDistricts } from './list-districts';
import { asActor } from './org-context';
import { removeDistrictLeader } from './remove-district-leader';
import { updateDistrict } from './update-district';

const tags = ['Organisation'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/districts',
  tags,
  summary: 'Districts: all for the municipality admin, their own for a district leader',
  middleware: [requireSession()] as const,
  request: { query: pageQuerySchema },
  responses: { 200: json(districtListSchema, 'Districts'), ...problems(401, 403, 422) },
});

const create = createRoute({
  method: 'post',
  path: '/districts',
  tags,
  summary: 'Create a district (municipality admin)',
  middleware: [requireSession()] as const,
  request: { body: body(districtCreateSchema) },
  responses: {
    201: json(districtSchema, 'Created'),
    ...problems(400, 401, 403, 409, 422),
  },
});

const get = createRoute({
  method: 'get',
  path: '/districts/{districtId}',
  tags,
  summary: 'One district with its leaders and units',
  middleware: [requireSession()] as const,
  request: { params: districtParamsSchema },
  responses: { 200: json(districtDetailSchema, 'The district'), ...problems(401, 403, 404, 422) },
});

const update = createRoute({
  method: 'patch',
  path: '/districts/{districtId}',
  tags,
  summary: 'Rename a district (municipality admin; send the version you read)',
  middleware: [requireSession()] as const,
  request: { params: districtParamsSchema, body: body(districtUpdateSchema) },
  responses: {
    200: json(districtSchema, 'Saved'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const appointLeader = createRoute({
  method: 'post',
  path: '/districts/{districtId}/leaders',
  tags,
  summary: 'Appoint a district leader by national id (municipality admin)',
  middleware: [requireSession()] as const,
  request: { params: districtParamsSchema, body: body(appointLeaderSchema) },
  responses: {
    201: json(districtLeaderSchema, 'Appointed'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const removeLeader = createRoute({
  method: 'delete',
  path: '/districts/{districtId}/leaders/{personId}',
  tags,
  summary: "End a district leader's appointment (municipality admin)",
  middleware: [requireSession()] as const,
  request: { params: districtLeaderParamsSchema },
  responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 422) },
});

export const districtRoutes = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid('query');
    return c.json(await asActor(c, (ctx) => listDistricts(ctx, query)), 200);
  })
  .openapi(create, async (c) => {
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createDistrict(ctx, input)), 201);
  })
  .openapi(get, async (c) => {
    const { districtId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => getDistrict(ctx, districtId)), 200);
  })
  .openapi(update, async (c) => {
    const { districtId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateDistrict(ctx, districtId, input)), 200);
  })
  .openapi(appointLeader, async (c) => {
    const { districtId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => appointDistrictLeader(ctx, districtId, input)), 201);
  })
  .openapi(removeLeader, async (c) => {
    const { districtId, personId } = c.req.valid('param');
    await asActor(c, (ctx) => removeDistrictLeader(ctx, districtId, personId));
    return c.body(null, 204);
  });
