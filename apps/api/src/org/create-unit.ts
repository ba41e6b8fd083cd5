import { schema } from '@stafett/db';
import type { OrgUnit, UnitCreate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { isUniqueViolation } from './db-errors';
import { DISTRICT_NOT_FOUND, findDistrict } from './find-district';
import { findOrgUnit } from './find-org-unit';
import { permit, type OrgContext } from './org-context';

export const UNIT_NAME_TAKEN =
  'Det finnes allerede en enhet med dette navnet i bydelen. Velg et annet navn.';

/** A district leader (or the municipality admin) creates a unit in the district (T3–T4). */
export async function createUnit(
  ctx: OrgContext,
  districtId: string,
  input: UnitCreate,
): Promise<OrgUnit> {
  const district = await findDistrict(ctx, districtId);
  permit(ctx, 'unit:create', { kind: 'district', id: district.id }, DISTRICT_NOT_FOUND);
  let id: string | undefined;
  try {
    const [row] = await ctx.tx
      .insert(schema.unit)
      .values({ municipalityId: ctx.municipalityId, districtId: district.id, ...input })
      .returning({ id: schema.unit.id });
    id = row?.id;
  } catch (err) {
    if (isUniqueViolation(err, 'unit_name_key')) throw conflict(UNIT_NAME_TAKEN);
    throw err;
  }
  if (!id) throw new Error('insert unit returned nothing');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'unit.created',
    entity: 'unit',
    entityId: id,
    data: { after: { districtId: district.id, ...input } },
  });
  return findOrgUnit(ctx, id);
}
