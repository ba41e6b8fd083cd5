import { sql, type SQL } from 'drizzle-orm';
import { SHAPE } from './plan';
import { ARCHIVE_FILE, holderOn } from './consent';
import type { ScaleContext } from './sql';

/**
 * Passing the baton and what stays (DOMAIN.md X1–X3, L6, L8): transfers (accepted, declined,
 * cancelled, pending), archive obligations (closing, moving away, change of service, yearly) and
 * the anonymous traces of deleted logs.
 */

const minute = (salt: string, i: string) =>
  sql.raw(`540 + floor(pg_temp.r('${salt}', ${i}) * 360)::int`);

export async function createRelay(ctx: ScaleContext, span: number): Promise<void> {
  const { plan, run } = ctx;
  const m = ctx.municipalityId;
  const T = ctx.today;
  const consentWords = (day: string) =>
    sql.raw(`'Foresatte samtykket i samarbeidsmøtet ' || to_char(${day}, 'DD.MM.YYYY') || '.'`);
  const reason = (list: string, salt: string) =>
    sql.raw(
      `replace(pg_temp.pick(w.${list}, pg_temp.r('${salt}', l.idx)), '{navn}', l.child_first)`,
    );

  await run(
    'transfers: accepted',
    sql`insert into transfer (municipality_id, id, log_id, kind, from_unit_id, from_holder_person_id,
          to_unit_id, to_person_id, reason, guardian_consent, status, created_by, created_at,
          decided_by, decided_at, new_holder_person_id, version)
        select ${m}, pg_temp.uid('transfer', l.idx * 4), l.id, l.xfer_kind::transfer_kind,
               l.orig_unit_id, l.orig_holder_id, l.unit_id, x.to_person,
               case when l.xfer_kind = 'to_unit' then ${reason('transfer_reasons_unit', 'xfer.reason')}
                    else ${reason('transfer_reasons_holder', 'xfer.reason')} end,
               case when l.xfer_kind = 'to_unit' then ${consentWords('x.created_d')} end,
               'accepted',
               case when pg_temp.r('xfer.by', l.idx) < 0.85 then l.orig_holder_id else l.orig_leader_id end,
               pg_temp.at(x.created_d, ${minute('xfer.min', 'l.idx')}),
               coalesce(x.to_person, l.leader_id),
               pg_temp.at(l.xfer_d, ${minute('xfer.decided.min', 'l.idx')}),
               l.holder_id, 2
          from scale_logx l cross join scale_w w
          cross join lateral (
            select l.xfer_d - 1 - floor(pg_temp.r('xfer.waited', l.idx) * 10)::int as created_d,
                   case when l.xfer_kind = 'within_unit' or pg_temp.r('xfer.named', l.idx) < 0.7
                        then l.holder_id end as to_person) x
         where l.xfer_d is not null
         order by l.idx`,
  );
  await run(
    'transfers: declined',
    sql`insert into transfer (municipality_id, id, log_id, kind, from_unit_id, from_holder_person_id,
          to_unit_id, to_person_id, reason, guardian_consent, status, decline_reason, created_by,
          created_at, decided_by, decided_at, version)
        select ${m}, pg_temp.uid('transfer', l.idx * 4 + 1), l.id, 'to_unit', l.orig_unit_id,
               l.orig_holder_id, tu.id, x.to_person, ${reason('transfer_reasons_unit', 'decline.reason')},
               ${consentWords('l.declined_d')}, 'declined',
               pg_temp.pick(w.decline_reasons, pg_temp.r('decline.why', l.idx)), l.orig_holder_id,
               pg_temp.at(l.declined_d, ${minute('decline.min', 'l.idx')}),
               coalesce(x.to_person, pg_temp.uid('staff', tu.staff_start)),
               pg_temp.at(l.declined_d + 1 + floor(pg_temp.r('decline.after', l.idx) * 6)::int,
                          ${minute('decline.decided.min', 'l.idx')}), 2
          from scale_logx l join scale_unit tu on tu.idx = l.decl_to cross join scale_w w
          cross join lateral (
            select case when pg_temp.r('decline.named', l.idx) < 0.6
                        then pg_temp.uid('staff', tu.staff_start + 1
                               + floor(pg_temp.r('decline.holder', l.idx) * tu.n_hold)::int) end as to_person) x
         where l.declined_d is not null
         order by l.idx`,
  );
  await run(
    'transfers: cancelled',
    sql`insert into transfer (municipality_id, id, log_id, kind, from_unit_id, from_holder_person_id,
          to_unit_id, to_person_id, reason, status, created_by, created_at, decided_by, decided_at, version)
        select ${m}, pg_temp.uid('transfer', l.idx * 4 + 2), l.id, 'within_unit', l.orig_unit_id,
               l.orig_holder_id, l.orig_unit_id,
               pg_temp.uid('staff', l.orig_staff_start + 1
                 + (l.orig_hpos + floor(pg_temp.r('cancel.holder', l.idx) * (l.orig_n_hold - 1))::int) % l.orig_n_hold),
               ${reason('transfer_reasons_holder', 'cancel.reason')}, 'cancelled', l.orig_holder_id,
               pg_temp.at(l.cancelled_d, ${minute('cancel.min', 'l.idx')}), l.orig_holder_id,
               pg_temp.at(l.cancelled_d + 1 + floor(pg_temp.r('cancel.after', l.idx) * 4)::int,
                          ${minute('cancel.decided.min', 'l.idx')}), 2
          from scale_logx l cross join scale_w w
         where l.cancelled_d is not null
         order by l.idx`,
  );
  await run(
    'transfers: pending',
    sql`insert into transfer (municipality_id, id, log_id, kind, from_unit_id, from_holder_person_id,
          to_unit_id, to_person_id, reason, guardian_consent, status, created_by, created_at, version)
        select ${m}, pg_temp.uid('transfer', l.idx * 4 + 3), l.id, x.kind::transfer_kind, l.unit_id,
               l.holder_id, pu.id,
               case when x.kind = 'within_unit' or pg_temp.r('pending.named', l.idx) < 0.6
                    then pg_temp.uid('staff', pu.staff_start + l.pend_hpos) end,
               case when x.kind = 'to_unit' then ${reason('transfer_reasons_unit', 'pending.reason')}
                    else ${reason('transfer_reasons_holder', 'pending.reason')} end,
               case when x.kind = 'to_unit' then ${consentWords('l.pending_d')} end,
               'pending',
               case when pg_temp.r('pending.by', l.idx) < 0.8 then l.holder_id else l.leader_id end,
               pg_temp.at(l.pending_d, ${minute('pending.min', 'l.idx')}), 1
          from scale_logx l join scale_unit pu on pu.idx = l.pend_to cross join scale_w w
          cross join lateral (select case when l.pend_to = l.unit then 'within_unit' else 'to_unit' end as kind) x
         where l.pending_d is not null
         order by l.idx`,
  );

  // Archive obligations (L8). A filed one has the archive PDF, who filed it and mostly a journal
  // number; a few not yet filed have the PDF made already.
  const filing = (key: SQL, day: SQL, done: SQL, who: SQL) =>
    sql`cross join lateral (
      select case when ${done} or pg_temp.r('archive.made', ${key}) < 0.3
                  then pg_temp.uid('file', ${ARCHIVE_FILE}::int) end as file_id,
             case when ${done}
                  then pg_temp.at(${day}, 540 + floor(pg_temp.r('archive.min', ${key}) * 360)::int) end as done_at,
             case when ${done} then ${who} end as done_by,
             case when ${done} and pg_temp.r('archive.ref', ${key}) < 0.7
                  then to_char(${day}, 'YYYY') || '/'
                       || (10000 + floor(pg_temp.r('archive.no', ${key}) * 90000))::int::text || '-'
                       || (1 + floor(pg_temp.r('archive.doc', ${key}) * 9))::int::text end as archive_reference,
             case when ${done} then 2 else 1 end as version) f`;
  const columns = sql.raw(`municipality_id, id, log_id, reason, due_on, file_id, done_at, done_by,
    archive_reference, created_at, version`);

  // When closed, and when the family moves away: due 14 days after closing.
  await run(
    'archive: closing and moving away',
    sql`insert into archive_obligation (${columns})
        select ${m}, pg_temp.uid('archive', l.idx * 16 + r.n), l.id, r.reason::archive_reason,
               l.closed_d + 14, f.file_id, f.done_at, f.done_by, f.archive_reference,
               pg_temp.at(l.closed_d, 1020), f.version
          from scale_logx l
          cross join (values (0, 'closing'), (1, 'moving_away')) r(n, reason)
          cross join lateral (
            select l.closed_d + floor(pg_temp.r('archive.after', l.idx * 16 + r.n) * 20)::int as day) d
          ${filing(sql`l.idx * 16 + r.n`, sql`d.day`, sql`(d.day < ${T}::date and not (r.n = 0 and l.closing_unfiled))`, sql`l.holder_id`)}
         where not l.active and (r.n = 0 or l.close_kind = 'moving')
         order by l.idx, r.n`,
  );
  // When the child changes service: due 14 days after the accepted transfer to another unit.
  await run(
    'archive: change of service',
    sql`insert into archive_obligation (${columns})
        select ${m}, pg_temp.uid('archive', l.idx * 16 + 2), l.id, 'change_of_service',
               l.xfer_d + 14, f.file_id, f.done_at, f.done_by, f.archive_reference,
               pg_temp.at(l.xfer_d, 960), f.version
          from scale_logx l
          cross join lateral (
            select l.xfer_d + floor(pg_temp.r('archive.after', l.idx * 16 + 2) * 25)::int as day) d
          ${filing(sql`l.idx * 16 + 2`, sql`d.day`, sql`(d.day < ${T}::date and pg_temp.r('archive.skip', l.idx * 16 + 2) >= 0.03)`, sql`l.holder_id`)}
         where l.xfer_kind = 'to_unit'
         order by l.idx`,
  );
  // Every year on the anniversary of opening: each obligation is made when the one before falls
  // due (the first at opening), so an active log always has the next one waiting. Some of the
  // latest were never filed.
  await run(
    'archive: yearly',
    sql`insert into archive_obligation (${columns})
        select ${m}, pg_temp.uid('archive', l.idx * 16 + 2 + k), l.id, 'yearly', a.due,
               f.file_id, f.done_at, f.done_by, f.archive_reference,
               pg_temp.at(a.made, 300), f.version
          from scale_logx l cross join generate_series(1, 6) k
          cross join lateral (
            select (l.opened_d + make_interval(years => k))::date as due,
                   (l.opened_d + make_interval(years => k - 1))::date as made) a
          cross join lateral (
            select a.due + floor(pg_temp.r('archive.after', l.idx * 16 + 2 + k) * 21)::int as day,
                   pg_temp.r('archive.skip', l.idx * 16 + 2 + k)
                     < case when a.due + 365 > ${T}::date then ${SHAPE.yearlyNotFiledShare}::float8 else 0.01 end
                     as skipped) d
          ${filing(sql`l.idx * 16 + 2 + k`, sql`d.day`, sql`(d.day < ${T}::date and not d.skipped)`, holderOn('d.day'))}
         where case when l.active then a.made < ${T}::date else a.due <= l.closed_d end
         order by l.idx, k`,
  );

  // Deleted logs (L6): only the anonymous trace stays, with the counts the statistics need.
  await run(
    'deleted log traces',
    sql`insert into deleted_log_trace (municipality_id, id, unit_id, level, opened_at, closed_at,
          deleted_at, categories, counts)
        with u as (
          select array_agg(lo order by idx) as lo, sum(log_w) as total
            from (select idx, log_w, sum(log_w) over (order by idx) - log_w as lo from scale_unit) x
        ), t as (
          select i, su.id as unit_id, su.type, st.category_cum,
                 ${T}::date - ${span}::int + floor(pg_temp.r('trace.open', i) * (${span}::int - 400))::int as opened_d
            from generate_series(0, ${plan.deletedLogs - 1}::int) i cross join u
            join scale_unit su on su.idx = width_bucket(pg_temp.r('trace.unit', i) * u.total, u.lo) - 1
            join scale_type st on st.type = su.type
        ), c as (
          select t.*, t.opened_d + 60 + floor(pg_temp.r('trace.closed', i)
                        * least(540, ${T}::date - 200 - t.opened_d - 60))::int as closed_d,
                 1 + floor(pg_temp.r('trace.attentions', i) * 3)::int as attentions
            from t
        ), n as (
          select c.*, c.closed_d + 180 + floor(pg_temp.r('trace.deleted', i) * (${T}::date - c.closed_d - 181))::int as deleted_d,
                 round(c.attentions * 2.6 * (0.7 + 0.6 * pg_temp.r('trace.ms', i)))::int as ms,
                 round(c.attentions * 1.5 * (0.5 + pg_temp.r('trace.mh', i)))::int as mh,
                 round(c.attentions * 1.2 * (0.5 + pg_temp.r('trace.mc', i)))::int as mc
            from c
        ), e as (
          select n.*, floor((ms + mh + mc) * 0.85)::int as ev from n
        )
        select ${m}, pg_temp.uid('trace', i), unit_id,
               case when type in ('child_welfare', 'specialist_health') then 3
                    else 1 + floor(pg_temp.r('trace.level', i) * 3)::int end,
               pg_temp.at(opened_d, 480), pg_temp.at(closed_d, 930), pg_temp.at(deleted_d, 600),
               array(select distinct w.categories[width_bucket(pg_temp.r('trace.category', i * 4 + j), e.category_cum)]
                       from generate_series(0, e.attentions - 1) j order by 1),
               jsonb_build_object(
                 'attentions', attentions, 'measuresService', ms, 'measuresHome', mh, 'measuresChild', mc,
                 'evaluationsWorked', round(ev * 0.45)::int, 'evaluationsPartly', round(ev * 0.35)::int,
                 'evaluationsDidNotWork', ev - round(ev * 0.45)::int - round(ev * 0.35)::int,
                 'brightSpots', floor((closed_d - opened_d) * 0.06 * (0.5 + pg_temp.r('trace.spots', i)))::int,
                 'meetings', 1 + (closed_d - opened_d) / 60)
          from e cross join scale_w w
         order by i`,
  );
}
