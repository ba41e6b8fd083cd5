import { eq, and } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { StaffMember, StaffUpdate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { findStaffMember, membershipFacts, ownMembership } from './staff-member';
import { STALE } from './update-district';

/** The unit leader changes what a staff member may be: holder, actor, super user. */
export async function updateStaff(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
  input: StaffUpdate,
): Promise<StaffMember> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:update', unitResource(unit), UNIT_NOT_FOUND);
  const before = await findStaffMember(ctx, unit.id, membershipId);
  const { version, ...changes } = input;
  const [updated] = await ctx.tx
    .update(schema.staffMembership)
    .set({ ...changes, version: before.version + 1 })
    .where(
      and(ownMembership(ctx, unit.id, membershipId), eq(schema.staffMembership.version, version)),
    )
    .returning({ id: schema.staffMembership.id });
  if (!updated) throw conflict(STALE);
  const after = await findStaffMember(ctx, unit.id, membershipId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'staff.updated',
    entity: 'staff_membership',
    entityId: membershipId,
    data: { unitId: unit.id, before: membershipFacts(before), after: membershipFacts(after) },
  });
  return after;
}
