import { sql } from 'drizzle-orm';
import { holderOn } from './consent';
import type { ScaleContext } from './sql';

/**
 * What the logs contain (DOMAIN.md C1–C4): attentions, their measure ladders with evaluations,
 * and bright spots; then each log's last activity (S3) from what was written.
 *
 * A measure ladder is a track: one staff actor (service), the home or the child, with steps one
 * after another. A step starts, its deadline is 4–8 weeks later, it is evaluated on or after the
 * deadline (mostly within a week, some much later), and the next step starts a few days after.
 * Steps that would start after the log's last day are not written (in a closed log, neither are
 * steps whose deadline would come after the closing); the last step written is still running
 * (active, maybe not yet evaluated: those make the evaluation deadlines of S3) or ended. Every
 * step but the last was evaluated "change" and is replaced by the next one.
 */

/** Steps per track: 1 + geometric with this continuation probability, at most 8. */
const STEP_CONTINUES = 0.5;

const minute = (salt: string, i: string) =>
  sql.raw(`540 + floor(pg_temp.r('${salt}', ${i}) * 360)::int`);

export async function createContent(ctx: ScaleContext): Promise<void> {
  const { run } = ctx;
  const m = ctx.municipalityId;

  await run(
    'attentions: which',
    sql`create temp table scale_attention on commit drop as
        select a.*, pg_temp.r('att.child', a.aidx) < 0.7 and a.created_d - l.birth >= 3 * 365 as has_child
          from (
            select l.idx as log_idx, k, (l.att_start + k)::bigint as aidx,
                   pg_temp.uid('attention', l.att_start + k) as id,
                   l.opened_d + case when k = 0
                     then floor(pg_temp.r('att.day', l.att_start + k) * least(3, l.end_d - l.opened_d))::int
                     else floor(pg_temp.r('att.day', l.att_start + k) * (l.end_d - l.opened_d) * 0.6)::int
                   end as created_d,
                   width_bucket(pg_temp.r('att.category', l.att_start + k), st.category_cum) as category,
                   floor(pg_temp.r('att.text', l.att_start + k) * 3)::int as variant,
                   pg_temp.r('att.home', l.att_start + k) < 0.85 as has_home,
                   pg_temp.r('att.service2', l.att_start + k)
                     < case l.level when 1 then 0.2 when 2 then 0.5 else 0.6 end as has_service2
              from scale_logx l cross join generate_series(0, l.n_att - 1) k
              join scale_type st on st.type = l.orig_type
          ) a
          join scale_logx l on l.idx = a.log_idx`,
  );
  await run('analyze attentions', sql`analyze scale_attention`);
  const text = (list: string) =>
    sql.raw(`replace(w.${list}[(a.category - 1) * 3 + a.variant + 1], '{navn}', l.child_first)`);
  await run(
    'attentions',
    sql`insert into attention (municipality_id, id, log_id, category, description, maintaining_factors,
          goal, signs_of_success, position, ended, created_by, created_at, updated_at, version)
        select ${m}, a.id, l.id, w.categories[a.category], ${text('att_desc')}, ${text('att_factors')},
               ${text('att_goals')}, ${text('att_signs')}, a.k, false, ${holderOn('a.created_d')}, t.at, t.at, 1
          from scale_attention a
          join scale_logx l on l.idx = a.log_idx
          cross join scale_w w
          cross join lateral (select pg_temp.at(a.created_d, ${minute('att.min', 'a.aidx')}) as at) t
         order by a.aidx`,
  );

  // The ladders: tracks 0 (service), 1 (home), 2 (child), 3 (a second service actor).
  await run(
    'measures: ladders',
    sql`create temp table scale_step on commit drop as
        with tr as (
          select a.aidx, a.log_idx, a.id as attention_id, a.created_d, t.track,
                 least(8, 1 + floor(ln(1 - pg_temp.r('m.steps', a.aidx * 4 + t.track))
                                    / ln(${STEP_CONTINUES}::float8)))::int as smax
            from scale_attention a cross join generate_series(0, 3) t(track)
           where t.track = 0 or (t.track = 1 and a.has_home) or (t.track = 2 and a.has_child)
                 or (t.track = 3 and a.has_service2)
        ), s as (
          select tr.*, step, (tr.aidx * 4 + tr.track) * 8 + step - 1 as mid,
                 pg_temp.h('m.time', (tr.aidx * 4 + tr.track) * 8 + step - 1) as h
            from tr cross join generate_series(1, 8) step
           where step <= tr.smax
        ), timed as (
          select s.*, 28 + floor(pg_temp.f(h, 0) * 29)::int as dur,
                 (case when pg_temp.f(h, 1) < 0.6 then floor(pg_temp.f(h, 2) * 8)
                       when pg_temp.f(h, 1) < 0.85 then 8 + floor(pg_temp.f(h, 2) * 14)
                       else 22 + floor(pg_temp.f(h, 2) * 54) end)::int as lag,
                 floor(pg_temp.f(h, 3) * 4)::int as gap
            from s
        ), started as (
          select timed.*, timed.created_d + floor(pg_temp.r('m.first', aidx * 4 + track) * 7)::int
                   + coalesce(sum(dur + lag + gap) over (partition by aidx, track order by step
                                rows between unbounded preceding and 1 preceding), 0)::int as start_d
            from timed
        )
        select st.*, max(st.step) over (partition by st.aidx, st.track) as last_step
          from started st join scale_logx l on l.idx = st.log_idx
         where st.start_d < l.end_d
           -- A closed log's steps all reached their deadline by the closing.
           and (l.active or st.start_d + st.dur < l.end_d)`,
  );
  await run(
    'measures: outcomes',
    sql`create temp table scale_measure on commit drop as
        select s.*, x.*,
               case when x.decision = 'change' then
                      case when pg_temp.f(s.h2, 2) < 0.15 then 'worked' when pg_temp.f(s.h2, 2) < 0.6 then 'partly'
                           else 'did_not_work' end
                    when x.decision = 'end' then
                      case when pg_temp.f(s.h2, 2) < 0.75 then 'worked' when pg_temp.f(s.h2, 2) < 0.95 then 'partly'
                           else 'did_not_work' end
                    else
                      case when pg_temp.f(s.h2, 2) < 0.5 then 'worked' when pg_temp.f(s.h2, 2) < 0.95 then 'partly'
                           else 'did_not_work' end
               end as outcome
          from (
            select st.*, pg_temp.h('m.what', st.mid) as h2, l.active, l.end_d,
                   st.start_d + st.dur as due_d, st.start_d + st.dur + st.lag as eval_d
              from scale_step st join scale_logx l on l.idx = st.log_idx
          ) s
          cross join lateral (
            select case when pg_temp.f(s.h2, 0) < 0.01 then 'wrongly_registered'
                        when s.step < s.last_step or not s.active then 'ended'
                        when s.eval_d >= s.end_d then 'active'
                        when s.step < s.smax or pg_temp.f(s.h2, 1) < 0.35 then 'active'
                        else 'ended' end as status,
                   case when pg_temp.f(s.h2, 0) < 0.01 then null
                        when s.step < s.last_step then 'change'
                        when not s.active then 'end'
                        when s.eval_d >= s.end_d then null
                        when s.step < s.smax or pg_temp.f(s.h2, 1) < 0.35 then 'continue'
                        else 'end' end as decision,
                   s.due_d as deadline,
                   -- A closed log's last step was evaluated by the closing at the latest.
                   case when s.active or s.step < s.last_step then s.eval_d
                        else least(s.eval_d, s.end_d - 1) end as evaluated_on
          ) x`,
  );
  await run('analyze measures', sql`analyze scale_measure`);

  // The service actor: a staff member of the unit that holds the log at the step's start; the
  // second service actor from the partner service, or another actor of the same unit, so an
  // attention never has two active measures by one actor (C2).
  const unitAt = `case when l.xfer_d is not null and s.start_d >= l.xfer_d`;
  const first = sql.raw(
    `1 + floor(pg_temp.r('m.actor', s.aidx) * (${unitAt} then l.n_act else l.orig_n_act end))::int`,
  );
  await run(
    'measures',
    sql`insert into measure (municipality_id, id, log_id, attention_id, text, responsible, actor_person_id,
          start_date, deadline, step, status, replaces_measure_id, created_by, created_at, version)
        select ${m}, pg_temp.uid('measure', s.mid), l.id, s.attention_id,
               replace(case s.track when 1 then pg_temp.pick(w.measures_home, pg_temp.f(s.h2, 3))
                                    when 2 then pg_temp.pick(w.measures_child, pg_temp.f(s.h2, 3))
                                    else pg_temp.pick(w.measures_service, pg_temp.f(s.h2, 3)) end,
                       '{navn}', l.child_first),
               (case s.track when 1 then 'home' when 2 then 'child' else 'service' end)::measure_responsible,
               case when s.track = 0
                      then pg_temp.uid('staff', (${sql.raw(unitAt)} then l.staff_start else l.orig_staff_start end) + ${first})
                    when s.track = 3 and l.partner is not null and l.partner not in (l.orig_unit, l.unit)
                      then pg_temp.uid('staff', l.partner_staff_start
                             + 1 + floor(pg_temp.r('m.actor3', s.aidx) * l.partner_n_act)::int)
                    when s.track = 3
                      then pg_temp.uid('staff', (${sql.raw(unitAt)} then l.staff_start else l.orig_staff_start end)
                             + 1 + (${first} + floor(pg_temp.r('m.actor3', s.aidx)
                                    * ((${sql.raw(unitAt)} then l.n_act else l.orig_n_act end) - 1))::int)
                                   % (${sql.raw(unitAt)} then l.n_act else l.orig_n_act end))
               end,
               s.start_d, s.deadline, s.step, s.status::measure_status,
               case when s.step > 1 then pg_temp.uid('measure', s.mid - 1) end,
               ${holderOn('s.start_d')}, pg_temp.at(s.start_d, ${minute('m.min', 's.mid')}), 1
          from scale_measure s
          join scale_logx l on l.idx = s.log_idx
          cross join scale_w w
         order by s.mid`,
  );
  await run(
    'evaluations',
    sql`insert into evaluation (municipality_id, id, log_id, measure_id, outcome, comment, family_view,
          decision, evaluated_by, evaluated_at)
        select ${m}, pg_temp.uid('evaluation', s.mid), l.id, pg_temp.uid('measure', s.mid),
               s.outcome::evaluation_outcome,
               replace(case s.outcome when 'worked' then pg_temp.pick(w.comments_worked, pg_temp.f(s.h2, 3))
                                      when 'partly' then pg_temp.pick(w.comments_partly, pg_temp.f(s.h2, 3))
                                      else pg_temp.pick(w.comments_did_not_work, pg_temp.f(s.h2, 3)) end,
                       '{navn}', l.child_first),
               replace(pg_temp.pick(w.family_views, pg_temp.r('eval.family', s.mid)), '{navn}', l.child_first),
               s.decision::evaluation_decision, ${holderOn('s.evaluated_on')},
               pg_temp.at(s.evaluated_on, ${minute('eval.min', 's.mid')})
          from scale_measure s
          join scale_logx l on l.idx = s.log_idx
          cross join scale_w w
         where s.decision is not null
         order by s.mid`,
  );

  // Bright spots over the log's life, by the holder, the guardians, staff of the unit and youths;
  // most about an attention that existed by then (C4).
  await run(
    'bright spots',
    sql`insert into bright_spot (municipality_id, id, log_id, attention_id, author_person_id, text,
          created_at, updated_at, version)
        select ${m}, pg_temp.uid('spot', b.n), l.id,
               case when pg_temp.f(b.h, 2) < 0.6 and a.created_d <= b.day then a.id end,
               case when pg_temp.f(b.h, 1) < 0.35 then ${holderOn('b.day')}
                    when pg_temp.f(b.h, 1) < 0.6 and l.guardian0_id is not null then l.guardian0_id
                    when pg_temp.f(b.h, 1) < 0.7 and l.guardian1_id is not null then l.guardian1_id
                    when pg_temp.f(b.h, 1) < 0.9 then pg_temp.uid('staff',
                      case when l.xfer_d is not null and b.day >= l.xfer_d
                           then l.staff_start + 1 + floor(pg_temp.f(b.h, 3) * l.n_act)::int
                           else l.orig_staff_start + 1 + floor(pg_temp.f(b.h, 3) * l.orig_n_act)::int end)
                    when b.day - l.birth >= 12 * 365 then l.child_id
                    else ${holderOn('b.day')} end,
               replace(pg_temp.pick(w.bright_spots, pg_temp.f(b.h2, 0)), '{navn}', l.child_first),
               t.at, case when pg_temp.f(b.h2, 1) < 0.05 then t.at + interval '45 minutes' else t.at end, 1
          from scale_logx l
          cross join generate_series(0, l.n_spots - 1) j
          cross join lateral (select l.spot_start + j as n, pg_temp.h('spot', l.spot_start + j) as h,
                                     pg_temp.h('spot.2', l.spot_start + j) as h2) x
          cross join lateral (select x.n, x.h, x.h2,
                                     l.opened_d + floor(pg_temp.f(x.h, 0) * (l.end_d - l.opened_d))::int as day) b
          left join scale_attention a on a.log_idx = l.idx
                and a.k = floor(pg_temp.f(b.h2, 2) * l.n_att)::int
          cross join scale_w w
          cross join lateral (select pg_temp.at(b.day, 540 + floor(pg_temp.f(b.h2, 3) * 360)::int) as at) t`,
  );

  // Every change of content bumps the log's last activity (S3: "no activity for a long time").
  await run(
    'logs: last activity',
    sql`update log set last_activity_at = x.last_at
          from (
            select log_id, max(at) as last_at from (
              select log_id, max(created_at) as at from attention where municipality_id = ${m} group by log_id
              union all
              select log_id, max(created_at) from measure where municipality_id = ${m} group by log_id
              union all
              select log_id, max(evaluated_at) from evaluation where municipality_id = ${m} group by log_id
              union all
              select log_id, max(updated_at) from bright_spot where municipality_id = ${m} group by log_id
            ) y group by log_id
          ) x
         where log.municipality_id = ${m} and log.id = x.log_id and x.last_at > log.last_activity_at`,
  );
  // Attentions whose every ladder has ended are mostly marked ended by the holder.
  await run(
    'attentions: ended',
    sql`update attention set ended = true, version = 2
          from (select aidx, attention_id from scale_measure group by aidx, attention_id
                 having bool_and(status <> 'active')) x
         where attention.municipality_id = ${m} and attention.id = x.attention_id
           and pg_temp.r('att.ended', x.aidx) < 0.8`,
  );
}
