import type { Actor } from './actor';

/**
 * The one authorisation module inside a municipality (ARCHITECTURE.md "Tenancy"): every route asks
 * `authorize(actor, action, resource)` after validating and before touching data. Crossing
 * municipalities is not decided here: row-level security already hides other tenants' rows.
 */
export type Resource =
  | { kind: 'self' }
  /** The signed-in person's own municipality as a whole (lists, creating districts). */
  | { kind: 'municipality' }
  | { kind: 'district'; id: string }
  | { kind: 'unit'; id: string; districtId: string };
type Municipality = Extract<Resource, { kind: 'municipality' }>;
type District = Extract<Resource, { kind: 'district' }>;
type Unit = Extract<Resource, { kind: 'unit' }>;

type Rules = {
  'me:read': (actor: Actor, resource: { kind: 'self' }) => boolean;
  'unit:read': (actor: Actor, resource: Unit) => boolean;
  // Organisation (DOMAIN.md T3–T5).
  'district:list': (actor: Actor, resource: Municipality) => boolean;
  'district:create': (actor: Actor, resource: Municipality) => boolean;
  'district:read': (actor: Actor, resource: District) => boolean;
  'district:update': (actor: Actor, resource: District) => boolean;
  'district:manage_leaders': (actor: Actor, resource: District) => boolean;
  'unit:list': (actor: Actor, resource: District) => boolean;
  'unit:create': (actor: Actor, resource: District) => boolean;
  'unit:update': (actor: Actor, resource: Unit) => boolean;
  'unit:manage_leaders': (actor: Actor, resource: Unit) => boolean;
  'staff:list': (actor: Actor, resource: Unit) => boolean;
  'staff:add': (actor: Actor, resource: Unit) => boolean;
  'staff:update': (actor: Actor, resource: Unit) => boolean;
  'staff:set_active': (actor: Actor, resource: Unit) => boolean;
  // The municipality's own settings, branding and audit trail (DOMAIN.md T2, A6).
  'municipality:read_settings': (actor: Actor, resource: Municipality) => boolean;
  'municipality:update_settings': (actor: Actor, resource: Municipality) => boolean;
  'audit:list': (actor: Actor, resource: Municipality) => boolean;
};
export type Action = keyof Rules;
type ResourceOf<A extends Action> = Parameters<Rules[A]>[1];

const isStaff = (a: Actor) => a.memberships.length > 0;
const leadsDistrict = (a: Actor, districtId: string) =>
  a.districtLeaderOf.some((d) => d.id === districtId);
const leadsUnit = (a: Actor, unitId: string) =>
  a.memberships.some((m) => m.unitId === unitId && m.unitLeader);
/** The municipality admin manages districts; a district leader manages what is in theirs (T4). */
const managesDistrict = (a: Actor, districtId: string) =>
  a.municipalityAdmin || leadsDistrict(a, districtId);
/** Only the unit's own leader manages its staff (T5); leaders above appoint that leader. */
const managesStaff = (a: Actor, unit: Unit) => leadsUnit(a, unit.id);

const rules: Rules = {
  'me:read': () => true,
  // Staff coordinate with every service of the municipality, so any of them may see a unit's
  // public facts; leaders see the units they lead. Families reach units through their logs.
  'unit:read': (a, unit) =>
    a.municipalityAdmin || a.districtLeaderOf.some((d) => d.id === unit.districtId) || isStaff(a),
  'district:list': (a) => a.municipalityAdmin || a.districtLeaderOf.length > 0,
  'district:create': (a) => a.municipalityAdmin,
  'district:read': (a, d) => managesDistrict(a, d.id),
  'district:update': (a) => a.municipalityAdmin,
  'district:manage_leaders': (a) => a.municipalityAdmin,
  'unit:list': (a, d) => managesDistrict(a, d.id),
  'unit:create': (a, d) => managesDistrict(a, d.id),
  'unit:update': (a, u) => managesDistrict(a, u.districtId),
  'unit:manage_leaders': (a, u) => managesDistrict(a, u.districtId),
  'staff:list': managesStaff,
  'staff:add': managesStaff,
  'staff:update': managesStaff,
  'staff:set_active': managesStaff,
  'municipality:read_settings': (a) => a.municipalityAdmin,
  'municipality:update_settings': (a) => a.municipalityAdmin,
  'audit:list': (a) => a.municipalityAdmin,
};

export function authorize<A extends Action>(
  actor: Actor,
  action: A,
  resource: ResourceOf<A>,
): boolean {
  const rule = rules[action] as (actor: Actor, resource: ResourceOf<A>) => boolean;
  return rule(actor, resource);
}

/**
 * How to refuse. A district leader does not see past their own districts, so another district or
 * its units answer 404, exactly like a made-up id; everything else the person can see exists in
 * their municipality answers 403 (docs/decisions.md "404, not 403").
 */
export function isHiddenFrom(actor: Actor, resource: Resource): boolean {
  if (actor.municipalityAdmin || actor.districtLeaderOf.length === 0) return false;
  if (resource.kind === 'district') return !leadsDistrict(actor, resource.id);
  if (resource.kind === 'unit') {
    return !leadsDistrict(actor, resource.districtId) && !leadsUnit(actor, resource.id);
  }
  return false;
}
