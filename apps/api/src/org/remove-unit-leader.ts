import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { recordAudit } from '../audit/record';
import { notFound } from '../http/errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { membershipFacts, selectStaff } from './staff-member';

/**
 * Ends a unit leader's appointment. The person stays staff of the unit with whatever else they
 * may be there; the unit leader removes them as staff separately if they leave.
 */
export async function removeUnitLeader(
  ctx: OrgContext,
  unitId: string,
  personId: string,
): Promise<void> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'unit:manage_leaders', unitResource(unit), UNIT_NOT_FOUND);
  const m = schema.staffMembership;
  const [before] = await selectStaff(
    ctx,
    unit.id,
    and(eq(m.personId, personId), eq(m.isUnitLeader, true)),
  );
  if (!before) throw notFound(`Personen er ikke leder for ${unit.name}.`);
  await ctx.tx
    .update(m)
    .set({ isUnitLeader: false, version: sql`${m.version} + 1` })
    .where(and(eq(m.municipalityId, ctx.municipalityId), eq(m.id, before.id)));
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'unit_leader.removed',
    entity: 'staff_membership',
    entityId: before.id,
    data: {
      unitId: unit.id,
      personId,
      before: membershipFacts(before),
      after: { ...membershipFacts(before), isUnitLeader: false },
    },
  });
}
