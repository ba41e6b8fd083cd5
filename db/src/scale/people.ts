import { sql } from 'drizzle-orm';
import { rowsOf, type ScaleContext } from './sql';

/**
 * Persons (DOMAIN.md T5, L1): staff in their units with what they may be (the leader; holders
 * and actors; others), district leaders, the municipality admin, the children of the logs and
 * their guardians. National ids are valid synthetic ones (month + 80, both check digits): per
 * birth date, the persons born that day take the valid individual numbers in turn, so every id is
 * unique in the municipality.
 */

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3];
const digit = (n: number) => `substr(s9, ${n}, 1)::int`;
/** The two check digits of the nine digits `s9`, by the pre-2032 rule (10 means none). */
const k1 = `(11 - (${K1.map((w, i) => `${w} * ${digit(i + 1)}`).join(' + ')}) % 11) % 11`;
const k2 = (first: string) =>
  `(11 - (${K2.map((w, i) => `${w} * ${digit(i + 1)}`).join(' + ')} + 2 * ${first}) % 11) % 11`;

/** `first.last` in ASCII, for made-up e-mail addresses. */
const mailName = (first: string, last: string) =>
  sql.raw(
    `translate(replace(replace(replace(lower(${first} || '.' || ${last}), 'æ', 'ae'), 'ø', 'o'), 'å', 'a'), 'éü ', 'eu-')`,
  );
const phone = (salt: string, k: string) =>
  sql.raw(
    `'+47 ' || (400 + floor(pg_temp.r('${salt}', ${k}) * 600))::int::text || ' '
     || lpad(floor(pg_temp.r('${salt}.2', ${k}) * 100)::int::text, 2, '0') || ' '
     || lpad(floor(pg_temp.r('${salt}.3', ${k}) * 1000)::int::text, 3, '0')`,
  );

