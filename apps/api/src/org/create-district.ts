import { schema } from '@stafett/db';
import type { District, DistrictCreate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { isUniqueViolation } from './db-errors';
import { districtColumns } from './find-district';
import { permit, type OrgContext } from './org-context';

export const DISTRICT_NAME_TAKEN =
  'Det finnes allerede en bydel eller et område med dette navnet. Velg et annet navn.';

export async function createDistrict(ctx: OrgContext, input: DistrictCreate): Promise<District> {
  permit(ctx, 'district:create', { kind: 'municipality' });
  let created: District | undefined;
  try {
    [created] = await ctx.tx
      .insert(schema.district)
      .values({ municipalityId: ctx.municipalityId, name: input.name })
      .returning(districtColumns);
  } catch (err) {
    if (isUniqueViolation(err, 'district_name_key')) throw conflict(DISTRICT_NAME_TAKEN);
    throw err;
  }
  if (!created) throw new Error('insert district returned nothing');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'district.created',
    entity: 'district',
    entityId: created.id,
    data: { after: { name: created.name } },
  });
  return created;
}
