import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { recordAudit } from '../audit/record';
import { mayReadAttention } from '../auth/policy';
import { postgresFileStore, type StoredDocument } from '../files/store';
import { notFound } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { noteVisible } from './get-log';
import { loadLogFor } from './log-resource';

const FILE_NOT_FOUND = 'Vi finner ikke dokumentet.';

/**
 * A document of the log: the signed consent (the holder and the family) or an attachment of a
 * note the person may read (C5, C8). Anything else is 404. Every download is audited (A6).
 */
export async function getLogFile(
  ctx: OrgContext,
  logId: string,
  fileId: string,
): Promise<StoredDocument> {
  const log = await loadLogFor(ctx, logId, 'log:read');
  const m = ctx.municipalityId;
  const [consent] = await ctx.tx
    .select({ id: schema.consent.id })
    .from(schema.consent)
    .where(
      and(
        eq(schema.consent.municipalityId, m),
        eq(schema.consent.logId, logId),
        eq(schema.consent.fileId, fileId),
      ),
    );
  let allowed = false;
  if (consent) {
    allowed = log.access.kind === 'holder' || log.access.kind === 'family';
  } else {
    const n = schema.note;
    const na = schema.noteAttachment;
    const [note] = await ctx.tx
      .select({
        kind: n.kind,
        authorId: n.authorPersonId,
        restricted: n.restricted,
        attentionId: n.attentionId,
      })
      .from(na)
      .innerJoin(n, and(eq(n.municipalityId, na.municipalityId), eq(n.id, na.noteId)))
      .where(and(eq(na.municipalityId, m), eq(na.fileId, fileId), eq(n.logId, logId)));
    allowed =
      note !== undefined &&
      noteVisible(note, log.access, ctx.actor.personId, (a) =>
        a === null ? true : mayReadAttention(log.access, a),
      );
  }
  if (!allowed) throw notFound(FILE_NOT_FOUND);
  const file = await postgresFileStore.get(ctx.tx, m, fileId);
  if (!file) throw notFound(FILE_NOT_FOUND);
  await recordAudit(ctx.tx, {
    municipalityId: m,
    actorPersonId: ctx.actor.personId,
    action: 'file.read',
    entity: 'stored_file',
    entityId: fileId,
    data: { logId, kind: consent ? 'consent' : 'note_attachment' },
  });
  return file;
}
