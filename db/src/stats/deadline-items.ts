import { sql, type SQL } from 'drizzle-orm';
import type { DeadlineWindows } from '@stafett/domain';

/**
 * Every open deadline of DOMAIN.md S3 in a municipality, one row each: (kind, unit_id, log_id,
 * due, detail). The one definition of the deadlines: the rollup counts these rows per unit, the
 * unit leader's list names them. `unitId` narrows it to one unit's logs (the list, on indexes).
 *
 * - evaluation_overdue / evaluation_due_soon: an active measure of an active log without its
 *   evaluation, deadline before today / within the window. Detail: the attention's category.
 * - consent_expired / consent_expiring: the newest consent of an active log. Detail: null.
 * - inactive_log: an active log with no activity since the window; its date is the last activity.
 * - transfer_waiting: a pending transfer of the unit's log (sent, not yet accepted); due the day
 *   it was sent. Detail: the receiving unit, or the other municipality.
 * - archive_due: an archive obligation not done, due within the window. Detail: its reason.
 */
export function deadlineItems(municipalityId: string, w: DeadlineWindows, unitId?: string): SQL {
  const inUnit = unitId ? sql`and l.unit_id = ${unitId}` : sql``;
  const today = sql`${w.today}::date`;
  return sql`
    select case when ms.deadline < ${today} then 'evaluation_overdue' else 'evaluation_due_soon' end as kind,
           l.unit_id, l.id as log_id, ms.deadline as due, a.category as detail
      from log l
      join measure ms on ms.municipality_id = l.municipality_id and ms.log_id = l.id
      join attention a on a.municipality_id = ms.municipality_id and a.id = ms.attention_id
     where l.municipality_id = ${municipalityId} and l.status = 'active' ${inUnit}
       and ms.status = 'active' and ms.deadline <= ${w.evaluationDueBy}::date
       and not exists (select 1 from evaluation e
                        where e.municipality_id = ms.municipality_id and e.measure_id = ms.id)
    union all
    select case when c.valid_until < ${today} then 'consent_expired' else 'consent_expiring' end,
           l.unit_id, l.id, c.valid_until, null
      from log l
      join lateral (select c.valid_until from consent c
                     where c.municipality_id = l.municipality_id and c.log_id = l.id
                     order by c.recorded_at desc limit 1) c on true
     where l.municipality_id = ${municipalityId} and l.status = 'active' ${inUnit}
       and c.valid_until <= ${w.consentExpiresBy}::date
    union all
    select 'inactive_log', l.unit_id, l.id, (l.last_activity_at at time zone 'Europe/Oslo')::date, null
      from log l
     where l.municipality_id = ${municipalityId} and l.status = 'active' ${inUnit}
       and (l.last_activity_at at time zone 'Europe/Oslo')::date < ${w.inactiveBefore}::date
    union all
    select 'transfer_waiting', l.unit_id, l.id, (t.created_at at time zone 'Europe/Oslo')::date,
           coalesce(tu.name, t.to_municipality)
      from log l
      join transfer t on t.municipality_id = l.municipality_id and t.log_id = l.id
      left join unit tu on tu.municipality_id = t.municipality_id and tu.id = t.to_unit_id
     where l.municipality_id = ${municipalityId} and t.status = 'pending' ${inUnit}
    union all
    select 'archive_due', l.unit_id, l.id, o.due_on, o.reason::text
      from log l
      join archive_obligation o on o.municipality_id = l.municipality_id and o.log_id = l.id
     where l.municipality_id = ${municipalityId} and l.status in ('active', 'passive') ${inUnit}
       and o.done_at is null and o.due_on <= ${w.archiveDueBy}::date`;
}
