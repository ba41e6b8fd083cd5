import { z } from 'zod';

/** Unit types from DOMAIN.md T3. The database enum (db/src/schema) uses the same values. */
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

export const unitTypeSchema = z.enum(UNIT_TYPES).meta({ id: 'UnitType' });
export type UnitType = z.infer<typeof unitTypeSchema>;
