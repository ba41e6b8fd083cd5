import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { settingsWithDefaults, type AttentionCreate, type AttentionUpdate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, notFound } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { findOwnMunicipality } from '../settings/find-municipality';
import { loadLogForChange, STALE, touchLog } from './log-write';

export const ATTENTION_NOT_FOUND = 'Vi finner ikke oppmerksomheten i denne loggen.';

/** The category must be one the municipality has set up (T2, C1). */
async function assertCategory(ctx: OrgContext, category: string): Promise<void> {
  const { attentionCategories } = settingsWithDefaults((await findOwnMunicipality(ctx)).settings);
  if (attentionCategories.includes(category)) return;
  const message = `Velg en av kommunens kategorier: ${attentionCategories.join(', ')}.`;
  throw new AppError('validation', message, [{ field: 'category', message }]);
}

/** C1: an attention with goal and signs of success, saved at once by the holder. */
export async function createAttention(
  ctx: OrgContext,
  logId: string,
  input: AttentionCreate,
): Promise<{ id: string }> {
  await loadLogForChange(ctx, logId);
  await assertCategory(ctx, input.category);
  const a = schema.attention;
  const [row] = await ctx.tx
    .insert(a)
    .values({
      municipalityId: ctx.municipalityId,
      logId,
      ...input,
      position: sql`(select coalesce(max(position), 0) + 1 from attention
        where municipality_id = ${ctx.municipalityId} and log_id = ${logId})`,
      createdBy: ctx.actor.personId,
    })
    .returning({ id: a.id });
  if (!row) throw new Error('insert attention returned nothing');
  await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'attention.created',
    entity: 'attention',
    entityId: row.id,
    data: { logId, category: input.category },
  });
  return row;
}

/** Changes what the holder sends, only from the version they read (A2: no silent overwrite). */
export async function updateAttention(
  ctx: OrgContext,
  logId: string,
  attentionId: string,
  input: AttentionUpdate,
): Promise<{ id: string; version: number }> {
  await loadLogForChange(ctx, logId);
  const { version, ...changes } = input;
  if (changes.category !== undefined) await assertCategory(ctx, changes.category);
  const a = schema.attention;
  const where = and(
    eq(a.municipalityId, ctx.municipalityId),
    eq(a.logId, logId),
    eq(a.id, attentionId),
  );
  const [before] = await ctx.tx.select().from(a).where(where);
  if (!before) throw notFound(ATTENTION_NOT_FOUND);
  if (before.version !== version) throw conflict(STALE);
  const [row] = await ctx.tx
    .update(a)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${a.version} + 1` })
    .where(and(where, eq(a.version, version)))
    .returning({ id: a.id, version: a.version });
  if (!row) throw conflict(STALE);
  await touchLog(ctx, logId);
  const changed = Object.keys(changes) as (keyof typeof changes)[];
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'attention.updated',
    entity: 'attention',
    entityId: attentionId,
    data: {
      logId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: changes,
    },
  });
  return row;
}
