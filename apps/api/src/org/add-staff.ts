import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { StaffCreate, StaffMember } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { isUniqueViolation } from './db-errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import {
  assertNationalIdAllowed,
  findOrCreatePerson,
  findPersonByNationalId,
} from './find-or-create-person';
import { permit, type OrgContext } from './org-context';
import { findStaffMember, membershipFacts } from './staff-member';

export const ALREADY_STAFF = 'Personen er allerede ansatt i enheten.';

/**
 * The unit leader adds a person as staff (T5): found by national id or created. A person may
 * belong to several units, but only once to each: a second time is 409 and nothing is written.
 */
export async function addStaff(
  ctx: OrgContext,
  unitId: string,
  input: StaffCreate,
): Promise<StaffMember> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:add', unitResource(unit), UNIT_NOT_FOUND);
  assertNationalIdAllowed(ctx, input.nationalId);
  const known = await findPersonByNationalId(ctx, input.nationalId);
  if (known) {
    const [existing] = await ctx.tx
      .select({ id: schema.staffMembership.id })
      .from(schema.staffMembership)
      .where(
        and(
          eq(schema.staffMembership.municipalityId, ctx.municipalityId),
          eq(schema.staffMembership.unitId, unit.id),
          eq(schema.staffMembership.personId, known.id),
        ),
      );
    if (existing) throw conflict(ALREADY_STAFF);
  }
  const { nationalId, name, email, phone, ...capabilities } = input;
  const person = await findOrCreatePerson(ctx, { nationalId, name, email, phone });
  let id: string | undefined;
  try {
    const [row] = await ctx.tx
      .insert(schema.staffMembership)
      .values({
        municipalityId: ctx.municipalityId,
        unitId: unit.id,
        personId: person.id,
        ...capabilities,
      })
      .returning({ id: schema.staffMembership.id });
    id = row?.id;
  } catch (err) {
    // Two leaders adding the same person at once: the second gets the same answer.
    if (isUniqueViolation(err, 'staff_membership_unit_person_key')) throw conflict(ALREADY_STAFF);
    throw err;
  }
  if (!id) throw new Error('insert staff_membership returned nothing');
  const added = await findStaffMember(ctx, unit.id, id);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'staff.added',
    entity: 'staff_membership',
    entityId: id,
    data: { unitId: unit.id, personId: person.id, after: membershipFacts(added) },
  });
  return added;
}
