import { sql } from 'drizzle-orm';
import { deadlineWindows } from '@stafett/domain';
import type { Tx } from '../client';
import { deadlineItems } from './deadline-items';

const month = (column: string) =>
  sql.raw(`date_trunc('month', ${column} at time zone 'Europe/Oslo')::date`);

/**
 * Recomputes one municipality's dashboard rollup from its logs (issue 5): delete and insert in the
 * caller's tenant transaction, so readers see the old figures until the new ones are complete.
 * Everything is counted for the unit that holds the log now (a transferred log's history moves
 * with it); deleted logs count through their anonymous trace (L6). Wrongly registered measures are
 * mistakes and never counted. Returns how long it took.
 */
export async function refreshStats(tx: Tx, municipalityId: string, today: string): Promise<number> {
  const started = Date.now();
  const m = municipalityId;
  for (const table of [
    'stats_unit_month',
    'stats_district_month',
    'stats_unit_now',
    'stats_district_now',
  ]) {
    await tx.execute(sql`delete from ${sql.identifier(table)} where municipality_id = ${m}`);
  }

  // One insert in key order, so each unit's months of a category lie together on disk.
  await tx.execute(sql`
    insert into stats_unit_month (municipality_id, unit_id, month, metric, key, category, n)
    select ${m}, unit_id, month, metric, key, category, n from (
      select unit_id, month, metric, '' as key, '' as category, count(*)::int as n from (
        select unit_id, ${month('opened_at')} as month, 'opened' as metric from log where municipality_id = ${m}
        union all
        select unit_id, ${month('opened_at')}, 'opened' from deleted_log_trace where municipality_id = ${m}
        union all
        select unit_id, ${month('closed_at')}, 'closed' from log where municipality_id = ${m} and closed_at is not null
        union all
        select unit_id, ${month('closed_at')}, 'closed' from deleted_log_trace where municipality_id = ${m} and closed_at is not null
        union all
        select l.unit_id, ${month('b.created_at')}, 'bright_spots'
          from bright_spot b join log l on l.municipality_id = b.municipality_id and l.id = b.log_id
         where b.municipality_id = ${m}
        union all
        select to_unit_id, ${month('decided_at')}, 'transfers_in' from transfer
         where municipality_id = ${m} and status = 'accepted' and kind = 'to_unit'
        union all
        select from_unit_id, ${month('decided_at')}, 'transfers_out' from transfer
         where municipality_id = ${m} and status = 'accepted' and kind in ('to_unit', 'to_municipality')
      ) happened
      group by unit_id, month, metric
      union all
      -- Measures by responsible party, per category and in all; and per category alone.
      select l.unit_id, ${month('ms.created_at')},
             case when grouping(ms.responsible) = 1 then 'category_measures' else 'measures' end,
             case when grouping(ms.responsible) = 1 then a.category else ms.responsible::text end,
             case when grouping(ms.responsible) = 0 and grouping(a.category) = 0 then a.category else '' end,
             count(*)::int
        from measure ms
        join attention a on a.municipality_id = ms.municipality_id and a.id = ms.attention_id
        join log l on l.municipality_id = ms.municipality_id and l.id = ms.log_id
       where ms.municipality_id = ${m} and ms.status <> 'wrongly_registered'
       group by grouping sets ((l.unit_id, ${month('ms.created_at')}, ms.responsible, a.category),
                               (l.unit_id, ${month('ms.created_at')}, ms.responsible),
                               (l.unit_id, ${month('ms.created_at')}, a.category))
      union all
      -- Evaluations by outcome, per category and in all.
      select l.unit_id, ${month('e.evaluated_at')}, 'evaluations', e.outcome::text,
             case when grouping(a.category) = 0 then a.category else '' end, count(*)::int
        from evaluation e
        join measure ms on ms.municipality_id = e.municipality_id and ms.id = e.measure_id
        join attention a on a.municipality_id = ms.municipality_id and a.id = ms.attention_id
        join log l on l.municipality_id = e.municipality_id and l.id = e.log_id
       where e.municipality_id = ${m} and ms.status <> 'wrongly_registered'
       group by grouping sets ((l.unit_id, ${month('e.evaluated_at')}, e.outcome, a.category),
                               (l.unit_id, ${month('e.evaluated_at')}, e.outcome))
    ) counted
    order by unit_id, category, month, metric, key`);

  await tx.execute(sql`
    insert into stats_unit_now (municipality_id, unit_id, metric, key, category, n)
    select ${m}, unit_id, metric, key, category, n from (
      select unit_id, 'active_logs' as metric, '' as key, '' as category, count(*)::int as n
        from log where municipality_id = ${m} and status = 'active' group by unit_id
      union all
      select unit_id, 'holders', '', '', count(distinct holder_person_id)::int
        from log where municipality_id = ${m} and status = 'active' group by unit_id
      union all
      select unit_id, 'holder_max', '', '', max(n)::int from (
        select unit_id, holder_person_id, count(*) as n from log
         where municipality_id = ${m} and status = 'active' group by unit_id, holder_person_id
      ) per_holder group by unit_id
      union all
      select l.unit_id, 'attentions', '', coalesce(a.category, ''), count(*)::int
        from attention a join log l on l.municipality_id = a.municipality_id and l.id = a.log_id
       where a.municipality_id = ${m} and l.status = 'active' and not a.ended
       group by grouping sets ((l.unit_id, a.category), (l.unit_id))
      union all
      select l.unit_id, 'category_attentions', a.category, '', count(*)::int
        from attention a join log l on l.municipality_id = a.municipality_id and l.id = a.log_id
       where a.municipality_id = ${m} and l.status = 'active' and not a.ended
       group by l.unit_id, a.category
      union all
      select unit_id, 'deadlines', kind, '', count(*)::int
        from (${deadlineItems(m, deadlineWindows(today))}) d group by unit_id, kind
    ) now_rows
    order by unit_id, category, metric, key`);

  // The districts, by unit type and in all: sums of their units, but a district's busiest
  // holder is its busiest unit's.
  await tx.execute(sql`
    insert into stats_district_month (municipality_id, district_id, unit_type, month, metric, key, category, n)
    select ${m}, u.district_id, coalesce(u.type::text, ''), s.month, s.metric, s.key, s.category, sum(s.n)::int
      from stats_unit_month s join unit u on u.municipality_id = s.municipality_id and u.id = s.unit_id
     where s.municipality_id = ${m}
     group by grouping sets ((u.district_id, u.type, s.month, s.metric, s.key, s.category),
                             (u.district_id, s.month, s.metric, s.key, s.category))
     order by 3, s.category, s.month, u.district_id, s.metric, s.key`);
  await tx.execute(sql`
    insert into stats_district_now (municipality_id, district_id, unit_type, metric, key, category, n)
    select ${m}, u.district_id, coalesce(u.type::text, ''), s.metric, s.key, s.category,
           (case when s.metric = 'holder_max' then max(s.n) else sum(s.n) end)::int
      from stats_unit_now s join unit u on u.municipality_id = s.municipality_id and u.id = s.unit_id
     where s.municipality_id = ${m}
     group by grouping sets ((u.district_id, u.type, s.metric, s.key, s.category),
                             (u.district_id, s.metric, s.key, s.category))
     order by 3, s.category, u.district_id, s.metric, s.key`);

  const durationMs = Date.now() - started;
  await tx.execute(sql`
    insert into stats_refresh (municipality_id, refreshed_at, today, duration_ms)
    values (${m}, now(), ${today}, ${durationMs})
    on conflict (municipality_id) do update
      set refreshed_at = excluded.refreshed_at, today = excluded.today, duration_ms = excluded.duration_ms`);
  return durationMs;
}
