import { and, eq, sql } from 'drizzle-orm';
import { schema, type Tx } from '@stafett/db';
import { ageOn, validateNationalId, type Role, type UnitType } from '@stafett/domain';

/**
 * Who a person is in one municipality: everything the policy module decides on, loaded once per
 * request inside the tenant transaction.
 */
export interface Actor {
  personId: string;
  name: string;
  municipalityAdmin: boolean;
  districtLeaderOf: { id: string; name: string }[];
  memberships: {
    unitId: string;
    unitName: string;
    unitType: UnitType;
    districtId: string;
    districtName: string;
    holder: boolean;
    actor: boolean;
    superUser: boolean;
    unitLeader: boolean;
  }[];
  guardianOf: { id: string; name: string }[];
  youth: boolean;
}

export async function loadActor(
  tx: Tx,
  municipalityId: string,
  personId: string,
  today: string,
): Promise<Actor | null> {
  // Every request loads the actor: one statement, the person's name included (null: gone).
  return buildActor(tx, municipalityId, { id: personId, name: null }, today);
}

export async function findActorByNationalId(
  tx: Tx,
  municipalityId: string,
  nationalId: string,
  today: string,
): Promise<Actor | null> {
  const [person] = await tx
    .select({ id: schema.person.id, name: schema.person.name })
    .from(schema.person)
    .where(
      and(
        eq(schema.person.municipalityId, municipalityId),
        eq(schema.person.nationalId, nationalId),
      ),
    );
  if (!person) return null;
  return buildActor(tx, municipalityId, person, today);
}

interface ActorFacts {
  admin: boolean;
  districts: { id: string; name: string }[];
  memberships: Actor['memberships'];
  children: { id: string; name: string }[];
  ownNationalId: string | null;
  consentAge: number | null;
}

/**
 * Everything the policy needs about a person, in ONE statement (every request loads it): admin,
 * districts led, active memberships with unit and district, children, and whether they are a
 * youth (their own national id, if they are someone's child or a log is about them, and the
 * consent age: a youth of 16 may have a log without guardians, L1).
 */
async function buildActor(
  tx: Tx,
  m: string,
  person: { id: string; name: string | null },
  today: string,
): Promise<Actor | null> {
  const p = person.id;
  const result: unknown = await tx.execute(sql`
    select
      (select me.name from person me where me.municipality_id = ${m} and me.id = ${p}) as name,
      exists (select 1 from municipality_admin a
              where a.municipality_id = ${m} and a.person_id = ${p}) as admin,
      coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name) order by d.name)
        from district_leader dl join district d
          on d.municipality_id = dl.municipality_id and d.id = dl.district_id
        where dl.municipality_id = ${m} and dl.person_id = ${p}), '[]') as districts,
      coalesce((select json_agg(json_build_object(
          'unitId', u.id, 'unitName', u.name, 'unitType', u.type,
          'districtId', d.id, 'districtName', d.name,
          'holder', s.can_hold, 'actor', s.can_act,
          'superUser', s.is_super_user, 'unitLeader', s.is_unit_leader) order by u.name)
        from staff_membership s
        join unit u on u.municipality_id = s.municipality_id and u.id = s.unit_id
        join district d on d.municipality_id = u.municipality_id and d.id = u.district_id
        where s.municipality_id = ${m} and s.person_id = ${p} and s.active), '[]') as memberships,
      coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.name)
        from guardianship g join person c
          on c.municipality_id = g.municipality_id and c.id = g.child_person_id
        where g.municipality_id = ${m} and g.guardian_person_id = ${p}), '[]') as children,
      (select me.national_id from person me
        where me.municipality_id = ${m} and me.id = ${p}
          and (exists (select 1 from guardianship g
                       where g.municipality_id = ${m} and g.child_person_id = ${p})
               or exists (select 1 from log l
                          where l.municipality_id = ${m} and l.child_person_id = ${p}))
      ) as "ownNationalId",
      (select (mu.settings->>'consentAge')::int from municipality mu where mu.id = ${m}) as "consentAge"
  `);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
    string,
    unknown
  >[];
  const name = person.name ?? (rows[0]?.name as string | null | undefined) ?? null;
  if (name === null) return null;
  const facts = parseFacts(rows[0]);
  const consentAge = facts.consentAge ?? 16;
  const birthDate = facts.ownNationalId ? birthDateOf(facts.ownNationalId) : null;
  return {
    personId: p,
    name,
    municipalityAdmin: facts.admin,
    districtLeaderOf: facts.districts,
    memberships: facts.memberships,
    guardianOf: facts.children,
    // A child from the consent age consents, reads and writes for themself (DOMAIN.md L1, C8).
    youth: birthDate !== null && ageOn(birthDate, today) >= consentAge,
  };
}

/** postgres.js parses json columns; PGlite may hand them back as text. */
function parseFacts(row: Record<string, unknown> | undefined): ActorFacts {
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    admin: row?.admin === true,
    districts: json(row?.districts ?? '[]'),
    memberships: json(row?.memberships ?? '[]'),
    children: json(row?.children ?? '[]'),
    ownNationalId: (row?.ownNationalId as string | null | undefined) ?? null,
    consentAge: row?.consentAge == null ? null : Number(row.consentAge),
  };
}

/** Stored ids were validated on the way in; synthetic ones exist only outside production. */
function birthDateOf(nationalId: string): string | null {
  const r = validateNationalId(nationalId, { allowSynthetic: true });
  return r.ok ? r.birthDate : null;
}

/** The roles of an actor, in the order a person expects to read them. */
export function rolesOf(actor: Actor): Role[] {
  const roles: Role[] = [];
  if (actor.municipalityAdmin) roles.push({ role: 'municipality_admin' });
  for (const d of actor.districtLeaderOf) roles.push({ role: 'district_leader', district: d });
  for (const m of actor.memberships) {
    const unit = { id: m.unitId, name: m.unitName, type: m.unitType };
    if (m.unitLeader) roles.push({ role: 'unit_leader', unit });
    if (m.holder) roles.push({ role: 'holder', unit });
    if (m.actor) roles.push({ role: 'actor', unit });
    if (m.superUser) roles.push({ role: 'super_user', unit });
  }
  for (const child of actor.guardianOf) roles.push({ role: 'guardian', child });
  if (actor.youth) roles.push({ role: 'youth' });
  return roles;
}
