import { sql } from 'drizzle-orm';
import { UNIT_TYPES, type UnitType } from '../schema';
import type { ScaleContext } from './sql';
import { TITLES } from './words';

/**
 * The municipality, its districts and units (DOMAIN.md T2, T3), and the temp tables the later
 * steps read: `scale_type` (what differs by unit type), `scale_district`, `scale_unit` (with each
 * unit's staff layout and log weight) and `scale_unit_by` (units by district and type).
 */

interface TypeShape {
  /** children_served before scaling to the municipality's total. */
  served: number;
  /** Staff before scaling to the municipality's total. */
  staff: number;
  /** Of the staff besides the leader, the share who may hold logs. */
  holdShare: number;
  /** Logs per child served, relative: kindergartens and schools hold most. */
  logPropensity: number;
  /** The child's age when a log opens here, in whole years. */
  age: [number, number];
  /** The service involved at level 2 and 3 (L1). */
  partner: [UnitType, UnitType];
  /** Where a log goes when the child moves on (X1): kindergarten → school, … */
  next: UnitType;
  /** `{sted}` is a place, or the district for district-wide services. */
  name: string;
  districtWide: boolean;
  /** Weights of DEFAULT_ATTENTION_CATEGORIES (language, motor, attention, behaviour, absence, school environment). */
  categories: [number, number, number, number, number, number];
}

const SHAPES: Record<UnitType, TypeShape> = {
  kindergarten: {
    served: 80,
    staff: 6,
    holdShare: 0.6,
    logPropensity: 0.16,
    age: [1, 5],
    partner: ['health_station', 'child_welfare'],
    next: 'school',
    name: '{sted} barnehage',
    districtWide: false,
    categories: [35, 25, 15, 20, 0, 5],
  },
  school: {
    served: 380,
    staff: 14,
    holdShare: 0.5,
    logPropensity: 0.1,
    age: [6, 15],
    partner: ['ppt', 'child_welfare'],
    next: 'school',
    name: '{sted} skole',
    districtWide: false,
    categories: [12, 5, 25, 20, 18, 20],
  },
  health_station: {
    served: 900,
    staff: 8,
    holdShare: 0.6,
    logPropensity: 0.012,
    age: [0, 5],
    partner: ['family_centre', 'child_welfare'],
    next: 'kindergarten',
    name: '{sted} helsestasjon',
    districtWide: false,
    categories: [35, 35, 5, 20, 0, 5],
  },
  school_health_service: {
    served: 700,
    staff: 5,
    holdShare: 0.6,
    logPropensity: 0.02,
    age: [6, 17],
    partner: ['ppt', 'specialist_health'],
    next: 'school_health_service',
    name: 'Skolehelsetjenesten {sted}',
    districtWide: false,
    categories: [5, 5, 15, 20, 25, 30],
  },
  ppt: {
    served: 500,
    staff: 12,
    holdShare: 0.5,
    logPropensity: 0.04,
    age: [2, 16],
    partner: ['school', 'specialist_health'],
    next: 'ppt',
    name: 'PPT {sted}',
    districtWide: true,
    categories: [30, 10, 30, 15, 5, 10],
  },
  child_welfare: {
    served: 300,
    staff: 14,
    holdShare: 0.5,
    logPropensity: 0.06,
    age: [0, 17],
    partner: ['school', 'specialist_health'],
    next: 'child_welfare',
    name: 'Barneverntjenesten {sted}',
    districtWide: true,
    categories: [5, 5, 10, 35, 25, 20],
  },
  specialist_health: {
    served: 250,
    staff: 8,
    holdShare: 0.5,
    logPropensity: 0.04,
    age: [4, 17],
    partner: ['school', 'child_welfare'],
    next: 'specialist_health',
    name: 'BUP {sted}',
    districtWide: false,
    categories: [10, 5, 35, 30, 10, 10],
  },
  nav: {
    served: 100,
    staff: 5,
    holdShare: 0.5,
    logPropensity: 0.05,
    age: [15, 17],
    partner: ['school_health_service', 'child_welfare'],
    next: 'nav',
    name: 'NAV {sted}',
    districtWide: true,
    categories: [0, 0, 10, 20, 50, 20],
  },
  family_centre: {
    served: 250,
    staff: 6,
    holdShare: 0.6,
    logPropensity: 0.05,
    age: [0, 12],
    partner: ['health_station', 'child_welfare'],
    next: 'family_centre',
    name: 'Familiesenteret {sted}',
    districtWide: true,
    categories: [25, 15, 10, 35, 5, 10],
  },
  other: {
    served: 80,
    staff: 4,
    holdShare: 0.5,
    logPropensity: 0.04,
    age: [10, 17],
    partner: ['school', 'child_welfare'],
    next: 'other',
    name: 'Utekontakten {sted}',
    districtWide: false,
    categories: [5, 5, 10, 35, 25, 20],
  },
};

/** Cumulative lower bounds, from 0, for width_bucket: [0, w1, w1+w2, …] / total. */
function cumulative(weights: readonly number[]): string {
  const total = weights.reduce((s, w) => s + w, 0);
  let acc = 0;
  const bounds = weights.map((w) => {
    const lo = acc / total;
    acc += w;
    return lo;
  });
  return `{${bounds.join(',')}}`;
}

