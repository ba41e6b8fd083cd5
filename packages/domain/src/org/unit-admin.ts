import { z } from 'zod';
import { uuidSchema } from './unit';
import { nextCursorSchema, pageQueryShape } from './page';
import { personRefSchema, versionSchema } from './person-input';
import { unitTypeSchema } from './unit-types';

/** DOMAIN.md T3–T4: units as their district leader manages them. */
export const unitNameSchema = z
  .string({ message: 'Skriv navnet på enheten.' })
  .trim()
  .min(2, { message: 'Skriv navnet på enheten.' })
  .max(100, { message: 'Navnet kan ha høyst 100 tegn.' });

export const childrenServedSchema = z
  .number({ message: 'Antall barn må være et heltall, 0 eller mer.' })
  .int({ message: 'Antall barn må være et heltall, 0 eller mer.' })
  .min(0, { message: 'Antall barn må være et heltall, 0 eller mer.' })
  .max(1_000_000, { message: 'Antall barn kan være høyst 1 000 000.' });

export const orgUnitSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: unitTypeSchema,
    childrenServed: z.number().int(),
    version: z.number().int(),
    district: z.object({ id: z.uuid(), name: z.string() }),
    leaders: z.array(personRefSchema),
  })
  .meta({ id: 'OrgUnit' });
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgUnitListSchema = z
  .object({ items: z.array(orgUnitSchema), nextCursor: nextCursorSchema })
  .meta({ id: 'OrgUnitList' });
export type OrgUnitList = z.infer<typeof orgUnitListSchema>;

export const unitCreateSchema = z
  .strictObject({
    name: unitNameSchema,
    type: unitTypeSchema,
    childrenServed: childrenServedSchema,
  })
  .meta({ id: 'UnitCreate' });
export type UnitCreate = z.infer<typeof unitCreateSchema>;

/** Send only what changes, with the version you read. */
export const unitUpdateSchema = z
  .strictObject({
    name: unitNameSchema.optional(),
    type: unitTypeSchema.optional(),
    childrenServed: childrenServedSchema.optional(),
    version: versionSchema,
  })
  .meta({ id: 'UnitUpdate' });
export type UnitUpdate = z.infer<typeof unitUpdateSchema>;

export const unitListQuerySchema = z.strictObject({
  districtId: uuidSchema.optional(),
  ...pageQueryShape,
});

export const unitLeaderParamsSchema = z.strictObject({
  unitId: uuidSchema,
  personId: uuidSchema,
});
