import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { OrgContext } from '../org/org-context';

/** A count of rows, as a number whichever driver answers. */
const n = (query: ReturnType<typeof sql>) => sql<number>`(${query})::int`;

/**
 * What stays of a deleted log (L6, S2): the unit, the level, the dates, the attentions'
 * categories and counts by kind. No person, no text, no id of anything deleted.
 */
export async function traceOf(ctx: OrgContext, logId: string) {
  const l = schema.log;
  const m = ctx.municipalityId;
  const of = (table: string) =>
    sql.raw(`from ${table} x where x.municipality_id = log.municipality_id and x.log_id = log.id`);
  const measures = (responsible: string) =>
    n(sql`select count(*) ${of('measure')} and x.responsible = ${responsible}`);
  const evaluations = (outcome: string) =>
    n(sql`select count(*) ${of('evaluation')} and x.outcome = ${outcome}`);
  const [row] = await ctx.tx
    .select({
      unitId: l.unitId,
      level: l.level,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
      categories: sql<
        string[]
      >`coalesce((select array_agg(distinct x.category order by x.category) ${of('attention')}), '{}')`,
      attentions: n(sql`select count(*) ${of('attention')}`),
      measuresService: measures('service'),
      measuresHome: measures('home'),
      measuresChild: measures('child'),
      evaluationsWorked: evaluations('worked'),
      evaluationsPartly: evaluations('partly'),
      evaluationsDidNotWork: evaluations('did_not_work'),
      brightSpots: n(sql`select count(*) ${of('bright_spot')}`),
      meetings: n(sql`select count(*) ${of('meeting')} and x.status = 'held'`),
    })
    .from(l)
    .where(and(eq(l.municipalityId, m), eq(l.id, logId)));
  if (!row) throw new Error(`log ${logId} vanished inside its own transaction`);
  const { unitId, level, openedAt, closedAt, categories, ...counts } = row;
  return {
    unitId,
    level,
    openedAt,
    closedAt,
    categories: Array.isArray(categories) ? categories : parseTextArray(categories),
    counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
  };
}

/** A raw '{a,"b c"}' text[] literal, should a driver hand one back unparsed. */
function parseTextArray(value: string): string[] {
  const inner = value.replace(/^\{|\}$/g, '');
  if (inner === '') return [];
  return inner.split(',').map((s) => s.replace(/^"|"$/g, '').replace(/\\"/g, '"'));
}