export async function createPeople(ctx: ScaleContext): Promise<void> {
  const { plan, run } = ctx;
  const m = ctx.municipalityId;
  const T = ctx.today;
  const domain = `${plan.slug}.example.no`;

  // kind: 0 staff, 1 district leader, 2 admin, 3 child, 4 guardian (k = child * 2 + 0 or 1).
  await run(
    'persons: who',
    sql`create temp table scale_person on commit drop as
        with adults as (
          select 0 as kind, s::bigint as k, pg_temp.uid('staff', s) as id, 'staff' as salt
            from generate_series(0, (select sum(n_staff) from scale_unit)::int - 1) s
          union all
          select 1, d, pg_temp.uid('district_leader', d), 'leader' from generate_series(0, ${plan.districts - 1}::int) d
          union all
          select 2, 0, pg_temp.uid('admin', 0), 'admin'
        )
        select a.kind, a.k, a.id,
               ${T}::date - 25 * 365 - floor(pg_temp.r(a.salt || '.birth', a.k) * 40 * 365)::int as birth,
               case when pg_temp.r(a.salt || '.female', a.k) < 0.75
                    then pg_temp.pick(w.women, pg_temp.r(a.salt || '.first', a.k))
                    else pg_temp.pick(w.men, pg_temp.r(a.salt || '.first', a.k)) end as first,
               pg_temp.pick(w.surnames, pg_temp.r(a.salt || '.last', a.k)) as last,
               true as has_email, true as has_phone
          from adults a cross join scale_w w
        union all
        select 3, c.idx, c.id, c.birth, c.first, c.last, false,
               ${T}::date - c.birth >= 13 * 365 and pg_temp.r('child.phone', c.idx) < 0.6
          from scale_child c
        union all
        select 4, c.idx * 2 + j, pg_temp.uid('guardian', c.idx * 2 + j),
               c.birth - 20 * 365 - floor(pg_temp.r('guardian.birth', c.idx * 2 + j) * 20 * 365)::int,
               case when j = 0 then pg_temp.pick(w.women, pg_temp.r('guardian.first', c.idx * 2 + j))
                    else pg_temp.pick(w.men, pg_temp.r('guardian.first', c.idx * 2 + j)) end,
               case when j = 0 or pg_temp.r('guardian.last', c.idx * 2 + j) < 0.7 then c.last
                    else pg_temp.pick(w.surnames, pg_temp.r('guardian.last', c.idx * 2 + j)) end,
               pg_temp.r('guardian.email', c.idx * 2 + j) < 0.9,
               pg_temp.r('guardian.phone', c.idx * 2 + j) < 0.95
          from scale_child c cross join generate_series(0, 1) j cross join scale_w w
         where j < c.n_guardians`,
  );
  await run('analyze persons', sql`analyze scale_person`);

  // Valid individual numbers per birth date: twice as many candidates as persons born that day
  // and twelve more, so there are always enough (about 5 in 6 candidates have check digits).
  await run(
    'persons: national ids',
    sql`create temp table scale_nid on commit drop as
        with n as (select birth, count(*)::int as n from scale_person group by birth),
        c as materialized (
          select n.birth, cand,
                 to_char(n.birth, 'DD') || lpad((extract(month from n.birth)::int + 80)::text, 2, '0')
                   || to_char(n.birth, 'YY')
                   || lpad((case when extract(year from n.birth) >= 2000 then 500 else 0 end + cand)::text, 3, '0') as s9
            from n cross join generate_series(0, least(499, 2 * n.n + 12)) cand
        ), d1 as materialized (select c.*, ${sql.raw(k1)} as k1 from c),
        d2 as (select d1.*, ${sql.raw(k2('k1'))} as k2 from d1 where k1 < 10)
        select birth, s9 || k1::text || k2::text as national_id,
               row_number() over (partition by birth order by cand) as nth
          from d2 where k2 < 10`,
  );
  await run(
    'persons',
    sql`insert into person (municipality_id, id, national_id, name, email, phone, version)
        select ${m}, p.id, nid.national_id, p.first || ' ' || p.last,
               case when p.has_email then ${mailName('p.first', 'p.last')} || '@' || ${domain}::text end,
               case when p.has_phone then ${phone('phone', 'p.kind * 1000000 + p.k')} end, 1
          from (select p.*, row_number() over (partition by birth order by kind, k) as nth from scale_person p) p
          join scale_nid nid on nid.birth = p.birth and nid.nth = p.nth
         order by p.kind, p.k`,
  );
  const [counted] = rowsOf<{ made: number; wanted: number }>(
    await ctx.tx.execute(
      sql`select (select count(*) from person where municipality_id = ${m})::int as made,
                 (select count(*) from scale_person)::int as wanted`,
    ),
  );
  if (!counted || counted.made !== counted.wanted) {
    throw new Error(`seed:scale: ${counted?.made} of ${counted?.wanted} persons got a national id`);
  }
  // Guardians' names, for the consents they sign.
  await run(
    'children: guardian names',
    sql`alter table scale_child add column guardian_names text`,
  );
  await run(
    'children: guardian names',
    sql`update scale_child c set guardian_names = g.names
          from (select k / 2 as child, string_agg(first || ' ' || last, ' og ' order by k) as names
                  from scale_person where kind = 4 group by k / 2) g
         where g.child = c.idx`,
  );

  // Staff in their units: position 0 leads the unit; 1…n_hold may hold and act; up to n_act act;
  // the rest neither (some have left). Health stations have an external GP at the last position.
  await run(
    'staff memberships',
    sql`insert into staff_membership (municipality_id, id, unit_id, person_id, can_hold, can_act,
          is_super_user, is_unit_leader, title, external, active, version)
        select ${m}, pg_temp.uid('membership', u.staff_start + p), u.id,
               pg_temp.uid('staff', u.staff_start + p),
               p <= u.n_hold, p <= u.n_act or x.gp, p = 1 and u.n_staff >= 6, p = 0,
               case when p = 0 then st.title_leader when p <= u.n_hold then st.title_holder
                    when p <= u.n_act then st.title_actor when x.gp then 'Fastlege'
                    else st.title_other end,
               x.gp,
               not (p > u.n_act and not x.gp and pg_temp.r('staff.left', u.staff_start + p) < 0.1), 1
          from scale_unit u join scale_type st on st.type = u.type
          cross join generate_series(0, u.n_staff - 1) p
          cross join lateral (select u.type = 'health_station' and u.n_staff >= 6 and p = u.n_staff - 1
                                     and p > u.n_act as gp) x
         order by u.idx, p`,
  );
  // A few also act in the next unit (T5: a staff member can belong to several units).
  await run(
    'staff memberships: second units',
    sql`insert into staff_membership (municipality_id, id, unit_id, person_id, can_hold, can_act,
          is_super_user, is_unit_leader, title, external, active, version)
        select ${m}, pg_temp.uid('membership.second', u.staff_start + p), o.id,
               pg_temp.uid('staff', u.staff_start + p), false, true, false, false, st.title_actor,
               false, true, 1
          from scale_unit u cross join generate_series(1, u.n_act) p
          join scale_unit o on o.idx = (u.idx + 1) % (select count(*) from scale_unit)
          join scale_type st on st.type = o.type
         where o.idx <> u.idx and pg_temp.r('staff.second', u.staff_start + p) < 0.03
         order by u.idx, p`,
  );
  await run(
    'district leaders',
    sql`insert into district_leader (municipality_id, id, district_id, person_id)
        select ${m}, pg_temp.uid('district_leader.row', d.idx), d.id, pg_temp.uid('district_leader', d.idx)
          from scale_district d order by d.idx`,
  );
  await run(
    'municipality admin',
    sql`insert into municipality_admin (municipality_id, id, person_id)
        values (${m}, pg_temp.uid('admin.row', 0), pg_temp.uid('admin', 0))`,
  );
  await run(
    'guardianships',
    sql`insert into guardianship (municipality_id, id, guardian_person_id, child_person_id)
        select ${m}, pg_temp.uid('guardianship', k), id, pg_temp.uid('child', k / 2)
          from scale_person where kind = 4 order by k`,
  );
}
