import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { brightSpotNotice, measureAssignedNotice, newLogNotice } from '../mail/notices';
import { queueMail, type MailContent } from '../mail/outbox';
import type { OrgContext } from '../org/org-context';

/**
 * The log's e-mail notices (L3, C2, C4), queued in the change's own transaction. Only people
 * with an e-mail address get one; the notice says where to read, never what the log says.
 */
async function municipalityOf(ctx: OrgContext) {
  const [row] = await ctx.tx
    .select({
      slug: schema.municipality.slug,
      name: schema.municipality.name,
      standard: schema.municipality.writtenStandard,
    })
    .from(schema.municipality)
    .where(eq(schema.municipality.id, ctx.municipalityId));
  if (!row) throw new Error('the session’s municipality is gone');
  return row;
}

const logLink = (ctx: OrgContext, slug: string, logId: string) =>
  `${ctx.publicOrigin}/${slug}/logger/${logId}`;

async function emailsOf(ctx: OrgContext, personIds: string[]) {
  if (personIds.length === 0) return [];
  const p = schema.person;
  return ctx.tx
    .select({ id: p.id, name: p.name, email: p.email })
    .from(p)
    .where(
      and(eq(p.municipalityId, ctx.municipalityId), inArray(p.id, personIds), isNotNull(p.email)),
    );
}

async function send(ctx: OrgContext, kind: string, to: string, content: MailContent) {
  await queueMail(ctx.tx, { municipalityId: ctx.municipalityId, kind, to, ...content });
}

async function childAndHolder(ctx: OrgContext, logId: string) {
  const l = schema.log;
  const [row] = await ctx.tx
    .select({ childId: l.childPersonId, holderId: l.holderPersonId, unitId: l.unitId })
    .from(l)
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  if (!row) throw new Error(`log ${logId} vanished inside its own transaction`);
  const people = await ctx.tx
    .select({ id: schema.person.id, name: schema.person.name })
    .from(schema.person)
    .where(
      and(
        eq(schema.person.municipalityId, ctx.municipalityId),
        inArray(schema.person.id, [row.childId, row.holderId]),
      ),
    );
  const name = (id: string) => people.find((x) => x.id === id)?.name ?? '';
  return { ...row, childName: name(row.childId), holderName: name(row.holderId) };
}

/** L3: the guardians hear at once that a log exists. */
export async function notifyGuardiansOfNewLog(
  ctx: OrgContext,
  n: { logId: string; childName: string; guardians: { id: string }[] },
): Promise<void> {
  const recipients = await emailsOf(
    ctx,
    n.guardians.map((g) => g.id),
  );
  if (recipients.length === 0) return;
  const municipality = await municipalityOf(ctx);
  const log = await childAndHolder(ctx, n.logId);
  const [unit] = await ctx.tx
    .select({ name: schema.unit.name })
    .from(schema.unit)
    .where(and(eq(schema.unit.municipalityId, ctx.municipalityId), eq(schema.unit.id, log.unitId)));
  for (const r of recipients) {
    await send(
      ctx,
      'log.created',
      r.email as string,
      newLogNotice(municipality.standard, {
        childName: n.childName,
        holderName: log.holderName,
        unitName: unit?.name ?? '',
        municipalityName: municipality.name,
        link: logLink(ctx, municipality.slug, n.logId),
      }),
    );
  }
}

/** C2: the staff actor hears that a measure is theirs. */
export async function notifyActorOfMeasure(
  ctx: OrgContext,
  n: { logId: string; actorPersonId: string; deadline: string },
): Promise<void> {
  if (n.actorPersonId === ctx.actor.personId) return;
  const [recipient] = await emailsOf(ctx, [n.actorPersonId]);
  if (!recipient) return;
  const municipality = await municipalityOf(ctx);
  const log = await childAndHolder(ctx, n.logId);
  await send(
    ctx,
    'measure.assigned',
    recipient.email as string,
    measureAssignedNotice(municipality.standard, {
      childName: log.childName,
      deadline: n.deadline,
      link: logLink(ctx, municipality.slug, n.logId),
    }),
  );
}

/** C4: the holder and the guardians hear of a new bright spot, except its author. */
export async function notifyOfBrightSpot(
  ctx: OrgContext,
  n: { logId: string; holderPersonId: string; childPersonId: string },
): Promise<void> {
  const guardians = await ctx.tx
    .select({ id: schema.guardianship.guardianPersonId })
    .from(schema.guardianship)
    .where(
      and(
        eq(schema.guardianship.municipalityId, ctx.municipalityId),
        eq(schema.guardianship.childPersonId, n.childPersonId),
      ),
    );
  const ids = [n.holderPersonId, ...guardians.map((g) => g.id)].filter(
    (id) => id !== ctx.actor.personId,
  );
  const recipients = await emailsOf(ctx, [...new Set(ids)]);
  if (recipients.length === 0) return;
  const municipality = await municipalityOf(ctx);
  const log = await childAndHolder(ctx, n.logId);
  for (const r of recipients) {
    await send(
      ctx,
      'bright_spot.created',
      r.email as string,
      brightSpotNotice(municipality.standard, {
        childName: log.childName,
        authorName: ctx.actor.name,
        link: logLink(ctx, municipality.slug, n.logId),
      }),
    );
  }
}
