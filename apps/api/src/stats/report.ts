import { sql } from 'drizzle-orm';
import { rowsOf, schema } from '@stafett/db';
import {
  COVERAGE_GOAL,
  EXPECTED_NEED,
  foldReport,
  resolveFilters,
  settingsWithDefaults,
  type StatsFilters,
  type StatsQuery,
  type StatsReport,
} from '@stafett/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../auth/policy';
import { todayInNorway } from '../auth/current-actor';
import { AppError } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { readRollup } from './rollup-reader';
import type { StatsScope } from './scope';

/** The filters with defaults, or a 422 naming the field; a category must be the municipality's. */
async function filtersOf(ctx: OrgContext, query: StatsQuery, today: string): Promise<StatsFilters> {
  const resolved = resolveFilters(query, today);
  if (!resolved.ok) {
    throw new AppError('validation', resolved.problems[0]?.message ?? '', resolved.problems);
  }
  const { category } = resolved.filters;
  if (category !== null) {
    const [row] = await ctx.tx
      .select({ settings: schema.municipality.settings })
      .from(schema.municipality)
      .where(eq(schema.municipality.id, ctx.municipalityId));
    const known = settingsWithDefaults(row?.settings ?? {}).attentionCategories;
    if (!known.includes(category)) {
      const message = `Kategorien «${category}» finnes ikke. Velg en av kommunens kategorier.`;
      throw new AppError('validation', message, [{ field: 'category', message }]);
    }
  }
  return resolved.filters;
}

/** The holders of the unit's active logs by name: for the unit's own leader only (S4). */
async function holdersOf(ctx: OrgContext, unitId: string) {
  const rows = rowsOf<{ id: string; name: string; active_logs: number }>(
    await ctx.tx.execute(sql`
      select p.id, p.name, count(*)::int as active_logs
        from log l join person p on p.municipality_id = l.municipality_id and p.id = l.holder_person_id
       where l.municipality_id = ${ctx.municipalityId} and l.unit_id = ${unitId} and l.status = 'active'
       group by p.id, p.name order by active_logs desc, p.name`),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, activeLogs: Number(r.active_logs) }));
}

/** A leader's dashboard (S1–S2): the scope is found and authorised by the caller (scope.ts). */
export async function buildReport(
  ctx: OrgContext,
  scope: StatsScope,
  query: StatsQuery,
): Promise<StatsReport> {
  const today = todayInNorway();
  const filters = await filtersOf(ctx, query, today);
  const { refreshedAt, ...rollup } = await readRollup(ctx, scope, filters);
  const folded = foldReport(rollup);
  const unitResource =
    scope.level === 'unit'
      ? ({ kind: 'unit', id: scope.id, districtId: scope.district.id } as const)
      : null;
  const namesAllowed =
    unitResource !== null && authorize(ctx.actor, 'stats:read_names', unitResource);
  const parentVisible =
    scope.level === 'unit' &&
    authorize(ctx.actor, 'stats:read_district', { kind: 'district', id: scope.district.id });
  return {
    level: scope.level,
    scope: { id: scope.id, name: scope.name },
    parent: parentVisible && scope.level === 'unit' ? scope.district : null,
    filters,
    today,
    refreshedAt,
    coverageGoal: COVERAGE_GOAL,
    expectedNeed: { ...EXPECTED_NEED },
    ...folded,
    holders: namesAllowed ? await holdersOf(ctx, scope.id) : null,
  };
}
