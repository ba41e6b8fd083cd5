import { eq, inArray } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { OrgUnitList, PageQuery } from '@stafett/domain';
import { DISTRICT_NOT_FOUND, findDistrict } from './find-district';
import { selectOrgUnits, unitKey } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { paged, pageOf } from './page-cursor';

/**
 * Units of one district, or of every district the person manages: all of them for the
 * municipality admin, their own districts' for a district leader. Paged by cursor.
 */
export async function listUnits(
  ctx: OrgContext,
  query: PageQuery & { districtId?: string | undefined },
): Promise<OrgUnitList> {
  const page = pageOf(query, 3);
  let where;
  if (query.districtId) {
    const district = await findDistrict(ctx, query.districtId);
    permit(ctx, 'unit:list', { kind: 'district', id: district.id }, DISTRICT_NOT_FOUND);
    where = eq(schema.unit.districtId, district.id);
  } else {
    permit(ctx, 'district:list', { kind: 'municipality' });
    const own = ctx.actor.districtLeaderOf.map((d) => d.id);
    where = ctx.actor.municipalityAdmin ? undefined : inArray(schema.unit.districtId, own);
  }
  return paged(await selectOrgUnits(ctx, where, page), page, unitKey);
}
