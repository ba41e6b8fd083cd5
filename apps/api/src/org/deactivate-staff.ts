import type { StaffMember, VersionOnly } from '@stafett/domain';
import type { OrgContext } from './org-context';
import { setStaffActive } from './set-staff-active';

/** A staff member who leaves the unit keeps their history; they just lose access through it. */
export function deactivateStaff(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
  input: VersionOnly,
): Promise<StaffMember> {
  return setStaffActive(ctx, unitId, membershipId, input.version, false);
}
