import { createRoute } from '@hono/zod-openapi';
import {
  pageQuerySchema,
  staffCreateSchema,
  staffListSchema,
  staffMemberSchema,
  staffParamsSchema,
  staffUpdateSchema,
  unitParamsSchema,
  versionOnlySchema,
} from '@stafett/domain';
import type { z } from 'zod';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { addStaff } from './add-staff';
import { deactivateStaff } from './deactivate-staff';
import { listStaff } from './list-staff';
import { asActor } from './org-context';
import { reactivateStaff } from './reactivate-staff';
import { updateStaff } from './update-staff';

const tags = ['Organisation'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const list = createRoute({
  method: 'get',
  path: '/units/{unitId}/staff',
  tags,
  summary: "The unit's staff, active and inactive (the unit's leader)",
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema, query: pageQuerySchema },
  responses: { 200: json(staffListSchema, 'Staff'), ...problems(401, 403, 404, 422) },
});

const add = createRoute({
  method: 'post',
  path: '/units/{unitId}/staff',
  tags,
  summary: 'Add a person as staff of the unit by national id (the unit leader)',
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema, body: body(staffCreateSchema) },
  responses: {
    201: json(staffMemberSchema, 'Added'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/units/{unitId}/staff/{membershipId}',
  tags,
  summary: 'Change what a staff member may be: holder, actor, super user',
  middleware: [requireSession()] as const,
  request: { params: staffParamsSchema, body: body(staffUpdateSchema) },
  responses: {
    200: json(staffMemberSchema, 'Saved'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const deactivate = createRoute({
  method: 'post',
  path: '/units/{unitId}/staff/{membershipId}/deactivate',
  tags,
  summary: 'Deactivate a staff member who leaves the unit (send the version you read)',
  middleware: [requireSession()] as const,
  request: { params: staffParamsSchema, body: body(versionOnlySchema) },
  responses: {
    200: json(staffMemberSchema, 'Deactivated'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const reactivate = createRoute({
  method: 'post',
  path: '/units/{unitId}/staff/{membershipId}/reactivate',
  tags,
  summary: 'Reactivate a staff member (send the version you read)',
  middleware: [requireSession()] as const,
  request: { params: staffParamsSchema, body: body(versionOnlySchema) },
  responses: {
    200: json(staffMemberSchema, 'Reactivated'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

export const staffRoutes = createRouter()
  .openapi(list, async (c) => {
    const { unitId } = c.req.valid('param');
    const query = c.req.valid('query');
    return c.json(await asActor(c, (ctx) => listStaff(ctx, unitId, query)), 200);
  })
  .openapi(add, async (c) => {
    const { unitId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => addStaff(ctx, unitId, input)), 201);
  })
  .openapi(update, async (c) => {
    const { unitId, membershipId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateStaff(ctx, unitId, membershipId, input)), 200);
  })
  .openapi(deactivate, async (c) => {
    const { unitId, membershipId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(
      await asActor(c, (ctx) => deactivateStaff(ctx, unitId, membershipId, input)),
      200,
    );
  })
  .openapi(reactivate, async (c) => {
    const { unitId, membershipId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(
      await asActor(c, (ctx) => reactivateStaff(ctx, unitId, membershipId, input)),
      200,
    );
  });
