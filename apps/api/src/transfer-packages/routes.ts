import { createRoute, z } from '@hono/zod-openapi';
import {
  incomingPackageSchema,
  logParamsSchema,
  outgoingPackageSchema,
  transferPackageAcceptSchema,
  transferPackageCreateSchema,
  transferPackageDeclineSchema,
  transferPackageParamsSchema,
} from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { loadLogFor } from '../logs/log-resource';
import { asActor } from '../org/org-context';
import { acceptPackage, declinePackage, listIncoming } from './receive';
import { cancelPackage, sendPackage } from './send';
import { listOutgoing } from './snapshot';

const tags = ['Transfers between municipalities'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const created = z.object({ id: z.uuid() }).meta({ id: 'Created' });

const send = createRoute({
  method: 'post',
  path: '/logs/{logId}/transfer-packages',
  tags,
  summary:
    'Send the log to another municipality on the platform (the holder or the unit leader; X4)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(transferPackageCreateSchema) },
  responses: { 201: json(created, 'Sent'), ...problems(400, 401, 403, 404, 409, 422) },
});

const outgoing = createRoute({
  method: 'get',
  path: '/logs/{logId}/transfer-packages',
  tags,
  summary: 'What was sent of this log to other municipalities, and what became of it',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(outgoingPackageSchema) }), 'Packages'),
    ...problems(401, 403, 404, 422),
  },
});

const cancel = createRoute({
  method: 'post',
  path: '/transfer-packages/{packageId}/cancel',
  tags,
  summary: 'Take back a package that has not been taken in yet (the sender)',
  middleware: [requireSession()] as const,
  request: { params: transferPackageParamsSchema },
  responses: { 200: json(created, 'Cancelled'), ...problems(401, 403, 404, 409, 422) },
});

const incoming = createRoute({
  method: 'get',
  path: '/transfer-packages/incoming',
  tags,
  summary: 'Logs from other municipalities waiting for this one (its unit leaders)',
  middleware: [requireSession()] as const,
  responses: {
    200: json(z.object({ items: z.array(incomingPackageSchema) }), 'Incoming'),
    ...problems(401, 403),
  },
});

const accept = createRoute({
  method: 'post',
  path: '/transfer-packages/{packageId}/accept',
  tags,
  summary: 'Take the log into a new log of your unit with a holder (a unit leader here)',
  middleware: [requireSession()] as const,
  request: { params: transferPackageParamsSchema, body: body(transferPackageAcceptSchema) },
  responses: {
    201: json(z.object({ logId: z.uuid() }), 'The new log'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const decline = createRoute({
  method: 'post',
  path: '/transfer-packages/{packageId}/decline',
  tags,
  summary: 'Decline a log from another municipality, with the reason (a unit leader here)',
  middleware: [requireSession()] as const,
  request: { params: transferPackageParamsSchema, body: body(transferPackageDeclineSchema) },
  responses: { 200: json(created, 'Declined'), ...problems(400, 401, 403, 404, 422) },
});

export const transferPackageRoutes = createRouter()
  .openapi(send, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => sendPackage(ctx, logId, input)), 201);
  })
  .openapi(outgoing, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(
      {
        items: await asActor(c, async (ctx) => {
          await loadLogFor(ctx, logId, 'log:read_metadata');
          return listOutgoing(ctx, logId);
        }),
      },
      200,
    );
  })
  .openapi(cancel, async (c) => {
    const { packageId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => cancelPackage(ctx, packageId)), 200);
  })
  .openapi(incoming, async (c) => c.json({ items: await asActor(c, listIncoming) }, 200))
  .openapi(accept, async (c) => {
    const { packageId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => acceptPackage(ctx, packageId, input)), 201);
  })
  .openapi(decline, async (c) => {
    const { packageId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => declinePackage(ctx, packageId, reason)), 200);
  });
