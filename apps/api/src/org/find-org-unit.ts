import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { OrgUnit, PersonRef } from '@stafett/domain';
import { notFound } from '../http/errors';
import { personRefColumns } from './find-or-create-person';
import { afterKey, type Page } from './page-cursor';
import type { OrgContext } from './org-context';

export const UNIT_NOT_FOUND = 'Vi finner ikke enheten.';

const unitColumns = {
  id: schema.unit.id,
  name: schema.unit.name,
  type: schema.unit.type,
  childrenServed: schema.unit.childrenServed,
  version: schema.unit.version,
  districtId: schema.district.id,
  districtName: schema.district.name,
};

export const ownUnit = (ctx: OrgContext, unitId: string) =>
  and(eq(schema.unit.municipalityId, ctx.municipalityId), eq(schema.unit.id, unitId));

/** Units with their district and active leaders, as the organisation pages show them. */
export async function selectOrgUnits(
  ctx: OrgContext,
  where: SQL | undefined,
  page?: Page,
): Promise<OrgUnit[]> {
  const query = ctx.tx
    .select(unitColumns)
    .from(schema.unit)
    .innerJoin(
      schema.district,
      and(
        eq(schema.district.municipalityId, schema.unit.municipalityId),
        eq(schema.district.id, schema.unit.districtId),
      ),
    )
    .where(
      and(
        eq(schema.unit.municipalityId, ctx.municipalityId),
        where,
        afterKey([schema.district.name, schema.unit.name, schema.unit.id], page?.after ?? null),
      ),
    )
    .orderBy(asc(schema.district.name), asc(schema.unit.name), asc(schema.unit.id));
  // One row more than the page, to know whether there is a next one.
  const rows = await (page ? query.limit(page.limit + 1) : query);
  if (rows.length === 0) return [];
  const leaders = await ctx.tx
    .select({ unitId: schema.staffMembership.unitId, ...personRefColumns })
    .from(schema.staffMembership)
    .innerJoin(
      schema.person,
      and(
        eq(schema.person.municipalityId, schema.staffMembership.municipalityId),
        eq(schema.person.id, schema.staffMembership.personId),
      ),
    )
    .where(
      and(
        eq(schema.staffMembership.municipalityId, ctx.municipalityId),
        inArray(
          schema.staffMembership.unitId,
          rows.map((r) => r.id),
        ),
        eq(schema.staffMembership.isUnitLeader, true),
        eq(schema.staffMembership.active, true),
      ),
    )
    .orderBy(asc(schema.person.name));
  const byUnit = new Map<string, PersonRef[]>();
  for (const { unitId, ...person } of leaders) {
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), person]);
  }
  return rows.map(({ districtId, districtName, ...unit }) => ({
    ...unit,
    district: { id: districtId, name: districtName },
    leaders: byUnit.get(unit.id) ?? [],
  }));
}

/** The sort key of a unit in lists: district name, unit name, id. */
export const unitKey = (u: OrgUnit) => [u.district.name, u.name, u.id];

/** A unit of this municipality; another municipality's id answers 404 like a made-up one. */
export async function findOrgUnit(ctx: OrgContext, unitId: string): Promise<OrgUnit> {
  const [unit] = await selectOrgUnits(ctx, eq(schema.unit.id, unitId));
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  return unit;
}

/** The policy's view of a unit. */
export const unitResource = (unit: OrgUnit) => ({
  kind: 'unit' as const,
  id: unit.id,
  districtId: unit.district.id,
});
