import type { PageQuery, StaffList } from '@stafett/domain';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { paged, pageOf } from './page-cursor';
import { selectStaff, staffKey } from './staff-member';

/** The unit's staff, active and inactive, for its leader (T5, X3); paged by cursor. */
export async function listStaff(
  ctx: OrgContext,
  unitId: string,
  query: PageQuery,
): Promise<StaffList> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:list', unitResource(unit), UNIT_NOT_FOUND);
  const page = pageOf(query, 2);
  return paged(await selectStaff(ctx, unit.id, undefined, page), page, staffKey);
}
