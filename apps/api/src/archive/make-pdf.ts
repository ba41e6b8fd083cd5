import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { validateNationalId, type ArchivePdfRequest } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { postgresFileStore, type StoredDocument } from '../files/store';
import { AppError, conflict, notFound } from '../http/errors';
import { selectLogContent } from '../logs/log-content';
import { loadLogFor, LOG_NOT_FOUND } from '../logs/log-resource';
import type { OrgContext } from '../org/org-context';
import { findObligation } from './archive-rows';
import { holderChanges, municipalityName, slugOf } from './archive-facts';
import { buildLogPdf } from './pdf/build-log-pdf';
import { NB_LABELS } from './pdf/labels';

const o = schema.archiveObligation;

/** The obligation asked for, or the earliest open one; a done one cannot get a new PDF. */
async function targetObligation(ctx: OrgContext, logId: string, id: string | undefined) {
  if (id) {
    const row = await findObligation(ctx, logId, id);
    if (row.doneAt)
      throw conflict('Denne arkivplikten er allerede arkivert; PDF-en kan ikke byttes.');
    return row;
  }
  const [open] = await ctx.tx
    .select({ id: o.id })
    .from(o)
    .where(and(eq(o.municipalityId, ctx.municipalityId), eq(o.logId, logId), isNull(o.doneAt)))
    .orderBy(asc(o.dueOn), asc(o.createdAt))
    .limit(1);
  if (!open) throw conflict('Loggen har ingen åpen arkivplikt. Velg en plikt, eller opprett en.');
  return findObligation(ctx, logId, open.id);
}

/**
 * Makes the archive PDF/A of the log, or of chosen attentions, for an obligation (L8): stored as a
 * stored_file and linked to it (a PDF made again for the same open obligation replaces the earlier
 * one, which is deleted). The holder, or the unit's leader: filing the log is the leader's duty
 * (001), so building the document is the one place the leader reads the content; it is audited.
 */
export async function makeArchivePdf(
  ctx: OrgContext,
  logId: string,
  input: ArchivePdfRequest,
): Promise<{ id: string; obligationId: string; byteSize: number }> {
  const log = await loadLogFor(ctx, logId, 'archive:manage');
  const m = ctx.municipalityId;
  const obligation = await targetObligation(ctx, logId, input.obligationId);
  const content = await selectLogContent(ctx.tx, m, logId, { notes: false });
  const head = content.head;
  if (!head) throw notFound(LOG_NOT_FOUND);
  const chosen = [...new Set(input.attentionIds ?? [])];
  const known = new Set(content.attentions.map((a) => a.id));
  const unknown = chosen.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('validation', 'Velg bekymringer fra denne loggen.', [
      { field: 'attentionIds', message: 'Bekymringen finnes ikke i denne loggen.' },
    ]);
  }
  const changes = await holderChanges(ctx, [logId]);
  const first = changes[0]?.from ?? head.holder.name;
  const nid = validateNationalId(head.child.nationalId, { allowSynthetic: true });
  const printedAt = new Date();
  const bytes = await buildLogPdf(
    {
      municipalityName: await municipalityName(ctx),
      content: { ...content, head, notes: [] },
      birthDate: nid.ok ? nid.birthDate : '',
      attentionIds: chosen,
      reason: obligation.reason,
      holderHistory: [
        { name: first, from: head.openedAt },
        ...changes.map((c) => ({ name: c.to, from: c.at })),
      ],
      printedAt,
    },
    NB_LABELS,
  );
  const stored = await postgresFileStore.put(ctx.tx, {
    municipalityId: m,
    filename: `stafettlogg-${slugOf(head.child.name)}-${todayInNorway()}.pdf`,
    mime: 'application/pdf',
    bytes,
    uploadedBy: ctx.actor.personId,
  });
  await ctx.tx
    .update(o)
    .set({ fileId: stored.id, version: sql`${o.version} + 1` })
    .where(and(eq(o.municipalityId, m), eq(o.id, obligation.id)));
  if (obligation.fileId) {
    await ctx.tx
      .delete(schema.storedFile)
      .where(
        and(eq(schema.storedFile.municipalityId, m), eq(schema.storedFile.id, obligation.fileId)),
      );
  }
  await recordAudit(ctx.tx, {
    municipalityId: m,
    actorPersonId: ctx.actor.personId,
    action: 'archive.pdf_made',
    entity: 'archive_obligation',
    entityId: obligation.id,
    data: {
      logId,
      fileId: stored.id,
      attentions: chosen.length === 0 ? 'all' : chosen.length,
      replaced: obligation.fileId,
    },
  });
  // Building the document reads the whole log: it shows in the read history the family sees.
  await recordAudit(ctx.tx, {
    municipalityId: m,
    actorPersonId: ctx.actor.personId,
    action: 'log.read',
    entity: 'log',
    entityId: logId,
    data: { as: log.access.kind, for: 'archive_pdf', attentions: chosen.length || 'all' },
  });
  return { id: stored.id, obligationId: obligation.id, byteSize: bytes.byteLength };
}

/** The obligation's PDF, for the holder or the unit's leader; every download is audited (A6). */
export async function getArchivePdf(
  ctx: OrgContext,
  logId: string,
  obligationId: string,
): Promise<StoredDocument> {
  await loadLogFor(ctx, logId, 'archive:manage');
  const row = await findObligation(ctx, logId, obligationId);
  const file = row.fileId
    ? await postgresFileStore.get(ctx.tx, ctx.municipalityId, row.fileId)
    : null;
  if (!file) throw notFound('Det er ikke laget noen arkiv-PDF for denne plikten ennå.');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'file.read',
    entity: 'stored_file',
    entityId: file.id,
    data: { logId, kind: 'archive_pdf', obligationId },
  });
  return file;
}
