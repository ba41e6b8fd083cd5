import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { DistrictList, PageQuery } from '@stafett/domain';
import { districtColumns } from './find-district';
import { permit, type OrgContext } from './org-context';
import { afterKey, paged, pageOf } from './page-cursor';

/** The municipality admin sees every district; a district leader sees their own. Paged. */
export async function listDistricts(ctx: OrgContext, query: PageQuery): Promise<DistrictList> {
  permit(ctx, 'district:list', { kind: 'municipality' });
  const page = pageOf(query, 2);
  const own = ctx.actor.districtLeaderOf.map((d) => d.id);
  const rows = await ctx.tx
    .select(districtColumns)
    .from(schema.district)
    .where(
      and(
        eq(schema.district.municipalityId, ctx.municipalityId),
        ctx.actor.municipalityAdmin ? undefined : inArray(schema.district.id, own),
        afterKey([schema.district.name, schema.district.id], page.after),
      ),
    )
    .orderBy(asc(schema.district.name), asc(schema.district.id))
    .limit(page.limit + 1);
  return paged(rows, page, (d) => [d.name, d.id]);
}
