import { createRoute, z } from '@hono/zod-openapi';
import {
  actorCandidateSchema,
  attentionCreateSchema,
  attentionParamsSchema,
  attentionUpdateSchema,
  brightSpotInputSchema,
  brightSpotUpdateSchema,
  DOCUMENT_MAX_BYTES,
  earlierLogQuerySchema,
  earlierLogsSchema,
  evaluationCreateSchema,
  itemParamsSchema,
  logCreatedSchema,
  logCreateSchema,
  logListSchema,
  logParamsSchema,
  logViewSchema,
  measureChangeSchema,
  measureCreateSchema,
  measureParamsSchema,
  measureTextSchema,
  noteInputSchema,
  noteUpdateSchema,
  unitParamsSchema,
  uuidSchema,
} from '@stafett/domain';
import { bodyLimit } from 'hono/body-limit';
import { requireSession } from '../auth/middleware';
import { checkDocument } from '../files/check-document';
import { createRouter } from '../http/context';
import { AppError } from '../http/errors';
import { json, problems } from '../http/openapi-helpers';
import { fieldErrors, problemResponse } from '../http/problem';
import { asActor } from '../org/org-context';
import { createAttention, updateAttention } from './attentions';
import { listActorCandidates } from './candidates';
import { createBrightSpot, updateBrightSpot } from './bright-spots';
import { createLog } from './create-log';
import { findEarlierLogs } from './earlier-logs';
import { evaluateMeasure } from './evaluations';
import { getLogFile } from './get-file';
import { getLog } from './get-log';
import { listMyLogs, listUnitLogs } from './list-logs';
import { changeMeasure, correctMeasureText, createMeasure } from './measures';
import { attachToNote, createNote, updateNote } from './notes';
import { listLogReads } from './read-history';

const tags = ['Logs'];
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const created = z.object({ id: z.uuid() }).meta({ id: 'Created' });
const changed = z.object({ id: z.uuid(), version: z.number().int() }).meta({ id: 'Changed' });
const binary = z.file().openapi({ type: 'string', format: 'binary' });

/** Uploads: a little over 10 MB for the form's other fields; the file itself is checked after. */
const uploadLimit = (field: string) =>
  bodyLimit({
    maxSize: DOCUMENT_MAX_BYTES + 64 * 1024,
    onError: (c) => {
      const message = 'Filen er større enn 10 MB. Skann med lavere oppløsning.';
      return problemResponse(c, 422, message, [{ field, message }]);
    },
  });

const listMine = createRoute({
  method: 'get',
  path: '/logs',
  tags,
  summary: 'My logs: held, acted in, granted, or my family’s (C8)',
  middleware: [requireSession()] as const,
  responses: { 200: json(logListSchema, 'Logs'), ...problems(401) },
});

const create = createRoute({
  method: 'post',
  path: '/logs',
  tags,
  summary: 'Create a log with the signed consent (L1–L3), or reopen an earlier one (L4)',
  description:
    'multipart/form-data: `data` is the LogCreate JSON, `consentFile` the scanned consent (PDF, JPEG or PNG, at most 10 MB, checked by content). The guardians are e-mailed.',
  middleware: [requireSession(), uploadLimit('consentFile')] as const,
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': { schema: z.object({ data: z.string(), consentFile: binary }) },
      },
    },
  },
  responses: {
    201: json(logCreatedSchema, 'Created'),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const earlier = createRoute({
  method: 'post',
  path: '/logs/earlier',
  tags,
  summary: 'Has this child had a log here before? Metadata only (L4)',
  middleware: [requireSession()] as const,
  request: { body: body(earlierLogQuerySchema) },
  responses: { 200: json(earlierLogsSchema, 'Earlier logs'), ...problems(401, 403, 422) },
});

const unitLogs = createRoute({
  method: 'get',
  path: '/units/{unitId}/logs',
  tags,
  summary: "The unit's logs as metadata (the unit's leader)",
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema },
  responses: { 200: json(logListSchema, 'Logs'), ...problems(401, 403, 404, 422) },
});

const read = createRoute({
  method: 'get',
  path: '/logs/{logId}',
  tags,
  summary: 'The log page: all the person may read, nothing else (C8); audited',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(logViewSchema, 'The log'), ...problems(401, 403, 404, 422) },
});

