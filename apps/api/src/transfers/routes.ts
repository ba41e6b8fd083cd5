import { createRoute, z } from '@hono/zod-openapi';
import {
  incomingQuerySchema,
  logParamsSchema,
  logTransfersSchema,
  staffLogsSchema,
  staffParamsSchema,
  transferAcceptSchema,
  transferCreateSchema,
  transferDeclineSchema,
  transferListSchema,
  transferParamsSchema,
  transferRecipientsSchema,
  transferViewSchema,
} from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { asActor } from '../org/org-context';
import { acceptTransfer, cancelTransfer, declineTransfer } from './decide-transfer';
import { listIncoming, logTransfers, staffLogs } from './list-transfers';
import { listRecipients } from './recipients';
import { startTransfer } from './start-transfer';

const tags = ['Transfers'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const start = createRoute({
  method: 'post',
  path: '/logs/{logId}/transfers',
  tags,
  summary: 'Start a transfer: the holder, or the unit leader on their behalf (X1, X3)',
  description:
    'Within the unit or to another unit of the municipality. The recipient is a named staff member who may hold, or the receiving unit’s leader (`toPersonId: null`). One pending transfer per log.',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(transferCreateSchema) },
  responses: {
    201: json(transferViewSchema, 'Started'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const history = createRoute({
  method: 'get',
  path: '/logs/{logId}/transfers',
  tags,
  summary: 'The log’s transfers: the history of holders and the pending one',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(logTransfersSchema, 'Transfers'), ...problems(401, 403, 404, 422) },
});

const recipients = createRoute({
  method: 'get',
  path: '/logs/{logId}/transfers/recipients',
  tags,
  summary: 'Where the log may go: units, their leaders and holders (who may start one)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: {
    200: json(transferRecipientsSchema, 'Recipients'),
    ...problems(401, 403, 404, 422),
  },
});

const incoming = createRoute({
  method: 'get',
  path: '/transfers/incoming',
  tags,
  summary: 'Pending transfers to me, or to a unit I lead (X2)',
  middleware: [requireSession()] as const,
  request: { query: incomingQuerySchema },
  responses: { 200: json(transferListSchema, 'Incoming'), ...problems(401, 403, 404, 422) },
});

const accept = createRoute({
  method: 'post',
  path: '/transfers/{transferId}/accept',
  tags,
  summary: 'Accept: the named recipient, or the receiving unit’s leader naming the holder (X2)',
  middleware: [requireSession()] as const,
  request: { params: transferParamsSchema, body: body(transferAcceptSchema) },
  responses: {
    200: json(transferViewSchema, 'Accepted'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const decline = createRoute({
  method: 'post',
  path: '/transfers/{transferId}/decline',
  tags,
  summary: 'Decline with a reason; the log stays with its holder (X2)',
  middleware: [requireSession()] as const,
  request: { params: transferParamsSchema, body: body(transferDeclineSchema) },
  responses: {
    200: json(transferViewSchema, 'Declined'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const cancel = createRoute({
  method: 'post',
  path: '/transfers/{transferId}/cancel',
  tags,
  summary: 'Take a pending transfer back: the holder or their unit’s leader',
  middleware: [requireSession()] as const,
  request: { params: transferParamsSchema },
  responses: {
    200: json(transferViewSchema, 'Cancelled'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const handover = createRoute({
  method: 'get',
  path: '/units/{unitId}/staff/{membershipId}/logs',
  tags,
  summary: 'A staff member’s active logs in the unit, for the leader’s handover (X3, T6)',
  middleware: [requireSession()] as const,
  request: { params: staffParamsSchema },
  responses: { 200: json(staffLogsSchema, 'Logs'), ...problems(401, 403, 404, 422) },
});

export const transferRoutes = createRouter()
  .openapi(start, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => startTransfer(ctx, logId, input)), 201);
  })
  .openapi(history, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => logTransfers(ctx, logId)), 200);
  })
  .openapi(recipients, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => listRecipients(ctx, logId)), 200);
  })
  .openapi(incoming, async (c) => {
    const { unitId } = c.req.valid('query');
    return c.json(await asActor(c, (ctx) => listIncoming(ctx, unitId)), 200);
  })
  .openapi(accept, async (c) => {
    const { transferId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => acceptTransfer(ctx, transferId, input)), 200);
  })
  .openapi(decline, async (c) => {
    const { transferId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => declineTransfer(ctx, transferId, input)), 200);
  })
  .openapi(cancel, async (c) => {
    const { transferId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => cancelTransfer(ctx, transferId)), 200);
  })
  .openapi(handover, async (c) => {
    const { unitId, membershipId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => staffLogs(ctx, unitId, membershipId)), 200);
  });
