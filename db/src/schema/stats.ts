import {
  date,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalityId } from './columns';
import { district, unit } from './organisation';

/**
 * The leader dashboards' rollup (DOMAIN.md S1–S3), recomputed from the logs by a job
 * (db/src/stats/refresh.ts): counts per unit and per district, per month for what happens over
 * time and "now" for states and deadlines. Only counts, never a person (S4). A district row with
 * `unit_type` '' counts every type; a row with `category` '' counts every category.
 *
 * `metric` names what is counted and `key` its kind: 'measures' by responsible party,
 * 'evaluations' by outcome, 'deadlines' by deadline kind (packages/domain/src/stats);
 * 'category_measures' and 'category_attentions' count by category in the key, in the '' rows.
 *
 * The keys put `category` before `month`, and the refresh writes rows in key order: a dashboard
 * reads one category's months of a unit or district as one short range of the index and of the
 * table (bench/report.md).
 */
export const statsUnitMonth = pgTable(
  'stats_unit_month',
  {
    municipalityId: municipalityId(),
    unitId: uuid('unit_id').notNull(),
    month: date('month').notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull().default(''),
    category: text('category').notNull().default(''),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_unit_month_pkey',
      columns: [t.municipalityId, t.unitId, t.category, t.month, t.metric, t.key],
    }),
    foreignKey({
      name: 'stats_unit_month_unit_fk',
      columns: [t.municipalityId, t.unitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }).onDelete('cascade'),
  ],
);

export const statsDistrictMonth = pgTable(
  'stats_district_month',
  {
    municipalityId: municipalityId(),
    districtId: uuid('district_id').notNull(),
    unitType: text('unit_type').notNull().default(''),
    month: date('month').notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull().default(''),
    category: text('category').notNull().default(''),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_district_month_pkey',
      columns: [t.municipalityId, t.unitType, t.category, t.month, t.districtId, t.metric, t.key],
    }),
    foreignKey({
      name: 'stats_district_month_district_fk',
      columns: [t.municipalityId, t.districtId],
      foreignColumns: [district.municipalityId, district.id],
    }).onDelete('cascade'),
  ],
);

export const statsUnitNow = pgTable(
  'stats_unit_now',
  {
    municipalityId: municipalityId(),
    unitId: uuid('unit_id').notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull().default(''),
    category: text('category').notNull().default(''),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_unit_now_pkey',
      columns: [t.municipalityId, t.unitId, t.category, t.metric, t.key],
    }),
    foreignKey({
      name: 'stats_unit_now_unit_fk',
      columns: [t.municipalityId, t.unitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }).onDelete('cascade'),
  ],
);

export const statsDistrictNow = pgTable(
  'stats_district_now',
  {
    municipalityId: municipalityId(),
    districtId: uuid('district_id').notNull(),
    unitType: text('unit_type').notNull().default(''),
    metric: text('metric').notNull(),
    key: text('key').notNull().default(''),
    category: text('category').notNull().default(''),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_district_now_pkey',
      columns: [t.municipalityId, t.unitType, t.category, t.districtId, t.metric, t.key],
    }),
    foreignKey({
      name: 'stats_district_now_district_fk',
      columns: [t.municipalityId, t.districtId],
      foreignColumns: [district.municipalityId, district.id],
    }).onDelete('cascade'),
  ],
);

/** When a municipality's rollup was last computed, for which day, and how long it took. */
export const statsRefresh = pgTable('stats_refresh', {
  municipalityId: municipalityId().primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  today: date('today').notNull(),
  durationMs: integer('duration_ms').notNull(),
});
