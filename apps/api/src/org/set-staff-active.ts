import { and, asc, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { StaffMember } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict } from '../http/errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from './find-org-unit';
import { permit, type OrgContext } from './org-context';
import { findStaffMember, membershipFacts, ownMembership } from './staff-member';
import { STALE } from './update-district';

/**
 * Deactivation and reactivation share one shape: find, authorise, flip `active` with the version
 * the leader saw, audit. Staff who leave are deactivated, never deleted (T6).
 */
export async function setStaffActive(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
  version: number,
  active: boolean,
): Promise<StaffMember> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:set_active', unitResource(unit), UNIT_NOT_FOUND);
  const before = await findStaffMember(ctx, unit.id, membershipId);
  if (before.active === active) {
    throw conflict(
      active ? 'Den ansatte er allerede aktiv i enheten.' : 'Den ansatte er allerede deaktivert.',
    );
  }
  if (!active) await assertHoldsNoActiveLogs(ctx, unit.id, before.person);
  const [updated] = await ctx.tx
    .update(schema.staffMembership)
    .set({ active, version: before.version + 1 })
    .where(
      and(ownMembership(ctx, unit.id, membershipId), eq(schema.staffMembership.version, version)),
    )
    .returning({ id: schema.staffMembership.id });
  if (!updated) throw conflict(STALE);
  const after = await findStaffMember(ctx, unit.id, membershipId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: active ? 'staff.reactivated' : 'staff.deactivated',
    entity: 'staff_membership',
    entityId: membershipId,
    data: { unitId: unit.id, before: membershipFacts(before), after: membershipFacts(after) },
  });
  return after;
}

/**
 * T6: staff who leave must not orphan the logs they hold. Deactivation is refused while they are
 * the holder of an active log of this unit, and the answer lists those logs so the leader can
 * hand each one over (the relay issue adds the handover itself).
 */
async function assertHoldsNoActiveLogs(
  ctx: OrgContext,
  unitId: string,
  person: { id: string; name: string },
): Promise<void> {
  const l = schema.log;
  const held = await ctx.tx
    .select({ id: l.id, childName: schema.person.name })
    .from(l)
    .innerJoin(
      schema.person,
      and(
        eq(schema.person.municipalityId, l.municipalityId),
        eq(schema.person.id, l.childPersonId),
      ),
    )
    .where(
      and(
        eq(l.municipalityId, ctx.municipalityId),
        eq(l.unitId, unitId),
        eq(l.holderPersonId, person.id),
        eq(l.status, 'active'),
      ),
    )
    .orderBy(asc(schema.person.name));
  if (held.length === 0) return;
  throw new AppError(
    'conflict',
    `${person.name} er stafettholder for ${held.length === 1 ? 'en aktiv stafettlogg' : `${held.length} aktive stafettlogger`} i enheten. Overfør loggene til en annen stafettholder før du deaktiverer.`,
    [],
    held.map((h) => ({ kind: 'log', id: h.id, label: `Stafettloggen til ${h.childName}` })),
  );
}
