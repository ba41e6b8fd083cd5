import { and, asc, eq, or } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { TransferRecipients } from '@stafett/domain';
import { AppError } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { loadLogFor } from '../logs/log-resource';

export const invalid = (field: string, message: string) =>
  new AppError('validation', message, [{ field, message }]);

const s = schema.staffMembership;
const p = schema.person;

/** Active staff of one unit who may hold logs (X1: the recipient has holder capability). */
export async function findHolder(ctx: OrgContext, unitId: string, personId: string) {
  const [row] = await ctx.tx
    .select({ id: p.id, name: p.name })
    .from(s)
    .innerJoin(p, and(eq(p.municipalityId, s.municipalityId), eq(p.id, s.personId)))
    .where(
      and(
        eq(s.municipalityId, ctx.municipalityId),
        eq(s.unitId, unitId),
        eq(s.personId, personId),
        eq(s.active, true),
        eq(s.canHold, true),
      ),
    );
  return row ?? null;
}

/** The holder named in a request, or a 422 naming the field. */
export async function assertHolder(
  ctx: OrgContext,
  unitId: string,
  personId: string,
  field: string,
): Promise<{ id: string; name: string }> {
  const holder = await findHolder(ctx, unitId, personId);
  if (!holder) {
    throw invalid(
      field,
      'Mottakeren må være aktiv ansatt i enheten og kunne være stafettholder. Velg en annen, eller enhetens leder.',
    );
  }
  return holder;
}

/** The active leaders of a unit (they receive transfers addressed to the unit). */
export async function unitLeaders(ctx: OrgContext, unitId: string) {
  return ctx.tx
    .select({ id: p.id, name: p.name, email: p.email })
    .from(s)
    .innerJoin(p, and(eq(p.municipalityId, s.municipalityId), eq(p.id, s.personId)))
    .where(
      and(
        eq(s.municipalityId, ctx.municipalityId),
        eq(s.unitId, unitId),
        eq(s.active, true),
        eq(s.isUnitLeader, true),
      ),
    )
    .orderBy(asc(p.name));
}

/**
 * Where this log may go (the holder or the unit's leader asks): every unit of the municipality,
 * with its leaders and the staff who may hold there.
 */
export async function listRecipients(ctx: OrgContext, logId: string): Promise<TransferRecipients> {
  await loadLogFor(ctx, logId, 'transfer:start');
  const u = schema.unit;
  const units = await ctx.tx
    .select({ id: u.id, name: u.name })
    .from(u)
    .where(eq(u.municipalityId, ctx.municipalityId))
    .orderBy(asc(u.name));
  const staff = await ctx.tx
    .select({
      unitId: s.unitId,
      id: p.id,
      name: p.name,
      canHold: s.canHold,
      isUnitLeader: s.isUnitLeader,
    })
    .from(s)
    .innerJoin(p, and(eq(p.municipalityId, s.municipalityId), eq(p.id, s.personId)))
    .where(
      and(
        eq(s.municipalityId, ctx.municipalityId),
        eq(s.active, true),
        or(eq(s.canHold, true), eq(s.isUnitLeader, true)),
      ),
    )
    .orderBy(asc(p.name));
  return {
    units: units.map((unit) => {
      const here = staff.filter((m) => m.unitId === unit.id);
      return {
        ...unit,
        leaders: here.filter((m) => m.isUnitLeader).map(({ id, name }) => ({ id, name })),
        holders: here.filter((m) => m.canHold).map(({ id, name }) => ({ id, name })),
      };
    }),
  };
}
