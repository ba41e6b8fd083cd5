import { and, asc, eq, ne } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { GrantCandidate } from '@stafett/domain';
import type { OrgContext } from '../org/org-context';
import { loadLogFor } from './log-resource';

/**
 * Who the holder may give read access (C8): active staff of every unit and the district leaders,
 * the holder left out; leaders are marked because only they may be mentors. One entry per person
 * and unit, sorted by name, as the grant form lists them.
 */
export async function listGrantCandidates(
  ctx: OrgContext,
  logId: string,
): Promise<GrantCandidate[]> {
  const log = await loadLogFor(ctx, logId, 'log:write');
  const m = ctx.municipalityId;
  const s = schema.staffMembership;
  const p = schema.person;
  const [staff, districtLeaders] = await Promise.all([
    ctx.tx
      .select({ personId: p.id, name: p.name, unitName: schema.unit.name, leader: s.isUnitLeader })
      .from(s)
      .innerJoin(p, and(eq(p.municipalityId, s.municipalityId), eq(p.id, s.personId)))
      .innerJoin(
        schema.unit,
        and(eq(schema.unit.municipalityId, s.municipalityId), eq(schema.unit.id, s.unitId)),
      )
      .where(
        and(
          eq(s.municipalityId, m),
          eq(s.active, true),
          ne(s.personId, log.resource.holderPersonId),
        ),
      )
      .orderBy(asc(p.name), asc(schema.unit.name)),
    ctx.tx
      .select({ personId: p.id, name: p.name, unitName: schema.district.name })
      .from(schema.districtLeader)
      .innerJoin(
        p,
        and(
          eq(p.municipalityId, schema.districtLeader.municipalityId),
          eq(p.id, schema.districtLeader.personId),
        ),
      )
      .innerJoin(
        schema.district,
        and(
          eq(schema.district.municipalityId, schema.districtLeader.municipalityId),
          eq(schema.district.id, schema.districtLeader.districtId),
        ),
      )
      .where(eq(schema.districtLeader.municipalityId, m))
      .orderBy(asc(p.name)),
  ]);
  return [...staff, ...districtLeaders.map((d) => ({ ...d, leader: true }))].sort((a, b) =>
    a.name.localeCompare(b.name, 'nb'),
  );
}
