import type { Actor } from './actor';

/**
 * The one authorisation module inside a municipality (ARCHITECTURE.md "Tenancy"): every route asks
 * `authorize(actor, action, resource)` after validating and before touching data. Crossing
 * municipalities is not decided here: row-level security already hides other tenants' rows.
 */
export type Resource = { kind: 'unit'; id: string; districtId: string } | { kind: 'self' };

type Rules = {
  'me:read': (actor: Actor, resource: { kind: 'self' }) => boolean;
  'unit:read': (actor: Actor, resource: Extract<Resource, { kind: 'unit' }>) => boolean;
};
export type Action = keyof Rules;
type ResourceOf<A extends Action> = Parameters<Rules[A]>[1];

const isStaff = (a: Actor) => a.memberships.length > 0;

const rules: Rules = {
  'me:read': () => true,
  // Staff coordinate with every service of the municipality, so any of them may see a unit's
  // public facts; leaders see the units they lead. Families reach units through their logs.
  'unit:read': (a, unit) =>
    a.municipalityAdmin || a.districtLeaderOf.some((d) => d.id === unit.districtId) || isStaff(a),
};

export function authorize<A extends Action>(
  actor: Actor,
  action: A,
  resource: ResourceOf<A>,
): boolean {
  const rule = rules[action] as (actor: Actor, resource: ResourceOf<A>) => boolean;
  return rule(actor, resource);
}
