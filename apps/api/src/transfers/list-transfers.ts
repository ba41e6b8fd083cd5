import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { LogTransfers, StaffLogs, TransferList } from '@stafett/domain';
import { authorize, mayReadAttention } from '../auth/policy';
import { loadLogFor } from '../logs/log-resource';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from '../org/find-org-unit';
import { permit, type OrgContext } from '../org/org-context';
import { findStaffMember } from '../org/staff-member';
import { selectTransfers } from './transfer-view';

const t = schema.transfer;

/**
 * X2: pending transfers addressed to the person, and — for a unit's leader — to their units.
 * With `unitId`, only that unit's, and only for its leader.
 */
export async function listIncoming(ctx: OrgContext, unitId?: string): Promise<TransferList> {
  let units = ctx.actor.memberships.filter((m) => m.unitLeader).map((m) => m.unitId);
  if (unitId) {
    const unit = await findOrgUnit(ctx, unitId);
    permit(ctx, 'transfer:list_incoming', unitResource(unit), UNIT_NOT_FOUND);
    units = [unit.id];
  }
  const addressed = [
    ...(unitId ? [] : [eq(t.toPersonId, ctx.actor.personId)]),
    ...(units.length > 0 ? [inArray(t.toUnitId, units)] : []),
  ];
  if (addressed.length === 0) return { items: [] };
  return { items: await selectTransfers(ctx, and(eq(t.status, 'pending'), or(...addressed))) };
}

/**
 * The log's transfers, newest first — the history of holders the family sees (issue 6, item 6) —
 * with the pending one and what the transfer form needs. Anyone who sees the log's metadata.
 */
export async function logTransfers(ctx: OrgContext, logId: string): Promise<LogTransfers> {
  const log = await loadLogFor(ctx, logId, 'log:read_metadata');
  const l = schema.log;
  const child = schema.person;
  const [facts] = await ctx.tx
    .select({ childName: child.name, unitName: schema.unit.name })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .innerJoin(
      schema.unit,
      and(eq(schema.unit.municipalityId, l.municipalityId), eq(schema.unit.id, l.unitId)),
    )
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  const [holder] = await ctx.tx
    .select({ id: schema.person.id, name: schema.person.name })
    .from(schema.person)
    .where(
      and(
        eq(schema.person.municipalityId, ctx.municipalityId),
        eq(schema.person.id, log.resource.holderPersonId),
      ),
    );
  const a = schema.attention;
  const attentions = await ctx.tx
    .select({ id: a.id, category: a.category, description: a.description, ended: a.ended })
    .from(a)
    .where(and(eq(a.municipalityId, ctx.municipalityId), eq(a.logId, logId)))
    .orderBy(asc(a.position), asc(a.createdAt));
  const items = await selectTransfers(ctx, eq(t.logId, logId));
  return {
    log: {
      id: logId,
      childName: facts?.childName ?? '',
      status: log.resource.status,
      holder: holder ?? { id: log.resource.holderPersonId, name: '' },
      unit: { id: log.resource.unitId, name: facts?.unitName ?? '' },
    },
    // The unit's leader sees metadata only (C8): the category, never the describing sentence.
    attentions: attentions.map((x) => ({
      ...x,
      description: mayReadAttention(log.access, x.id) ? x.description : null,
    })),
    pending: items.find((x) => x.status === 'pending') ?? null,
    items,
    mayStart:
      log.resource.status === 'active' && authorize(ctx.actor, 'transfer:start', log.resource),
  };
}

/** X3, T6: a staff member's active logs in the unit, each with its pending transfer, if any. */
export async function staffLogs(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
): Promise<StaffLogs> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'staff:list', unitResource(unit), UNIT_NOT_FOUND);
  const member = await findStaffMember(ctx, unit.id, membershipId);
  const l = schema.log;
  const child = schema.person;
  const logs = await ctx.tx
    .select({ id: l.id, childName: child.name, openedAt: l.openedAt })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .where(
      and(
        eq(l.municipalityId, ctx.municipalityId),
        eq(l.unitId, unit.id),
        eq(l.holderPersonId, member.person.id),
        eq(l.status, 'active'),
      ),
    )
    .orderBy(asc(child.name));
  const pending =
    logs.length === 0
      ? []
      : await selectTransfers(
          ctx,
          and(
            eq(t.status, 'pending'),
            inArray(
              t.logId,
              logs.map((x) => x.id),
            ),
          ),
        );
  return {
    person: { id: member.person.id, name: member.person.name },
    items: logs.map((x) => ({
      id: x.id,
      childName: x.childName,
      openedAt: x.openedAt.toISOString(),
      pending: pending.find((p) => p.log.id === x.id) ?? null,
    })),
  };
}
