import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, municipalityId, version } from './columns';
import { district, unit } from './organisation';

/**
 * A human as one municipality knows them. Persons are tenant data: someone known to two
 * municipalities is two rows, so neither learns through this table that the other knows them.
 */
export const person = pgTable(
  'person',
  {
    municipalityId: municipalityId(),
    id: id(),
    nationalId: char('national_id', { length: 11 }).notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'person_pkey', columns: [t.municipalityId, t.id] }),
    unique('person_national_id_key').on(t.municipalityId, t.nationalId),
    // Check digits are the domain's job; the database only refuses what cannot be an id at all.
    check('person_national_id_check', sql`national_id ~ '^[0-9]{11}$'`),
  ],
);

/** A person working in a unit, and what they may be there (DOMAIN.md T5). */
export const staffMembership = pgTable(
  'staff_membership',
  {
    municipalityId: municipalityId(),
    id: id(),
    unitId: uuid('unit_id').notNull(),
    personId: uuid('person_id').notNull(),
    canHold: boolean('can_hold').notNull().default(false),
    canAct: boolean('can_act').notNull().default(false),
    isSuperUser: boolean('is_super_user').notNull().default(false),
    isUnitLeader: boolean('is_unit_leader').notNull().default(false),
    /** Job title as the unit writes it, e.g. "Lærer", "Fastlege"; free text. */
    title: text('title'),
    /** From outside the municipality's own services, e.g. a GP or a specialist (T5). */
    external: boolean('external').notNull().default(false),
    /** Staff who leave are deactivated, not deleted: their logs must be handed over (T6). */
    active: boolean('active').notNull().default(true),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'staff_membership_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'staff_membership_unit_fk',
      columns: [t.municipalityId, t.unitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }),
    foreignKey({
      name: 'staff_membership_person_fk',
      columns: [t.municipalityId, t.personId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    unique('staff_membership_unit_person_key').on(t.municipalityId, t.unitId, t.personId),
    index('staff_membership_person_idx').on(t.municipalityId, t.personId),
  ],
);

export const districtLeader = pgTable(
  'district_leader',
  {
    municipalityId: municipalityId(),
    id: id(),
    districtId: uuid('district_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'district_leader_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'district_leader_district_fk',
      columns: [t.municipalityId, t.districtId],
      foreignColumns: [district.municipalityId, district.id],
    }),
    foreignKey({
      name: 'district_leader_person_fk',
      columns: [t.municipalityId, t.personId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    unique('district_leader_district_person_key').on(t.municipalityId, t.districtId, t.personId),
    index('district_leader_person_idx').on(t.municipalityId, t.personId),
  ],
);

/** The BTI coordinator(s) who configure the municipality. */
export const municipalityAdmin = pgTable(
  'municipality_admin',
  {
    municipalityId: municipalityId(),
    id: id(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'municipality_admin_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'municipality_admin_person_fk',
      columns: [t.municipalityId, t.personId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    unique('municipality_admin_person_key').on(t.municipalityId, t.personId),
  ],
);

export const guardianship = pgTable(
  'guardianship',
  {
    municipalityId: municipalityId(),
    id: id(),
    guardianPersonId: uuid('guardian_person_id').notNull(),
    childPersonId: uuid('child_person_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'guardianship_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'guardianship_guardian_fk',
      columns: [t.municipalityId, t.guardianPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    foreignKey({
      name: 'guardianship_child_fk',
      columns: [t.municipalityId, t.childPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    unique('guardianship_guardian_child_key').on(
      t.municipalityId,
      t.guardianPersonId,
      t.childPersonId,
    ),
    index('guardianship_child_idx').on(t.municipalityId, t.childPersonId),
    check('guardianship_not_self_check', sql`guardian_person_id <> child_person_id`),
  ],
);

export type Person = typeof person.$inferSelect;
export type NewPerson = typeof person.$inferInsert;
export type StaffMembership = typeof staffMembership.$inferSelect;
export type NewStaffMembership = typeof staffMembership.$inferInsert;
export type DistrictLeader = typeof districtLeader.$inferSelect;
export type MunicipalityAdmin = typeof municipalityAdmin.$inferSelect;
export type Guardianship = typeof guardianship.$inferSelect;
