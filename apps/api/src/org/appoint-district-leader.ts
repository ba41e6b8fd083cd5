import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { AppointLeader, DistrictLeader } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { DISTRICT_NOT_FOUND, findDistrict } from './find-district';
import { assertNationalIdAllowed, findOrCreatePerson } from './find-or-create-person';
import { permit, type OrgContext } from './org-context';

/**
 * The municipality admin appoints a district leader (T4): the person is found in this
 * municipality by national id, or created.
 */
export async function appointDistrictLeader(
  ctx: OrgContext,
  districtId: string,
  input: AppointLeader,
): Promise<DistrictLeader> {
  const district = await findDistrict(ctx, districtId);
  permit(ctx, 'district:manage_leaders', { kind: 'district', id: district.id }, DISTRICT_NOT_FOUND);
  assertNationalIdAllowed(ctx, input.nationalId);
  const person = await findOrCreatePerson(ctx, input);
  const [existing] = await ctx.tx
    .select({ id: schema.districtLeader.id })
    .from(schema.districtLeader)
    .where(
      and(
        eq(schema.districtLeader.municipalityId, ctx.municipalityId),
        eq(schema.districtLeader.districtId, district.id),
        eq(schema.districtLeader.personId, person.id),
      ),
    );
  // Throwing rolls back the whole transaction, so nothing above is kept either.
  if (existing) throw conflict(`${person.name} er allerede leder for ${district.name}.`);
  const [row] = await ctx.tx
    .insert(schema.districtLeader)
    .values({ municipalityId: ctx.municipalityId, districtId: district.id, personId: person.id })
    .returning({ id: schema.districtLeader.id });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'district_leader.appointed',
    entity: 'district',
    entityId: district.id,
    data: { appointmentId: row?.id, person: { id: person.id, name: person.name } },
  });
  return { districtId: district.id, person };
}
