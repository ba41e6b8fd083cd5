import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { NoteInput } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict, forbidden, notFound } from '../http/errors';
import { postgresFileStore } from '../files/store';
import type { OrgContext } from '../org/org-context';
import { ATTENTION_NOT_FOUND } from './attentions';
import { loadLogForChange, STALE, touchLog } from './log-write';

export const NOTE_NOT_FOUND = 'Vi finner ikke notatet.';

/**
 * C5: a private note is its author's own, and anyone who reads the log may keep one; a log note
 * belongs to an attention and, like all of the log, is written by the holder (L5).
 */
export async function createNote(
  ctx: OrgContext,
  logId: string,
  input: NoteInput,
): Promise<{ id: string }> {
  await loadLogForChange(ctx, logId, input.kind === 'log' ? 'log:write' : 'private_note:write');
  const attentionId = input.attentionId ?? null;
  if (attentionId) {
    const a = schema.attention;
    const [attention] = await ctx.tx
      .select({ id: a.id })
      .from(a)
      .where(
        and(eq(a.municipalityId, ctx.municipalityId), eq(a.logId, logId), eq(a.id, attentionId)),
      );
    if (!attention) throw notFound(ATTENTION_NOT_FOUND);
  }
  const [row] = await ctx.tx
    .insert(schema.note)
    .values({
      municipalityId: ctx.municipalityId,
      logId,
      kind: input.kind,
      attentionId: input.kind === 'log' ? attentionId : null,
      authorPersonId: ctx.actor.personId,
      text: input.text,
      restricted: input.restricted,
    })
    .returning({ id: schema.note.id });
  if (!row) throw new Error('insert note returned nothing');
  if (input.kind === 'log') await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: `note.created`,
    entity: 'note',
    entityId: row.id,
    data: { logId, kind: input.kind, restricted: input.restricted },
  });
  return row;
}

async function ownNote(ctx: OrgContext, logId: string, noteId: string) {
  const n = schema.note;
  const [note] = await ctx.tx
    .select({ author: n.authorPersonId, kind: n.kind, text: n.text, version: n.version })
    .from(n)
    .where(and(eq(n.municipalityId, ctx.municipalityId), eq(n.logId, logId), eq(n.id, noteId)));
  // Someone else's note is not theirs to know about: 404, not 403.
  if (!note || (note.kind === 'private' && note.author !== ctx.actor.personId)) {
    throw notFound(NOTE_NOT_FOUND);
  }
  if (note.author !== ctx.actor.personId) throw forbidden();
  return note;
}

/** The author edits their note (C5: e.g. a checklist for the next meeting). */
export async function updateNote(
  ctx: OrgContext,
  logId: string,
  noteId: string,
  input: { text: string; version: number },
): Promise<{ id: string; version: number }> {
  await loadLogForChange(ctx, logId, 'log:read');
  const note = await ownNote(ctx, logId, noteId);
  if (note.version !== input.version) throw conflict(STALE);
  const n = schema.note;
  const [row] = await ctx.tx
    .update(n)
    .set({ text: input.text, updatedAt: sql`now()`, version: sql`${n.version} + 1` })
    .where(
      and(eq(n.municipalityId, ctx.municipalityId), eq(n.id, noteId), eq(n.version, input.version)),
    )
    .returning({ id: n.id, version: n.version });
  if (!row) throw conflict(STALE);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'note.updated',
    entity: 'note',
    entityId: noteId,
    data: { logId },
  });
  return row;
}

/** A PDF or image attached to the author's log note (C5: e.g. exercise pictures). */
export async function attachToNote(
  ctx: OrgContext,
  logId: string,
  noteId: string,
  file: { bytes: Uint8Array; mime: string; filename: string },
): Promise<{ id: string }> {
  await loadLogForChange(ctx, logId, 'log:read');
  const note = await ownNote(ctx, logId, noteId);
  if (note.kind !== 'log') {
    throw conflict('Vedlegg hører til loggnotater, ikke private notater.');
  }
  const stored = await postgresFileStore.put(ctx.tx, {
    municipalityId: ctx.municipalityId,
    ...file,
    uploadedBy: ctx.actor.personId,
  });
  await ctx.tx
    .insert(schema.noteAttachment)
    .values({ municipalityId: ctx.municipalityId, noteId, fileId: stored.id });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'note.attachment_added',
    entity: 'note',
    entityId: noteId,
    data: {
      logId,
      fileId: stored.id,
      mime: file.mime,
      bytes: file.bytes.byteLength,
      sha256: stored.sha256,
    },
  });
  return { id: stored.id };
}
