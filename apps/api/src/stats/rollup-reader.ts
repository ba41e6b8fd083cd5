import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '@stafett/db';
import type { RollupInput, StatsFilters } from '@stafett/domain';
import type { OrgContext } from '../org/org-context';
import type { StatsScope } from './scope';

/** Metrics the category filter narrows; the rest are counted in every category (''). */
const BY_CATEGORY = sql`('measures', 'evaluations', 'attentions')`;
/** Counts by category, in the key ('' rows): the report's list of categories. */
const CATEGORY_METRICS = {
  category_measures: 'measures',
  category_attentions: 'attentions',
} as const;
const isCategoryMetric = (m: string): m is keyof typeof CATEGORY_METRICS => m in CATEGORY_METRICS;

/**
 * Which rollup rows a report counts. Written so that the category is a plain equality or list in
 * the index (the tables' keys put it before the month): without a filter, the '' rows; with a
 * category, its own rows of the narrowed metrics, the '' rows of the rest, and its count alone.
 */
function categoryCondition(category: string | null): SQL {
  if (category === null) return sql`s.category = ''`;
  return sql`s.category in ('', ${category})
    and (s.category = ${category}) = (s.metric in ${BY_CATEGORY})
    and (s.metric not like 'category\_%' or s.key = ${category})`;
}

interface Source {
  /** The rollup tables and the column naming a report row. */
  month: SQL;
  now: SQL;
  rowColumn: SQL;
  /** Which rollup rows belong to the scope, as a condition on alias s. */
  where: SQL;
  /** The report's rows: districts or units, with the children they serve. */
  rows: SQL;
}

/**
 * Where each level reads: the municipality from the district rollup (by unit type, '' for all),
 * a district and a unit from the unit rollup joined to the units they cover.
 */
function sourceOf(ctx: OrgContext, scope: StatsScope, f: StatsFilters): Source {
  const m = ctx.municipalityId;
  const type = f.unitType;
  if (scope.level === 'municipality') {
    return {
      month: sql`stats_district_month`,
      now: sql`stats_district_now`,
      rowColumn: sql`s.district_id`,
      where: sql`s.municipality_id = ${m} and s.unit_type = ${type ?? ''}`,
      rows: sql`
        select d.id, d.name, 'district' as kind, null as unit_type,
               coalesce(sum(u.children_served), 0)::int as children_served
          from district d
          left join unit u on u.municipality_id = d.municipality_id and u.district_id = d.id
                          ${type ? sql`and u.type = ${type}` : sql``}
         where d.municipality_id = ${m}
         group by d.id, d.name order by d.name`,
    };
  }
  const units =
    scope.level === 'district'
      ? sql`u.district_id = ${scope.id} ${type ? sql`and u.type = ${type}` : sql``}`
      : sql`u.id = ${scope.id}`;
  return {
    month: sql`stats_unit_month`,
    now: sql`stats_unit_now`,
    rowColumn: sql`s.unit_id`,
    // An array rather than `in (select …)`: the planner then looks the units up in the key
    // instead of reading the whole municipality's rollup and joining.
    where: sql`s.municipality_id = ${m} and s.unit_id = any(array(
      select u.id from unit u where u.municipality_id = ${m} and ${units}))`,
    rows: sql`
      select u.id, u.name, 'unit' as kind, u.type::text as unit_type, u.children_served
        from unit u where u.municipality_id = ${m} and ${units} order by u.name`,
  };
}

type Row = Record<string, unknown>;
const str = (v: unknown) => String(v);
const num = (v: unknown) => Number(v);
const json = (q: SQL) => sql`(select coalesce(json_agg(q), '[]'::json) from (${q}) q)`;

/** json_agg answers JSON; postgres.js and PGlite parse it, but be sure. */
const parsed = (v: unknown): Row[] =>
  typeof v === 'string' ? (JSON.parse(v) as Row[]) : (v as Row[]);

/**
 * Everything a report needs from the rollup in ONE statement (each round trip counts at 20
 * concurrent leaders): the rows, the period's counts per row and per month (one pass, grouping
 * sets), the states now, and when the rollup was computed.
 */
export async function readRollup(
  ctx: OrgContext,
  scope: StatsScope,
  f: StatsFilters,
): Promise<RollupInput & { refreshedAt: string | null }> {
  const src = sourceOf(ctx, scope, f);
  const category = categoryCondition(f.category);
  const period = sql`s.month between ${`${f.from}-01`}::date and ${`${f.to}-01`}::date`;

  const [answer] = rowsOf<Row>(
    await ctx.tx.execute(sql`select
      ${json(src.rows)} as rows,
      ${json(sql`
        select ${src.rowColumn} as row_id, to_char(s.month, 'YYYY-MM') as month, s.metric, s.key,
               sum(s.n)::int as n
          from ${src.month} s
         where ${src.where} and ${period} and ${category}
         group by grouping sets ((${src.rowColumn}, s.metric, s.key), (s.month, s.metric, s.key))`)} as counts,
      ${json(sql`
        select ${src.rowColumn} as row_id, s.metric, s.key, s.n
          from ${src.now} s where ${src.where} and ${category}`)} as now,
      (select refreshed_at from stats_refresh where municipality_id = ${ctx.municipalityId}) as refreshed_at`),
  );
  const rows = parsed(answer?.rows);
  const counts = parsed(answer?.counts);
  const now = parsed(answer?.now);
  // The category counts by row, summed over the rows: the categories in use.
  const categories = new Map<string, RollupInput['categories'][number]>();
  for (const c of [...counts.filter((c) => c.row_id !== null), ...now]) {
    const metric = str(c.metric);
    if (!isCategoryMetric(metric)) continue;
    const id = `${metric}:${str(c.key)}`;
    const entry = categories.get(id) ?? {
      category: str(c.key),
      metric: CATEGORY_METRICS[metric],
      n: 0,
    };
    entry.n += num(c.n);
    categories.set(id, entry);
  }
  const figures = (c: Row) => !isCategoryMetric(str(c.metric));
  const refreshed = answer?.refreshed_at as Date | string | null | undefined;

  return {
    rows: rows.map((r) => ({
      id: str(r.id),
      name: str(r.name),
      kind: r.kind === 'district' ? 'district' : 'unit',
      unitType: (r.unit_type ?? null) as RollupInput['rows'][number]['unitType'],
      childrenServed: num(r.children_served),
    })),
    periodByRow: counts
      .filter((c) => c.row_id !== null && figures(c))
      .map((c) => ({ rowId: str(c.row_id), metric: str(c.metric), key: str(c.key), n: num(c.n) })),
    periodByMonth: counts
      .filter((c) => c.month !== null && figures(c))
      .map((c) => ({ month: str(c.month), metric: str(c.metric), key: str(c.key), n: num(c.n) })),
    nowByRow: now.filter(figures).map((c) => ({
      rowId: str(c.row_id),
      metric: str(c.metric),
      key: str(c.key),
      n: num(c.n),
    })),
    categories: [...categories.values()],
    from: f.from,
    to: f.to,
    refreshedAt: refreshed ? new Date(refreshed).toISOString() : null,
  };
}
