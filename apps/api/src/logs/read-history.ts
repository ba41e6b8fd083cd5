import { and, desc, eq, inArray } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { forbidden } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { loadLogFor } from './log-resource';

export interface LogRead {
  at: string;
  person: { id: string; name: string };
}

/**
 * Who has read the child's log and when (A6), from the audit trail: for the family and the
 * holder. The newest 200 reads; a person reading twice in a row shows twice, as it happened.
 */
export async function listLogReads(ctx: OrgContext, logId: string): Promise<LogRead[]> {
  const log = await loadLogFor(ctx, logId, 'log:read');
  if (log.access.kind !== 'family' && log.access.kind !== 'holder') throw forbidden();
  const e = schema.auditEvent;
  const p = schema.person;
  const rows = await ctx.tx
    .select({ at: e.at, id: p.id, name: p.name })
    .from(e)
    .innerJoin(p, and(eq(p.municipalityId, e.municipalityId), eq(p.id, e.actorPersonId)))
    .where(
      and(
        eq(e.municipalityId, ctx.municipalityId),
        eq(e.entity, 'log'),
        eq(e.entityId, logId),
        // Shown on a big screen in a meeting counts as read too (C7).
        inArray(e.action, ['log.read', 'log.meeting_mode']),
      ),
    )
    .orderBy(desc(e.at))
    .limit(200);
  return rows.map((r) => ({ at: r.at.toISOString(), person: { id: r.id, name: r.name } }));
}
