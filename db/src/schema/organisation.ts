import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, municipalityId, version } from './columns';

/** DOMAIN.md T3. @stafett/domain has the same list for its zod schemas; a test keeps them equal. */
export const UNIT_TYPES = [
  'kindergarten',
  'school',
  'health_station',
  'school_health_service',
  'ppt',
  'child_welfare',
  'specialist_health',
  'nav',
  'family_centre',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const unitType = pgEnum('unit_type', UNIT_TYPES);

export const district = pgTable(
  'district',
  {
    municipalityId: municipalityId(),
    id: id(),
    name: text('name').notNull(),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'district_pkey', columns: [t.municipalityId, t.id] }),
    unique('district_name_key').on(t.municipalityId, t.name),
  ],
);

export const unit = pgTable(
  'unit',
  {
    municipalityId: municipalityId(),
    id: id(),
    districtId: uuid('district_id').notNull(),
    name: text('name').notNull(),
    type: unitType('type').notNull(),
    /** How many children the unit serves: the denominator of coverage figures (DOMAIN.md S2). */
    childrenServed: integer('children_served').notNull().default(0),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'unit_pkey', columns: [t.municipalityId, t.id] }),
    // Composite, so a unit can never hang under another municipality's district: foreign key
    // checks bypass row-level security.
    foreignKey({
      name: 'unit_district_fk',
      columns: [t.municipalityId, t.districtId],
      foreignColumns: [district.municipalityId, district.id],
    }),
    unique('unit_name_key').on(t.municipalityId, t.districtId, t.name),
    check('unit_children_served_check', sql`children_served >= 0`),
  ],
);

export type District = typeof district.$inferSelect;
export type NewDistrict = typeof district.$inferInsert;
export type Unit = typeof unit.$inferSelect;
export type NewUnit = typeof unit.$inferInsert;
