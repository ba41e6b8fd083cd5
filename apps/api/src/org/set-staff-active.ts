import { and, asc, eq, or } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { StaffMember } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, type Blocker } from '../http/errors';
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
 * the holder of an active log of this unit, or while a transfer they sent from this unit or that
 * is addressed to them waits for an answer (X2: the old holder stays responsible until it is
 * accepted). The answer lists both, so the leader can hand each log over (X3).
 */
async function assertHoldsNoActiveLogs(
  ctx: OrgContext,
  unitId: string,
  person: { id: string; name: string },
): Promise<void> {
  const l = schema.log;
  const child = schema.person;
  const held = await ctx.tx
    .select({ id: l.id, childName: child.name })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .where(
      and(
        eq(l.municipalityId, ctx.municipalityId),
        eq(l.unitId, unitId),
        eq(l.holderPersonId, person.id),
        eq(l.status, 'active'),
      ),
    )
    .orderBy(asc(child.name));
  const t = schema.transfer;
  const pending = await ctx.tx
    .select({ id: t.id, childName: child.name })
    .from(t)
    .innerJoin(l, and(eq(l.municipalityId, t.municipalityId), eq(l.id, t.logId)))
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .where(
      and(
        eq(t.municipalityId, ctx.municipalityId),
        eq(t.status, 'pending'),
        or(
          and(eq(t.fromHolderPersonId, person.id), eq(t.fromUnitId, unitId)),
          eq(t.toPersonId, person.id),
        ),
      ),
    )
    .orderBy(asc(child.name));
  if (held.length === 0 && pending.length === 0) return;
  const blockers: Blocker[] = [
    ...held.map((h) => ({
      kind: 'log' as const,
      id: h.id,
      label: `Stafettloggen til ${h.childName}`,
    })),
    ...pending.map((p) => ({
      kind: 'transfer' as const,
      id: p.id,
      label: `Overføringen av stafettloggen til ${p.childName} venter på svar`,
    })),
  ];
  const message =
    held.length > 0
      ? `${person.name} er stafettholder for ${held.length === 1 ? 'en aktiv stafettlogg' : `${held.length} aktive stafettlogger`} i enheten. Overfør loggene til en annen stafettholder før du deaktiverer.`
      : `${person.name} har overføringer som venter på svar. Vent til de er godtatt eller avslått, eller trekk dem tilbake, før du deaktiverer.`;
  throw new AppError('conflict', message, [], blockers);
}
