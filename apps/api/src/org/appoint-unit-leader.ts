import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { AppointLeader, StaffMember } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { assertNationalIdAllowed, findOrCreatePerson } from './find-or-create-person';
import { permit, type OrgContext } from './org-context';
import { findStaffMember, membershipFacts } from './staff-member';

/**
 * A district leader (or the municipality admin) appoints a unit leader as the unit's admin (T4):
 * the person's membership in the unit is created, or made active and marked as leader.
 */
export async function appointUnitLeader(
  ctx: OrgContext,
  unitId: string,
  input: AppointLeader,
): Promise<StaffMember> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'unit:manage_leaders', unitResource(unit), UNIT_NOT_FOUND);
  assertNationalIdAllowed(ctx, input.nationalId);
  const person = await findOrCreatePerson(ctx, input);
  const m = schema.staffMembership;
  const [existing] = await ctx.tx
    .select({ id: m.id })
    .from(m)
    .where(
      and(
        eq(m.municipalityId, ctx.municipalityId),
        eq(m.unitId, unit.id),
        eq(m.personId, person.id),
      ),
    );
  const before = existing ? await findStaffMember(ctx, unit.id, existing.id) : null;
  if (before?.isUnitLeader && before.active) {
    throw conflict(`${person.name} er allerede leder for ${unit.name}.`);
  }
  let id: string | undefined = existing?.id;
  if (existing) {
    await ctx.tx
      .update(m)
      .set({ isUnitLeader: true, active: true, version: sql`${m.version} + 1` })
      .where(and(eq(m.municipalityId, ctx.municipalityId), eq(m.id, existing.id)));
  } else {
    const [row] = await ctx.tx
      .insert(m)
      .values({
        municipalityId: ctx.municipalityId,
        unitId: unit.id,
        personId: person.id,
        isUnitLeader: true,
      })
      .returning({ id: m.id });
    id = row?.id;
  }
  if (!id) throw new Error('unit leader membership missing');
  const after = await findStaffMember(ctx, unit.id, id);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'unit_leader.appointed',
    entity: 'staff_membership',
    entityId: id,
    data: {
      unitId: unit.id,
      personId: person.id,
      before: before ? membershipFacts(before) : null,
      after: membershipFacts(after),
    },
  });
  return after;
}
