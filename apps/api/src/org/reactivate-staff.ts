import type { StaffMember, VersionOnly } from '@stafett/domain';
import type { OrgContext } from './org-context';
import { setStaffActive } from './set-staff-active';

/** A staff member who comes back gets the same membership, with the capabilities they had. */
export function reactivateStaff(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
  input: VersionOnly,
): Promise<StaffMember> {
  return setStaffActive(ctx, unitId, membershipId, input.version, true);
}
