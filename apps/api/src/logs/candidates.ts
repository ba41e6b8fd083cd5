import { and, asc, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { levelAllows, type ActorCandidate } from '@stafett/domain';
import type { OrgContext } from '../org/org-context';
import { loadLogFor } from './log-resource';

/**
 * Who the holder may make responsible for a measure: active staff who may act, in a unit the
 * log's level lets take part (L1). Sorted by unit, then name, as the measure form lists them.
 */
export async function listActorCandidates(
  ctx: OrgContext,
  logId: string,
): Promise<ActorCandidate[]> {
  const log = await loadLogFor(ctx, logId, 'log:write');
  const s = schema.staffMembership;
  const u = schema.unit;
  const p = schema.person;
  const rows = await ctx.tx
    .select({
      personId: p.id,
      name: p.name,
      title: s.title,
      unitId: u.id,
      unitName: u.name,
      unitType: u.type,
    })
    .from(s)
    .innerJoin(u, and(eq(u.municipalityId, s.municipalityId), eq(u.id, s.unitId)))
    .innerJoin(p, and(eq(p.municipalityId, s.municipalityId), eq(p.id, s.personId)))
    .where(and(eq(s.municipalityId, ctx.municipalityId), eq(s.active, true), eq(s.canAct, true)))
    .orderBy(asc(u.name), asc(p.name));
  return rows.filter((r) => levelAllows(log.level, log.resource.unitId, r));
}
