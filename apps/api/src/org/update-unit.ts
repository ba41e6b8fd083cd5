import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { OrgUnit, UnitUpdate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { UNIT_NAME_TAKEN } from './create-unit';
import { isUniqueViolation } from './db-errors';
import { findOrgUnit, ownUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { STALE } from './update-district';

/** Changes a unit's name, type or children served, with the version the leader saw (else 409). */
export async function updateUnit(
  ctx: OrgContext,
  unitId: string,
  input: UnitUpdate,
): Promise<OrgUnit> {
  const before = await findOrgUnit(ctx, unitId);
  permit(ctx, 'unit:update', unitResource(before), UNIT_NOT_FOUND);
  const { version, ...changes } = input;
  let updated: { id: string } | undefined;
  try {
    [updated] = await ctx.tx
      .update(schema.unit)
      .set({ ...changes, version: before.version + 1 })
      .where(and(ownUnit(ctx, unitId), eq(schema.unit.version, version)))
      .returning({ id: schema.unit.id });
  } catch (err) {
    if (isUniqueViolation(err, 'unit_name_key')) throw conflict(UNIT_NAME_TAKEN);
    throw err;
  }
  if (!updated) throw conflict(STALE);
  const after = await findOrgUnit(ctx, unitId);
  const pick = (u: OrgUnit) => ({ name: u.name, type: u.type, childrenServed: u.childrenServed });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'unit.updated',
    entity: 'unit',
    entityId: unitId,
    data: { before: pick(before), after: pick(after) },
  });
  return after;
}
