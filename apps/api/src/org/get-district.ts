import { and, asc, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { DistrictDetail, PersonRef } from '@stafett/domain';
import { DISTRICT_NOT_FOUND, findDistrict } from './find-district';
import { personRefColumns } from './find-or-create-person';
import { permit, type OrgContext } from './org-context';

/** One district with its leaders and units. */
export async function getDistrict(ctx: OrgContext, districtId: string): Promise<DistrictDetail> {
  const district = await findDistrict(ctx, districtId);
  permit(ctx, 'district:read', { kind: 'district', id: district.id }, DISTRICT_NOT_FOUND);
  const m = ctx.municipalityId;
  const [leaders, units] = await Promise.all([
    listDistrictLeaders(ctx, district.id),
    ctx.tx
      .select({
        id: schema.unit.id,
        name: schema.unit.name,
        type: schema.unit.type,
        childrenServed: schema.unit.childrenServed,
      })
      .from(schema.unit)
      .where(and(eq(schema.unit.municipalityId, m), eq(schema.unit.districtId, district.id)))
      .orderBy(asc(schema.unit.name)),
  ]);
  return { ...district, leaders, units };
}

export function listDistrictLeaders(ctx: OrgContext, districtId: string): Promise<PersonRef[]> {
  return ctx.tx
    .select(personRefColumns)
    .from(schema.districtLeader)
    .innerJoin(
      schema.person,
      and(
        eq(schema.person.municipalityId, schema.districtLeader.municipalityId),
        eq(schema.person.id, schema.districtLeader.personId),
      ),
    )
    .where(
      and(
        eq(schema.districtLeader.municipalityId, ctx.municipalityId),
        eq(schema.districtLeader.districtId, districtId),
      ),
    )
    .orderBy(asc(schema.person.name));
}
