import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { StaffMember } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { findStaffMember, membershipFacts, ownMembership } from './staff-member';
import { STALE } from './update-district';

/**
 * Deactivation and reactivation share one shape: find, authorise, flip `active` with the version
 * the leader saw, audit. Staff who leave are deactivated, never deleted (T6).
 */
export async function setStaffActive(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
  version: number,
  active: boolean,
): Promise<StaffMember> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:set_active', unitResource(unit), UNIT_NOT_FOUND);
  const before = await findStaffMember(ctx, unit.id, membershipId);
  if (before.active === active) {
    throw conflict(
      active ? 'Den ansatte er allerede aktiv i enheten.' : 'Den ansatte er allerede deaktivert.',
    );
  }
  const [updated] = await ctx.tx
    .update(schema.staffMembership)
    .set({ active, version: before.version + 1 })
    .where(
      and(ownMembership(ctx, unit.id, membershipId), eq(schema.staffMembership.version, version)),
    )
    .returning({ id: schema.staffMembership.id });
  if (!updated) throw conflict(STALE);
  const after = await findStaffMember(ctx, unit.id, membershipId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: active ? 'staff.reactivated' : 'staff.deactivated',
    entity: 'staff_membership',
    entityId: membershipId,
    data: { unitId: unit.id, before: membershipFacts(before), after: membershipFacts(after) },
  });
  return after;
}
