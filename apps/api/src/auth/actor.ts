import { and, eq } from 'drizzle-orm';
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
  const m = municipalityId;
  const [person] = await tx
    .select({ id: schema.person.id, name: schema.person.name })
    .from(schema.person)
    .where(and(eq(schema.person.municipalityId, m), eq(schema.person.id, personId)));
  if (!person) return null;
  return buildActor(tx, m, person, today);
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

async function buildActor(
  tx: Tx,
  m: string,
  person: { id: string; name: string },
  today: string,
): Promise<Actor> {
  const p = person.id;
  const [admins, districts, memberships, children, asChild, [municipality]] = await Promise.all([
    tx
      .select({ personId: schema.municipalityAdmin.personId })
      .from(schema.municipalityAdmin)
      .where(
        and(
          eq(schema.municipalityAdmin.municipalityId, m),
          eq(schema.municipalityAdmin.personId, p),
        ),
      ),
    tx
      .select({ id: schema.district.id, name: schema.district.name })
      .from(schema.districtLeader)
      .innerJoin(
        schema.district,
        and(
          eq(schema.district.municipalityId, schema.districtLeader.municipalityId),
          eq(schema.district.id, schema.districtLeader.districtId),
        ),
      )
      .where(
        and(eq(schema.districtLeader.municipalityId, m), eq(schema.districtLeader.personId, p)),
      ),
    tx
      .select({
        unitId: schema.unit.id,
        unitName: schema.unit.name,
        unitType: schema.unit.type,
        districtId: schema.district.id,
        districtName: schema.district.name,
        holder: schema.staffMembership.canHold,
        actor: schema.staffMembership.canAct,
        superUser: schema.staffMembership.isSuperUser,
        unitLeader: schema.staffMembership.isUnitLeader,
      })
      .from(schema.staffMembership)
      .innerJoin(
        schema.unit,
        and(
          eq(schema.unit.municipalityId, schema.staffMembership.municipalityId),
          eq(schema.unit.id, schema.staffMembership.unitId),
        ),
      )
      .innerJoin(
        schema.district,
        and(
          eq(schema.district.municipalityId, schema.unit.municipalityId),
          eq(schema.district.id, schema.unit.districtId),
        ),
      )
      .where(
        and(
          eq(schema.staffMembership.municipalityId, m),
          eq(schema.staffMembership.personId, p),
          eq(schema.staffMembership.active, true),
        ),
      )
      .orderBy(schema.unit.name),
    tx
      .select({ id: schema.person.id, name: schema.person.name })
      .from(schema.guardianship)
      .innerJoin(
        schema.person,
        and(
          eq(schema.person.municipalityId, schema.guardianship.municipalityId),
          eq(schema.person.id, schema.guardianship.childPersonId),
        ),
      )
      .where(
        and(eq(schema.guardianship.municipalityId, m), eq(schema.guardianship.guardianPersonId, p)),
      )
      .orderBy(schema.person.name),
    tx
      .select({ nationalId: schema.person.nationalId })
      .from(schema.guardianship)
      .innerJoin(
        schema.person,
        and(
          eq(schema.person.municipalityId, schema.guardianship.municipalityId),
          eq(schema.person.id, schema.guardianship.childPersonId),
        ),
      )
      .where(
        and(eq(schema.guardianship.municipalityId, m), eq(schema.guardianship.childPersonId, p)),
      )
      .limit(1),
    tx
      .select({ settings: schema.municipality.settings })
      .from(schema.municipality)
      .where(eq(schema.municipality.id, m)),
  ]);
  const consentAge = municipality?.settings.consentAge ?? 16;
  const child = asChild[0];
  const birthDate = child ? birthDateOf(child.nationalId) : null;
  return {
    personId: p,
    name: person.name,
    municipalityAdmin: admins.length > 0,
    districtLeaderOf: districts,
    memberships,
    guardianOf: children,
    // A child from the consent age consents, reads and writes for themself (DOMAIN.md L1, C8).
    youth: birthDate !== null && ageOn(birthDate, today) >= consentAge,
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
