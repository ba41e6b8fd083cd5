import type { LogStatus } from '@stafett/domain';
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
  | { kind: 'unit'; id: string; districtId: string }
  | LogResource
  | TransferResource;

/** A transfer as the policy sees it (X1–X3): who sends it, and to whom. */
export interface TransferResource {
  kind: 'transfer';
  id: string;
  fromUnitId: string;
  fromHolderPersonId: string;
  /** Null for another municipality. */
  toUnitId: string | null;
  /** Null when it is addressed to the receiving unit's leader. */
  toPersonId: string | null;
}

/** What the policy needs to know about one log and the person's place in it (DOMAIN.md C8). */
export interface LogResource {
  kind: 'log';
  id: string;
  unitId: string;
  holderPersonId: string;
  childPersonId: string;
  status: LogStatus;
  /** Attentions where the person is the actor of a measure (not one registered by mistake). */
  actorAttentionIds: readonly string[];
  /** The person's read grants on this log that are not revoked; an empty list is the whole log. */
  grants: readonly { attentionIds: readonly string[]; mentor: boolean }[];
}
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
  // The log (DOMAIN.md L1, L5, C4, C5, C8).
  'log:create': (actor: Actor, resource: Unit) => boolean;
  'log:list_unit': (actor: Actor, resource: Unit) => boolean;
  'log:read_metadata': (actor: Actor, resource: LogResource) => boolean;
  'log:read': (actor: Actor, resource: LogResource) => boolean;
  'log:write': (actor: Actor, resource: LogResource) => boolean;
  'bright_spot:write': (actor: Actor, resource: LogResource) => boolean;
  'private_note:write': (actor: Actor, resource: LogResource) => boolean;
  // The relay (DOMAIN.md X1–X4, L6–L8, T6).
  'transfer:start': (actor: Actor, resource: LogResource) => boolean;
  'transfer:cancel': (actor: Actor, resource: TransferResource) => boolean;
  'transfer:decide': (actor: Actor, resource: TransferResource) => boolean;
  'transfer:list_incoming': (actor: Actor, resource: Unit) => boolean;
  'log:close': (actor: Actor, resource: LogResource) => boolean;
  'log:withdraw_consent': (actor: Actor, resource: LogResource) => boolean;
  'log:request_deletion': (actor: Actor, resource: LogResource) => boolean;
  'log:reopen': (actor: Actor, resource: LogResource) => boolean;
  'log:delete': (actor: Actor, resource: LogResource) => boolean;
  'archive:manage': (actor: Actor, resource: LogResource) => boolean;
  'archive:export': (actor: Actor, resource: Unit) => boolean;
  'transfer_package:receive': (actor: Actor, resource: Municipality) => boolean;
  // Leader dashboards (DOMAIN.md S1–S4): counts by level, names only within one's own unit.
  'stats:read_municipality': (actor: Actor, resource: Municipality) => boolean;
  'stats:read_district': (actor: Actor, resource: District) => boolean;
  'stats:read_unit': (actor: Actor, resource: Unit) => boolean;
  'stats:read_names': (actor: Actor, resource: Unit) => boolean;
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

/**
 * The person's access to one log's content (C8). The holder reads and writes all; guardians and
 * the youth read all but others' private and restricted notes; actors read the attentions where
 * they have a measure; grants (and mentor grants) give read access to the whole log or chosen
 * attentions; the unit's leader sees metadata only; everyone else nothing.
 */
export type LogAccess =
  | { kind: 'holder' }
  | { kind: 'family'; as: 'guardian' | 'youth' }
  | { kind: 'reader'; as: 'actor' | 'reader'; attentions: 'all' | ReadonlySet<string> }
  | { kind: 'metadata' }
  | { kind: 'none' };

export function logAccess(a: Actor, log: LogResource): LogAccess {
  if (log.status === 'deleted') return leadsUnit(a, log.unitId) ? { kind: 'metadata' } : NONE;
  if (a.personId === log.holderPersonId) return { kind: 'holder' };
  if (a.guardianOf.some((c) => c.id === log.childPersonId))
    return { kind: 'family', as: 'guardian' };
  if (a.youth && a.personId === log.childPersonId) return { kind: 'family', as: 'youth' };
  const grantedAll = log.grants.some((g) => g.attentionIds.length === 0);
  const attentions = new Set([
    ...log.actorAttentionIds,
    ...log.grants.flatMap((g) => g.attentionIds),
  ]);
  if (grantedAll || attentions.size > 0) {
    return {
      kind: 'reader',
      as: log.actorAttentionIds.length > 0 ? 'actor' : 'reader',
      attentions: grantedAll ? 'all' : attentions,
    };
  }
  return leadsUnit(a, log.unitId) ? { kind: 'metadata' } : NONE;
}
const NONE: LogAccess = { kind: 'none' };

