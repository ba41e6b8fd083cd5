import { createRoute, z } from '@hono/zod-openapi';
import {
  deletedLogSchema,
  deletionAnswerSchema,
  deletionRequestParamsSchema,
  DOCUMENT_MAX_BYTES,
  logCloseSchema,
  logLifecycleSchema,
  logParamsSchema,
  logReopenSchema,
  unitLifecycleSchema,
  unitParamsSchema,
} from '@stafett/domain';
import { bodyLimit } from 'hono/body-limit';
import { requireSession } from '../auth/middleware';
import { checkDocument } from '../files/check-document';
import { createRouter } from '../http/context';
import { AppError, conflict } from '../http/errors';
import { json, problems } from '../http/openapi-helpers';
import { fieldErrors, problemResponse } from '../http/problem';
import { asActor } from '../org/org-context';
import { closeLog, withdrawConsent } from './close';
import { deleteLog } from './delete-log';
import { answerDeletionRequest, requestDeletion } from './deletion-requests';
import { logLifecycle, unitLifecycle } from './overview';
import { reopenLog } from './reopen';

const tags = ['Lifecycle'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const created = z.object({ id: z.uuid() });
const changed = z.object({ id: z.uuid(), version: z.number().int() });
const binary = z.file().openapi({ type: 'string', format: 'binary' });

const lifecycle = createRoute({
  method: 'get',
  path: '/logs/{logId}/lifecycle',
  tags,
  summary: 'Where the log stands (active, passive), why it closed, and what the person may do',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(logLifecycleSchema, 'Lifecycle'), ...problems(401, 403, 404, 422) },
});

const close = createRoute({
  method: 'post',
  path: '/logs/{logId}/close',
  tags,
  summary: 'The holder closes the log: passive, read-only; the closing archive PDF falls due (L7)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(logCloseSchema) },
  responses: { 200: json(changed, 'Closed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const withdraw = createRoute({
  method: 'post',
  path: '/logs/{logId}/withdraw-consent',
  tags,
  summary: 'A guardian or the youth withdraws consent: the log closes at once, no reason (L7)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(changed, 'Closed'), ...problems(401, 403, 404, 409, 422) },
});

const deletionRequest = createRoute({
  method: 'post',
  path: '/logs/{logId}/deletion-request',
  tags,
  summary: 'A guardian or the youth demands deletion; it lands with the unit leader (L7)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 201: json(created, 'Requested'), ...problems(401, 403, 404, 409, 422) },
});

const reopen = createRoute({
  method: 'post',
  path: '/logs/{logId}/reopen',
  tags,
  summary: 'The unit leader reopens a passive log with new consent (L6)',
  description:
    'multipart/form-data: `data` is the LogReopen JSON, `consentFile` the scanned consent (PDF, JPEG or PNG, at most 10 MB, checked by content).',
  middleware: [
    requireSession(),
    bodyLimit({
      maxSize: DOCUMENT_MAX_BYTES + 64 * 1024,
      onError: (c) => {
        const message = 'Filen er større enn 10 MB. Skann med lavere oppløsning.';
        return problemResponse(c, 422, message, [{ field: 'consentFile', message }]);
      },
    }),
  ] as const,
  request: {
    params: logParamsSchema,
    body: {
      required: true,
      content: {
        'multipart/form-data': { schema: z.object({ data: z.string(), consentFile: binary }) },
      },
    },
  },
  responses: { 200: json(created, 'Reopened'), ...problems(400, 401, 403, 404, 409, 422) },
});

const remove = createRoute({
  method: 'post',
  path: '/logs/{logId}/delete',
  tags,
  summary: 'The unit leader deletes a passive, archived log; an anonymous trace stays (L6)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(deletedLogSchema, 'Deleted'), ...problems(401, 403, 404, 409, 422) },
});

const unitPage = createRoute({
  method: 'get',
  path: '/units/{unitId}/lifecycle',
  tags,
  summary: "The unit's passive logs and open deletion requests (the unit's leader)",
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema },
  responses: { 200: json(unitLifecycleSchema, 'Lifecycle'), ...problems(401, 403, 404, 422) },
});

const answer = createRoute({
  method: 'post',
  path: '/deletion-requests/{requestId}/answer',
  tags,
  summary: "The unit leader's answer to a deletion request (L7)",
  middleware: [requireSession()] as const,
  request: { params: deletionRequestParamsSchema, body: body(deletionAnswerSchema) },
  responses: { 200: json(created, 'Answered'), ...problems(400, 401, 403, 404, 409, 422) },
});

/** The JSON part of the reopen form: its fields are named `data.<path>` in a 422. */
function parseReopen(data: string) {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new AppError('validation', 'Feltet data må være JSON.', [
      { field: 'data', message: 'Feltet data må være JSON.' },
    ]);
  }
  const parsed = logReopenSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'Gjenåpning krever et nytt, signert samtykke. Se feltene under.',
      fieldErrors(parsed.error),
    );
  }
  return parsed.data;
}

export const lifecycleRoutes = createRouter()
  .openapi(lifecycle, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => logLifecycle(ctx, logId)), 200);
  })
  .openapi(close, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => closeLog(ctx, logId, input)), 200);
  })
  .openapi(withdraw, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => withdrawConsent(ctx, logId)), 200);
  })
  .openapi(deletionRequest, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => requestDeletion(ctx, logId)), 201);
  })
  .openapi(reopen, async (c) => {
    const { logId } = c.req.valid('param');
    const form = c.req.valid('form');
    const input = parseReopen(form.data);
    // Read and checked by content before the transaction opens: a bad file writes nothing.
    const document = await checkDocument(form.consentFile, 'consentFile');
    return c.json(await asActor(c, (ctx) => reopenLog(ctx, logId, input, document)), 200);
  })
  .openapi(remove, async (c) => {
    const { logId } = c.req.valid('param');
    const outcome = await asActor(c, (ctx) => deleteLog(ctx, logId));
    // Refused after the 'before_deletion' obligation was committed, so the archive can make it.
    if (!outcome.deleted) throw conflict(outcome.message);
    const { traceId, categories, counts } = outcome;
    return c.json({ traceId, categories, counts }, 200);
  })
  .openapi(unitPage, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => unitLifecycle(ctx, unitId)), 200);
  })
  .openapi(answer, async (c) => {
    const { requestId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => answerDeletionRequest(ctx, requestId, input)), 200);
  });
