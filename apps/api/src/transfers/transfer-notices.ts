import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { TransferView } from '@stafett/domain';
import { transferAcceptedNotice, transferStartedNotice } from '../mail/notices';
import { queueMail } from '../mail/outbox';
import type { OrgContext } from '../org/org-context';
import { unitLeaders } from './recipients';

/**
 * The transfer's e-mail notices (X1, X2), queued in the change's own transaction: what happened
 * and where to read, never the reason or the attentions.
 */
async function municipalityOf(ctx: OrgContext) {
  const [row] = await ctx.tx
    .select({ slug: schema.municipality.slug, standard: schema.municipality.writtenStandard })
    .from(schema.municipality)
    .where(eq(schema.municipality.id, ctx.municipalityId));
  if (!row) throw new Error('the session’s municipality is gone');
  return row;
}

async function emailsOf(ctx: OrgContext, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)].filter((id) => id !== ctx.actor.personId);
  if (unique.length === 0) return [];
  const p = schema.person;
  const rows = await ctx.tx
    .select({ email: p.email })
    .from(p)
    .where(
      and(eq(p.municipalityId, ctx.municipalityId), inArray(p.id, unique), isNotNull(p.email)),
    );
  return rows.map((r) => r.email as string);
}

async function guardianIds(ctx: OrgContext, logId: string): Promise<string[]> {
  const g = schema.guardianship;
  const l = schema.log;
  const rows = await ctx.tx
    .select({ id: g.guardianPersonId })
    .from(g)
    .innerJoin(l, and(eq(l.municipalityId, g.municipalityId), eq(l.childPersonId, g.childPersonId)))
    .where(and(eq(g.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  return rows.map((r) => r.id);
}

/** The recipient (or the receiving unit's leaders) and the guardians hear of a new transfer. */
export async function notifyTransferStarted(ctx: OrgContext, t: TransferView): Promise<void> {
  const m = await municipalityOf(ctx);
  const base = `${ctx.publicOrigin}/${m.slug}`;
  const content = (forRecipient: boolean) =>
    transferStartedNotice(m.standard, {
      childName: t.log.childName,
      fromName: t.fromHolder.name,
      toUnitName: t.toUnit?.name ?? '',
      forRecipient,
      link: forRecipient ? `${base}/overforinger` : `${base}/logger/${t.log.id}`,
    });
  const recipientIds = t.toPerson
    ? [t.toPerson.id]
    : (await unitLeaders(ctx, t.toUnit?.id ?? '')).map((l) => l.id);
  for (const to of await emailsOf(ctx, recipientIds)) {
    await queueMail(ctx.tx, {
      municipalityId: ctx.municipalityId,
      kind: 'transfer.started',
      to,
      ...content(true),
    });
  }
  for (const to of await emailsOf(ctx, await guardianIds(ctx, t.log.id))) {
    await queueMail(ctx.tx, {
      municipalityId: ctx.municipalityId,
      kind: 'transfer.started',
      to,
      ...content(false),
    });
  }
}

/** The guardians and the old holder hear who holds the log now. */
export async function notifyTransferAccepted(
  ctx: OrgContext,
  t: TransferView,
  newHolder: { id: string; name: string },
): Promise<void> {
  const m = await municipalityOf(ctx);
  const ids = [...(await guardianIds(ctx, t.log.id)), t.fromHolder.id];
  for (const to of await emailsOf(ctx, ids)) {
    await queueMail(ctx.tx, {
      municipalityId: ctx.municipalityId,
      kind: 'transfer.accepted',
      to,
      ...transferAcceptedNotice(m.standard, {
        childName: t.log.childName,
        newHolderName: newHolder.name,
        unitName: t.toUnit?.name ?? '',
        link: `${ctx.publicOrigin}/${m.slug}/logger/${t.log.id}`,
      }),
    });
  }
}
