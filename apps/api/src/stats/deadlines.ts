import { sql } from 'drizzle-orm';
import { deadlineItems, rowsOf } from '@stafett/db';
import {
  deadlineWindows,
  emptyDeadlineCounts,
  type DeadlineItem,
  type DeadlineKind,
  type DeadlineList,
} from '@stafett/domain';
import { todayInNorway } from '../auth/current-actor';
import type { OrgContext } from '../org/org-context';
import { unitScope } from './scope';

interface ItemRow {
  kind: DeadlineKind;
  log_id: string;
  due: string | Date;
  detail: string | null;
  child_name: string;
  holder_id: string;
  holder_name: string;
  days_overdue: number;
  opens_content: boolean;
}

const isoDate = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

/**
 * The unit's open deadlines by name, live from the logs (S3), most overdue first; with `logId`,
 * one log's. Whether the person may open the log's content decides where the list links: the
 * log itself (they hold it, act in it or were granted access, C8) or the leader's overview.
 */
export async function deadlineItemsOf(
  ctx: OrgContext,
  unitId: string,
  today: string,
  logId?: string,
): Promise<DeadlineItem[]> {
  const me = ctx.actor.personId;
  const m = ctx.municipalityId;
  const rows = rowsOf<ItemRow>(
    await ctx.tx.execute(sql`
      select d.kind, d.log_id, d.due, d.detail, c.name as child_name, h.id as holder_id,
             h.name as holder_name, (${today}::date - d.due)::int as days_overdue,
             (l.holder_person_id = ${me}
              or exists (select 1 from access_grant g
                          where g.municipality_id = l.municipality_id and g.log_id = l.id
                            and g.person_id = ${me} and g.revoked_at is null)
              or exists (select 1 from measure ms
                          where ms.municipality_id = l.municipality_id and ms.log_id = l.id
                            and ms.actor_person_id = ${me} and ms.status <> 'wrongly_registered')
             ) as opens_content
        from (${deadlineItems(m, deadlineWindows(today), unitId)}) d
        join log l on l.municipality_id = ${m} and l.id = d.log_id
        join person c on c.municipality_id = l.municipality_id and c.id = l.child_person_id
        join person h on h.municipality_id = l.municipality_id and h.id = l.holder_person_id
       ${logId ? sql`where d.log_id = ${logId}` : sql``}
       order by d.due, c.name, d.kind`),
  );
  return rows.map((r) => ({
    kind: r.kind,
    logId: r.log_id,
    childName: r.child_name,
    holder: { id: r.holder_id, name: r.holder_name },
    date: isoDate(r.due),
    daysOverdue: Number(r.days_overdue),
    detail: r.detail,
    opensContent: Boolean(r.opens_content),
  }));
}

/** S3 for the unit's own leader: who and which child, to act. */
export async function unitDeadlines(ctx: OrgContext, unitId: string): Promise<DeadlineList> {
  const unit = await unitScope(ctx, unitId, 'stats:read_names');
  const today = todayInNorway();
  const items = await deadlineItemsOf(ctx, unit.id, today);
  const counts = emptyDeadlineCounts();
  for (const item of items) counts[item.kind] += 1;
  return { unit: { id: unit.id, name: unit.name }, today, counts, items };
}
