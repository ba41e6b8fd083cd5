import { createRoute, z } from '@hono/zod-openapi';
import {
  archiveDoneSchema,
  archiveListSchema,
  archiveObligationParamsSchema,
  archivePdfRequestSchema,
  logParamsSchema,
  noark5PeriodSchema,
  unitArchiveListSchema,
  unitParamsSchema,
} from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { asActor } from '../org/org-context';
import { getArchivePdf, makeArchivePdf } from './make-pdf';
import { exportLogNoark5, exportUnitNoark5, type Noark5Download } from './noark5-export';
import { addMovingAway, listArchive, listUnitArchive, markArchived } from './obligations';

/** Archive obligations, archive PDFs and the Noark 5 package (L8): validate, the service decides. */
const tags = ['Archive'];
const binary = z.string().openapi({ type: 'string', format: 'binary' });
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const file = (mime: string, description: string) => ({
  description,
  content: { [mime]: { schema: binary } },
});
const made = z
  .object({ id: z.uuid(), obligationId: z.uuid(), byteSize: z.number().int() })
  .meta({ id: 'ArchivePdfMade' });
const done = z.object({ id: z.uuid(), doneAt: z.string() }).meta({ id: 'ArchiveDone' });
const created = z.object({ id: z.uuid() });

const list = createRoute({
  method: 'get',
  path: '/logs/{logId}/archive',
  tags,
  summary: "The log's archive obligations, yearly ones made up to date (holder or unit leader)",
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: json(archiveListSchema, 'Obligations'), ...problems(401, 403, 404, 422) },
});

const makePdf = createRoute({
  method: 'post',
  path: '/logs/{logId}/archive/pdf',
  tags,
  summary: 'Make the archive PDF/A of the log or chosen attentions for an obligation; audited',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema, body: body(archivePdfRequestSchema) },
  responses: { 201: json(made, 'Made'), ...problems(400, 401, 403, 404, 409, 422) },
});

const pdf = createRoute({
  method: 'get',
  path: '/logs/{logId}/archive/{obligationId}/pdf',
  tags,
  summary: "The obligation's archive PDF; audited",
  middleware: [requireSession()] as const,
  request: { params: archiveObligationParamsSchema },
  responses: { 200: file('application/pdf', 'PDF/A-2a'), ...problems(401, 403, 404, 422) },
});

const markDone = createRoute({
  method: 'post',
  path: '/logs/{logId}/archive/{obligationId}/done',
  tags,
  summary: 'Mark the obligation filed in the archive, with the journal number if known',
  middleware: [requireSession()] as const,
  request: { params: archiveObligationParamsSchema, body: body(archiveDoneSchema) },
  responses: { 200: json(done, 'Done'), ...problems(400, 401, 403, 404, 409, 422) },
});

const movingAway = createRoute({
  method: 'post',
  path: '/logs/{logId}/archive/moving-away',
  tags,
  summary: 'The child moves away: an archive obligation due today (L8)',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 201: json(created, 'Created'), ...problems(401, 403, 404, 422) },
});

const logNoark5 = createRoute({
  method: 'get',
  path: '/logs/{logId}/archive/noark5',
  tags,
  summary: 'Noark 5 extraction package (zip) of the log’s archive PDFs; audited',
  middleware: [requireSession()] as const,
  request: { params: logParamsSchema },
  responses: { 200: file('application/zip', 'Noark 5 package'), ...problems(401, 403, 404, 422) },
});

const unitList = createRoute({
  method: 'get',
  path: '/units/{unitId}/archive',
  tags,
  summary: "Open archive obligations of the unit's logs, as metadata (the unit's leader)",
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema },
  responses: { 200: json(unitArchiveListSchema, 'Obligations'), ...problems(401, 403, 404, 422) },
});

const unitNoark5 = createRoute({
  method: 'get',
  path: '/units/{unitId}/archive/noark5',
  tags,
  summary: 'Noark 5 extraction package (zip) of the archive PDFs made in a period (unit leader)',
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema, query: noark5PeriodSchema },
  responses: { 200: file('application/zip', 'Noark 5 package'), ...problems(401, 403, 404, 422) },
});

const download = (name: string, mime: string) => ({
  'content-type': mime,
  'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
  'cache-control': 'private, no-store',
});
const zip = (d: Noark5Download) =>
  [new Uint8Array(d.bytes), download(d.filename, 'application/zip')] as const;

export const archiveRoutes = createRouter()
  .openapi(list, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => listArchive(ctx, logId)), 200);
  })
  .openapi(makePdf, async (c) => {
    const { logId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => makeArchivePdf(ctx, logId, input)), 201);
  })
  .openapi(pdf, async (c) => {
    const { logId, obligationId } = c.req.valid('param');
    const doc = await asActor(c, (ctx) => getArchivePdf(ctx, logId, obligationId));
    return c.body(
      new Uint8Array(doc.bytes),
      200,
      download(doc.filename, 'application/pdf'),
    ) as never;
  })
  .openapi(markDone, async (c) => {
    const { logId, obligationId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await asActor(c, (ctx) => markArchived(ctx, logId, obligationId, input)), 200);
  })
  .openapi(movingAway, async (c) => {
    const { logId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => addMovingAway(ctx, logId)), 201);
  })
  .openapi(logNoark5, async (c) => {
    const { logId } = c.req.valid('param');
    const [bytes, headers] = zip(await asActor(c, (ctx) => exportLogNoark5(ctx, logId)));
    return c.body(bytes, 200, headers) as never;
  })
  .openapi(unitList, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(await asActor(c, (ctx) => listUnitArchive(ctx, unitId)), 200);
  })
  .openapi(unitNoark5, async (c) => {
    const { unitId } = c.req.valid('param');
    const period = c.req.valid('query');
    const [bytes, headers] = zip(await asActor(c, (ctx) => exportUnitNoark5(ctx, unitId, period)));
    return c.body(bytes, 200, headers) as never;
  });
