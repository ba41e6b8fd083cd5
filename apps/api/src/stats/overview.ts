import { sql } from 'drizzle-orm';
import { rowsOf } from '@stafett/db';
import type { LogOverview } from '@stafett/domain';
import { todayInNorway } from '../auth/current-actor';
import { notFound } from '../http/errors';
import { LOG_NOT_FOUND, loadLogFor } from '../logs/log-resource';
import type { OrgContext } from '../org/org-context';
import { deadlineItemsOf } from './deadlines';

interface OverviewRow {
  child_name: string;
  unit_id: string;
  unit_name: string;
  holder_id: string;
  holder_name: string;
  holder_email: string | null;
  status: LogOverview['status'];
  level: number;
  opened_at: Date | string;
  closed_at: Date | string | null;
  last_activity_at: Date | string;
  consent_valid_until: Date | string | null;
  attentions: number;
  active_measures: number;
  transfer_id: string | null;
  transfer_to: string | null;
  transfer_at: Date | string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const day = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

/**
 * The log as its unit's leader may see it (C8: metadata, never content): where it stands and
 * what is due, so they can remind the holder or transfer it on their behalf (S3, X3).
 */
export async function logOverview(ctx: OrgContext, logId: string): Promise<LogOverview> {
  await loadLogFor(ctx, logId, 'log:read_metadata');
  const m = ctx.municipalityId;
  const [r] = rowsOf<OverviewRow>(
    await ctx.tx.execute(sql`
      select c.name as child_name, u.id as unit_id, u.name as unit_name, h.id as holder_id,
             h.name as holder_name, h.email as holder_email, l.status, l.level, l.opened_at,
             l.closed_at, l.last_activity_at,
             (select cs.valid_until from consent cs
               where cs.municipality_id = l.municipality_id and cs.log_id = l.id
               order by cs.recorded_at desc limit 1) as consent_valid_until,
             (select count(*)::int from attention a
               where a.municipality_id = l.municipality_id and a.log_id = l.id) as attentions,
             (select count(*)::int from measure ms
               where ms.municipality_id = l.municipality_id and ms.log_id = l.id
                 and ms.status = 'active') as active_measures,
             t.id as transfer_id, coalesce(tu.name, t.to_municipality) as transfer_to,
             t.created_at as transfer_at
        from log l
        join person c on c.municipality_id = l.municipality_id and c.id = l.child_person_id
        join person h on h.municipality_id = l.municipality_id and h.id = l.holder_person_id
        join unit u on u.municipality_id = l.municipality_id and u.id = l.unit_id
        left join transfer t on t.municipality_id = l.municipality_id and t.log_id = l.id
                            and t.status = 'pending'
        left join unit tu on tu.municipality_id = t.municipality_id and tu.id = t.to_unit_id
       where l.municipality_id = ${m} and l.id = ${logId}`),
  );
  if (!r) throw notFound(LOG_NOT_FOUND);
  return {
    id: logId,
    childName: r.child_name,
    unit: { id: r.unit_id, name: r.unit_name },
    holder: { id: r.holder_id, name: r.holder_name, email: r.holder_email },
    status: r.status,
    level: Number(r.level),
    openedAt: iso(r.opened_at),
    closedAt: r.closed_at ? iso(r.closed_at) : null,
    lastActivityAt: iso(r.last_activity_at),
    consentValidUntil: r.consent_valid_until ? day(r.consent_valid_until) : null,
    attentions: Number(r.attentions),
    activeMeasures: Number(r.active_measures),
    pendingTransfer: r.transfer_id
      ? { id: r.transfer_id, toUnitName: r.transfer_to, createdAt: iso(r.transfer_at ?? '') }
      : null,
    deadlines: await deadlineItemsOf(ctx, r.unit_id, todayInNorway(), logId),
  };
}
