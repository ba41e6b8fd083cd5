import { createRoute, z } from '@hono/zod-openapi';
import {
  grantCreateSchema,
  grantCandidateSchema,
  grantListSchema,
  grantParamsSchema,
  logParamsSchema,
  logViewSchema,
  meetingCancelSchema,
  meetingCreateSchema,
  meetingHeldSchema,
  meetingParamsSchema,
  meetingUpdateSchema,
} from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { asActor } from '../org/org-context';
import { listGrantCandidates } from './grant-candidates';
import { createGrant, listGrants, revokeGrant } from './grants';
import { getMeetingView } from './meeting-view';
import { cancelMeeting, createMeeting, markMeetingHeld, updateMeeting } from './meetings';

/** Meetings (C6), meeting mode (C7) and read grants (C8): validate, then the service decides. */
const tags = ['Logs'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
// Same shapes as the log router's Created and Changed; left unnamed so the ids stay unique.
const created = z.object({ id: z.uuid() });
const changed = z.object({ id: z.uuid(), version: z.number().int() });
const revoked = z.object({ id: z.uuid(), revokedAt: z.string() }).meta({ id: 'GrantRevoked' });

const addMeeting = createRoute({
  method: 'post',
  path: '/logs/{logId}/meetings',
  tags,
  summary:
    'Call a meeting; participants with an e-mail get an invitation with .ics (the holder; C6)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(meetingCreateSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const editMeeting = createRoute({
  method: 'patch',
  path: '/logs/{logId}/meetings/{meetingId}',
  tags,
  summary: 'Change a planned meeting from the version read; a new time sends updated invitations',
  middleware: [requireSession()] as const,
  request: { params: meetingParamsSchema, body: body(meetingUpdateSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const held = createRoute({
  method: 'post',
  path: '/logs/{logId}/meetings/{meetingId}/held',
  tags,
  summary: 'Mark the meeting held, with its own evaluation (the holder; C6)',
  middleware: [requireSession()] as const,
  request: { params: meetingParamsSchema, body: body(meetingHeldSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const cancel = createRoute({
  method: 'post',
  path: '/logs/{logId}/meetings/{meetingId}/cancel',
  tags,
  summary: 'Cancel a planned meeting (the holder; C6)',
  middleware: [requireSession()] as const,
  request: { params: meetingParamsSchema, body: body(meetingCancelSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const meetingView = createRoute({
  method: 'get',
  path: '/logs/{logId}/meeting-view',
  tags,
  summary: 'The log for a shared screen: no notes, no read history (C7); audited',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: {
    200: json(logViewSchema, 'The log in meeting mode'),
    ...problems(401, 403, 404, 422),
  },
});

const grants = createRoute({
  method: 'get',
  path: '/logs/{logId}/grants',
  tags,
  summary: 'Read grants of the log, revoked ones too (the holder and the family; C8)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(grantListSchema, 'Grants'), ...problems(401, 403, 404, 422) },
});

const grantCandidates = createRoute({
  method: 'get',
  path: '/logs/{logId}/grant-candidates',
  tags,
  summary: 'Staff the holder may give read access, leaders marked (the holder; C8)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(grantCandidateSchema) }), 'Candidates'),
    ...problems(401, 403, 404, 422),
  },
});

const grant = createRoute({
  method: 'post',
  path: '/logs/{logId}/grants',
  tags,
  summary:
    'Give staff read access to the log or chosen attentions, with the guardians’ consent (C8)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(grantCreateSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const revoke = createRoute({
  method: 'post',
  path: '/logs/{logId}/grants/{grantId}/revoke',
  tags,
  summary: 'End a read grant (the holder, or the family withdrawing consent; C8, L7)',
  middleware: [requireSession()] as const,
  request: { params: grantParamsSchema },
  responses: { 200: json(revoked, 'Revoked'), ...problems(401, 403, 404, 409, 422) },
});

export const meetingRoutes = createRouter()
  .openapi(addMeeting, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createMeeting(ctx, logId, input)), 201);
  })
  .openapi(editMeeting, async (c) => {
    const { logId, meetingId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateMeeting(ctx, logId, meetingId, input)), 200);
  })
  .openapi(held, async (c) => {
    const { logId, meetingId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => markMeetingHeld(ctx, logId, meetingId, input)), 200);
  })
  .openapi(cancel, async (c) => {
    const { logId, meetingId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => cancelMeeting(ctx, logId, meetingId, input)), 200);
  })
  .openapi(meetingView, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => getMeetingView(ctx, logId)), 200);
  })
  .openapi(grants, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json({ items: await asActor(c, (ctx) => listGrants(ctx, logId)) }, 200);
  })
  .openapi(grantCandidates, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json({ items: await asActor(c, (ctx) => listGrantCandidates(ctx, logId)) }, 200);
  })
  .openapi(grant, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createGrant(ctx, logId, input)), 201);
  })
  .openapi(revoke, async (c) => {
    const { logId, grantId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => revokeGrant(ctx, logId, grantId)), 200);
  });
