import { asc, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { DistrictList } from '@stafett/domain';
import { districtColumns } from './find-district';
import { permit, type OrgContext } from './org-context';

/** The municipality admin sees every district; a district leader sees their own. */
export async function listDistricts(ctx: OrgContext): Promise<DistrictList> {
  permit(ctx, 'district:list', { kind: 'municipality' });
  const rows = await ctx.tx
    .select(districtColumns)
    .from(schema.district)
    .where(eq(schema.district.municipalityId, ctx.municipalityId))
    .orderBy(asc(schema.district.name));
  const items = ctx.actor.municipalityAdmin
    ? rows
    : rows.filter((d) => ctx.actor.districtLeaderOf.some((own) => own.id === d.id));
  return { items };
}
