import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { consentWithdrawnNotice, deletionRequestedNotice } from '../mail/notices';
import { queueMail } from '../mail/outbox';
import type { OrgContext } from '../org/org-context';

/**
 * The lifecycle's e-mail notices (L7), queued in the change's own transaction. Like every notice
 * they say where to read, never what the log says.
 */
async function municipalityOf(ctx: OrgContext) {
  const m = schema.municipality;
  const [row] = await ctx.tx
    .select({ slug: m.slug, standard: m.writtenStandard })
    .from(m)
    .where(eq(m.id, ctx.municipalityId));
  if (!row) throw new Error('the session’s municipality is gone');
  return row;
}

async function people(ctx: OrgContext, ids: string[]) {
  if (ids.length === 0) return [];
  const p = schema.person;
  return ctx.tx
    .select({ id: p.id, name: p.name, email: p.email })
    .from(p)
    .where(and(eq(p.municipalityId, ctx.municipalityId), inArray(p.id, ids)));
}

/** The holder hears that the log closed because consent was withdrawn. */
export async function notifyHolderOfWithdrawal(
  ctx: OrgContext,
  n: { logId: string; holderPersonId: string; childPersonId: string },
): Promise<void> {
  const found = await people(ctx, [n.holderPersonId, n.childPersonId]);
  const holder = found.find((p) => p.id === n.holderPersonId);
  if (!holder?.email) return;
  const child = found.find((p) => p.id === n.childPersonId);
  const municipality = await municipalityOf(ctx);
  await queueMail(ctx.tx, {
    municipalityId: ctx.municipalityId,
    kind: 'log.consent_withdrawn',
    to: holder.email,
    ...consentWithdrawnNotice(municipality.standard, {
      childName: child?.name ?? '',
      link: `${ctx.publicOrigin}/${municipality.slug}/logger/${n.logId}`,
    }),
  });
}

/** The unit's active leaders hear that the family demands deletion. */
export async function notifyLeadersOfDeletionRequest(
  ctx: OrgContext,
  n: { unitId: string; childPersonId: string },
): Promise<void> {
  const s = schema.staffMembership;
  const leaders = await ctx.tx
    .select({ email: schema.person.email })
    .from(s)
    .innerJoin(
      schema.person,
      and(eq(schema.person.municipalityId, s.municipalityId), eq(schema.person.id, s.personId)),
    )
    .where(
      and(
        eq(s.municipalityId, ctx.municipalityId),
        eq(s.unitId, n.unitId),
        eq(s.isUnitLeader, true),
        eq(s.active, true),
        isNotNull(schema.person.email),
      ),
    );
  if (leaders.length === 0) return;
  const [child] = await people(ctx, [n.childPersonId]);
  const u = schema.unit;
  const [unit] = await ctx.tx
    .select({ name: u.name })
    .from(u)
    .where(and(eq(u.municipalityId, ctx.municipalityId), eq(u.id, n.unitId)));
  const municipality = await municipalityOf(ctx);
  for (const leader of leaders) {
    await queueMail(ctx.tx, {
      municipalityId: ctx.municipalityId,
      kind: 'log.deletion_requested',
      to: leader.email as string,
      ...deletionRequestedNotice(municipality.standard, {
        childName: child?.name ?? '',
        unitName: unit?.name ?? '',
        link: `${ctx.publicOrigin}/${municipality.slug}/enheter/${n.unitId}/avsluttede-logger`,
      }),
    });
  }
}