/** Whether the person may read one attention of a log they have content access to. */
export function mayReadAttention(access: LogAccess, attentionId: string): boolean {
  if (access.kind === 'holder' || access.kind === 'family') return true;
  if (access.kind !== 'reader') return false;
  return access.attentions === 'all' || access.attentions.has(attentionId);
}

const isHolder = (a: Actor, log: LogResource) => a.personId === log.holderPersonId;

const readsContent = (a: Actor, log: LogResource) => {
  const kind = logAccess(a, log).kind;
  return kind === 'holder' || kind === 'family' || kind === 'reader';
};

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
  // A holder creates logs in a unit where they may hold (L1, T5).
  'log:create': (a, u) => a.memberships.some((m) => m.unitId === u.id && m.holder),
  'log:list_unit': (a, u) => leadsUnit(a, u.id),
  'log:read_metadata': (a, log) => logAccess(a, log).kind !== 'none',
  'log:read': readsContent,
  // Only the holder writes the log (L5).
  'log:write': (a, log) => logAccess(a, log).kind === 'holder',
  // Bright spots by the holder, actors, guardians and the youth; read grants only read (C4).
  'bright_spot:write': (a, log) => {
    const access = logAccess(a, log);
    return (
      access.kind === 'holder' ||
      access.kind === 'family' ||
      (access.kind === 'reader' && access.as === 'actor')
    );
  },
  // A private note is the author's own; anyone who reads the log may keep one (C5).
  'private_note:write': readsContent,
  // The holder passes the baton, or the unit's leader does on their behalf (X1, X3).
  'transfer:start': (a, log) => isHolder(a, log) || leadsUnit(a, log.unitId),
  'transfer:cancel': (a, t) => a.personId === t.fromHolderPersonId || leadsUnit(a, t.fromUnitId),
  // The named recipient, or the receiving unit's leader (X1, X2).
  'transfer:decide': (a, t) =>
    (t.toPersonId !== null && a.personId === t.toPersonId) ||
    (t.toUnitId !== null && leadsUnit(a, t.toUnitId)),
  'transfer:list_incoming': (a, u) => leadsUnit(a, u.id),
  // The holder closes (L7), also when an individual plan is made.
  'log:close': isHolder,
  // Guardians and the youth withdraw consent at any time and ask for deletion (L7).
  'log:withdraw_consent': (a, log) => logAccess(a, log).kind === 'family',
  'log:request_deletion': (a, log) => logAccess(a, log).kind === 'family',
  // Only the unit's leader reopens a passive log (with consent) or deletes it (L6).
  'log:reopen': (a, log) => leadsUnit(a, log.unitId),
  'log:delete': (a, log) => leadsUnit(a, log.unitId),
  // Archive PDFs: the holder and the unit's leader (L8); the export, the unit's leader.
  'archive:manage': (a, log) => isHolder(a, log) || leadsUnit(a, log.unitId),
  'archive:export': (a, u) => leadsUnit(a, u.id),
  // A log from another municipality is taken in by a unit leader here (X4).
  'transfer_package:receive': (a) => a.memberships.some((ms) => ms.unitLeader),
  // The municipality admin sees it by district, a district leader theirs by unit, a unit leader
  // the unit (S1); who and which child only the unit's own leader (S3, S4).
  'stats:read_municipality': (a) => a.municipalityAdmin,
  'stats:read_district': (a, d) => managesDistrict(a, d.id),
  'stats:read_unit': (a, u) => managesDistrict(a, u.districtId) || leadsUnit(a, u.id),
  'stats:read_names': (a, u) => leadsUnit(a, u.id),
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
  // A log is hidden from everyone without any access to it, whoever they are (C8).
  if (resource.kind === 'log') return logAccess(actor, resource).kind === 'none';
  // A transfer is hidden from everyone but its two ends.
  if (resource.kind === 'transfer') {
    return !(
      actor.personId === resource.fromHolderPersonId ||
      actor.personId === resource.toPersonId ||
      leadsUnit(actor, resource.fromUnitId) ||
      (resource.toUnitId !== null && leadsUnit(actor, resource.toUnitId))
    );
  }
  if (actor.municipalityAdmin || actor.districtLeaderOf.length === 0) return false;
  if (resource.kind === 'district') return !leadsDistrict(actor, resource.id);
  if (resource.kind === 'unit') {
    return !leadsDistrict(actor, resource.districtId) && !leadsUnit(actor, resource.id);
  }
  return false;
}
