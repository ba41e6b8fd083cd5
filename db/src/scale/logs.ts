import { sql, type SQL } from 'drizzle-orm';
import { SHAPE } from './plan';
import type { ScaleContext } from './sql';

/**
 * The logs' skeleton, decided before any row is written (DOMAIN.md L, X, S3): `scale_log` says for
 * every log its child, unit and holder (before and after an accepted transfer), dates, status,
 * and which deadline it is to show; `scale_child` the children. Everything else is derived from
 * these two temp tables.
 *
 * - Logs open evenly over the five years before today; a log opened `a` days ago is still active
 *   with probability 2·share·(1 − a/span), so about `share` are active and the old ones closed.
 *   Passive logs closed some months after opening.
 * - A few logs reopen an earlier, passive log of the same child (L4), so a child has at most one
 *   active log.
 * - Chosen by rank (so at least one in every municipality, however small): dormant logs (no
 *   activity for 60+ days), pending transfers, expired and short consents, closing PDFs never
 *   filed, one log closed in the last ten days (its closing PDF falls due within 14 days).
 */
export async function createLogSkeleton(ctx: ScaleContext, span: number): Promise<void> {
  const { plan, run } = ctx;
  const T = ctx.today;
  const followUps = Math.round(plan.logs * SHAPE.followUpShare);
  const primaries = plan.logs - followUps;
  const active = (share: number) =>
    sql`greatest(1, round(${share}::float8 * (select count(*) from scale_log where active)))`;
  const activeRule = (idx: SQL, opened: SQL) =>
    sql`(${T}::date - ${opened} < 21
         or pg_temp.r('log.active', ${idx}) < 2 * ${SHAPE.activeShare}::float8
            * (1 - (${T}::date - ${opened})::float8 / ${span}::float8))`;
  // Closed between a month or two after opening and yesterday.
  const closedOn = (idx: SQL, opened: SQL) =>
    sql`(${opened} + least(60, (${T}::date - ${opened}) / 2)
         + floor(pg_temp.r('log.closed', ${idx})
                 * (${T}::date - ${opened} - least(60, (${T}::date - ${opened}) / 2)))::int)`;
  const level = (idx: SQL, type: SQL) =>
    sql`case when ${type} in ('child_welfare', 'specialist_health') then 3
             when pg_temp.r('log.level', ${idx}) < 0.45 then 1
             when pg_temp.r('log.level', ${idx}) < 0.88 then 2 else 3 end`;

  await run(
    'logs: primaries',
    sql`create temp table scale_log on commit drop as
        with u as (
          select array_agg(lo order by idx) as lo, sum(log_w) as total
            from (select idx, log_w, sum(log_w) over (order by idx) - log_w as lo from scale_unit) x
        ), b as (
          select i as idx,
                 (${T}::date - ${span}::int
                   + floor(((i + pg_temp.r('log.open', i)) / ${primaries}::float8) * ${span}::int)::int) as opened_d,
                 width_bucket(pg_temp.r('log.unit', i) * u.total, u.lo) - 1 as unit
            from generate_series(0, ${primaries - 1}::int) i cross join u
        ), c as (
          select b.*, ${activeRule(sql`b.idx`, sql`b.opened_d`)} as active, su.type
            from b join scale_unit su on su.idx = b.unit
        )
        select c.idx, c.idx as child_idx, null::int as reopens_idx, c.unit as orig_unit, c.unit,
               c.opened_d, c.active,
               case when not c.active then ${closedOn(sql`c.idx`, sql`c.opened_d`)} end as closed_d,
               ${level(sql`c.idx`, sql`c.type`)} as level,
               null::date as end_d, false as dormant, null::int as partner,
               null::date as xfer_d, null::text as xfer_kind, null::int as orig_hpos, null::int as hpos,
               null::date as declined_d, null::int as decl_to, null::date as cancelled_d,
               null::date as pending_d, null::int as pend_to, null::int as pend_hpos,
               false as consent_expired, false as consent_short, false as closing_unfiled,
               null::text as close_kind, 0 as n_att, 0 as att_start, 0 as n_spots, 0::bigint as spot_start
          from c`,
  );

  // The children of the primary logs: old enough for the unit where their first log opened.
  await run(
    'children',
    sql`create temp table scale_child on commit drop as
        select l.idx, pg_temp.uid('child', l.idx) as id,
               l.opened_d - (st.age_lo * 365 + 30
                 + floor(pg_temp.r('child.birth', l.idx) * ((st.age_hi - st.age_lo + 1) * 365 - 30))::int) as birth,
               pg_temp.r('child.girl', l.idx) < 0.5 as girl,
               pg_temp.r('child.guardians', l.idx) as g
          from scale_log l join scale_unit su on su.idx = l.orig_unit join scale_type st on st.type = su.type`,
  );
  await run(
    'children: names and guardians',
    sql`alter table scale_child
          add column first text, add column last text, add column n_guardians int`,
  );
  // Guardians are required up to 15 (L1); from 16 some youths have a log without them.
  await run(
    'children: names',
    sql`update scale_child c set
          first = case when c.girl then pg_temp.pick(w.girls, pg_temp.r('child.first', c.idx))
                       else pg_temp.pick(w.boys, pg_temp.r('child.first', c.idx)) end,
          last = pg_temp.pick(w.surnames, pg_temp.r('child.last', c.idx)),
          n_guardians = case when (l.opened_d - c.birth) >= 16 * 365 and c.g < 0.4 then 0
                             when c.g < 0.6 then 1 else 2 end
        from scale_w w, scale_log l where l.idx = c.idx`,
  );
  await run('analyze children', sql`analyze scale_child`);

  // Reopened logs (L4): a child whose log closed a while ago gets a new one, in a unit for their
  // age in the same district.
  await run(
    'logs: reopened',
    sql`insert into scale_log
        with e as (
          select l.*, row_number() over (order by pg_temp.r('log.reopen', l.idx), l.idx) - 1 as j
            from scale_log l where not l.active and l.closed_d < ${T}::date - 90
           order by pg_temp.r('log.reopen', l.idx), l.idx limit ${followUps}::int
        ), f as (
          select ${primaries}::int + e.j::int as idx, e.child_idx, e.idx as reopens_idx, e.orig_unit as was,
                 e.closed_d + 30 + floor(pg_temp.r('log.reopen.open', e.idx)
                   * (${T}::date - e.closed_d - 30))::int as opened_d
            from e
        ), g as (
          select f.*, case when f.opened_d - c.birth < 365 then 'health_station'
                           when f.opened_d - c.birth < 6 * 365 then 'kindergarten'
                           when f.opened_d - c.birth < 16 * 365 then 'school'
                           else 'school_health_service' end::unit_type as want, su.district_idx
            from f join scale_child c on c.idx = f.child_idx join scale_unit su on su.idx = f.was
        ), h as (
          select g.*, coalesce(${pickUnit(sql`g.district_idx`, sql`g.want`, sql`-1`, sql`pg_temp.r('log.reopen.unit', g.idx)`)},
                               g.was) as unit
            from g
        ), i as (
          select h.*, ${activeRule(sql`h.idx`, sql`h.opened_d`)} as active, su.type
            from h join scale_unit su on su.idx = h.unit
        )
        select i.idx, i.child_idx, i.reopens_idx, i.unit, i.unit, i.opened_d, i.active,
               case when not i.active then ${closedOn(sql`i.idx`, sql`i.opened_d`)} end,
               ${level(sql`i.idx`, sql`i.type`)},
               null::date, false, null::int, null::date, null::text, null::int, null::int,
               null::date, null::int, null::date, null::date, null::int, null::int,
               false, false, false, null::text, 0, 0, 0, 0::bigint
          from i`,
  );
  await run('analyze logs', sql`analyze scale_log`);

  // One log closed within the last ten days: its closing PDF is due within 14 days (S3).
  await run(
    'logs: one just closed',
    sql`update scale_log l set closed_d = ${T}::date - 1 - floor(pg_temp.r('log.recent', l.idx) * 10)::int
          from (select idx from scale_log x
                 where not x.active and x.opened_d < ${T}::date - 60
                   and not exists (select 1 from scale_log y where y.reopens_idx = x.idx)
                 order by pg_temp.r('log.recent', x.idx), x.idx limit 1) r
         where l.idx = r.idx`,
  );
  await run(
    'logs: ends',
    sql`update scale_log set end_d = case when active then ${T}::date else closed_d + 1 end,
          close_kind = case when active then null
                            when pg_temp.r('log.close', idx) < 0.15 then 'plan'
                            when pg_temp.r('log.close', idx) < 0.25 then 'withdrawn'
                            when pg_temp.r('log.close', idx) < 0.4 then 'moving'
                            when pg_temp.r('log.close', idx) < 0.85 then 'reason'
                            else 'none' end`,
  );
  // Dormant: active, but nothing written for more than 60 days (S3).
  await run(
    'logs: dormant',
    sql`update scale_log l set dormant = true,
          end_d = l.opened_d + 31 + floor(pg_temp.r('log.dormant.end', l.idx)
                    * (${T}::date - 61 - l.opened_d - 30))::int
          from (select idx, row_number() over (order by pg_temp.r('log.dormant', idx), idx) as rk
                  from scale_log where active and opened_d < ${T}::date - 120) r
         where l.idx = r.idx and r.rk <= ${active(SHAPE.dormantShare)}`,
  );

  // Holders, and the partner service of level 2 and 3 logs (L1).
  await run(
    'logs: holders and partners',
    sql`update scale_log l set orig_hpos = x.hpos, hpos = x.hpos, partner = x.partner
          from (
            select y.idx, 1 + floor(pg_temp.r('log.holder', y.idx) * su.n_hold)::int as hpos,
                   case when y.level >= 2 then ${pickUnit(
                     sql`su.district_idx`,
                     sql`case when y.level = 2 then st.partner2 else st.partner3 end`,
                     sql`y.orig_unit`,
                     sql`pg_temp.r('log.partner', y.idx)`,
                   )} end as partner
              from scale_log y
              join scale_unit su on su.idx = y.orig_unit
              join scale_type st on st.type = su.type
          ) x
         where x.idx = l.idx`,
  );

  // Accepted transfers (X1): mostly to the next unit (kindergarten → school), some to another
  // holder in the same unit. The log row holds the new unit and holder; what was written before
  // the transfer keeps the old holder as its author.
  await run(
    'logs: accepted transfers',
    sql`update scale_log l set xfer_d = x.xfer_d, unit = coalesce(x.target, x.orig_unit),
          xfer_kind = case when x.target is null then 'within_unit' else 'to_unit' end,
          hpos = case when x.target is not null
                        then 1 + floor(pg_temp.r('xfer.holder', x.idx) * tu.n_hold)::int
                      when x.n_hold >= 2
                        then 1 + (x.orig_hpos + floor(pg_temp.r('xfer.holder', x.idx) * (x.n_hold - 1))::int) % x.n_hold
                      else 0 end
          from (
            select y.idx, y.orig_unit, y.orig_hpos, su.n_hold,
                   y.opened_d + 30 + floor(pg_temp.r('xfer.date', y.idx) * (y.end_d - y.opened_d - 60))::int as xfer_d,
                   case when pg_temp.r('xfer.kind', y.idx) < 0.75 then ${pickUnit(
                     sql`su.district_idx`,
                     sql`st.next_type`,
                     sql`y.orig_unit`,
                     sql`pg_temp.r('xfer.unit', y.idx)`,
                   )} end as target
              from (select z.*, row_number() over (order by pg_temp.r('xfer', z.idx), z.idx) as rk
                      from scale_log z where z.end_d - z.opened_d >= 90) y
              join scale_unit su on su.idx = y.orig_unit
              join scale_type st on st.type = su.type
             where y.rk <= round(${SHAPE.acceptedTransferShare}::float8 * ${plan.logs}::int)
          ) x
          left join scale_unit tu on tu.idx = x.target
         where x.idx = l.idx`,
  );

  // Declined and cancelled transfers, before any accepted one; pending ones at the end of active
  // logs (X2: the old holder stays responsible until someone accepts).
  await run(
    'logs: declined and cancelled transfers',
    sql`update scale_log l set
          declined_d = case when pg_temp.r('decline', x.idx) < ${SHAPE.declinedTransferShare}::float8
                             and x.hi >= x.lo and x.target is not null
                            then x.lo + floor(pg_temp.r('decline.date', x.idx) * (x.hi - x.lo + 1))::int end,
          decl_to = x.target,
          cancelled_d = case when pg_temp.r('cancel', x.idx) < ${SHAPE.cancelledTransferShare}::float8
                              and x.hi >= x.lo and x.n_hold >= 2
                             then x.lo + floor(pg_temp.r('cancel.date', x.idx) * (x.hi - x.lo + 1))::int end
          from (
            select y.idx, su.n_hold, y.opened_d + 20 as lo, coalesce(y.xfer_d - 20, y.end_d - 30) as hi,
                   ${pickUnit(sql`su.district_idx`, sql`st.next_type`, sql`y.orig_unit`, sql`pg_temp.r('decline.unit', y.idx)`)} as target
              from scale_log y
              join scale_unit su on su.idx = y.orig_unit
              join scale_type st on st.type = su.type
          ) x
         where x.idx = l.idx`,
  );
  await run(
    'logs: pending transfers',
    sql`update scale_log l set
          pending_d = greatest(coalesce(x.xfer_d + 1, x.opened_d),
                               ${T}::date - 1 - floor(pg_temp.r('pending.date', x.idx) * 20)::int),
          pend_to = coalesce(x.target, x.unit),
          pend_hpos = case when x.target is not null
                             then 1 + floor(pg_temp.r('pending.holder', x.idx) * tu.n_hold)::int
                           when x.n_hold >= 2
                             then 1 + (x.hpos + floor(pg_temp.r('pending.holder', x.idx) * (x.n_hold - 1))::int) % x.n_hold
                           when x.hpos <> 0 then 0
                           else 1 end
          from (
            select y.idx, y.xfer_d, y.opened_d, y.unit, y.hpos, su.n_hold,
                   case when pg_temp.r('pending.kind', y.idx) < 0.7 then ${pickUnit(
                     sql`su.district_idx`,
                     sql`st.next_type`,
                     sql`y.unit`,
                     sql`pg_temp.r('pending.unit', y.idx)`,
                   )} end as target
              from (select z.*, row_number() over (order by pg_temp.r('pending', z.idx), z.idx) as rk
                      from scale_log z where z.active) y
              join scale_unit su on su.idx = y.unit
              join scale_type st on st.type = su.type
             where y.rk <= ${active(SHAPE.pendingTransferShare)}
          ) x
          left join scale_unit tu on tu.idx = x.target
         where x.idx = l.idx`,
  );

  // Consents (L2): some active logs missed their renewal (expired); some families consented only
  // until shortly (expiring). Closing PDFs (L8) that were never filed.
  await run(
    'logs: consents to expire',
    sql`update scale_log l set consent_expired = true
          from (select idx, row_number() over (order by pg_temp.r('consent.expired', idx), idx) as rk
                  from scale_log where active and opened_d < ${T}::date - 400) r
         where l.idx = r.idx and r.rk <= ${active(SHAPE.consentExpiredShare)}`,
  );
  await run(
    'logs: consents given until shortly',
    sql`update scale_log l set consent_short = true
          from (select idx, row_number() over (order by pg_temp.r('consent.short', idx), idx) as rk
                  from scale_log where active and not consent_expired) r
         where l.idx = r.idx and r.rk <= ${active(SHAPE.consentShortShare)}`,
  );
  await run(
    'logs: closing PDFs not filed',
    sql`update scale_log l set closing_unfiled = true
          from (select idx, row_number() over (order by pg_temp.r('closing.unfiled', idx), idx) as rk
                  from scale_log where not active and closed_d + 14 < ${T}::date) r
         where l.idx = r.idx
           and r.rk <= greatest(1, round(${SHAPE.closingNotFiledShare}::float8
                                         * (select count(*) from scale_log where not active)))`,
  );

  // How much each log holds: attentions (at least one; more in long logs) and bright spots
  // (in proportion to the days the log was written in), to the plan's totals.
  await run(
    'logs: sizes',
    sql`update scale_log l set n_att = x.n_att, n_spots = x.n_spots
          from (
            select idx,
                   1 + greatest(0, floor(sqrt(end_d - opened_d)
                         * (${plan.attentions}::float8 - count(*) over ()) / sum(sqrt(end_d - opened_d)) over ()
                         + pg_temp.r('log.n_att', idx)))::int as n_att,
                   floor((end_d - opened_d) * ${plan.brightSpots}::float8 / sum(end_d - opened_d) over ()
                         * (0.5 + pg_temp.r('log.n_spots', idx)) + pg_temp.r('log.n_spots.round', idx))::int as n_spots
              from scale_log
          ) x
         where x.idx = l.idx`,
  );
  await run(
    'logs: offsets',
    sql`update scale_log l set att_start = x.att_start, spot_start = x.spot_start
          from (select idx, (sum(n_att) over (order by idx) - n_att)::int as att_start,
                       sum(n_spots) over (order by idx) - n_spots as spot_start
                  from scale_log) x
         where x.idx = l.idx`,
  );

  // The ids and the facts the content needs, in one place.
  await run(
    'logs: ids',
    sql`create temp table scale_logx on commit drop as
        select l.*, pg_temp.uid('log', l.idx) as id,
               case when l.reopens_idx is not null then pg_temp.uid('log', l.reopens_idx) end as reopens_id,
               c.id as child_id, c.first as child_first, c.last as child_last, c.birth, c.n_guardians,
               ou.type as orig_type, ou.district_idx, cu.type as type, pu.type as partner_type,
               ou.id as orig_unit_id, cu.id as unit_id,
               ou.staff_start as orig_staff_start, ou.n_act as orig_n_act, ou.n_hold as orig_n_hold,
               cu.staff_start, cu.n_act, cu.n_hold, pu.staff_start as partner_staff_start, pu.n_act as partner_n_act,
               pg_temp.uid('staff', ou.staff_start + l.orig_hpos) as orig_holder_id,
               pg_temp.uid('staff', cu.staff_start + l.hpos) as holder_id,
               pg_temp.uid('staff', ou.staff_start) as orig_leader_id,
               pg_temp.uid('staff', cu.staff_start) as leader_id,
               case when c.n_guardians >= 1 then pg_temp.uid('guardian', c.idx * 2) end as guardian0_id,
               case when c.n_guardians >= 2 then pg_temp.uid('guardian', c.idx * 2 + 1) end as guardian1_id
          from scale_log l
          join scale_child c on c.idx = l.child_idx
          join scale_unit ou on ou.idx = l.orig_unit
          join scale_unit cu on cu.idx = l.unit
          left join scale_unit pu on pu.idx = l.partner`,
  );
  await run('analyze logs', sql`analyze scale_logx`);
}

/**
 * A unit of `type` in the district other than `except` (or, when the district has none, in the
 * whole municipality), chosen by `x` in [0, 1); null when there is none.
 */
function pickUnit(district: SQL, type: SQL, except: SQL, x: SQL): SQL {
  const of = (d: SQL) =>
    sql`nullif(array_remove((select units from scale_unit_by b
                              where b.district_idx = ${d} and b.type = ${type}), ${except}), '{}')`;
  return sql`pg_temp.pick(coalesce(${of(district)}, ${of(sql`-1`)})::text[], ${x})::int`;
}
