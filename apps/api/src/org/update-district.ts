import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { District, DistrictUpdate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { DISTRICT_NAME_TAKEN } from './create-district';
import { isUniqueViolation } from './db-errors';
import { DISTRICT_NOT_FOUND, districtColumns, findDistrict, ownDistrict } from './find-district';
import { permit, type OrgContext } from './org-context';

export const STALE =
  'Dette er endret et annet sted siden du åpnet det. Last siden på nytt og prøv igjen.';

/** Renames a district; the version the admin saw must still be the current one (else 409). */
export async function updateDistrict(
  ctx: OrgContext,
  districtId: string,
  input: DistrictUpdate,
): Promise<District> {
  const before = await findDistrict(ctx, districtId);
  permit(ctx, 'district:update', { kind: 'district', id: before.id }, DISTRICT_NOT_FOUND);
  let after: District | undefined;
  try {
    [after] = await ctx.tx
      .update(schema.district)
      .set({ name: input.name, version: before.version + 1 })
      .where(and(ownDistrict(ctx, districtId), eq(schema.district.version, input.version)))
      .returning(districtColumns);
  } catch (err) {
    if (isUniqueViolation(err, 'district_name_key')) throw conflict(DISTRICT_NAME_TAKEN);
    throw err;
  }
  if (!after) throw conflict(STALE);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'district.updated',
    entity: 'district',
    entityId: after.id,
    data: { before: { name: before.name }, after: { name: after.name } },
  });
  return after;
}