const reads = createRoute({
  method: 'get',
  path: '/logs/{logId}/reads',
  tags,
  summary: 'Who has read the log and when (the family and the holder; A6)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({ at: z.string(), person: z.object({ id: z.uuid(), name: z.string() }) }),
        ),
      }),
      'Reads',
    ),
    ...problems(401, 403, 404, 422),
  },
});

const file = createRoute({
  method: 'get',
  path: '/logs/{logId}/files/{fileId}',
  tags,
  summary: 'A document of the log: the consent or a note attachment; audited',
  middleware: [requireSession()] as const,
  request: { params: z.strictObject({ logId: uuidSchema, fileId: uuidSchema }) },
  responses: {
    200: {
      description: 'The document',
      content: { 'application/octet-stream': { schema: binary } },
    },
    ...problems(401, 403, 404, 422),
  },
});

const candidates = createRoute({
  method: 'get',
  path: '/logs/{logId}/actor-candidates',
  tags,
  summary: 'Staff who may be responsible for a measure in this log (the holder; L1)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: {
    200: json(z.object({ items: z.array(actorCandidateSchema) }), 'Candidates'),
    ...problems(401, 403, 404, 422),
  },
});

const addAttention = createRoute({
  method: 'post',
  path: '/logs/{logId}/attentions',
  tags,
  summary: 'Add an attention with goal and signs of success (the holder; C1)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(attentionCreateSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const editAttention = createRoute({
  method: 'patch',
  path: '/logs/{logId}/attentions/{attentionId}',
  tags,
  summary: 'Change an attention (the holder), from the version read',
  middleware: [requireSession()] as const,
  request: { params: attentionParamsSchema, body: body(attentionUpdateSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const addMeasure = createRoute({
  method: 'post',
  path: '/logs/{logId}/attentions/{attentionId}/measures',
  tags,
  summary: 'Add a measure with exactly one responsible party (the holder; C2)',
  middleware: [requireSession()] as const,
  request: { params: attentionParamsSchema, body: body(measureCreateSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const correctMeasure = createRoute({
  method: 'patch',
  path: '/logs/{logId}/measures/{measureId}/text',
  tags,
  summary: "Correct a measure's text, within 8 hours of writing it (C2)",
  middleware: [requireSession()] as const,
  request: { params: measureParamsSchema, body: body(measureTextSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const changeMeasureRoute = createRoute({
  method: 'post',
  path: '/logs/{logId}/measures/{measureId}/changes',
  tags,
  summary: 'Extend the deadline, change the actor, mark wrongly registered, or end (C3)',
  middleware: [requireSession()] as const,
  request: { params: measureParamsSchema, body: body(measureChangeSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const evaluate = createRoute({
  method: 'post',
  path: '/logs/{logId}/measures/{measureId}/evaluation',
  tags,
  summary: 'Evaluate a measure, once (C3)',
  middleware: [requireSession()] as const,
  request: { params: measureParamsSchema, body: body(evaluationCreateSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const addBrightSpot = createRoute({
  method: 'post',
  path: '/logs/{logId}/bright-spots',
  tags,
  summary: 'Write a bright spot (holder, actors, guardians, the youth; C4)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(brightSpotInputSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const editBrightSpot = createRoute({
  method: 'patch',
  path: '/logs/{logId}/bright-spots/{itemId}',
  tags,
  summary: 'Edit your own bright spot (C4)',
  middleware: [requireSession()] as const,
  request: { params: itemParamsSchema, body: body(brightSpotUpdateSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const addNote = createRoute({
  method: 'post',
  path: '/logs/{logId}/notes',
  tags,
  summary: 'Write a private note (anyone who reads the log) or a log note (the holder; C5)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(noteInputSchema) },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

const editNote = createRoute({
  method: 'patch',
  path: '/logs/{logId}/notes/{itemId}',
  tags,
  summary: 'Edit your own note (C5)',
  middleware: [requireSession()] as const,
  request: { params: itemParamsSchema, body: body(noteUpdateSchema) },
  responses: { 200: json(changed, 'Changed'), ...problems(400, 401, 403, 404, 409, 422) },
});

const attach = createRoute({
  method: 'post',
  path: '/logs/{logId}/notes/{itemId}/attachments',
  tags,
  summary: 'Attach a PDF or image to your log note (C5)',
  middleware: [requireSession(), uploadLimit('file')] as const,
  request: {
    params: itemParamsSchema,
    body: {
      required: true,
      content: { 'multipart/form-data': { schema: z.object({ file: binary }) } },
    },
  },
  responses: { 201: json(created, 'Created'), ...problems(400, 401, 403, 404, 409, 422) },
});

/** The JSON part of the create form: its fields are named `data.<path>` in a 422. */
function parseLogCreate(data: string) {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new AppError('validation', 'Feltet data må være JSON.', [
      { field: 'data', message: 'Feltet data må være JSON.' },
    ]);
  }
  const parsed = logCreateSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'Noe i forespørselen må rettes. Se feltene under.',
      fieldErrors(parsed.error),
    );
  }
  return parsed.data;
}

export const logRoutes = createRouter()
  .openapi(listMine, async (c) => c.json({ items: await asActor(c, listMyLogs) }, 200))
  .openapi(create, async (c) => {
    const form = c.req.valid('form');
    const input = parseLogCreate(form.data);
    // Read and checked by content before the transaction opens: a bad file writes nothing.
    const document = await checkDocument(form.consentFile, 'consentFile');
    return c.json(await asActor(c, (ctx) => createLog(ctx, input, document)), 201);
  })
  .openapi(earlier, async (c) => {
    const { nationalId } = c.req.valid('json');
    return c.json({ items: await asActor(c, (ctx) => findEarlierLogs(ctx, nationalId)) }, 200);
  })
  .openapi(unitLogs, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json({ items: await asActor(c, (ctx) => listUnitLogs(ctx, unitId)) }, 200);
  })
  .openapi(read, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => getLog(ctx, logId)), 200);
  })
  .openapi(reads, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json({ items: await asActor(c, (ctx) => listLogReads(ctx, logId)) }, 200);
  })
  .openapi(file, async (c) => {
    const { logId, fileId } = c.req.valid('param');
    const doc = await asActor(c, (ctx) => getLogFile(ctx, logId, fileId));
    return c.body(new Uint8Array(doc.bytes), 200, {
      'content-type': doc.mime,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
      'cache-control': 'private, no-store',
    }) as never;
  })
  .openapi(candidates, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json({ items: await asActor(c, (ctx) => listActorCandidates(ctx, logId)) }, 200);
  })
  .openapi(addAttention, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createAttention(ctx, logId, input)), 201);
  })
  .openapi(editAttention, async (c) => {
    const { logId, attentionId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateAttention(ctx, logId, attentionId, input)), 200);
  })
  .openapi(addMeasure, async (c) => {
    const { logId, attentionId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createMeasure(ctx, logId, attentionId, input)), 201);
  })
  .openapi(correctMeasure, async (c) => {
    const { logId, measureId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => correctMeasureText(ctx, logId, measureId, input)), 200);
  })
  .openapi(changeMeasureRoute, async (c) => {
    const { logId, measureId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => changeMeasure(ctx, logId, measureId, input)), 200);
  })
  .openapi(evaluate, async (c) => {
    const { logId, measureId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => evaluateMeasure(ctx, logId, measureId, input)), 201);
  })
  .openapi(addBrightSpot, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createBrightSpot(ctx, logId, input)), 201);
  })
  .openapi(editBrightSpot, async (c) => {
    const { logId, itemId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateBrightSpot(ctx, logId, itemId, input)), 200);
  })
  .openapi(addNote, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => createNote(ctx, logId, input)), 201);
  })
  .openapi(editNote, async (c) => {
    const { logId, itemId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => updateNote(ctx, logId, itemId, input)), 200);
  })
  .openapi(attach, async (c) => {
    const { logId, itemId } = c.req.valid('param');
    const document = await checkDocument(c.req.valid('form').file, 'file');
    return c.json(await asActor(c, (ctx) => attachToNote(ctx, logId, itemId, document)), 201);
  });
