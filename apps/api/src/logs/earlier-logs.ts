import { and, desc, eq, ne } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { EarlierLog } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { forbidden } from '../http/errors';
import type { OrgContext } from '../org/org-context';

/**
 * L4: before creating a log, a holder learns whether the child has had one in the municipality —
 * when, in which unit, and its state — never what it says. Asked by national id in a POST body,
 * so the id never lands in an address or an access log; the question itself is audited.
 */
export async function findEarlierLogs(ctx: OrgContext, nationalId: string): Promise<EarlierLog[]> {
  if (!ctx.actor.memberships.some((ms) => ms.holder)) throw forbidden();
  const l = schema.log;
  const p = schema.person;
  const rows = await ctx.tx
    .select({
      id: l.id,
      status: l.status,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
      unitName: schema.unit.name,
    })
    .from(l)
    .innerJoin(p, and(eq(p.municipalityId, l.municipalityId), eq(p.id, l.childPersonId)))
    .innerJoin(
      schema.unit,
      and(eq(schema.unit.municipalityId, l.municipalityId), eq(schema.unit.id, l.unitId)),
    )
    .where(
      and(
        eq(l.municipalityId, ctx.municipalityId),
        eq(p.nationalId, nationalId),
        ne(l.status, 'deleted'),
      ),
    )
    .orderBy(desc(l.openedAt));
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'log.earlier_checked',
    entity: 'log',
    data: { found: rows.length, logIds: rows.map((r) => r.id) },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt ? r.closedAt.toISOString() : null,
    unitName: r.unitName,
  }));
}
