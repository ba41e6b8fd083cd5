import { and, eq } from 'drizzle-orm';
import { schema, type Tx } from '@stafett/db';
import type { Unit } from '@stafett/domain';

export async function findUnit(
  tx: Tx,
  municipalityId: string,
  unitId: string,
): Promise<Unit | null> {
  const [row] = await tx
    .select({
      id: schema.unit.id,
      name: schema.unit.name,
      type: schema.unit.type,
      childrenServed: schema.unit.childrenServed,
      districtId: schema.district.id,
      districtName: schema.district.name,
    })
    .from(schema.unit)
    .innerJoin(
      schema.district,
      and(
        eq(schema.district.municipalityId, schema.unit.municipalityId),
        eq(schema.district.id, schema.unit.districtId),
      ),
    )
    .where(and(eq(schema.unit.municipalityId, municipalityId), eq(schema.unit.id, unitId)));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    childrenServed: row.childrenServed,
    district: { id: row.districtId, name: row.districtName },
  };
}
