import type { StaffList } from '@stafett/domain';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { selectStaff } from './staff-member';

/** The unit's staff, active and inactive, for its leader (T5, X3). */
export async function listStaff(ctx: OrgContext, unitId: string): Promise<StaffList> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:list', unitResource(unit), UNIT_NOT_FOUND);
  return { items: await selectStaff(ctx, unit.id) };
}
