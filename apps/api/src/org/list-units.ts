import { eq, inArray } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { OrgUnitList } from '@stafett/domain';
import { DISTRICT_NOT_FOUND, findDistrict } from './find-district';
import { selectOrgUnits } from './find-org-unit';
import { permit, type OrgContext } from './org-context';

/**
 * Units of one district, or of every district the person manages: all of them for the
 * municipality admin, their own districts' for a district leader.
 */
export async function listUnits(
  ctx: OrgContext,
  query: { districtId?: string | undefined },
): Promise<OrgUnitList> {
  if (query.districtId) {
    const district = await findDistrict(ctx, query.districtId);
    permit(ctx, 'unit:list', { kind: 'district', id: district.id }, DISTRICT_NOT_FOUND);
    return { items: await selectOrgUnits(ctx, eq(schema.unit.districtId, district.id)) };
  }
  permit(ctx, 'district:list', { kind: 'municipality' });
  if (ctx.actor.municipalityAdmin) return { items: await selectOrgUnits(ctx, undefined) };
  const own = ctx.actor.districtLeaderOf.map((d) => d.id);
  return { items: await selectOrgUnits(ctx, inArray(schema.unit.districtId, own)) };
}
