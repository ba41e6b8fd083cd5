import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { recordAudit } from '../audit/record';
import { notFound } from '../http/errors';
import { DISTRICT_NOT_FOUND, findDistrict } from './find-district';
import { permit, type OrgContext } from './org-context';

/** Ends a district leader's appointment; the person and their other roles stay. */
export async function removeDistrictLeader(
  ctx: OrgContext,
  districtId: string,
  personId: string,
): Promise<void> {
  const district = await findDistrict(ctx, districtId);
  permit(ctx, 'district:manage_leaders', { kind: 'district', id: district.id }, DISTRICT_NOT_FOUND);
  const [removed] = await ctx.tx
    .delete(schema.districtLeader)
    .where(
      and(
        eq(schema.districtLeader.municipalityId, ctx.municipalityId),
        eq(schema.districtLeader.districtId, district.id),
        eq(schema.districtLeader.personId, personId),
      ),
    )
    .returning({ id: schema.districtLeader.id });
  if (!removed) throw notFound(`Personen er ikke leder for ${district.name}.`);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'district_leader.removed',
    entity: 'district',
    entityId: district.id,
    data: { appointmentId: removed.id, person: { id: personId } },
  });
}
