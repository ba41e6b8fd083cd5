import { sql } from 'drizzle-orm';
import type { ScaleContext } from './sql';

/**
 * The log rows and their consents (DOMAIN.md L1, L2, L6, L7), and the municipality's two files:
 * one scanned consent that every consent points at, and one archive PDF for the filed archive
 * obligations. Times (UTC): logs open 07:00–09:00 and close 16:00–17:00, content is written
 * 09:00–15:45 in between, so the Norwegian date of everything is its day.
 */

export const CONSENT_FILE = 0;
export const ARCHIVE_FILE = 1;

function pdf(title: string): string {
  return (
    `%PDF-1.4\n% ${title}\n` +
    '1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
  );
}

/** The holder on a day: the old one before an accepted transfer, the new one from it. */
export const holderOn = (day: string) =>
  sql.raw(
    `case when l.xfer_d is not null and ${day} >= l.xfer_d then l.holder_id else l.orig_holder_id end`,
  );

export async function insertLogs(ctx: ScaleContext): Promise<void> {
  const { plan, run } = ctx;
  const m = ctx.municipalityId;
  const T = ctx.today;

  await run(
    'files',
    sql`insert into stored_file (municipality_id, id, mime, filename, byte_size, sha256, content,
          uploaded_by, uploaded_at)
        select ${m}, pg_temp.uid('file', n), 'application/pdf', filename, octet_length(content),
               encode(sha256(content), 'hex'), content, pg_temp.uid('admin', 0),
               pg_temp.at((${T}::date - interval '5 years 2 months')::date, 600)
          from (values (${CONSENT_FILE}::int, 'samtykke.pdf',
                        convert_to(${pdf(`Samtykke til stafettlogg, ${plan.name} (skannet)`)}::text, 'UTF8')),
                       (${ARCHIVE_FILE}::int, 'arkivkopi.pdf',
                        convert_to(${pdf(`Stafettlogg, arkivkopi, ${plan.name}`)}::text, 'UTF8'))) f(n, filename, content)`,
  );

  // last_activity_at is the opening for now; it is set from the content once that is written.
  await run(
    'log rows',
    sql`insert into log (municipality_id, id, child_person_id, unit_id, holder_person_id, level, status,
          opened_at, closed_at, closed_by, close_reason, reopens_log_id, last_activity_at, version)
        select ${m}, l.id, l.child_id, l.unit_id, l.holder_id, l.level,
               (case when l.active then 'active' else 'passive' end)::log_status, o.opened_at,
               case when not l.active
                    then pg_temp.at(l.closed_d, 960 + floor(pg_temp.r('log.closed.min', l.idx) * 60)::int) end,
               case when l.active then null
                    when l.close_kind = 'withdrawn' then coalesce(l.guardian0_id, l.child_id)
                    else l.holder_id end,
               case l.close_kind
                    when 'plan' then 'Individuell plan opprettet'
                    when 'withdrawn' then 'Samtykket ble trukket tilbake'
                    when 'moving' then 'Familien flytter fra kommunen.'
                    when 'reason' then replace(pg_temp.pick(w.close_reasons, pg_temp.r('log.reason', l.idx)),
                                               '{navn}', l.child_first)
               end,
               l.reopens_id, o.opened_at, case when l.active then 1 else 2 end
          from scale_logx l cross join scale_w w
          cross join lateral (select pg_temp.at(l.opened_d,
                                420 + floor(pg_temp.r('log.opened.min', l.idx) * 120)::int) as opened_at) o
         order by l.idx`,
  );

  // A consent at opening, renewed in the month before each anniversary while the log lives
  // (valid to the next anniversary). Logs chosen to have an expired consent missed their last
  // renewal; a few families consented only until a date within the next 30 days.
  await run(
    'consents: when',
    sql`create temp table scale_consent on commit drop as
        select x.*, max(x.k) over (partition by x.idx) as newest
          from (
            select l.idx, k, c.c0, a.anniversary, a.next_anniversary,
                   case when k = 0 then c.c0
                        else a.anniversary - floor(pg_temp.r('consent.renew', l.idx * 8 + k) * 30)::int
                   end as consented_on
              from scale_logx l cross join generate_series(0, 6) k
              cross join lateral (select l.opened_d - floor(pg_temp.r('consent.first', l.idx) * 8)::int as c0) c
              cross join lateral (select (c.c0 + make_interval(months => 12 * k))::date as anniversary,
                                         (c.c0 + make_interval(months => 12 * (k + 1)))::date as next_anniversary) a
          ) x
          join scale_logx l on l.idx = x.idx
         where x.consented_on < l.end_d
           and (not l.consent_expired or x.next_anniversary < ${T}::date)`,
  );
  await run(
    'consents',
    sql`insert into consent (municipality_id, id, log_id, file_id, consented_by, by_youth, consented_on,
          valid_until, services, recorded_by, recorded_at, expiry_notified_at)
        select ${m}, pg_temp.uid('consent', c.idx * 8 + c.k), l.id, pg_temp.uid('file', ${CONSENT_FILE}::int),
               case when y.by_youth then l.child_first || ' ' || l.child_last else ch.guardian_names end,
               y.by_youth, c.consented_on, v.valid_until,
               array(select distinct t from unnest(array[
                       case when l.xfer_d is not null and c.consented_on >= l.xfer_d then l.type else l.orig_type end,
                       l.partner_type,
                       case when l.level = 3 then 'child_welfare'::unit_type end]) t
                      where t is not null order by t),
               ${holderOn('c.consented_on')},
               case when c.k = 0 then pg_temp.at(l.opened_d, 420 + floor(pg_temp.r('log.opened.min', l.idx) * 120)::int)
                    else pg_temp.at(c.consented_on, 540 + floor(pg_temp.r('consent.min', c.idx * 8 + c.k) * 360)::int) end,
               -- The holder was told once, 30 days before it ran out (or on the day it was given).
               case when greatest(c.consented_on, v.valid_until - 30)
                         < case when l.active then ${T}::date else l.end_d end
                    then pg_temp.at(greatest(c.consented_on, v.valid_until - 30), 300) end
          from scale_consent c
          join scale_logx l on l.idx = c.idx
          join scale_child ch on ch.idx = l.child_idx
          cross join lateral (
            select case when l.consent_short and c.k = c.newest
                        then ${T}::date + 1 + floor(pg_temp.r('consent.short.until', l.idx) * 29)::int
                        else c.next_anniversary end as valid_until) v
          cross join lateral (
            select l.n_guardians = 0
                   or (c.consented_on - l.birth >= ${plan.settings.consentAge}::int * 365.25
                       and pg_temp.r('consent.youth', l.idx) < 0.5) as by_youth) y
         order by c.idx, c.k`,
  );
}