export async function createOrganisation(ctx: ScaleContext): Promise<void> {
  const { plan, run } = ctx;
  const m = ctx.municipalityId;
  const T = ctx.today;

  await run(
    'municipality',
    sql`insert into municipality (id, slug, name, written_standard, branding, settings, version, created_at)
        values (${m}, ${plan.slug}, ${plan.name}, ${plan.writtenStandard}::written_standard,
          ${JSON.stringify({ accentColor: plan.accentColor })}::jsonb,
          ${JSON.stringify(plan.settings)}::jsonb, 1,
          pg_temp.at((${T}::date - interval '5 years 3 months')::date, 480))`,
  );

  const typeRows = UNIT_TYPES.map((t) => {
    const s = SHAPES[t];
    const [leader, holder, actor, other] = TITLES[t] ?? ['Leder', 'Ansatt', 'Ansatt', 'Ansatt'];
    return sql`(${t}::unit_type, ${s.served}::float8, ${s.staff}::float8, ${s.holdShare}::float8,
      ${s.logPropensity}::float8, ${s.age[0]}::int, ${s.age[1]}::int, ${s.partner[0]}::unit_type,
      ${s.partner[1]}::unit_type, ${s.next}::unit_type, ${s.name}::text, ${s.districtWide}::boolean,
      ${cumulative(s.categories)}::float8[], ${leader}::text, ${holder}::text, ${actor}::text,
      ${other}::text)`;
  });
  await run(
    'unit types',
    sql`create temp table scale_type on commit drop as
        select * from (values ${sql.join(typeRows, sql`, `)}) v(type, served, staff, hold_share,
          log_propensity, age_lo, age_hi, partner2, partner3, next_type, name, district_wide,
          category_cum, title_leader, title_holder, title_actor, title_other)`,
  );

  await run(
    'districts',
    sql`create temp table scale_district on commit drop as
        select d as idx, pg_temp.uid('district', d) as id,
               w.district_names[1 + d % cardinality(w.district_names)]
                 || case when d >= cardinality(w.district_names)
                         then ' ' || (d / cardinality(w.district_names) + 1)::text else '' end as name
          from generate_series(0, ${plan.districts - 1}::int) d cross join scale_w w`,
  );
  await run(
    'district rows',
    sql`insert into district (municipality_id, id, name, version)
        select ${m}, id, name, 1 from scale_district order by idx`,
  );

  // Units: types in plan order, spread over the districts round robin; a unique place name each
  // (a bijection of 0…999 onto prefix × suffix); sizes and staff scaled to the plan's totals.
  const staffTotal = plan.staff - 3 * plan.units;
  await run(
    'units',
    sql`create temp table scale_unit on commit drop as
        with t as (
          select (o - 1)::int as idx, ty::unit_type as type
            from unnest(string_to_array(${plan.unitTypes.join(',')}::text, ',')) with ordinality x(ty, o)
        ), w1 as (
          select t.idx, t.type, t.idx % ${plan.districts}::int as district_idx,
                 st.served * (0.6 + 0.8 * pg_temp.r('unit.served', t.idx)) as served_w,
                 st.staff * (0.7 + 0.6 * pg_temp.r('unit.staff', t.idx)) as staff_w,
                 st.log_propensity, st.hold_share, st.name as template, st.district_wide,
                 (t.idx * 7919 + floor(pg_temp.r('unit.place', 0) * 1000)::int) % 1000 as place_no
            from t join scale_type st on st.type = t.type
        ), w2 as (
          select w1.*,
                 round(served_w * ${plan.childrenServed}::float8 / sum(served_w) over ())::int as children_served,
                 staff_w * ${staffTotal}::float8 / sum(staff_w) over () as staff_x,
                 row_number() over (partition by district_idx, type order by idx) as nth_in_district
            from w1
        ), w3 as (
          select w2.*, floor(staff_x)::int as staff_floor,
                 row_number() over (order by staff_x - floor(staff_x) desc, idx) as remainder_rank
            from w2
        ), w4 as (
          select w3.*,
                 3 + staff_floor + case when remainder_rank <= ${staffTotal}::int - sum(staff_floor) over ()
                                        then 1 else 0 end as n_staff
            from w3
        )
        select w4.idx, pg_temp.uid('unit', w4.idx) as id, w4.district_idx, d.id as district_id, w4.type,
               replace(w4.template, '{sted}',
                 case when w4.district_wide and w4.nth_in_district = 1 then d.name
                      else w.place_prefixes[1 + w4.place_no % 40] || w.place_suffixes[1 + w4.place_no / 40]
                           || case when w4.idx >= 1000 then ' ' || (w4.idx / 1000 + 1)::text else '' end
                 end) as name,
               w4.children_served, w4.n_staff,
               (sum(w4.n_staff) over (order by w4.idx) - w4.n_staff)::int as staff_start,
               -- Positions: 0 the leader; 1…n_hold may hold and act; up to n_act act only; the rest neither.
               greatest(1, round((w4.n_staff - 1) * w4.hold_share))::int as n_hold,
               greatest(2, greatest(1, round((w4.n_staff - 1) * w4.hold_share))::int
                 + round((w4.n_staff - 1 - greatest(1, round((w4.n_staff - 1) * w4.hold_share))) * 0.8))::int as n_act,
               w4.children_served * w4.log_propensity as log_w
          from w4 join scale_district d on d.idx = w4.district_idx cross join scale_w w`,
  );
  await run('analyze units', sql`analyze scale_unit`);
  await run(
    'unit rows',
    sql`insert into unit (municipality_id, id, district_id, name, type, children_served, version)
        select ${m}, id, district_id, name, type, children_served, 1 from scale_unit order by idx`,
  );
  // Units by district and type (district -1: the whole municipality), for picking a unit to
  // transfer to, a partner service or the unit a reopened log starts in.
  await run(
    'units by type',
    sql`create temp table scale_unit_by on commit drop as
        select district_idx, type, array_agg(idx order by idx) as units
          from scale_unit group by district_idx, type
        union all
        select -1, type, array_agg(idx order by idx) from scale_unit group by type`,
  );
}
