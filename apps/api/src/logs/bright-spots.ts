import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { recordAudit } from '../audit/record';
import { mayReadAttention } from '../auth/policy';
import { conflict, forbidden, notFound } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { ATTENTION_NOT_FOUND } from './attentions';
import { notifyOfBrightSpot } from './log-notices';
import { loadLogForChange, STALE, touchLog } from './log-write';

/** C4: the holder, actors, guardians and the youth write bright spots; they reach the family. */
export async function createBrightSpot(
  ctx: OrgContext,
  logId: string,
  input: { text: string; attentionId?: string | null },
): Promise<{ id: string }> {
  const log = await loadLogForChange(ctx, logId, 'bright_spot:write');
  const attentionId = input.attentionId ?? null;
  if (attentionId) {
    const a = schema.attention;
    const [attention] = await ctx.tx
      .select({ id: a.id })
      .from(a)
      .where(
        and(eq(a.municipalityId, ctx.municipalityId), eq(a.logId, logId), eq(a.id, attentionId)),
      );
    if (!attention || !mayReadAttention(log.access, attentionId))
      throw notFound(ATTENTION_NOT_FOUND);
  }
  const [row] = await ctx.tx
    .insert(schema.brightSpot)
    .values({
      municipalityId: ctx.municipalityId,
      logId,
      attentionId,
      authorPersonId: ctx.actor.personId,
      text: input.text,
    })
    .returning({ id: schema.brightSpot.id });
  if (!row) throw new Error('insert bright_spot returned nothing');
  await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'bright_spot.created',
    entity: 'bright_spot',
    entityId: row.id,
    data: { logId, attentionId },
  });
  await notifyOfBrightSpot(ctx, {
    logId,
    holderPersonId: log.resource.holderPersonId,
    childPersonId: log.resource.childPersonId,
  });
  return row;
}

/** Only the author edits a bright spot (C4), from the version they read. */
export async function updateBrightSpot(
  ctx: OrgContext,
  logId: string,
  id: string,
  input: { text: string; version: number },
): Promise<{ id: string; version: number }> {
  await loadLogForChange(ctx, logId, 'log:read');
  const b = schema.brightSpot;
  const where = and(eq(b.municipalityId, ctx.municipalityId), eq(b.logId, logId), eq(b.id, id));
  const [spot] = await ctx.tx
    .select({ author: b.authorPersonId, text: b.text, version: b.version })
    .from(b)
    .where(where);
  if (!spot) throw notFound('Vi finner ikke lysglimtet.');
  if (spot.author !== ctx.actor.personId) throw forbidden();
  if (spot.version !== input.version) throw conflict(STALE);
  const [row] = await ctx.tx
    .update(b)
    .set({ text: input.text, updatedAt: sql`now()`, version: sql`${b.version} + 1` })
    .where(and(where, eq(b.version, input.version)))
    .returning({ id: b.id, version: b.version });
  if (!row) throw conflict(STALE);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'bright_spot.updated',
    entity: 'bright_spot',
    entityId: id,
    data: { logId, before: { text: spot.text }, after: { text: input.text } },
  });
  return row;
}
